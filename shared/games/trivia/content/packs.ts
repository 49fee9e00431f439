// Team-made questions: the `trivia add` card form, and packs a facilitator imports. All of it
// is untrusted text, so it is checked and cleaned here, once, and never throws: a bad entry is
// skipped with a reason the facilitator can act on, a bad file is refused with a message.
//
// Formats
// - "json", our own:
//     { "questions": [
//         { "question": "Who of us has climbed Kilimanjaro?", "correct": "Sam",
//           "wrong": ["Alex", "Robin", "Kim"], "category": "team", "difficulty": "easy" } ] }
//   A bare array of such objects works too. "category" (one of ours, by id or by name in
//   English or Dutch) and "difficulty" (easy/medium/hard, or makkelijk/gemiddeld/moeilijk)
//   are optional; without them a question is "About us", medium.
// - "csv": a header line naming the columns question,correct,wrong1,wrong2,wrong3 and
//   optionally category,difficulty (in any order; Dutch names vraag,goed,fout1,fout2,fout3,
//   categorie,moeilijkheid work too), then one question per line. Quoting as in RFC 4180;
//   semicolon- or tab-separated files (as some spreadsheet programs save them) are recognised.
// - "opentdb": the JSON that Open Trivia DB's API returns ({ response_code, results: [...] })
//   with its default HTML-entity encoding. True/false questions are skipped: every question
//   here has four choices.
//
// A skipped entry's `line` is the line of the CSV file, or the entry's position (from 1) in
// the JSON list.
//
// Team questions keep the author's language: the same text is shown in English and Dutch.

import type { Locale } from "../../../circles/types";
import { hashSeed } from "../../random";
import type { GameError } from "../../types";
import { arrangeChoices } from "./choices";
import { detectDelimiter, parseCsv } from "./csv";
import { decodeHtmlEntities } from "./html-entities";
import { CATEGORIES, type Category, type Difficulty, type TriviaQuestion } from "./types";

export type PackFormat = "json" | "csv" | "opentdb";

export const PACK_LIMITS = {
  questionChars: 200,
  choiceChars: 80,
  questions: 500,
  /** The whole file, in characters: far above 500 full questions, far below anything that strains the server. */
  fileChars: 2_000_000,
} as const;

type Localized = Record<Locale, string>;

const REASONS = {
  "not-a-question": {
    en: "This entry is not a question with answers.",
    nl: "Dit item is geen vraag met antwoorden.",
  },
  "question-missing": { en: "The question is empty.", nl: "De vraag is leeg." },
  "question-too-long": {
    en: `The question is longer than ${PACK_LIMITS.questionChars} characters.`,
    nl: `De vraag is langer dan ${PACK_LIMITS.questionChars} tekens.`,
  },
  "correct-missing": { en: "The right answer is empty.", nl: "Het goede antwoord is leeg." },
  "wrong-missing": { en: "Three wrong answers are needed.", nl: "Er zijn drie foute antwoorden nodig." },
  "choice-too-long": {
    en: `An answer is longer than ${PACK_LIMITS.choiceChars} characters.`,
    nl: `Een antwoord is langer dan ${PACK_LIMITS.choiceChars} tekens.`,
  },
  "duplicate-choices": { en: "Two of the answers are the same.", nl: "Twee van de antwoorden zijn hetzelfde." },
  "duplicate-question": {
    en: "The same question and answer appear earlier in the pack.",
    nl: "Dezelfde vraag met hetzelfde antwoord staat al eerder in het pakket.",
  },
  "true-false": {
    en: "True/false questions can't be used: every question needs four answers.",
    nl: "Waar/niet waar-vragen kunnen niet: elke vraag heeft vier antwoorden nodig.",
  },
  "not-multiple-choice": {
    en: "Only multiple-choice questions can be imported.",
    nl: "Alleen meerkeuzevragen kunnen worden geïmporteerd.",
  },
  "unclosed-quote": {
    en: "A quote (\") opened on this line is never closed, so the rest of the file was not read.",
    nl: "Een aanhalingsteken (\") op deze regel wordt nooit gesloten, dus de rest van het bestand is niet gelezen.",
  },
} satisfies Record<string, Localized>;

export type SkipReason = keyof typeof REASONS;

export interface SkippedEntry {
  line: number;
  reason: SkipReason;
  message: Localized;
}

export type ParsePackResult =
  | { ok: true; questions: TriviaQuestion[]; skipped: SkippedEntry[] }
  | { ok: false; error: Localized };

export type TeamQuestionResult = { ok: true; question: TriviaQuestion } | { ok: false; error: GameError };

/** One entry as read from any format, before checking: every field is still untrusted. */
interface RawEntry {
  line: number;
  question: unknown;
  correct: unknown;
  wrong: unknown[];
  category?: unknown;
  difficulty?: unknown;
}

type Checked = { ok: true; question: TriviaQuestion } | { ok: false; reason: SkipReason };

const FILE_ERRORS = {
  tooLarge: {
    en: "This file is too large. A pack holds at most 500 questions; split it into smaller files.",
    nl: "Dit bestand is te groot. Een pakket bevat hoogstens 500 vragen; verdeel het over kleinere bestanden.",
  },
  tooMany: (n: number): Localized => ({
    en: `This pack has ${n} questions; at most ${PACK_LIMITS.questions} fit in one pack. Split it into smaller files.`,
    nl: `Dit pakket heeft ${n} vragen; er passen er hoogstens ${PACK_LIMITS.questions} in één pakket. Verdeel het over kleinere bestanden.`,
  }),
  empty: { en: "This file contains no questions.", nl: "Dit bestand bevat geen vragen." },
  notJson: {
    en: "This file is not valid JSON. Check that it was saved as a .json file.",
    nl: "Dit bestand is geen geldige JSON. Controleer of het als .json-bestand is opgeslagen.",
  },
  notOurJson: {
    en: 'This JSON is not a question pack: expected { "questions": [ … ] } or a list of questions.',
    nl: 'Deze JSON is geen vragenpakket: verwacht werd { "questions": [ … ] } of een lijst met vragen.',
  },
  notOpenTdb: {
    en: 'This JSON is not in the Open Trivia DB format: expected { "response_code": 0, "results": [ … ] }.',
    nl: 'Deze JSON heeft niet de opmaak van Open Trivia DB: verwacht werd { "response_code": 0, "results": [ … ] }.',
  },
  openTdbCode: (code: string): Localized => ({
    en: `Open Trivia DB answered with response code ${code}, which means it sent no questions.`,
    nl: `Open Trivia DB antwoordde met responscode ${code}: er zijn geen vragen meegestuurd.`,
  }),
  csvHeader: {
    en: "The first line must name the columns: question,correct,wrong1,wrong2,wrong3 (and optionally category,difficulty).",
    nl: "De eerste regel moet de kolommen noemen: question,correct,wrong1,wrong2,wrong3 (en eventueel category,difficulty).",
  },
  unknownFormat: {
    en: "Unknown file format: choose JSON, CSV or Open Trivia DB.",
    nl: "Onbekende bestandsopmaak: kies JSON, CSV of Open Trivia DB.",
  },
};

// ---------------------------------------------------------------------------------------------
// Cleaning text

// Invisible characters that can reorder or hide text (bidi overrides, zero-width space, BOM),
// control characters, and lone UTF-16 surrogates. The zero-width joiner stays: emoji need it.
const INVISIBLE = /[\u200b\u200e\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;
const HTML_TAG = /<\/?[a-zA-Z!][^<>]*>/g;
const MARKDOWN_LINK = /!?\[([^\]]*)\]\([^)]*\)/g;

/** Plain, single-line text; null when `value` is not text (numbers are accepted as text). */
function cleanText(value: unknown, max: number): { text: string } | { tooLong: true } | null {
  let text: string;
  if (typeof value === "string") text = value;
  else if (typeof value === "number" && Number.isFinite(value)) text = String(value);
  else return null;
  // Markup only ever makes text longer, so something this long can't clean down to fit.
  if (text.length > max * 20) return { tooLong: true };
  text = text
    .normalize("NFC")
    .replace(HTML_TAG, "")
    .replace(MARKDOWN_LINK, "$1")
    .replace(INVISIBLE, "")
    .replace(CONTROL, " ")
    .replace(/\s+/g, " ")
    .trim();
  return text.length > max ? { tooLong: true } : { text };
}

function fold(text: string): string {
  return text.normalize("NFKC").toLocaleLowerCase("en");
}

// ---------------------------------------------------------------------------------------------
// Categories and difficulties as authors write them

const OPENTDB_CATEGORIES: Record<string, Category> = {
  "general knowledge": "general",
  "science & nature": "science",
  "science: computers": "technology",
  "science: gadgets": "technology",
  "science: mathematics": "science",
  animals: "nature",
  vehicles: "technology",
  geography: "geography",
  history: "history",
  mythology: "arts",
  art: "arts",
  celebrities: "arts",
  sports: "sports",
  "entertainment: video games": "sports",
  "entertainment: board games": "sports",
};

const DIFFICULTY_NAMES: Record<string, Difficulty> = {
  easy: "easy", medium: "medium", hard: "hard",
  makkelijk: "easy", gemakkelijk: "easy", gemiddeld: "medium", normaal: "medium", moeilijk: "hard",
};

function categoryOf(value: unknown, fallback: Category): Category {
  if (typeof value !== "string" || value.length > 100) return fallback;
  const name = fold(decodeHtmlEntities(value).trim());
  if (!name) return fallback;
  for (const [id, names] of Object.entries(CATEGORIES) as [Category, Localized][]) {
    if (name === id || name === fold(names.en) || name === fold(names.nl)) return id;
  }
  if (Object.hasOwn(OPENTDB_CATEGORIES, name)) return OPENTDB_CATEGORIES[name];
  if (name.startsWith("entertainment:")) return "arts";
  return "general";
}

function difficultyOf(value: unknown): Difficulty {
  const name = typeof value === "string" && value.length < 20 ? fold(value.trim()) : "";
  return Object.hasOwn(DIFFICULTY_NAMES, name) ? DIFFICULTY_NAMES[name] : "medium";
}

// ---------------------------------------------------------------------------------------------
// Checking one question

function teamId(question: string, correct: string): string {
  const key = `${fold(question)}\u0000${fold(correct)}`;
  return `team-${hashSeed(key).toString(36)}${hashSeed(`qc:${key}`).toString(36)}`;
}

function checkEntry(entry: RawEntry, defaultCategory: Category): Checked {
  const question = cleanText(entry.question, PACK_LIMITS.questionChars);
  if (!question) return { ok: false, reason: "question-missing" };
  if ("tooLong" in question) return { ok: false, reason: "question-too-long" };
  if (!question.text) return { ok: false, reason: "question-missing" };

  const correct = cleanText(entry.correct, PACK_LIMITS.choiceChars);
  if (!correct || ("text" in correct && !correct.text)) return { ok: false, reason: "correct-missing" };
  const wrong = entry.wrong.slice(0, 3).map((w) => cleanText(w, PACK_LIMITS.choiceChars));
  if ("tooLong" in correct || wrong.some((w) => w && "tooLong" in w)) return { ok: false, reason: "choice-too-long" };
  const wrongTexts = wrong.map((w) => (w && "text" in w ? w.text : ""));
  if (wrongTexts.length < 3 || wrongTexts.some((w) => !w)) return { ok: false, reason: "wrong-missing" };

  const all = [correct.text, ...wrongTexts];
  if (new Set(all.map(fold)).size !== all.length) return { ok: false, reason: "duplicate-choices" };

  const id = teamId(question.text, correct.text);
  const { choices, answer } = arrangeChoices(id, { en: correct.text, nl: correct.text }, { en: wrongTexts, nl: wrongTexts });
  return {
    ok: true,
    question: {
      id,
      category: entry.category === undefined ? defaultCategory : categoryOf(entry.category, defaultCategory),
      difficulty: difficultyOf(entry.difficulty),
      text: { en: question.text, nl: question.text },
      choices,
      answer,
      source: "team",
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Reading the formats

type Read = { ok: true; entries: RawEntry[]; skipped: SkippedEntry[]; defaultCategory: Category } | { ok: false; error: Localized };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A field the object really has: never one inherited through its prototype ("__proto__", "constructor"). */
function own(value: Record<string, unknown>, key: string): unknown {
  return Object.hasOwn(value, key) ? value[key] : undefined;
}

function skip(line: number, reason: SkipReason): SkippedEntry {
  return { line, reason, message: REASONS[reason] };
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    // Malformed or absurdly nested JSON: both are simply "not valid JSON" to the facilitator.
    return { ok: false };
  }
}

/** A list of untrusted items, refused when it is not a list or is too long. */
function listOf(value: unknown, notAList: Localized): { ok: true; items: unknown[] } | { ok: false; error: Localized } {
  if (!Array.isArray(value)) return { ok: false, error: notAList };
  if (value.length === 0) return { ok: false, error: FILE_ERRORS.empty };
  if (value.length > PACK_LIMITS.questions) return { ok: false, error: FILE_ERRORS.tooMany(value.length) };
  return { ok: true, items: value };
}

function readOurJson(text: string): Read {
  const parsed = parseJson(text);
  if (!parsed.ok) return { ok: false, error: FILE_ERRORS.notJson };
  const list = listOf(isRecord(parsed.value) ? own(parsed.value, "questions") : parsed.value, FILE_ERRORS.notOurJson);
  if (!list.ok) return list;
  const entries: RawEntry[] = [];
  const skipped: SkippedEntry[] = [];
  list.items.forEach((item, index) => {
    const line = index + 1;
    if (!isRecord(item)) return skipped.push(skip(line, "not-a-question"));
    const wrong = own(item, "wrong");
    entries.push({
      line,
      question: own(item, "question"),
      correct: own(item, "correct"),
      wrong: Array.isArray(wrong) ? wrong : [],
      category: own(item, "category"),
      difficulty: own(item, "difficulty"),
    });
  });
  return { ok: true, entries, skipped, defaultCategory: "team" };
}

function readOpenTdb(text: string): Read {
  const parsed = parseJson(text);
  if (!parsed.ok) return { ok: false, error: FILE_ERRORS.notJson };
  if (!isRecord(parsed.value)) return { ok: false, error: FILE_ERRORS.notOpenTdb };
  const code = own(parsed.value, "response_code");
  if (code !== undefined && code !== 0) return { ok: false, error: FILE_ERRORS.openTdbCode(String(code).slice(0, 10)) };
  const list = listOf(own(parsed.value, "results"), FILE_ERRORS.notOpenTdb);
  if (!list.ok) return list;
  const entries: RawEntry[] = [];
  const skipped: SkippedEntry[] = [];
  const decoded = (value: unknown) => (typeof value === "string" ? decodeHtmlEntities(value) : value);
  list.items.forEach((item, index) => {
    const line = index + 1;
    if (!isRecord(item)) return skipped.push(skip(line, "not-a-question"));
    const type = own(item, "type");
    if (type === "boolean") return skipped.push(skip(line, "true-false"));
    if (type !== undefined && type !== "multiple") return skipped.push(skip(line, "not-multiple-choice"));
    const incorrect = own(item, "incorrect_answers");
    entries.push({
      line,
      question: decoded(own(item, "question")),
      correct: decoded(own(item, "correct_answer")),
      wrong: Array.isArray(incorrect) ? incorrect.map(decoded) : [],
      category: own(item, "category"),
      difficulty: own(item, "difficulty"),
    });
  });
  return { ok: true, entries, skipped, defaultCategory: "general" };
}

const CSV_COLUMNS = {
  question: ["question", "vraag"],
  correct: ["correct", "goed", "juist"],
  wrong1: ["wrong1", "fout1"],
  wrong2: ["wrong2", "fout2"],
  wrong3: ["wrong3", "fout3"],
  category: ["category", "categorie"],
  difficulty: ["difficulty", "moeilijkheid"],
} as const;

function readCsv(text: string): Read {
  const body = text.replace(/^\ufeff/, "");
  const csv = parseCsv(body, detectDelimiter(body));
  const [header, ...rows] = csv.records;
  if (!header) return { ok: false, error: FILE_ERRORS.empty };
  const names = header.fields.map((f) => fold(f.trim()));
  const column = (key: keyof typeof CSV_COLUMNS) => names.findIndex((n) => (CSV_COLUMNS[key] as readonly string[]).includes(n));
  const at = Object.fromEntries(Object.keys(CSV_COLUMNS).map((key) => [key, column(key as keyof typeof CSV_COLUMNS)])) as Record<
    keyof typeof CSV_COLUMNS,
    number
  >;
  if ([at.question, at.correct, at.wrong1, at.wrong2, at.wrong3].some((i) => i < 0)) return { ok: false, error: FILE_ERRORS.csvHeader };

  const filled = rows.filter((r) => r.fields.some((f) => f.trim() !== ""));
  if (filled.length === 0 && csv.unclosedQuoteLine === undefined) return { ok: false, error: FILE_ERRORS.empty };
  if (filled.length > PACK_LIMITS.questions) return { ok: false, error: FILE_ERRORS.tooMany(filled.length) };
  const cell = (fields: string[], index: number) => (index >= 0 ? fields[index] : undefined);
  const entries = filled.map(({ line, fields }) => ({
    line,
    question: cell(fields, at.question),
    correct: cell(fields, at.correct),
    wrong: [cell(fields, at.wrong1), cell(fields, at.wrong2), cell(fields, at.wrong3)],
    category: cell(fields, at.category),
    difficulty: cell(fields, at.difficulty),
  }));
  const skipped = csv.unclosedQuoteLine === undefined ? [] : [skip(csv.unclosedQuoteLine, "unclosed-quote")];
  return { ok: true, entries, skipped, defaultCategory: "team" };
}

// ---------------------------------------------------------------------------------------------
// Public surface

/** Reads a pack of team-made questions. Never throws; see the top of this file for the formats. */
export function parsePack(text: string, format: PackFormat): ParsePackResult {
  if (typeof text !== "string") return { ok: false, error: FILE_ERRORS.empty };
  if (text.length > PACK_LIMITS.fileChars) return { ok: false, error: FILE_ERRORS.tooLarge };
  const read =
    format === "json" ? readOurJson(text) : format === "csv" ? readCsv(text) : format === "opentdb" ? readOpenTdb(text) : null;
  if (!read) return { ok: false, error: FILE_ERRORS.unknownFormat };
  if (!read.ok) return read;

  const questions: TriviaQuestion[] = [];
  const skipped = [...read.skipped];
  const ids = new Set<string>();
  for (const entry of read.entries) {
    const checked = checkEntry(entry, read.defaultCategory);
    if (!checked.ok) skipped.push(skip(entry.line, checked.reason));
    else if (ids.has(checked.question.id)) skipped.push(skip(entry.line, "duplicate-question"));
    else {
      ids.add(checked.question.id);
      questions.push(checked.question);
    }
  }
  skipped.sort((a, b) => a.line - b.line);
  return { ok: true, questions, skipped };
}

/**
 * Checks the `trivia add` card form: `question`, `correct`, `wrong1`, `wrong2`, `wrong3` and
 * optionally `difficulty`. The question is about the team unless a `category` is given.
 */
export function validateTeamQuestion(input: unknown): TeamQuestionResult {
  if (!isRecord(input)) return { ok: false, error: { code: "not-a-question", message: REASONS["not-a-question"] } };
  const checked = checkEntry(
    {
      line: 1,
      question: own(input, "question"),
      correct: own(input, "correct"),
      wrong: [own(input, "wrong1"), own(input, "wrong2"), own(input, "wrong3")],
      category: own(input, "category"),
      difficulty: own(input, "difficulty"),
    },
    "team",
  );
  return checked.ok ? checked : { ok: false, error: { code: checked.reason, message: REASONS[checked.reason] } };
}

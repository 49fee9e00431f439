import { countries, type TCountryCode } from "countries-list";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  bank,
  CATEGORIES,
  countryQuestions,
  difficultyPlan,
  fullPool,
  PACK_LIMITS,
  parsePack,
  selectQuestions,
  validateTeamQuestion,
  type SeenQuestion,
  type TriviaQuestion,
} from "../../shared/games/trivia/content";

const DAY = 24 * 60 * 60 * 1000;
const LOCALES = ["en", "nl"] as const;

/** Every question, from any source, has the same shape: both languages, four distinct choices, a valid answer. */
function expectWellFormed(q: TriviaQuestion) {
  expect(q.id).toMatch(/\S/);
  expect(Object.keys(CATEGORIES)).toContain(q.category);
  expect(["easy", "medium", "hard"]).toContain(q.difficulty);
  expect(Number.isInteger(q.answer) && q.answer >= 0 && q.answer <= 3, `${q.id} answer`).toBe(true);
  for (const locale of LOCALES) {
    expect(q.text[locale].trim(), `${q.id} text.${locale}`).not.toBe("");
    expect(q.choices[locale], `${q.id} choices.${locale}`).toHaveLength(4);
    for (const choice of q.choices[locale]) expect(choice.trim(), `${q.id} choice`).not.toBe("");
    expect(new Set(q.choices[locale].map((c) => c.toLowerCase())).size, `${q.id} distinct choices.${locale}`).toBe(4);
  }
}

function byId(questions: readonly TriviaQuestion[], id: string): TriviaQuestion {
  const q = questions.find((x) => x.id === id);
  if (!q) throw new Error(`no question ${id}`);
  return q;
}

const answerOf = (q: TriviaQuestion, locale: "en" | "nl" = "en") => q.choices[locale][q.answer];

describe("the built-in bank", () => {
  it("has at least 300 questions in at least 8 categories", () => {
    expect(bank.length).toBeGreaterThanOrEqual(300);
    expect(new Set(bank.map((q) => q.category)).size).toBeGreaterThanOrEqual(8);
  });

  it("spreads over the three difficulties: about 40% easy, 40% medium, 20% hard", () => {
    const share = (d: string) => bank.filter((q) => q.difficulty === d).length / bank.length;
    expect(share("easy")).toBeGreaterThan(0.35);
    expect(share("medium")).toBeGreaterThan(0.35);
    expect(share("hard")).toBeGreaterThan(0.15);
  });

  it("has every category in every difficulty", () => {
    for (const category of new Set(bank.map((q) => q.category))) {
      for (const difficulty of ["easy", "medium", "hard"]) {
        expect(bank.some((q) => q.category === category && q.difficulty === difficulty), `${category} ${difficulty}`).toBe(true);
      }
    }
  });

  it("has unique, stable-looking ids", () => {
    expect(new Set(bank.map((q) => q.id)).size).toBe(bank.length);
    for (const q of bank) expect(q.id).toMatch(/^[a-z]+-\d{3}$/);
  });

  it("has English and Dutch for every question and choice, four distinct choices and a valid answer", () => {
    for (const q of bank) {
      expectWellFormed(q);
      expect(q.source).toBe("bank");
    }
  });

  it("never asks the same question twice", () => {
    for (const locale of LOCALES) {
      const texts = bank.map((q) => q.text[locale].toLowerCase());
      expect(new Set(texts).size, locale).toBe(texts.length);
    }
  });

  it("keeps to the length limits that team questions get", () => {
    for (const q of bank) {
      for (const locale of LOCALES) {
        expect(q.text[locale].length, q.id).toBeLessThanOrEqual(PACK_LIMITS.questionChars);
        for (const c of q.choices[locale]) expect(c.length, `${q.id}: ${c}`).toBeLessThanOrEqual(PACK_LIMITS.choiceChars);
      }
    }
  });

  it("puts the right answer in every position, and numbers in ascending order", () => {
    for (let position = 0; position < 4; position++) {
      expect(bank.filter((q) => q.answer === position).length / bank.length).toBeGreaterThan(0.12);
    }
    const planets = byId(bank, "sci-006");
    expect(planets.choices.en).toEqual(["7", "8", "9", "10"]);
    expect(answerOf(planets)).toBe("8");
  });

  it("offers questions about Dutch words only to English-speaking circles", () => {
    const gezellig = byId(bank, "lang-013");
    expect(gezellig.locales).toEqual(["en"]);
    expect(fullPool("en").some((q) => q.id === "lang-013")).toBe(true);
    expect(fullPool("nl").some((q) => q.id === "lang-013")).toBe(false);
    expect(fullPool().some((q) => q.id === "lang-013")).toBe(true);
  });
});

describe("country questions", () => {
  const questions = countryQuestions();

  it("know that the capital of the Netherlands is Amsterdam, in both languages", () => {
    const q = byId(questions, "cty-capital-nl");
    expect(q.text.en).toBe("What is the capital of the Netherlands?");
    expect(q.text.nl).toBe("Wat is de hoofdstad van Nederland?");
    expect(answerOf(q, "en")).toBe("Amsterdam");
    expect(answerOf(q, "nl")).toBe("Amsterdam");
  });

  it("know that France is in Europe", () => {
    const q = byId(questions, "cty-continent-fr");
    expect(answerOf(q, "en")).toBe("Europe");
    expect(answerOf(q, "nl")).toBe("Europa");
  });

  it("use Dutch names for countries and capitals in Dutch", () => {
    const q = byId(questions, "cty-capital-de");
    expect(q.text.nl).toBe("Wat is de hoofdstad van Duitsland?");
    expect(answerOf(q, "en")).toBe("Berlin");
    expect(answerOf(q, "nl")).toBe("Berlijn");
  });

  it("show the flag as an emoji and never offer a look-alike flag", () => {
    const q = byId(questions, "cty-flag-nl");
    expect(q.text.en).toContain("🇳🇱");
    expect(answerOf(q)).toBe("Netherlands");
    expect(answerOf(q, "nl")).toBe("Nederland");
    expect(q.choices.en).not.toContain("Luxembourg");
    expect(byId(questions, "cty-flag-td").choices.en).not.toContain("Romania");
    expect(byId(questions, "cty-flag-ro").choices.en).not.toContain("Chad");
  });

  it("draw wrong capitals from the same continent", () => {
    const capitals = questions.filter((q) => q.id.startsWith("cty-capital-"));
    expect(capitals.length).toBeGreaterThan(150);
    const continentsOfCapital = (capital: string) => Object.values(countries).filter((c) => c.capital === capital).map((c) => c.continent);
    for (const q of capitals) {
      const code = q.id.slice(-2).toUpperCase() as TCountryCode;
      for (const choice of q.choices.en) expect(continentsOfCapital(choice), `${q.id}: ${choice}`).toContain(countries[code].continent);
    }
  });

  it("cover only UN member states, and skip debatable capitals and continents", () => {
    const ids = new Set(questions.map((q) => q.id));
    for (const territory of ["xk", "tw", "ps", "eh", "aw", "gl", "va"]) {
      expect([...ids].some((id) => id.endsWith(`-${territory}`)), territory).toBe(false);
    }
    for (const code of ["bo", "za", "il", "lu", "mc"]) expect(ids.has(`cty-capital-${code}`), code).toBe(false);
    for (const code of ["ru", "tr", "eg"]) expect(ids.has(`cty-continent-${code}`), code).toBe(false);
    expect(ids.has("cty-flag-bo")).toBe(true);
  });

  it("are well formed, generated the same way every time, and handed out as a fresh list", () => {
    for (const q of questions) {
      expectWellFormed(q);
      expect(q.source).toBe("countries");
    }
    const again = countryQuestions();
    expect(again).toEqual(questions);
    again.length = 0;
    expect(countryQuestions()).toHaveLength(questions.length);
  });
});

describe("choosing a round's questions", () => {
  const pool = fullPool("en");
  const now = new Date("2025-03-03T08:00:00Z");

  it("gives the same questions for the same seed, and others for another seed", () => {
    const a = selectQuestions({ pool, seen: [], seed: "circle-1|2025-03-03", now });
    const b = selectQuestions({ pool, seen: [], seed: "circle-1|2025-03-03", now });
    const c = selectQuestions({ pool, seen: [], seed: "circle-1|2025-03-04", now });
    expect(a.map((q) => q.id)).toEqual(b.map((q) => q.id));
    expect(a.map((q) => q.id)).not.toEqual(c.map((q) => q.id));
  });

  it("plans two easy, two medium and one hard question for a round of five", () => {
    expect(difficultyPlan(5)).toEqual(["easy", "easy", "medium", "medium", "hard"]);
    const round = selectQuestions({ pool, seen: [], seed: "mix", now });
    expect(round.map((q) => q.difficulty)).toEqual(["easy", "easy", "medium", "medium", "hard"]);
    expect(new Set(round.map((q) => q.category)).size).toBe(5);
  });

  it("repeats no question within 60 days over a year of daily rounds", () => {
    const seen: SeenQuestion[] = [];
    const lastAsked = new Map<string, number>();
    for (let day = 0; day < 365; day++) {
      const today = new Date(now.getTime() + day * DAY);
      const round = selectQuestions({ pool, seen, seed: `circle-1|day-${day}`, now: today });
      expect(round).toHaveLength(5);
      expect(round.map((q) => q.difficulty)).toEqual(["easy", "easy", "medium", "medium", "hard"]);
      expect(new Set(round.map((q) => q.category)).size).toBe(5);
      for (const q of round) {
        const before = lastAsked.get(q.id);
        if (before !== undefined) expect(day - before, q.id).toBeGreaterThanOrEqual(60);
        lastAsked.set(q.id, day);
        seen.push({ id: q.id, at: today });
      }
    }
  });

  it("takes the least recently seen questions when the pool is too small", () => {
    const small = bank.slice(0, 8);
    const seen = small.map((q, i) => ({ id: q.id, at: new Date(now.getTime() - (i + 1) * DAY) }));
    const round = selectQuestions({ pool: small, seen, seed: "small", now });
    expect(round.map((q) => q.id).sort()).toEqual(small.slice(3).map((q) => q.id).sort());
  });

  it("prefers questions it has never asked, then those asked longest ago", () => {
    const small = bank.slice(0, 10);
    const seen = small.slice(0, 7).map((q, i) => ({ id: q.id, at: new Date(now.getTime() - (100 + i) * DAY) }));
    const round = selectQuestions({ pool: small, seen, seed: "order", now, count: 5 });
    const ids = round.map((q) => q.id);
    for (const fresh of small.slice(7)) expect(ids).toContain(fresh.id);
  });

  it("includes one question the team wrote, as the last of the round", () => {
    const team = ["Who of us has climbed Kilimanjaro?", "Who of us speaks four languages?", "Who of us bakes the best cake?"].map((question) => {
      const result = validateTeamQuestion({ question, correct: "Sam", wrong1: "Alex", wrong2: "Robin", wrong3: "Kim" });
      if (!result.ok) throw new Error(result.error.code);
      return result.question;
    });
    const round = selectQuestions({ pool: [...pool, ...team], seen: [], seed: "team", now });
    expect(round.filter((q) => q.source === "team")).toHaveLength(1);
    expect(round.at(-1)?.source).toBe("team");

    const seen = team.map((q) => ({ id: q.id, at: new Date(now.getTime() - DAY) }));
    const later = selectQuestions({ pool: [...pool, ...team], seen, seed: "team", now });
    expect(later.some((q) => q.source === "team")).toBe(false);
  });

  it("handles a count of zero and a count larger than the pool", () => {
    expect(selectQuestions({ pool, seen: [], seed: "x", now, count: 0 })).toEqual([]);
    expect(selectQuestions({ pool: bank.slice(0, 3), seen: [], seed: "x", now, count: 5 })).toHaveLength(3);
  });
});

describe("team-made packs", () => {
  describe("our JSON format", () => {
    it("reads questions with and without category and difficulty", () => {
      const pack = JSON.stringify({
        questions: [
          { question: "Who of us has climbed Kilimanjaro?", correct: "Sam", wrong: ["Alex", "Robin", "Kim"] },
          { question: "Wat is het kookpunt van water?", correct: "100 °C", wrong: ["90 °C", "80 °C", "110 °C"], category: "Wetenschap", difficulty: "moeilijk" },
        ],
      });
      const result = parsePack(pack, "json");
      if (!result.ok) throw new Error(result.error.en);
      expect(result.skipped).toEqual([]);
      const [a, b] = result.questions;
      expectWellFormed(a);
      expect(a).toMatchObject({ source: "team", category: "team", difficulty: "medium" });
      expect(a.text).toEqual({ en: "Who of us has climbed Kilimanjaro?", nl: "Who of us has climbed Kilimanjaro?" });
      expect(a.choices.nl).toEqual(a.choices.en);
      expect(answerOf(a)).toBe("Sam");
      expect(b).toMatchObject({ category: "science", difficulty: "hard" });
      expect(answerOf(b)).toBe("100 °C");
    });

    it("accepts a bare list and gives the same question the same id every time", () => {
      const item = { question: "Where did our team meet first?", correct: "Utrecht", wrong: ["Delft", "Zwolle", "Breda"] };
      const first = parsePack(JSON.stringify([item]), "json");
      const second = parsePack(JSON.stringify({ questions: [item] }), "json");
      expect(first.ok && second.ok && first.questions[0].id === second.questions[0].id).toBe(true);
    });

    it("names the entry and the reason for everything it skips", () => {
      const pack = JSON.stringify([
        { question: "", correct: "a", wrong: ["b", "c", "d"] },
        { question: "Q?", correct: "a", wrong: ["b", "c"] },
        { question: "Q2?", correct: "Paris", wrong: ["paris", "Rome", "Oslo"] },
        "just text",
        null,
        { question: "Q3?", correct: "a", wrong: ["b", "c", "d"] },
        { question: "q3?", correct: "A", wrong: ["x", "y", "z"] },
      ]);
      const result = parsePack(pack, "json");
      if (!result.ok) throw new Error(result.error.en);
      expect(result.questions).toHaveLength(1);
      expect(result.skipped.map((s) => [s.line, s.reason])).toEqual([
        [1, "question-missing"],
        [2, "wrong-missing"],
        [3, "duplicate-choices"],
        [4, "not-a-question"],
        [5, "not-a-question"],
        [7, "duplicate-question"],
      ]);
      for (const s of result.skipped) expect(s.message.en && s.message.nl).toBeTruthy();
    });
  });

  describe("CSV", () => {
    it("reads quoted commas, doubled quotes, line breaks inside quotes and CRLF line ends", () => {
      const csv = [
        "question,correct,wrong1,wrong2,wrong3,category,difficulty",
        '"Who said ""gezellig"" first, this morning?",Sam,Alex,Robin,Kim,,easy',
        '"Which city, in the end,',
        'hosted our offsite?","Amsterdam, NL",Delft,Zwolle,Breda,geography,',
        "Only three columns,a,b",
        "",
        "What is 6 × 7?,42,41,43,44,Science,hard",
      ].join("\r\n");
      const result = parsePack(csv, "csv");
      if (!result.ok) throw new Error(result.error.en);
      expect(result.questions.map((q) => q.text.en)).toEqual([
        'Who said "gezellig" first, this morning?',
        "Which city, in the end, hosted our offsite?",
        "What is 6 × 7?",
      ]);
      expect(result.questions.map((q) => q.difficulty)).toEqual(["easy", "medium", "hard"]);
      expect(result.questions.map((q) => q.category)).toEqual(["team", "geography", "science"]);
      expect(answerOf(result.questions[1])).toBe("Amsterdam, NL");
      expect(result.skipped).toEqual([expect.objectContaining({ line: 5, reason: "wrong-missing" })]);
    });

    it("reads semicolon-separated files with Dutch column names", () => {
      const csv = "\ufeffvraag;goed;fout1;fout2;fout3\nWie van ons fietst het verst naar kantoor?;Anouk;Bas;Chris;Daan\n";
      const result = parsePack(csv, "csv");
      expect(result.ok && result.questions.map((q) => answerOf(q))).toEqual(["Anouk"]);
    });

    it("refuses a file without the required columns, and names an unclosed quote", () => {
      const noHeader = parsePack("question,correct,wrong1,wrong2\nQ,a,b,c\n", "csv");
      expect(noHeader.ok).toBe(false);
      if (!noHeader.ok) expect(noHeader.error.nl).toContain("kolommen");

      const unclosed = parsePack('question,correct,wrong1,wrong2,wrong3\nQ1,a,b,c,d\n"Q2,a,b,c,d\nQ3,a,b,c,d\n', "csv");
      if (!unclosed.ok) throw new Error(unclosed.error.en);
      expect(unclosed.questions).toHaveLength(1);
      expect(unclosed.skipped).toEqual([expect.objectContaining({ line: 3, reason: "unclosed-quote" })]);
    });
  });

  describe("Open Trivia DB", () => {
    const opentdb = {
      response_code: 0,
      results: [
        {
          category: "Entertainment: Music",
          type: "multiple",
          difficulty: "easy",
          question: "Which band&#039;s album is called &quot;Abbey Road&quot;?",
          correct_answer: "The Beatles",
          incorrect_answers: ["Simon &amp; Garfunkel", "Beyonc&eacute;", "M&oslash;tley Cr&#xFC;e"],
        },
        { category: "Science &amp; Nature", type: "boolean", difficulty: "hard", question: "The Sun is a star.", correct_answer: "True", incorrect_answers: ["False"] },
        {
          category: "Science &amp; Nature",
          type: "multiple",
          difficulty: "hard",
          question: "What is the chemical symbol for tin?",
          correct_answer: "Sn",
          incorrect_answers: ["Ti", "Tn", "St"],
        },
      ],
    };

    it("decodes HTML entities and maps categories and difficulties", () => {
      const result = parsePack(JSON.stringify(opentdb), "opentdb");
      if (!result.ok) throw new Error(result.error.en);
      const [music, tin] = result.questions;
      expect(music.text.en).toBe('Which band\'s album is called "Abbey Road"?');
      expect([...music.choices.en].sort()).toEqual(["Beyoncé", "Møtley Crüe", "Simon & Garfunkel", "The Beatles"]);
      expect(music).toMatchObject({ category: "arts", difficulty: "easy", source: "team" });
      expect(tin).toMatchObject({ category: "science", difficulty: "hard" });
    });

    it("skips true/false questions with a reason", () => {
      const result = parsePack(JSON.stringify(opentdb), "opentdb");
      expect(result.ok && result.skipped).toEqual([expect.objectContaining({ line: 2, reason: "true-false" })]);
    });

    it("refuses an answer without questions", () => {
      const result = parsePack(JSON.stringify({ response_code: 1, results: [] }), "opentdb");
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.en).toContain("response code 1");
    });
  });

  describe("hostile input", () => {
    const megabyte = "x".repeat(1_000_000);

    it("reads only a question's own fields, never inherited ones, and pollutes nothing", () => {
      const pack =
        '{"questions":[{"__proto__":{"question":"Hidden?","correct":"a","wrong":["b","c","d"]}},' +
        '{"question":"Q?","correct":"a","wrong":["b","c","d"],"constructor":{"prototype":{"polluted":true}},"__proto__":{"polluted":true}}]}';
      const result = parsePack(pack, "json");
      if (!result.ok) throw new Error(result.error.en);
      expect(result.skipped).toEqual([expect.objectContaining({ line: 1, reason: "question-missing" })]);
      expect(result.questions).toHaveLength(1);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(parsePack('{"__proto__":{"questions":[]}}', "json").ok).toBe(false);
    });

    it("skips megabyte-long text and refuses files over the size limit", () => {
      const pack = JSON.stringify([
        { question: megabyte, correct: "a", wrong: ["b", "c", "d"] },
        { question: "Q?", correct: megabyte.slice(0, 500_000), wrong: ["b", "c", "d"] },
        { question: "Q2?", correct: "a", wrong: ["b", "c", "d"], category: megabyte.slice(0, 100_000) },
      ]);
      const result = parsePack(pack, "json");
      if (!result.ok) throw new Error(result.error.en);
      expect(result.skipped.map((s) => s.reason)).toEqual(["question-too-long", "choice-too-long"]);
      expect(result.questions[0].category).toBe("team");
      expect(parsePack(megabyte + megabyte + megabyte, "csv").ok).toBe(false);
      expect(parsePack(`question,correct,wrong1,wrong2,wrong3\n"${megabyte}",a,b,c,d\n`, "csv")).toMatchObject({
        ok: true,
        skipped: [{ line: 2, reason: "question-too-long" }],
      });
    });

    it("takes numbers as text and skips other wrong types", () => {
      const pack = JSON.stringify([
        { question: "In which year did we start?", correct: 2019, wrong: [2017, 2018, 2020] },
        { question: { text: "Q?" }, correct: "a", wrong: ["b", "c", "d"] },
        { question: "Q?", correct: ["a"], wrong: ["b", "c", "d"] },
        { question: "Q?", correct: "a", wrong: "b,c,d" },
        { question: "Q?", correct: "a", wrong: [true, null, {}] },
        42,
      ]);
      const result = parsePack(pack, "json");
      if (!result.ok) throw new Error(result.error.en);
      expect(result.questions.map((q) => q.choices.en)).toEqual([["2017", "2018", "2019", "2020"]]);
      expect(result.skipped.map((s) => s.reason)).toEqual(["question-missing", "correct-missing", "wrong-missing", "wrong-missing", "not-a-question"]);
    });

    it("strips markup, control characters and invisible direction marks, but keeps emoji", () => {
      const result = validateTeamQuestion({
        question: "<b>Who</b> of us\u0000 wrote\n[this](https://example.com) \u202eapp?\u200b",
        correct: "👩‍💻 Sam",
        wrong1: "<img src=x onerror=alert(1)>Alex",
        wrong2: "Robin",
        wrong3: "Kim",
      });
      if (!result.ok) throw new Error(result.error.code);
      expect(result.question.text.en).toBe("Who of us wrote this app?");
      expect([...result.question.choices.en].sort()).toEqual(["Alex", "Kim", "Robin", "👩‍💻 Sam"]);
    });

    it("refuses packs with more than 500 questions, malformed JSON and unknown formats", () => {
      const item = { question: "Q?", correct: "a", wrong: ["b", "c", "d"] };
      expect(parsePack(JSON.stringify(Array(501).fill(item)), "json").ok).toBe(false);
      expect(parsePack("[".repeat(200_000), "json").ok).toBe(false);
      expect(parsePack("{not json", "opentdb").ok).toBe(false);
      expect(parsePack("[]", "json").ok).toBe(false);
      expect(parsePack("[]", "xml" as never).ok).toBe(false);
      expect(parsePack(12 as never, "json").ok).toBe(false);
    });

    it("never throws, and everything it accepts fits the limits (property)", () => {
      const formats = ["json", "csv", "opentdb"] as const;
      fc.assert(
        fc.property(fc.oneof(fc.string({ unit: "binary" }), fc.jsonValue().map((v) => JSON.stringify(v))), fc.constantFrom(...formats), (text, format) => {
          const result = parsePack(text, format);
          if (!result.ok) {
            expect(result.error.en && result.error.nl).toBeTruthy();
            return;
          }
          for (const q of result.questions) {
            expectWellFormed(q);
            expect(q.text.en.length).toBeLessThanOrEqual(PACK_LIMITS.questionChars);
          }
        }),
        { numRuns: 300 },
      );
    });
  });
});

describe("the trivia add form", () => {
  it("turns a filled-in form into a team question", () => {
    const result = validateTeamQuestion({ question: "Who of us has a pet tortoise?", correct: "Robin", wrong1: "Sam", wrong2: "Alex", wrong3: "Kim", difficulty: "easy" });
    if (!result.ok) throw new Error(result.error.code);
    expectWellFormed(result.question);
    expect(result.question).toMatchObject({ source: "team", category: "team", difficulty: "easy" });
    expect(answerOf(result.question)).toBe("Robin");
  });

  it("explains in English and Dutch what is missing or too long", () => {
    const missing = validateTeamQuestion({ question: "Who?", correct: "Robin", wrong1: "Sam", wrong2: " ", wrong3: "Kim" });
    expect(missing).toEqual({
      ok: false,
      error: { code: "wrong-missing", message: { en: "Three wrong answers are needed.", nl: "Er zijn drie foute antwoorden nodig." } },
    });
    const long = validateTeamQuestion({ question: "Q".repeat(201), correct: "a", wrong1: "b", wrong2: "c", wrong3: "d" });
    expect(!long.ok && long.error.code).toBe("question-too-long");
    expect(!validateTeamQuestion(null).ok && !validateTeamQuestion("text").ok && !validateTeamQuestion([]).ok).toBe(true);
  });
});

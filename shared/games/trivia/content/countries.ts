// Questions generated from country data (the MIT-licensed `countries-list` package): capitals,
// flags and continents. English names come from the package; Dutch country names from the
// runtime's Unicode CLDR data (Intl.DisplayNames), Dutch capital names from the short list of
// exonyms below. Neighbour questions are left out: no permissively licensed border data set
// was available (see THIRD_PARTY_NOTICES.md).
//
// Which countries are asked about, and why:
// - Only the 193 UN member states. Dependent territories (Aruba, Greenland, …) and places with
//   disputed recognition (Kosovo, Palestine, Taiwan, Western Sahara) are left out: a question
//   should never hinge on a political view.
// - Capitals are not asked where the answer is debatable (several capitals, or a capital whose
//   status is disputed) or given away (the capital carries the country's name, as Luxembourg
//   or Kuwait City); see NO_CAPITAL_QUESTION.
// - Continents are not asked for countries that lie on two continents, or that are counted on
//   either side depending on the atlas; see NO_CONTINENT_QUESTION.
// - Wrong answers come from the same continent, so they are plausible; flags that look almost
//   the same (Chad and Romania, Indonesia and Monaco, …) are never offered side by side.

import { continents as continentNames, countries, getEmojiFlag, type TContinentCode, type TCountryCode } from "countries-list";
import type { Locale } from "../../../circles/types";
import { arrangeChoices } from "./choices";
import { seededRandom, shuffle } from "../../random";
import type { Difficulty, TriviaQuestion } from "./types";

const UN_MEMBERS = (
  "AF AL DZ AD AO AG AR AM AU AT AZ BS BH BD BB BY BE BZ BJ BT BO BA BW BR BN BG BF BI CV KH CM CA CF TD CL CN CO KM CG " +
  "CD CR CI HR CU CY CZ DK DJ DM DO EC EG SV GQ ER EE SZ ET FJ FI FR GA GM GE DE GH GR GD GT GN GW GY HT HN HU IS IN ID " +
  "IR IQ IE IL IT JM JP JO KZ KE KI KP KR KW KG LA LV LB LS LR LY LI LT LU MG MW MY MV ML MT MH MR MU MX FM MD MC MN ME " +
  "MA MZ MM NA NR NP NL NZ NI NE NG MK NO OM PK PW PA PG PY PE PH PL PT QA RO RU RW KN LC VC WS SM ST SA SN RS SC SL SG " +
  "SK SI SB SO ZA SS ES LK SD SR SE CH SY TJ TZ TH TL TG TO TT TN TR TM TV UG UA AE GB US UY UZ VU VE VN YE ZM ZW"
).split(" ") as TCountryCode[];

/**
 * Bolivia (Sucre and La Paz), South Africa (three capitals), Eswatini (Lobamba and Mbabane),
 * Sri Lanka (the data names Colombo; the official capital is Sri Jayawardenepura Kotte),
 * Nauru (no official capital), Israel and Yemen (status disputed).
 */
const NO_CAPITAL_QUESTION = new Set<string>(["BO", "ZA", "SZ", "LK", "NR", "IL", "YE"]);

/** On two continents in the data, or placed differently by different atlases. */
const NO_CONTINENT_QUESTION = new Set<string>(["AM", "AZ", "CY", "DK", "EG", "GE", "KZ", "RU", "TL", "TR"]);

/** Flags that are hard to tell apart at emoji size; never choices in the same question. */
const LOOK_ALIKE_FLAGS: readonly (readonly string[])[] = [
  ["RO", "TD", "AD", "MD"],
  ["ID", "MC", "PL"],
  ["NL", "LU", "PY"],
  ["IE", "CI", "IT", "MX"],
  ["AU", "NZ"],
  ["CO", "EC", "VE"],
  ["SI", "SK", "RU", "RS"],
  ["SN", "ML", "GN", "CM"],
  ["QA", "BH"],
  ["NE", "IN"],
  ["HT", "LI"],
  ["EG", "IQ", "SY", "YE"],
  ["JO", "SD", "KW", "AE"],
  ["HN", "NI", "SV"],
  ["AT", "LV"],
  ["TH", "CR"],
];

/** Countries most people know: their questions are easy. */
const WELL_KNOWN = new Set<string>(
  "NL BE DE FR GB ES IT PT AT CH IE DK SE NO FI GR PL US CA MX BR AR JP CN IN AU RU EG TR".split(" "),
);
/** Rather well known outside Europe; every European country also counts as medium. */
const FAIRLY_KNOWN = new Set<string>(
  "CL PE CO VE CU JM ZA KE MA NG GH ET TN DZ TH VN ID PH MY SG NZ IR IQ SA IL AE PK KR KP QA".split(" "),
);

/** Where the Dutch name of a capital differs from the English one. */
const CAPITAL_NL: Record<string, string> = {
  AT: "Wenen", AM: "Jerevan", AZ: "Bakoe", BE: "Brussel", BR: "Brasilia", CN: "Peking", CZ: "Praag",
  DE: "Berlijn", DK: "Kopenhagen", DZ: "Algiers", EG: "Caïro", ET: "Addis Abeba", FR: "Parijs", GB: "Londen",
  GR: "Athene", GT: "Guatemala-Stad", HU: "Boedapest", IQ: "Bagdad", IR: "Teheran", JP: "Tokio", KG: "Bisjkek",
  KW: "Koeweit-Stad", LB: "Beiroet", LU: "Luxemburg", MN: "Ulaanbaatar", MX: "Mexico-Stad", PA: "Panama-Stad",
  PH: "Manilla", PL: "Warschau", PT: "Lissabon", RO: "Boekarest", RS: "Belgrado", RU: "Moskou", SA: "Riyad",
  SD: "Khartoem", TJ: "Doesjanbe", TM: "Asjchabad", UZ: "Tasjkent",
};

const CONTINENT_NL: Record<TContinentCode, string> = {
  AF: "Afrika", AN: "Antarctica", AS: "Azië", EU: "Europa", NA: "Noord-Amerika", OC: "Oceanië", SA: "Zuid-Amerika",
};

/** The three wrong continents offered for each right one: the ones people plausibly mix up. */
const CONTINENT_DISTRACTORS: Partial<Record<TContinentCode, readonly TContinentCode[]>> = {
  AF: ["AS", "EU", "SA"],
  AS: ["EU", "OC", "AF"],
  EU: ["AS", "AF", "NA"],
  NA: ["SA", "EU", "OC"],
  SA: ["NA", "AF", "OC"],
  OC: ["AS", "SA", "NA"],
};

/** Names that take an article in running text ("the capital of the Netherlands"). */
const ARTICLE_EN = new Set<string>("NL US GB PH BS GM MV MH SB CF DO AE CD CG KM SC".split(" "));
const ARTICLE_NL: Record<string, string> = {
  US: "de", GB: "het", PH: "de", BS: "de", MV: "de", MH: "de", SB: "de", CF: "de", DO: "de", AE: "de", KM: "de", SC: "de",
};

interface Country {
  code: TCountryCode;
  name: Record<Locale, string>;
  /** The name as it reads inside a sentence, with an article where the language needs one. */
  inText: Record<Locale, string>;
  capital: Record<Locale, string>;
  continent: TContinentCode;
  flag: string;
  tier: Difficulty;
}

function dutchNames(): (code: string, fallback: string) => string {
  const names = new Intl.DisplayNames(["nl"], { type: "region", fallback: "none" });
  return (code, fallback) => names.of(code) ?? fallback;
}

function fold(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}

function tierOf(code: string, continent: TContinentCode): Difficulty {
  if (WELL_KNOWN.has(code)) return "easy";
  if (FAIRLY_KNOWN.has(code) || continent === "EU") return "medium";
  return "hard";
}

function loadCountries(): Country[] {
  const dutchName = dutchNames();
  return UN_MEMBERS.map((code) => {
    const data = countries[code];
    const nl = dutchName(code, data.name);
    return {
      code,
      name: { en: data.name, nl },
      inText: { en: ARTICLE_EN.has(code) ? `the ${data.name}` : data.name, nl: ARTICLE_NL[code] ? `${ARTICLE_NL[code]} ${nl}` : nl },
      capital: { en: data.capital, nl: CAPITAL_NL[code] ?? data.capital },
      continent: data.continent,
      flag: getEmojiFlag(code),
      tier: tierOf(code, data.continent),
    };
  });
}

function capitalIsAsked(country: Country): boolean {
  if (NO_CAPITAL_QUESTION.has(country.code) || !country.capital.en) return false;
  const name = fold(country.name.en);
  const capital = fold(country.capital.en);
  return !name.includes(capital) && !capital.includes(name);
}

function lookAlikes(code: string): Set<string> {
  return new Set(LOOK_ALIKE_FLAGS.filter((group) => group.includes(code)).flat());
}

/** Three other countries from the same continent, chosen by the question id. */
function pickOthers(id: string, country: Country, candidates: readonly Country[], exclude: Set<string> = new Set()): Country[] {
  const others = candidates.filter((c) => c.code !== country.code && c.continent === country.continent && !exclude.has(c.code));
  return shuffle(others, seededRandom(`countries:${id}`)).slice(0, 3);
}

function question(
  id: string,
  difficulty: Difficulty,
  text: Record<Locale, string>,
  correct: Record<Locale, string>,
  wrong: Record<Locale, string>[],
): TriviaQuestion {
  const { choices, answer } = arrangeChoices(id, correct, { en: wrong.map((w) => w.en), nl: wrong.map((w) => w.nl) });
  return { id, category: "geography", difficulty, text, choices, answer, source: "countries" };
}

function generate(): TriviaQuestion[] {
  const all = loadCountries();
  const withCapital = all.filter(capitalIsAsked);
  const out: TriviaQuestion[] = [];
  for (const country of all) {
    const key = country.code.toLowerCase();
    if (withCapital.includes(country)) {
      const id = `cty-capital-${key}`;
      const others = pickOthers(id, country, withCapital);
      if (others.length === 3) {
        out.push(question(id, country.tier,
          { en: `What is the capital of ${country.inText.en}?`, nl: `Wat is de hoofdstad van ${country.inText.nl}?` },
          country.capital, others.map((o) => o.capital)));
      }
    }
    const flagId = `cty-flag-${key}`;
    const flagOthers = pickOthers(flagId, country, all, lookAlikes(country.code));
    if (flagOthers.length === 3) {
      out.push(question(flagId, country.tier,
        { en: `Which country's flag is this? ${country.flag}`, nl: `Van welk land is deze vlag? ${country.flag}` },
        country.name, flagOthers.map((o) => o.name)));
    }
    const wrongContinents = CONTINENT_DISTRACTORS[country.continent];
    if (!NO_CONTINENT_QUESTION.has(country.code) && wrongContinents) {
      const continent = (c: TContinentCode) => ({ en: continentNames[c], nl: CONTINENT_NL[c] });
      out.push(question(`cty-continent-${key}`, country.tier === "hard" ? "medium" : "easy",
        { en: `On which continent will you find ${country.inText.en}?`, nl: `In welk werelddeel vind je ${country.inText.nl}?` },
        continent(country.continent), wrongContinents.map(continent)));
    }
  }
  return out;
}

let cached: readonly TriviaQuestion[] | undefined;

/** Capital, flag and continent questions for the UN member states; generated once, a fresh array per call. */
export function countryQuestions(): TriviaQuestion[] {
  cached ??= generate();
  return [...cached];
}

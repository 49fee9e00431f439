// `npx tsx scripts/build-countries.ts` — builds Walk the Globe's country list from permissively
// licensed npm packages (devDependencies) and writes shared/games/globe/countries.json, which is
// committed: the app and CI never compute a centroid. It also writes the packages' sections of
// THIRD_PARTY_NOTICES.md. Run it again after upgrading a source package or changing the aliases
// below, and review the JSON's diff by eye; tests/games/globe-countries.test.ts checks that the
// committed file is what this script produces.
//
// - Which places: every ISO 3166-1 code that has a shape in Natural Earth. The ~197 sovereign
//   states (the 193 UN members, the two UN observer states, Kosovo and Taiwan) can be the mystery
//   country; the others (Greenland, Puerto Rico, Hong Kong…) can be guessed, as a clue.
// - Names: English from countries-list (short, common names) and i18n-iso-countries (official and
//   alias names); Dutch from i18n-iso-countries; native names from countries-list; plus the
//   everyday aliases below. Stored normalised (normaliseName), so matching is a lookup.
// - Where: the centre of the country's main land mass, computed on the sphere (d3-geo) from the
//   Natural Earth 1:10m admin-0 shapes in world-atlas (decoded with topojson-client): the largest
//   polygon plus every polygon whose centre is within 1,500 km of it, so France is metropolitan
//   France (not pulled towards French Guiana), the USA is the contiguous states, Indonesia keeps
//   Sumatra, Java and Borneo together.
// - Continent: countries-list's (AF, AN, AS, EU, NA, OC, SA).

import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { geoArea, geoCentroid, geoDistance } from "d3-geo";
import type { MultiPolygon, Polygon, Position } from "geojson";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import { normaliseName } from "../shared/games/globe/normalise";
import { source, writeNotice } from "./third-party-notices";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const COUNTRIES_JSON = path.join(ROOT, "shared/games/globe/countries.json");
const require = createRequire(import.meta.url);

const EARTH_RADIUS_KM = 6371.0088;
/** Polygons whose centre is further than this from the main land mass are left out of the centre. */
const MAIN_LAND_KM = 1_500;

/** ISO codes with a shape and names that are not sovereign states: guessable, never the answer. */
const NOT_SOVEREIGN = `
  AS AI AQ AW AX BL BM BQ BV CC CK CW CX EH FK FO GF GG GI GL GP GS GU HK HM IM IO JE KY MF MO MP MQ
  MS NC NF NU PF PM PN PR RE SH SJ SX TC TF TK UM VG VI WF YT
`
  .split(/\s+/)
  .filter(Boolean);

/** 193 UN members + the Holy See and Palestine (observers) + Kosovo + Taiwan. */
const SOVEREIGN_COUNT = 197;

/** Everyday names people type that the packages do not have (English and Dutch). */
const ALIASES: Record<string, string[]> = {
  AE: ["Emirates", "VAE", "Emiraten"],
  AG: ["Antigua"],
  BA: ["Bosnia", "Bosnië", "Bosnia-Herzegovina"],
  CD: ["DR Congo", "DRC", "Congo Kinshasa"],
  CG: ["Congo Brazzaville", "Congo Republic"],
  CZ: ["Tsjechische Republiek"],
  GB: ["England", "Scotland", "Wales", "Northern Ireland", "Britain", "Great Britain", "Engeland", "Schotland", "Noord-Ierland", "Groot-Brittannië", "VK"],
  IR: ["Perzië"],
  KN: ["Saint Kitts", "Sint-Kitts en Nevis"],
  MK: ["Macedonië"],
  MM: ["Birma", "Burma"],
  NL: ["Holland"],
  NZ: ["Aotearoa"],
  PS: ["Palestinian territories", "Palestijnse gebieden"],
  SA: ["Saoedi-Arabië"],
  ST: ["Sao Tome", "São Tomé"],
  TL: ["Oost-Timor", "East Timor"],
  TT: ["Trinidad"],
  US: ["America", "Amerika", "VS", "USA", "United States"],
  VA: ["Vatican", "Vaticaan", "Holy See", "Heilige Stoel"],
  VC: ["Saint Vincent", "Sint-Vincent en de Grenadines"],
};

export interface CountryRecord {
  code: string;
  name: { en: string; nl: string };
  lat: number;
  lon: number;
  continent: string;
  /** True for a sovereign state: the only kind of place that can be the mystery country. */
  sovereign: boolean;
  /** Every accepted name, normalised, the display names first. */
  names: string[];
}

export interface CountriesFile {
  countries: CountryRecord[];
}

interface ListEntry {
  name: string;
  native: string;
  alias?: string[];
  continent: string;
}

type IsoCountries = {
  getAlpha2Codes(): Record<string, string>;
  alpha2ToNumeric(code: string): string | undefined;
  getName(code: string, lang: string, options: { select: "all" }): string[] | undefined;
  getName(code: string, lang: string, options?: { select: "official" | "alias" }): string | undefined;
  registerLocale(data: unknown): void;
};

function isoCountries(): IsoCountries {
  const iso = require("i18n-iso-countries") as IsoCountries;
  iso.registerLocale(require("i18n-iso-countries/langs/en.json"));
  iso.registerLocale(require("i18n-iso-countries/langs/nl.json"));
  return iso;
}

const round2 = (x: number) => Math.round(x * 100) / 100;

/** The centre of a country's main land mass (see the file's first comment). */
export function mainLandCentre(polygons: Position[][][]): { lat: number; lon: number } {
  const shapes = polygons.map((coordinates) => {
    const polygon: Polygon = { type: "Polygon", coordinates };
    return { coordinates, area: geoArea(polygon), centre: geoCentroid(polygon) };
  });
  const largest = shapes.reduce((a, b) => (b.area > a.area ? b : a));
  const near = shapes.filter((s) => geoDistance(s.centre, largest.centre) * EARTH_RADIUS_KM <= MAIN_LAND_KM);
  const main: MultiPolygon = { type: "MultiPolygon", coordinates: near.map((s) => s.coordinates) };
  const [lon, lat] = geoCentroid(main);
  return { lat: round2(lat), lon: round2(lon) };
}

/** Natural Earth's shapes by ISO numeric code (Kosovo, which has none, by name), as polygon lists. */
function shapesByNumeric(): Map<string, Position[][][]> {
  const topology = JSON.parse(readFileSync(require.resolve("world-atlas/countries-10m.json"), "utf8")) as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const collection = feature(topology, topology.objects.countries);
  const shapes = new Map<string, Position[][][]>();
  for (const f of collection.features) {
    const key = f.id !== undefined ? String(f.id) : f.properties.name === "Kosovo" ? "XK" : null;
    if (key === null || !f.geometry) continue;
    const polygons = f.geometry.type === "Polygon" ? [f.geometry.coordinates] : f.geometry.type === "MultiPolygon" ? f.geometry.coordinates : [];
    // A few places come in several features with one code: their polygons are one country.
    shapes.set(key, [...(shapes.get(key) ?? []), ...polygons]);
  }
  return shapes;
}

function sortedUniqueNames(first: string[], rest: string[]): string[] {
  const names = [...first, ...rest].map(normaliseName).filter((n) => n.length > 0);
  return [...new Set(names)];
}

/** The country list, computed from the packages; pure apart from reading them. */
export function buildCountries(): CountriesFile {
  const iso = isoCountries();
  const list = (require("countries-list") as { countries: Record<string, ListEntry> }).countries;
  const shapes = shapesByNumeric();
  const countries: CountryRecord[] = [];
  for (const code of Object.keys(iso.getAlpha2Codes()).sort()) {
    const entry = list[code];
    const polygons = shapes.get(code === "XK" ? "XK" : (iso.alpha2ToNumeric(code) ?? ""));
    if (!entry || !polygons || polygons.length === 0) continue;
    const en = entry.name;
    const nl = iso.getName(code, "nl", { select: "alias" }) ?? iso.getName(code, "nl")!;
    const names = sortedUniqueNames(
      [en, nl],
      [...(iso.getName(code, "en", { select: "all" }) ?? []), ...(iso.getName(code, "nl", { select: "all" }) ?? []), ...(entry.alias ?? []), entry.native, ...(ALIASES[code] ?? [])],
    );
    countries.push({ code, name: { en, nl }, ...mainLandCentre(polygons), continent: entry.continent, sovereign: !NOT_SOVEREIGN.includes(code), names });
  }
  // A name shared by several places (a native name equal to another country's name) belongs to the
  // place whose display name it is; "Congo", which both Congos are called, stays ambiguous.
  const displayOwner = new Map<string, string>();
  for (const c of countries) for (const n of c.names.slice(0, 2)) displayOwner.set(n, c.code);
  for (const c of countries) c.names = c.names.filter((n, i) => i < 2 || !displayOwner.has(n) || displayOwner.get(n) === c.code);

  const sovereign = countries.filter((c) => c.sovereign).length;
  if (sovereign !== SOVEREIGN_COUNT) throw new Error(`expected ${SOVEREIGN_COUNT} sovereign states, found ${sovereign}`);
  const missing = Object.keys(iso.getAlpha2Codes()).filter((code) => !NOT_SOVEREIGN.includes(code) && !countries.some((c) => c.code === code));
  if (missing.length > 0) throw new Error(`sovereign states without a shape or names: ${missing.join(", ")}`);
  return { countries };
}

/** The JSON text as committed: one country a line, so a rebuild's diff reads country by country. */
export function countriesJson(file: CountriesFile): string {
  return `{\n  "countries": [\n${file.countries.map((c) => `    ${JSON.stringify(c)}`).join(",\n")}\n  ]\n}\n`;
}

function main(): void {
  const file = buildCountries();
  writeFileSync(COUNTRIES_JSON, countriesJson(file));
  console.log(`countries.json: ${file.countries.length} places, ${file.countries.filter((c) => c.sovereign).length} sovereign states`);
  const use = "Walk the Globe's country list (shared/games/globe/countries.json):";
  for (const pkg of [
    source("i18n-iso-countries", { use: `${use} the ISO 3166-1 codes, English and Dutch country names.`, noticeFile: "LICENSE" }),
    source("world-atlas", {
      use: `${use} Natural Earth's 1:10m admin-0 country shapes, from which each country's centre is computed (the shapes themselves are not shipped).`,
      noticeFile: "LICENSE",
      licenseNote: "the package; Natural Earth's data is in the public domain",
    }),
    source("topojson-client", { use: `${use} decodes world-atlas's TopoJSON at build time.`, noticeFile: "LICENSE" }),
    source("d3-geo", { use: `${use} spherical areas, centres and distances at build time.`, noticeFile: "LICENSE" }),
  ])
    writeNotice(pkg, "npx tsx scripts/build-countries.ts");
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) main();

// The places of Walk the Globe, from countries.json (built by scripts/build-countries.ts): every
// sovereign state, which can be the mystery country, and the territories with a shape of their
// own (Greenland, Puerto Rico…), which can be guessed as a clue.

import type { Locale } from "../../circles/types";
import data from "./countries.json" with { type: "json" };

/** Continents as countries-list codes them. */
export type ContinentCode = "AF" | "AN" | "AS" | "EU" | "NA" | "OC" | "SA";

/** The six continents people live on: "all continents" means these. */
export const INHABITED_CONTINENTS: readonly ContinentCode[] = ["AF", "AS", "EU", "NA", "OC", "SA"];

export interface Country {
  /** ISO 3166-1 alpha-2. */
  code: string;
  name: Record<Locale, string>;
  /** The centre of the main land mass, in degrees. */
  lat: number;
  lon: number;
  continent: ContinentCode;
  /** Only sovereign states are ever the mystery country. */
  sovereign: boolean;
  /** Every accepted name, normalised (normaliseName), the English and Dutch display names first. */
  names: string[];
}

export const countries: readonly Country[] = data.countries as Country[];

const byCode = new Map(countries.map((c) => [c.code, c]));

export function countryByCode(code: string): Country | undefined {
  return byCode.get(code);
}

/** The mystery countries, by code. */
export const answerPool: readonly Country[] = countries.filter((c) => c.sovereign);

/** The flag emoji of an ISO code (two regional indicator letters). */
export function flagEmoji(code: string): string {
  return String.fromCodePoint(...[...code.toUpperCase()].map((ch) => 0x1f1e6 + ch.charCodeAt(0) - 65));
}

// A circle's journey around the world: every solved Walk the Globe round adds the mystery country
// as the next stop, and the leg from the previous stop to the kilometres travelled. Milestones
// ("crossed an ocean", "every inhabited continent", "10 countries", "10,000 km"…) are reached once
// and remembered with the round that reached them. Pure: the repository stores what this returns,
// and the tab draws the stops on a map.

import type { Locale } from "../../circles/types";
import { answerPool, INHABITED_CONTINENTS, type ContinentCode, type Country } from "./countries";
import { distanceKm } from "./geo";

export interface JourneyStop {
  /** ISO 3166-1 alpha-2. */
  code: string;
  name: Record<Locale, string>;
  lat: number;
  lon: number;
  continent: ContinentCode;
  /** The round that found it. */
  sessionId: string;
  at: Date;
  /** Whole km from the previous stop (0 for the first). */
  legKm: number;
}

export type MilestoneId =
  | "first-stop"
  | "ocean"
  | "all-continents"
  | "countries-10"
  | "countries-25"
  | "countries-50"
  | "countries-100"
  | "all-countries"
  | "km-10000"
  | "km-40075"
  | "km-100000"
  | "km-384400";

export interface JourneyMilestone {
  id: MilestoneId;
  at: Date;
  /** The round whose leg reached it. */
  sessionId: string;
}

/** One document per circle in `journeys` (`_id` = circleId). */
export interface Journey {
  _id: string;
  circleId: string;
  tenantId: string;
  stops: JourneyStop[];
  totalKm: number;
  /** Different countries visited. */
  countries: number;
  /** Different continents visited, in the order first reached. */
  continents: ContinentCode[];
  milestones: JourneyMilestone[];
  version: number;
  [key: string]: unknown;
}

/**
 * Continents that are one land mass, or only a strait apart (Europe–Africa at Gibraltar): a leg
 * between any other two continents crosses an ocean.
 */
const OVERLAND = new Set(["AS-EU", "AF-AS", "AF-EU", "NA-SA"]);

/** True when the leg between two continents crosses an ocean. */
export function crossesOcean(from: ContinentCode, to: ContinentCode): boolean {
  if (from === to) return false;
  return !OVERLAND.has([from, to].sort().join("-"));
}

const countriesAt = (n: number) => (j: Journey) => j.countries >= n;
const kmAt = (km: number) => (j: Journey) => j.totalKm >= km;

/** Every milestone, in the order they are listed when several are reached at once. */
export const MILESTONES: readonly { id: MilestoneId; reached: (journey: Journey, leg: { from?: JourneyStop; to: JourneyStop }) => boolean }[] = [
  { id: "first-stop", reached: (j) => j.stops.length >= 1 },
  { id: "ocean", reached: (_j, leg) => leg.from !== undefined && crossesOcean(leg.from.continent, leg.to.continent) },
  { id: "all-continents", reached: (j) => INHABITED_CONTINENTS.every((c) => j.continents.includes(c)) },
  { id: "countries-10", reached: countriesAt(10) },
  { id: "countries-25", reached: countriesAt(25) },
  { id: "countries-50", reached: countriesAt(50) },
  { id: "countries-100", reached: countriesAt(100) },
  { id: "all-countries", reached: countriesAt(answerPool.length) },
  { id: "km-10000", reached: kmAt(10_000) },
  { id: "km-40075", reached: kmAt(40_075) },
  { id: "km-100000", reached: kmAt(100_000) },
  { id: "km-384400", reached: kmAt(384_400) },
];

export function emptyJourney(circleId: string, tenantId: string): Journey {
  return { _id: circleId, circleId, tenantId, stops: [], totalKm: 0, countries: 0, continents: [], milestones: [], version: 0 };
}

/**
 * The journey with `country` as its next stop, found by round `sessionId`. A round adds one stop
 * only: for a round that already has its stop, the journey is returned as it is (`added` false).
 * `version` is left to the repository.
 */
export function addStop(journey: Journey, country: Country, sessionId: string, at: Date): { journey: Journey; added: boolean } {
  if (journey.stops.some((s) => s.sessionId === sessionId)) return { journey, added: false };
  const from = journey.stops.at(-1);
  const to: JourneyStop = {
    code: country.code,
    name: { en: country.name.en, nl: country.name.nl },
    lat: country.lat,
    lon: country.lon,
    continent: country.continent,
    sessionId,
    at,
    legKm: from ? Math.round(distanceKm(from, country)) : 0,
  };
  const stops = [...journey.stops, to];
  const next: Journey = {
    ...journey,
    stops,
    totalKm: journey.totalKm + to.legKm,
    countries: new Set(stops.map((s) => s.code)).size,
    continents: journey.continents.includes(to.continent) ? journey.continents : [...journey.continents, to.continent],
  };
  const reached = MILESTONES.filter((m) => !journey.milestones.some((had) => had.id === m.id) && m.reached(next, { from, to }));
  return { journey: { ...next, milestones: [...journey.milestones, ...reached.map((m) => ({ id: m.id, at, sessionId }))] }, added: true };
}

/** What round `sessionId` added to the journey: its stop, the stop before it, and the milestones it reached. */
export function legOf(journey: Journey, sessionId: string): { from?: JourneyStop; to: JourneyStop; milestones: MilestoneId[] } | null {
  const index = journey.stops.findIndex((s) => s.sessionId === sessionId);
  if (index === -1) return null;
  return {
    ...(index > 0 ? { from: journey.stops[index - 1] } : {}),
    to: journey.stops[index]!,
    milestones: journey.milestones.filter((m) => m.sessionId === sessionId).map((m) => m.id),
  };
}

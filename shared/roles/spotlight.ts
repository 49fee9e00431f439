// Who the monthly Perspectives ritual puts in the spotlight: a fair rotation over the people who
// agreed to it. Pure: the circle's past spotlights come in as data, the tie break from a seed.

import { seededRandom, shuffle } from "../games/random";

/** Someone spotlighted before in this circle, and when. */
export interface PastSpotlight {
  key: string;
  at: Date;
}

/**
 * The next person to spotlight, among those who agreed (`spotlight: true`): someone never
 * spotlighted in this circle first, otherwise the one spotlighted longest ago; people with the same
 * standing are ordered by the seed (so the same session always picks the same person). Null when
 * nobody agreed.
 */
export function pickSpotlight<T extends { key: string; spotlight: boolean }>(candidates: readonly T[], history: readonly PastSpotlight[], seed: string): T | null {
  const last = new Map<string, number>();
  for (const past of history) last.set(past.key, Math.max(last.get(past.key) ?? -Infinity, past.at.getTime()));
  const unique = [...new Map(candidates.filter((c) => c.spotlight === true).map((c) => [c.key, c])).values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  let best: T | null = null;
  let bestAt = Infinity;
  for (const candidate of shuffle(unique, seededRandom(seed))) {
    const at = last.get(candidate.key) ?? -Infinity;
    if (at < bestAt) {
      best = candidate;
      bestAt = at;
    }
  }
  return best;
}

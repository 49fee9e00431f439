// One or two neutral facts for a session's results card. Facts are data; the card puts them
// into words from the i18n catalog. Nothing here compares people unkindly: no "slowest", no "last".

import type { Ranked } from "./ranking";

export type FunFact =
  /** The quickest of the players who got everything right. */
  | { kind: "fastest-perfect"; playerId: string; name: string; ms: number }
  /** How many people played this game in this circle for the first time (see `recordResults`). */
  | { kind: "first-timers"; count: number }
  /** How many people played, and how many of them finished. */
  | { kind: "turnout"; players: number; finished: number };

export interface FunFactContext {
  /** The most points a player could get (trivia: the number of questions); enables "fastest-perfect". */
  maxPoints?: number;
  /** `recordResults(...).firstTimers.length`. */
  firstTimers?: number;
}

/**
 * At most two facts, the most interesting first. Pass the board others see (`visibleResults`), so
 * a fact never names someone who opted out of leaderboards.
 */
export function funFacts(ranked: readonly Ranked[], context: FunFactContext = {}): FunFact[] {
  if (ranked.length === 0) return [];
  const facts: FunFact[] = [];
  const fastest = ranked
    .filter((result) => result.points === context.maxPoints && result.tiebreakMs !== undefined)
    .sort((a, b) => a.tiebreakMs! - b.tiebreakMs!)[0];
  if (fastest) facts.push({ kind: "fastest-perfect", playerId: fastest.playerId, name: fastest.name, ms: fastest.tiebreakMs! });
  if (context.firstTimers) facts.push({ kind: "first-timers", count: context.firstTimers });
  facts.push({ kind: "turnout", players: ranked.length, finished: ranked.filter((result) => result.finished).length });
  return facts.slice(0, 2);
}

// Who came where in one session: the day's board, the winners, and what others may see of it.
// Pure: the caller stores the ranking in the session (`session.data.results`).

/** One player's outcome of a session, as the game's summary reports it. */
export interface PlayerResult {
  playerId: string;
  name: string;
  points: number;
  /** Breaks ties on points: lower wins (trivia: total answer time). Players without one come after those with one. */
  tiebreakMs?: number;
  finished: boolean;
}

export interface Ranked extends PlayerResult {
  /** 1-based; players with equal points and equal tiebreak share a rank (1, 1, 3). */
  rank: number;
  /** Rank 1 with more than zero points: nobody wins a round in which nobody scored. */
  winner: boolean;
}

/** Points high to low, then tiebreak low to high, then name (only so the order is stable). */
export function rankPlayers(results: readonly PlayerResult[]): Ranked[] {
  const sorted = [...results].sort(
    (a, b) => b.points - a.points || compareTiebreak(a.tiebreakMs, b.tiebreakMs) || compareNames(a, b),
  );
  return withRanks(sorted, (a, b) => a.points === b.points && a.tiebreakMs === b.tiebreakMs).map(({ item, rank }) => ({
    ...item,
    rank,
    winner: rank === 1 && item.points > 0,
  }));
}

/**
 * The board as everyone except the opted-out players sees it: they are left out and the others
 * are ranked again among themselves, so no gap in the ranks (or a missing winner) gives them away.
 * The opted-out player's own view uses the full ranking.
 */
export function visibleResults(ranked: readonly Ranked[], optedOutIds: ReadonlySet<string> | readonly string[]): Ranked[] {
  const hidden = new Set(optedOutIds);
  return rankPlayers(ranked.filter((result) => !hidden.has(result.playerId)));
}

/** Competition ranking over an already sorted list: `same` says whether two neighbours share a rank. */
export function withRanks<T>(sorted: readonly T[], same: (a: T, b: T) => boolean): { item: T; rank: number }[] {
  const out: { item: T; rank: number }[] = [];
  sorted.forEach((item, index) => {
    const previous = out[index - 1];
    out.push({ item, rank: previous && same(previous.item, item) ? previous.rank : index + 1 });
  });
  return out;
}

/** Name, then id: a total order, the same on every machine. */
export function compareNames(a: { name: string; playerId: string }, b: { name: string; playerId: string }): number {
  return a.name.localeCompare(b.name, "en") || (a.playerId < b.playerId ? -1 : a.playerId > b.playerId ? 1 : 0);
}

function compareTiebreak(a: number | undefined, b: number | undefined): number {
  if (a === b) return 0;
  if (a === undefined) return 1;
  if (b === undefined) return -1;
  return a - b;
}

// Boards others see: all-time (from the score rows) and this week (from the week's sessions).
// Players who opted out of leaderboards are never on them.

import type { Store } from "../../store/types";
import type { Session } from "../../sessions/types";
import type { GameId } from "../types";
import { optedOutPlayers } from "./opt-out";
import { compareNames, visibleResults, withRanks, type Ranked } from "./ranking";
import type { ScoreRow } from "./scores";
import type { Streak } from "./streaks";

export interface LeaderboardRow {
  /** Players with equal points and equal wins share a rank. */
  rank: number;
  playerId: string;
  name: string;
  points: number;
  wins: number;
  games: number;
  bestScore: number;
  /** As stored; show `currentStreak(streak, today, workingDays)`, which is 0 once a working day was missed. */
  streak: Streak;
}

/** All-time board of one game in a circle: points, then wins. */
export async function leaderboard(store: Store, query: { circleId: string; gameId: GameId; limit?: number }): Promise<LeaderboardRow[]> {
  const { circleId, gameId, limit = 10 } = query;
  const hidden = await optedOutPlayers(store, circleId);
  const rows = await store
    .collection<ScoreRow>("scores")
    .find({ circleId, gameId, playerId: { $nin: [...hidden] } }, { sort: { points: -1, wins: -1, name: 1, _id: 1 }, limit });
  return withRanks(rows, samePlace).map(({ item, rank }) => ({
    rank,
    playerId: item.playerId,
    name: item.name,
    points: item.points,
    wins: item.wins,
    games: item.games,
    bestScore: item.bestScore,
    streak: item.streak,
  }));
}

export interface WeeklyRow {
  /** Players with equal points and equal wins share a rank. */
  rank: number;
  playerId: string;
  name: string;
  points: number;
  wins: number;
  games: number;
}

export type WeekSession = Pick<Session, "_id" | "circleId" | "ritualId" | "localDate" | "data">;

/**
 * This week's board from the week's closed sessions, whose `data.results` hold the session's
 * ranking (`rankPlayers`): the daily boards as others saw them (`visibleResults`), added up, so
 * a win counts for whoever the channel was told won. Sessions of other circles or games are ignored.
 */
export async function weeklyBoard(store: Store, input: { circleId: string; gameId: GameId; sessions: readonly WeekSession[] }): Promise<WeeklyRow[]> {
  return weeklyTotals(input, await optedOutPlayers(store, input.circleId));
}

/** The pure part of `weeklyBoard`: totals per player over the sessions, without `optedOutIds`. */
export function weeklyTotals(
  input: { circleId: string; gameId: GameId; sessions: readonly WeekSession[] },
  optedOutIds: ReadonlySet<string>,
): WeeklyRow[] {
  const seen = new Set<string>();
  const totals = new Map<string, Omit<WeeklyRow, "rank">>();
  const sessions = input.sessions
    .filter((session) => session.circleId === input.circleId && session.ritualId === input.gameId)
    .sort((a, b) => (a.localDate < b.localDate ? -1 : a.localDate > b.localDate ? 1 : 0));
  for (const session of sessions) {
    const results = session.data.results;
    if (seen.has(session._id) || !Array.isArray(results)) continue;
    seen.add(session._id);
    for (const result of visibleResults(results as Ranked[], optedOutIds)) {
      const total = totals.get(result.playerId) ?? { playerId: result.playerId, name: result.name, points: 0, wins: 0, games: 0 };
      totals.set(result.playerId, {
        ...total,
        name: result.name,
        points: total.points + result.points,
        wins: total.wins + (result.winner ? 1 : 0),
        games: total.games + 1,
      });
    }
  }
  const sorted = [...totals.values()].sort((a, b) => b.points - a.points || b.wins - a.wins || compareNames(a, b));
  return withRanks(sorted, samePlace).map(({ item, rank }) => ({ rank, ...item }));
}

function samePlace(a: { points: number; wins: number }, b: { points: number; wins: number }): boolean {
  return a.points === b.points && a.wins === b.wins;
}

// All-time scores: one row per player per game per circle, updated when a session is finalised.
//
// Finalising is idempotent per session. Each row keeps the ids of the sessions already counted,
// and the update that counts a session only matches a row whose list lacks that id (and whose
// version is the one the new streak was computed from). A finaliser that crashed and retried, or
// two instances finalising the same session at once, therefore count it exactly once.
//
// The list is bounded to the last SESSIONS_KEPT sessions so rows do not grow forever. A session is
// only finalised again shortly after the first attempt (a crash, an expired lease: minutes to
// hours), while 400 sessions are more than a year of a daily game plus on-demand rounds; a retry
// after that many newer sessions of the same player and game is not a case that occurs.

import { DuplicateKeyError, type Doc, type Store } from "../../store/types";
import type { Weekday } from "../../rituals/types";
import type { GameId } from "../types";
import { nextStreak, noStreak, type Streak } from "./streaks";

export const SESSIONS_KEPT = 400;

const MAX_ATTEMPTS = 10;

export interface ScoreRow extends Doc {
  /** "<circleId>|<gameId>|<playerId>" */
  _id: string;
  circleId: string;
  gameId: GameId;
  playerId: string;
  /** The name at the player's latest counted session. */
  name: string;
  /** All-time points. */
  points: number;
  games: number;
  wins: number;
  /** The most points in one session. */
  bestScore: number;
  streak: Streak;
  lastPlayedAt: Date;
  /** The most recent counted session ids, oldest first, at most SESSIONS_KEPT. */
  sessions: string[];
  version: number;
}

export interface SessionResult {
  playerId: string;
  name: string;
  points: number;
  won: boolean;
}

export interface RecordResultsInput {
  circleId: string;
  gameId: GameId;
  sessionId: string;
  /** The session's local date in the circle's time zone, "YYYY-MM-DD". */
  localDate: string;
  workingDays: readonly Weekday[];
  results: readonly SessionResult[];
  now: Date;
}

export interface RecordResultsOutcome {
  /** Players whose score now includes this session. */
  counted: string[];
  /** Players for whom this session had already been counted (a repeated finalisation). */
  alreadyCounted: string[];
  /** Counted players who had never played this game in this circle before (for `funFacts`). */
  firstTimers: string[];
}

export function scoreId(circleId: string, gameId: GameId, playerId: string): string {
  return `${circleId}|${gameId}|${playerId}`;
}

/** Adds a finalised session's results to the all-time scores and streaks; safe to call again for the same session. */
export async function recordResults(store: Store, input: RecordResultsInput): Promise<RecordResultsOutcome> {
  const outcomes = await Promise.all(input.results.map((result) => recordOne(store, input, result)));
  const outcome: RecordResultsOutcome = { counted: [], alreadyCounted: [], firstTimers: [] };
  input.results.forEach(({ playerId }, index) => {
    const kind = outcomes[index]!;
    if (kind === "already") outcome.alreadyCounted.push(playerId);
    else outcome.counted.push(playerId);
    if (kind === "first") outcome.firstTimers.push(playerId);
  });
  return outcome;
}

/** A player's own row (shown to them even when they opted out of leaderboards). */
export function playerScore(store: Store, key: { circleId: string; gameId: GameId; playerId: string }): Promise<ScoreRow | null> {
  return store.collection<ScoreRow>("scores").findOne({ _id: scoreId(key.circleId, key.gameId, key.playerId) });
}

async function recordOne(store: Store, input: RecordResultsInput, result: SessionResult): Promise<"counted" | "first" | "already"> {
  const scores = store.collection<ScoreRow>("scores");
  const { circleId, gameId, sessionId } = input;
  const _id = scoreId(circleId, gameId, result.playerId);
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const current = await scores.findOne({ _id });
    if (current?.sessions.includes(sessionId)) return "already";
    try {
      const { matchedCount, upsertedId } = await scores.updateOne(
        { _id, sessions: { $ne: sessionId }, version: current ? current.version : { $exists: false } },
        {
          $setOnInsert: { circleId, gameId, playerId: result.playerId },
          $set: { name: result.name, streak: nextStreak(current?.streak ?? noStreak, input.localDate, input.workingDays) },
          $inc: { points: result.points, games: 1, wins: result.won ? 1 : 0, version: 1 },
          $max: { bestScore: result.points, lastPlayedAt: input.now },
          $push: { sessions: { $each: [sessionId], $slice: -SESSIONS_KEPT } },
        },
        // Only a missing row is inserted. When someone else created it meanwhile, the filter
        // (no version yet) does not match it and the insert fails on its _id: read it and retry.
        { upsert: current === null },
      );
      if (upsertedId !== null) return "first";
      if (matchedCount > 0) return "counted";
    } catch (error) {
      if (!(error instanceof DuplicateKeyError)) throw error;
    }
  }
  throw new Error(`score ${_id} kept changing; gave up after ${MAX_ATTEMPTS} attempts`);
}

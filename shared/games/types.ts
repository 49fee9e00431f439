// The shape every game shares. A game is a folder in shared/games/<game>/ with pure rules over
// plain data; the engine (plays.ts) stores each player's state, and bot/games/ turns view
// models into cards.

import type { Locale } from "../circles/types";

export type GameId = "daily-trivia" | "wordl6" | "walk-the-globe" | "team-puzzle" | "two-truths";

export interface Player {
  /** Teams user id ("29:..."). */
  id: string;
  name: string;
}

/** A mistake the player can fix (wrong word, unknown answer): shown in their view, nothing is stored. */
export interface GameError {
  code: string;
  message: Record<Locale, string>;
}

export type MoveResult<S> = { ok: true; state: S; finished: boolean; score?: number } | { ok: false; error: GameError };

/**
 * A game's rules. `Round` is the session-wide part (today's questions, the secret word) computed
 * once when the session is prepared; `S` is one player's state. Everything is deterministic:
 * time comes in as `now`, randomness from the round's seed.
 */
export interface GameRules<Round, S, Move> {
  id: GameId;
  /** A player's state before their first move. */
  initial(round: Round, player: Player, now: Date): S;
  /** Validates untrusted card input into a move (at the edge); errors are shown to the player. */
  parseMove(round: Round, input: Record<string, unknown>): { ok: true; move: Move } | { ok: false; error: GameError };
  play(round: Round, state: S, move: Move, now: Date): MoveResult<S>;
}

/** One player's state in one session, stored in the `plays` collection. */
export interface Play<S = unknown> {
  /** "<sessionId>|<playerId>" */
  _id: string;
  sessionId: string;
  circleId: string;
  gameId: GameId;
  playerId: string;
  playerName: string;
  state: S;
  /** How many moves were applied; a card carries the step it was drawn at, so a stale or doubled press is recognised. */
  step: number;
  finished: boolean;
  score: number;
  startedAt: Date;
  updatedAt: Date;
  version: number;
  [key: string]: unknown;
}

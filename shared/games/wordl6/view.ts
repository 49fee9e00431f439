// View models for Wordl6's cards: a player's own view (their letters and marks, the keyboard), the
// spoiler-free grid the shared card shows for each player (marks, never letters), and the round's
// summary at close (the word and how many guesses the circle needed).

import type { Mark } from "./feedback";
import { MAX_GUESSES, type Wordl6Round, type Wordl6State } from "./rules";

export const KEYBOARD_ROWS = ["qwertyuiop", "asdfghjkl", "zxcvbnm"] as const;

export interface Wordl6Tile {
  letter: string;
  mark: Mark;
}

export interface Wordl6Key {
  letter: string;
  /** The best mark this letter has had in any guess; null while it has not been tried. */
  mark: Mark | null;
}

export type Wordl6Status = "playing" | "solved" | "failed";

export interface Wordl6View {
  /** One row per guess made, oldest first. */
  rows: Wordl6Tile[][];
  guessesLeft: number;
  status: Wordl6Status;
  /** QWERTY rows (Dutch keyboards are QWERTY too). */
  keyboard: Wordl6Key[][];
  /** Only once the round is revealed (closed): a finished player could otherwise spoil it in the chat. */
  answer: string | null;
}

const rank: Record<Mark, number> = { absent: 0, present: 1, correct: 2 };

function status(state: Wordl6State): Wordl6Status {
  if (state.solved) return "solved";
  return state.guesses.length >= MAX_GUESSES ? "failed" : "playing";
}

/** A player's own view; `state` is null before their first guess, `reveal` once the round has closed. */
export function view(round: Wordl6Round, state: Wordl6State | null, reveal: boolean): Wordl6View {
  const guesses = state?.guesses ?? [];
  const best = new Map<string, Mark>();
  for (const { word, marks } of guesses) {
    [...word].forEach((letter, i) => {
      const seen = best.get(letter);
      if (seen === undefined || rank[marks[i]] > rank[seen]) best.set(letter, marks[i]);
    });
  }
  return {
    rows: guesses.map(({ word, marks }) => [...word].map((letter, i) => ({ letter, mark: marks[i] }))),
    guessesLeft: MAX_GUESSES - guesses.length,
    status: state ? status(state) : "playing",
    keyboard: KEYBOARD_ROWS.map((row) => [...row].map((letter) => ({ letter, mark: best.get(letter) ?? null }))),
    answer: reveal ? round.answer : null,
  };
}

/** What everyone may see of a player's game: the marks of each guess, no letters. */
export function sharedGrid(state: Wordl6State | null): Mark[][] {
  return (state?.guesses ?? []).map(({ marks }) => [...marks]);
}

export interface Wordl6Player {
  id: string;
  name: string;
  state: Wordl6State | null;
}

export interface Wordl6Summary {
  answer: string;
  /** Players who made at least one guess. */
  played: number;
  /** `solvedIn[n - 1]`: how many players found the word with their n-th guess (n = 1…6). */
  solvedIn: number[];
  /** Players who guessed but did not find the word (out of guesses, or stopped). */
  notSolved: number;
  /** Fewest guesses first; among equals, in the order the players were given (e.g. who finished first). */
  solvers: { id: string; name: string; guesses: number }[];
}

/** The round's results for the closing card. */
export function summary(round: Wordl6Round, players: readonly Wordl6Player[]): Wordl6Summary {
  const solvedIn = Array.from({ length: MAX_GUESSES }, () => 0);
  const solvers: Wordl6Summary["solvers"] = [];
  let played = 0;
  for (const { id, name, state } of players) {
    if (!state || state.guesses.length === 0) continue;
    played++;
    if (state.solved) {
      solvedIn[state.guesses.length - 1]++;
      solvers.push({ id, name, guesses: state.guesses.length });
    }
  }
  // Array.prototype.sort is stable, so equal guess counts keep the players' order.
  solvers.sort((a, b) => a.guesses - b.guesses);
  return { answer: round.answer, played, solvedIn, notSolved: played - solvers.length, solvers };
}

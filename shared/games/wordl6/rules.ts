// Wordl6's rules: one secret six-letter word per round, six guesses, Wordle's feedback. A guess is
// read with foldWord() (trim, diacritics off, lower case) and must be six letters a–z from the
// round's language's valid-guess list; a refused guess costs nothing. Score when solved:
// 7 − guesses used (6 for a first-guess solve … 1 for the sixth); 0 when not solved.

import type { Locale } from "../../circles/types";
import wordl6En from "../../i18n/wordl6.en";
import wordl6Nl from "../../i18n/wordl6.nl";
import type { GameError, GameRules } from "../types";
import { feedback, type Mark } from "./feedback";
import { SIX_LETTERS, foldWord } from "./normalise";
import { isKnownWord } from "./words";

export const WORD_LENGTH = 6;
export const MAX_GUESSES = 6;
/** Longer input is refused before it is looked at closely (a pasted paragraph, a forged payload). */
const MAX_INPUT_LENGTH = 64;

export interface Wordl6Round {
  locale: Locale;
  answer: string;
}

export interface Wordl6Guess {
  word: string;
  marks: Mark[];
}

export interface Wordl6State {
  guesses: Wordl6Guess[];
  solved: boolean;
}

export interface Wordl6Move {
  guess: string;
}

type ErrorKey = keyof typeof wordl6En.errors;

/** A refusal in both languages, with `{{name}}` placeholders filled in. */
function refusal(key: ErrorKey, values: Record<string, string | number> = {}): GameError {
  const fill = (template: string) => template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name] ?? ""));
  return { code: key, message: { en: fill(wordl6En.errors[key]), nl: fill(wordl6Nl.errors[key]) } };
}

/** Echoes a player's word back without letting a long one take over the message. */
function shown(word: string): string {
  return word.length > 12 ? `${word.slice(0, 12)}…` : word;
}

/** Reads a player's typed guess: a valid word, or the reason it is not one. */
export function parseGuess(locale: Locale, input: unknown): { ok: true; word: string } | { ok: false; error: GameError } {
  const raw = typeof input === "string" ? input.trim() : "";
  if (raw === "") return { ok: false, error: refusal("empty") };
  if (raw.length > MAX_INPUT_LENGTH) return { ok: false, error: refusal("length", { word: "…", count: raw.length }) };
  const word = foldWord(raw);
  if (!/^\p{L}+$/u.test(word)) return { ok: false, error: refusal("lettersOnly") };
  if (!/^[a-z]+$/.test(word)) return { ok: false, error: refusal("alphabet") };
  if (!SIX_LETTERS.test(word)) return { ok: false, error: refusal("length", { word: shown(word), count: word.length }) };
  if (!isKnownWord(locale, word)) return { ok: false, error: refusal("notInList", { word }) };
  return { ok: true, word };
}

export const wordl6Rules: GameRules<Wordl6Round, Wordl6State, Wordl6Move> = {
  id: "wordl6",
  initial: () => ({ guesses: [], solved: false }),
  parseMove(round, input) {
    const parsed = parseGuess(round.locale, input.guess);
    return parsed.ok ? { ok: true, move: { guess: parsed.word } } : parsed;
  },
  play(round, state, move) {
    if (state.solved) return { ok: false, error: refusal("solved") };
    if (state.guesses.length >= MAX_GUESSES) return { ok: false, error: refusal("noGuessesLeft") };
    const guesses = [...state.guesses, { word: move.guess, marks: feedback(move.guess, round.answer) }];
    const solved = move.guess === round.answer;
    return { ok: true, state: { guesses, solved }, finished: solved || guesses.length >= MAX_GUESSES, score: solved ? MAX_GUESSES + 1 - guesses.length : 0 };
  },
};

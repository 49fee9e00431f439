// The team puzzle's content: the puzzles of each language, written for this project
// (puzzles.en.ts, puzzles.nl.ts). A test checks every one of them
// (tests/games/puzzle-content.test.ts): sixteen different words, four groups of four, one of each
// difficulty, distinct themes, words short enough for a card.

import type { Locale } from "../../circles/types";
import { puzzlesEn } from "./puzzles.en";
import { puzzlesNl } from "./puzzles.nl";
import type { Puzzle } from "./types";

export { puzzle, type Difficulty, type GroupRow, type Puzzle, type PuzzleGroup } from "./types";

/** The built-in puzzles of a language. */
export function puzzlesFor(locale: Locale): readonly Puzzle[] {
  return locale === "nl" ? puzzlesNl : puzzlesEn;
}

/**
 * How a word is compared: diacritics off, lower case, single spaces. "Café", "cafe" and " CAFE "
 * are one word, so a player's input matches however their client sends it.
 */
export function foldPuzzleWord(text: string): string {
  return text.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().replace(/\s+/g, " ").trim();
}

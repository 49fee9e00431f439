// The team puzzle's content: every built-in puzzle in both languages is a well-formed grouping
// puzzle that fits on a card.

import { describe, expect, it } from "vitest";
import { foldPuzzleWord, puzzlesFor } from "../../shared/games/puzzle";
import type { Locale } from "../../shared/circles/types";

const MAX_WORD_LENGTH = 20;

describe.each<Locale>(["en", "nl"])("the %s puzzles", (locale) => {
  const puzzles = puzzlesFor(locale);

  it("there are at least 60, with unique ids of this language", () => {
    expect(puzzles.length).toBeGreaterThanOrEqual(60);
    const ids = puzzles.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(new RegExp(`^${locale}-\\d{3}$`));
  });

  it.each(puzzles.map((p) => [p.id, p] as const))("%s has four groups of four, one of each difficulty, with distinct themes", (_id, puzzle) => {
    expect(puzzle.groups).toHaveLength(4);
    for (const group of puzzle.groups) expect(group.words).toHaveLength(4);
    expect(puzzle.groups.map((g) => g.difficulty).sort()).toEqual([1, 2, 3, 4]);
    const themes = puzzle.groups.map((g) => foldPuzzleWord(g.theme));
    expect(new Set(themes).size).toBe(4);
    for (const theme of puzzle.groups.map((g) => g.theme)) expect(theme.trim().length).toBeGreaterThan(2);
  });

  it.each(puzzles.map((p) => [p.id, p] as const))("%s has sixteen different words (case and accents ignored), each short enough for a card", (_id, puzzle) => {
    const words = puzzle.groups.flatMap((g) => g.words);
    expect(words).toHaveLength(16);
    expect(new Set(words.map(foldPuzzleWord)).size).toBe(16);
    for (const word of words) {
      expect(word, `"${word}" in ${puzzle.id}`).toBe(word.trim());
      expect(word.length, `"${word}" in ${puzzle.id}`).toBeGreaterThan(0);
      expect(word.length, `"${word}" in ${puzzle.id}`).toBeLessThanOrEqual(MAX_WORD_LENGTH);
      // Teams sends a multi-select as one comma-separated value: a comma would split a word.
      expect(word, `"${word}" in ${puzzle.id}`).not.toMatch(/[,\n\r\t]/);
    }
  });

  it("no two puzzles are the same set of groups", () => {
    const keys = puzzles.map((p) =>
      p.groups
        .map((g) => g.words.map(foldPuzzleWord).sort().join("|"))
        .sort()
        .join("||"),
    );
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe("the two languages", () => {
  it("are written separately, not translated word by word: the Dutch puzzles share almost no words with the English ones", () => {
    const english = new Set(puzzlesFor("en").flatMap((p) => p.groups.flatMap((g) => g.words.map(foldPuzzleWord))));
    const dutch = puzzlesFor("nl").flatMap((p) => p.groups.flatMap((g) => g.words.map(foldPuzzleWord)));
    const shared = dutch.filter((word) => english.has(word));
    // Names and loan words (tango, Ajax, Ram) may appear in both; a translation would share far more.
    expect(shared.length / dutch.length).toBeLessThan(0.1);
  });
});

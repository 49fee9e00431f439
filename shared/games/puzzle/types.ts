// A team puzzle is sixteen words in four groups of four, each group with a theme and a difficulty
// from 1 (the most direct link) to 4 (the most devious).

export type Difficulty = 1 | 2 | 3 | 4;

export interface PuzzleGroup {
  theme: string;
  difficulty: Difficulty;
  words: string[];
}

export interface Puzzle {
  /** "<locale>-<number>", stable: the circle's history refers to it. */
  id: string;
  groups: PuzzleGroup[];
}

/** How a group is written in the content files: difficulty, theme, then its four words. */
export type GroupRow = readonly [Difficulty, string, string, string, string, string];

/** Builds a puzzle from four rows; the content files stay short and easy to read. */
export function puzzle(id: string, rows: readonly GroupRow[]): Puzzle {
  return { id, groups: rows.map(([difficulty, theme, ...words]) => ({ theme, difficulty, words })) };
}

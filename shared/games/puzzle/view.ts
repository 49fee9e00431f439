// What the team puzzle's cards show, computed from the board: the remaining words, the locked
// groups with their finders, the mistakes left, the wrong tries, and — only once the round is
// over — the groups nobody found.

import type { Player } from "../types";
import type { Difficulty } from "./content";
import { contributions, foundGroups, MAX_MISTAKES, remainingWords, status, teamBonus, type PuzzleBoard, type PuzzleProposal, type PuzzleStatus } from "./rules";

export interface GroupView {
  theme: string;
  difficulty: Difficulty;
  words: string[];
  /** Who found it; null for a group shown at the reveal that nobody found. */
  by: Player | null;
}

export interface PuzzleView {
  status: PuzzleStatus;
  remaining: string[];
  /** Found groups in the order they were found. */
  locked: GroupView[];
  /** The groups nobody found, easiest first: empty unless `reveal` was asked for. */
  revealed: GroupView[];
  mistakes: number;
  mistakesLeft: number;
  wrongTries: { words: string[]; by: Player; oneAway: boolean }[];
  /** The last applied proposal, with the theme it locked. */
  latest: (PuzzleProposal & { theme?: string }) | null;
  contributors: { id: string; name: string; proposals: number; found: string[] }[];
  teamBonus: number;
}

function latestOf(board: PuzzleBoard): PuzzleView["latest"] {
  const latest = board.proposals.at(-1);
  if (!latest) return null;
  return latest.group === undefined ? latest : { ...latest, theme: board.groups[latest.group].theme };
}

/** The board as the card shows it; `reveal` adds the groups still hidden (at the end of the round). */
export function puzzleView(board: PuzzleBoard, reveal: boolean): PuzzleView {
  const found = foundGroups(board);
  const foundIndexes = new Set(found.map((f) => f.group));
  return {
    status: status(board),
    remaining: remainingWords(board),
    locked: found.map(({ group, by }) => ({ ...board.groups[group], by })),
    revealed: reveal
      ? board.groups
          .filter((_, index) => !foundIndexes.has(index))
          .map((group) => ({ ...group, by: null }))
          .sort((a, b) => a.difficulty - b.difficulty)
      : [],
    mistakes: board.mistakes,
    mistakesLeft: Math.max(0, MAX_MISTAKES - board.mistakes),
    wrongTries: board.proposals.filter((p) => p.outcome !== "locked").map((p) => ({ words: p.words, by: p.by, oneAway: p.outcome === "oneAway" })),
    latest: latestOf(board),
    contributors: contributions(board).map((c) => ({ id: c.id, name: c.name, proposals: c.proposals, found: c.found.map((g) => board.groups[g].theme) })),
    teamBonus: teamBonus(board),
  };
}

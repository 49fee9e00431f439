// Which puzzle a circle gets today: one drawn with the day's seed from the puzzles the circle has
// not had in the current cycle. A cycle ends when every puzzle of the language has been played;
// then all are available again. The history is the circle's earlier rounds, oldest first, so the
// choice is a pure function of what the circle has seen.

import type { Locale } from "../../circles/types";
import { pickIndex, seededRandom } from "../random";
import { puzzlesFor, type Puzzle } from "./content";

/** The ids played in the current cycle: ids of other languages or removed puzzles are ignored. */
export function playedThisCycle(puzzles: readonly Puzzle[], history: readonly string[]): Set<string> {
  const known = new Set(puzzles.map((p) => p.id));
  const played = new Set<string>();
  for (const id of history) {
    if (!known.has(id)) continue;
    played.add(id);
    if (played.size === known.size) played.clear();
  }
  return played;
}

/** Today's puzzle from `puzzles`, never one the circle had in this cycle. */
export function selectPuzzle(puzzles: readonly Puzzle[], history: readonly string[], seed: string): Puzzle {
  if (puzzles.length === 0) throw new RangeError("selectPuzzle needs at least one puzzle");
  const played = playedThisCycle(puzzles, history);
  const fresh = puzzles.filter((p) => !played.has(p.id));
  return fresh[pickIndex(seededRandom(`puzzle|${seed}`), fresh.length)];
}

/** Today's puzzle in a language, for a circle with this history of puzzle ids. */
export function puzzleForDay(locale: Locale, history: readonly string[], seed: string): Puzzle {
  return selectPuzzle(puzzlesFor(locale), history, seed);
}

// The team puzzle: sixteen words, four hidden groups, one board for the whole circle. Its public
// surface for the Teams adapter and the tests.

export { foldPuzzleWord, puzzle, puzzlesFor, type Difficulty, type GroupRow, type Puzzle, type PuzzleGroup } from "./content";
export {
  GROUP_SIZE,
  MAX_MISTAKES,
  contributions,
  foundGroups,
  isFinished,
  newBoard,
  parseProposal,
  propose,
  remainingWords,
  scores,
  status,
  teamBonus,
  type Contribution,
  type ProposalOutcome,
  type PuzzleBoard,
  type PuzzleProposal,
  type PuzzleScore,
  type PuzzleStatus,
} from "./rules";
export { playedThisCycle, puzzleForDay, selectPuzzle } from "./select";
export { puzzleView, type GroupView, type PuzzleView } from "./view";

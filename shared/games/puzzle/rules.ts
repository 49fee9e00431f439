// The team puzzle's rules: one board for the whole circle with sixteen words in four hidden
// groups. Anyone proposes four remaining words: a right group is locked (and credited to its
// finder), a wrong one costs the team one of four shared mistakes, with "one away" when three of
// the four belong to one group. Proposing a set the team already tried costs nothing. The board
// is finished when all groups are found (solved) or the mistakes run out (failed).
//
// Scoring: each group earns its finder its difficulty in points (1–4). A solve gives everyone who
// proposed a group a team bonus of 4 minus the mistakes used (so 1–4).

import type { Locale } from "../../circles/types";
import puzzleEn from "../../i18n/puzzle.en";
import puzzleNl from "../../i18n/puzzle.nl";
import { seededRandom, shuffle } from "../random";
import type { GameError, Player } from "../types";
import { foldPuzzleWord, type Puzzle, type PuzzleGroup } from "./content";

export const GROUP_SIZE = 4;
export const MAX_MISTAKES = 4;
/** Longer input is refused before it is looked at closely (a pasted paragraph, a forged payload). */
const MAX_INPUT_LENGTH = 1_000;
const MAX_INPUT_ITEMS = 32;

export type ProposalOutcome = "locked" | "wrong" | "oneAway";

export interface PuzzleProposal {
  by: Player;
  /** The four words as they are written on the board. */
  words: string[];
  outcome: ProposalOutcome;
  /** The group's index in `groups` when the proposal locked it. */
  group?: number;
}

export interface PuzzleBoard {
  locale: Locale;
  puzzleId: string;
  /** The intended solution, copied into the round so an edit of the content never changes a running round. */
  groups: PuzzleGroup[];
  /** The sixteen words in the round's shuffled order, as the card shows them. */
  order: string[];
  /** Every applied proposal in the order it was made (at most 4 locks and 4 mistakes). */
  proposals: PuzzleProposal[];
  mistakes: number;
}

export type PuzzleStatus = "playing" | "solved" | "failed";

type ErrorKey = keyof typeof puzzleEn.errors;

/** A refusal in both languages, with `{{name}}` placeholders filled in. */
function refusal(key: ErrorKey, values: Record<string, string | number> = {}): GameError {
  const fill = (template: string) => template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name] ?? ""));
  return { code: key, message: { en: fill(puzzleEn.errors[key]), nl: fill(puzzleNl.errors[key]) } };
}

/** Echoes a player's word back without letting a long one take over the message. */
const shown = (word: string) => (word.length > 24 ? `${word.slice(0, 24)}…` : word);

/** The same four words in any order and spelling give the same key. */
const setKey = (words: readonly string[]) => words.map(foldPuzzleWord).sort().join("|");

/** A round's board: the puzzle's words in an order drawn from `seed`. */
export function newBoard(puzzle: Puzzle, locale: Locale, seed: string): PuzzleBoard {
  const groups = puzzle.groups.map((group) => ({ ...group, words: [...group.words] }));
  return {
    locale,
    puzzleId: puzzle.id,
    groups,
    order: shuffle(
      groups.flatMap((group) => group.words),
      seededRandom(`puzzle-order|${seed}`),
    ),
    proposals: [],
    mistakes: 0,
  };
}

/** The locked groups in the order they were found, with who found each. */
export function foundGroups(board: PuzzleBoard): { group: number; by: Player }[] {
  return board.proposals.filter((p) => p.outcome === "locked" && p.group !== undefined).map((p) => ({ group: p.group!, by: p.by }));
}

/** The words not yet in a locked group, in the board's order. */
export function remainingWords(board: PuzzleBoard): string[] {
  const locked = new Set(foundGroups(board).flatMap(({ group }) => board.groups[group].words));
  return board.order.filter((word) => !locked.has(word));
}

export function status(board: PuzzleBoard): PuzzleStatus {
  if (foundGroups(board).length === board.groups.length) return "solved";
  return board.mistakes >= MAX_MISTAKES ? "failed" : "playing";
}

export const isFinished = (board: PuzzleBoard) => status(board) !== "playing";

/**
 * Reads a proposal from card input: Teams sends a multi-select as one comma-separated string
 * ("apple,pear,plum,fig"); an array is accepted too. Each word must be one of the board's
 * sixteen (case and accents do not matter), and there must be exactly four different ones.
 */
export function parseProposal(board: PuzzleBoard, input: unknown): { ok: true; words: string[] } | { ok: false; error: GameError } {
  const raw = typeof input === "string" ? input : Array.isArray(input) && input.every((item) => typeof item === "string") ? input.join(",") : "";
  if (raw.length > MAX_INPUT_LENGTH) return { ok: false, error: refusal("count", { count: raw.split(",").length }) };
  const items = raw
    .split(",")
    .map((item) => item.trim())
    .filter((item) => item !== "");
  if (items.length === 0) return { ok: false, error: refusal("none") };
  if (items.length > MAX_INPUT_ITEMS) return { ok: false, error: refusal("count", { count: items.length }) };
  const byKey = new Map(board.order.map((word) => [foldPuzzleWord(word), word]));
  const words: string[] = [];
  for (const item of items) {
    const word = byKey.get(foldPuzzleWord(item));
    if (!word) return { ok: false, error: refusal("unknown", { word: shown(item) }) };
    if (!words.includes(word)) words.push(word);
  }
  if (words.length !== GROUP_SIZE) return { ok: false, error: refusal("count", { count: words.length }) };
  return { ok: true, words };
}

/**
 * Applies a proposal of four words (from parseProposal) to the board. A refusal (finished board,
 * a word someone locked meanwhile, a set already tried) changes nothing and costs nothing.
 */
export function propose(
  board: PuzzleBoard,
  player: Player,
  words: readonly string[],
): { ok: true; board: PuzzleBoard; outcome: ProposalOutcome } | { ok: false; error: GameError } {
  if (isFinished(board)) return { ok: false, error: refusal("finished") };
  const remaining = new Set(remainingWords(board));
  const distinct = [...new Set(words)];
  if (distinct.length !== GROUP_SIZE) return { ok: false, error: refusal("count", { count: distinct.length }) };
  for (const word of distinct) {
    if (remaining.has(word)) continue;
    const owner = foundGroups(board).find(({ group }) => board.groups[group].words.includes(word));
    if (owner) return { ok: false, error: refusal("taken", { word, name: owner.by.name }) };
    return { ok: false, error: refusal("unknown", { word: shown(word) }) };
  }
  const key = setKey(distinct);
  if (board.proposals.some((p) => p.outcome !== "locked" && setKey(p.words) === key)) return { ok: false, error: refusal("repeated") };

  const ordered = board.order.filter((word) => distinct.includes(word));
  const overlaps = board.groups.map((group) => group.words.filter((word) => distinct.includes(word)).length);
  const group = overlaps.indexOf(GROUP_SIZE);
  if (group >= 0) {
    const proposal: PuzzleProposal = { by: player, words: ordered, outcome: "locked", group };
    return { ok: true, board: { ...board, proposals: [...board.proposals, proposal] }, outcome: "locked" };
  }
  const outcome: ProposalOutcome = overlaps.includes(GROUP_SIZE - 1) ? "oneAway" : "wrong";
  return {
    ok: true,
    board: { ...board, proposals: [...board.proposals, { by: player, words: ordered, outcome }], mistakes: board.mistakes + 1 },
    outcome,
  };
}

export interface Contribution {
  id: string;
  name: string;
  proposals: number;
  /** Indexes of the groups this person found. */
  found: number[];
}

/** Everyone who proposed, in the order they first did, with how often and what they found. */
export function contributions(board: PuzzleBoard): Contribution[] {
  const byId = new Map<string, Contribution>();
  for (const proposal of board.proposals) {
    const entry = byId.get(proposal.by.id) ?? { id: proposal.by.id, name: proposal.by.name, proposals: 0, found: [] };
    entry.name = proposal.by.name;
    entry.proposals += 1;
    if (proposal.outcome === "locked" && proposal.group !== undefined) entry.found.push(proposal.group);
    byId.set(proposal.by.id, entry);
  }
  return [...byId.values()];
}

/** The team bonus: 4 minus the mistakes used on a solve, otherwise 0. */
export function teamBonus(board: PuzzleBoard): number {
  return status(board) === "solved" ? Math.max(0, MAX_MISTAKES - board.mistakes) : 0;
}

export interface PuzzleScore {
  playerId: string;
  name: string;
  points: number;
  /** True for everyone who proposed when the circle solved the puzzle: a team win. */
  won: boolean;
}

/** Each contributor's points: their groups' difficulties plus the team bonus. */
export function scores(board: PuzzleBoard): PuzzleScore[] {
  const bonus = teamBonus(board);
  const solved = status(board) === "solved";
  return contributions(board).map((c) => ({
    playerId: c.id,
    name: c.name,
    points: c.found.reduce((sum, group) => sum + board.groups[group].difficulty, 0) + bonus,
    won: solved,
  }));
}

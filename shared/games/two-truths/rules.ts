// Two Truths and a Lie: one storyteller per round writes three statements in private and says
// which is the lie; the circle votes on the lie; the reveal scores both sides. Pure rules over the
// round's board, which moves through the phases
//   collecting → voting → revealed        (or collecting → skipped when everyone asked passes).
// Who may do what: only the storyteller submits, passes, reveals early and deletes; everyone
// else votes (and may change their vote until the reveal). Time comes in as `now`, the shuffled
// order of the statements from the round's seed.

import truthsEn from "../../i18n/truths.en";
import truthsNl from "../../i18n/truths.nl";
import { cleanText } from "../../rituals/week-in-review";
import { seededRandom, shuffle } from "../random";
import type { GameError, Player } from "../types";

export const STATEMENTS = 3;
export const STATEMENT_MIN = 5;
export const STATEMENT_MAX = 200;
/** Points for each person who spots the lie. */
export const POINTS_RIGHT = 1;
/** Points for the storyteller per person fooled. */
export const POINTS_PER_FOOLED = 1;
/** Letters the statements are shown with, in their shuffled order. */
export const LETTERS = ["A", "B", "C"] as const;

export type Phase = "collecting" | "voting" | "revealed" | "skipped";

export interface Vote {
  id: string;
  name: string;
  /** Index of the chosen statement in the shown (shuffled) order. */
  choice: number;
  at: Date;
}

export interface TwoTruthsBoard {
  phase: Phase;
  seed: string;
  /** The people asked in turn: `queue[turn]` is the storyteller; a pass moves to the next. */
  queue: Player[];
  turn: number;
  /** Ids of the people who passed this round. */
  passed: string[];
  /** The statements in the order everyone sees them (empty until submitted; blanked when deleted). */
  statements: string[];
  /** Index of the lie in `statements`; -1 until submitted. */
  lie: number;
  votes: Vote[];
  submittedAt?: Date;
  revealedAt?: Date;
  /** Set when the storyteller deleted their statements after the reveal. */
  deletedAt?: Date;
}

export type TwoTruthsMove =
  | { kind: "submit"; statements: string[]; lie: number }
  | { kind: "pass" }
  | { kind: "vote"; choice: number }
  | { kind: "reveal" }
  | { kind: "delete" };

type ErrorKey = keyof typeof truthsEn.errors;

/** A refusal in both languages, with `{{name}}` placeholders filled in. */
export function refusal(key: ErrorKey, values: Record<string, string | number> = {}): GameError {
  const fill = (template: string) => template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name] ?? ""));
  return { code: key, message: { en: fill(truthsEn.errors[key]), nl: fill(truthsNl.errors[key]) } };
}

type Result = { ok: true; board: TwoTruthsBoard } | { ok: false; error: GameError };

/** The round's first board: the order of people to ask (see rotation.ts). */
export function newBoard(queue: readonly Player[], seed: string): TwoTruthsBoard {
  return { phase: queue.length === 0 ? "skipped" : "collecting", seed, queue: [...queue], turn: 0, passed: [], statements: [], lie: -1, votes: [] };
}

export function storyteller(board: TwoTruthsBoard): Player | null {
  return board.queue[board.turn] ?? null;
}

/** Everyone who was asked this round, in order (for the rotation of the next rounds). */
export function asked(board: TwoTruthsBoard): Player[] {
  return board.phase === "skipped" ? [...board.queue] : board.queue.slice(0, board.turn + 1);
}

/** True when the storyteller shared statements this round. */
export function told(board: TwoTruthsBoard): boolean {
  return board.lie >= 0;
}

export function isFinished(board: TwoTruthsBoard): boolean {
  return board.phase === "revealed" || board.phase === "skipped";
}

/** The board as it ends when the window closes: open voting is revealed; anything else stays. */
export function settle(board: TwoTruthsBoard, now: Date): TwoTruthsBoard {
  return board.phase === "voting" ? { ...board, phase: "revealed", revealedAt: now } : board;
}

/** Reads and checks the storyteller's three statements and their choice of the lie. */
export function parseStatements(input: Record<string, unknown>): { ok: true; statements: string[]; lie: number } | { ok: false; error: GameError } {
  const statements = Array.from({ length: STATEMENTS }, (_, i) => cleanText(input[`s${i + 1}`]));
  for (const [i, text] of statements.entries()) {
    const length = [...text].length;
    if (length === 0) return { ok: false, error: refusal("statementMissing") };
    if (length < STATEMENT_MIN) return { ok: false, error: refusal("statementShort", { n: i + 1, min: STATEMENT_MIN }) };
    if (length > STATEMENT_MAX) return { ok: false, error: refusal("statementLong", { n: i + 1, max: STATEMENT_MAX }) };
  }
  const folded = statements.map((text) => text.toLocaleLowerCase("en").replace(/[.!?\s]+$/u, ""));
  for (let a = 0; a < STATEMENTS; a++) {
    for (let b = a + 1; b < STATEMENTS; b++) {
      if (folded[a] === folded[b]) return { ok: false, error: refusal("duplicate", { a: a + 1, b: b + 1 }) };
    }
  }
  const lie = typeof input.lie === "string" && /^[1-3]$/.test(input.lie.trim()) ? Number(input.lie.trim()) - 1 : typeof input.lie === "number" && [1, 2, 3].includes(input.lie) ? input.lie - 1 : -1;
  if (lie < 0) return { ok: false, error: refusal("lieMissing") };
  return { ok: true, statements, lie };
}

/** Validates untrusted card input into a move; the kind of move is named by `kind`. */
export function parseMove(input: Record<string, unknown>): { ok: true; move: TwoTruthsMove } | { ok: false; error: GameError } {
  switch (input.kind) {
    case "submit": {
      const parsed = parseStatements(input);
      return parsed.ok ? { ok: true, move: { kind: "submit", statements: parsed.statements, lie: parsed.lie } } : parsed;
    }
    case "vote": {
      const raw = typeof input.choice === "number" ? input.choice : typeof input.choice === "string" && /^\d$/.test(input.choice) ? Number(input.choice) : -1;
      return Number.isInteger(raw) && raw >= 0 && raw < STATEMENTS ? { ok: true, move: { kind: "vote", choice: raw } } : { ok: false, error: refusal("choice") };
    }
    case "pass":
    case "reveal":
    case "delete":
      return { ok: true, move: { kind: input.kind } };
    default:
      return { ok: false, error: refusal("unknownMove") };
  }
}

/** Applies a move by `player` (pure): the new board, or why it is refused. */
export function play(board: TwoTruthsBoard, player: Player, move: TwoTruthsMove, now: Date): Result {
  const teller = storyteller(board);
  const isTeller = teller !== null && teller.id === player.id;
  const onlyTeller = () => refusal("notStoryteller", { name: teller?.name ?? "" });
  switch (move.kind) {
    case "submit": {
      if (board.phase !== "collecting") return { ok: false, error: refusal("notCollecting") };
      if (!isTeller) return { ok: false, error: onlyTeller() };
      // The shown order is shuffled with the round's seed and the storyteller, so nobody can tell
      // the lie from where it sits, and a replay gives the same order.
      const order = shuffle([0, 1, 2], seededRandom(`${board.seed}|${player.id}`));
      return {
        ok: true,
        board: { ...board, phase: "voting", statements: order.map((i) => move.statements[i]), lie: order.indexOf(move.lie), submittedAt: now },
      };
    }
    case "pass": {
      if (board.phase !== "collecting") return { ok: false, error: refusal("notCollecting") };
      if (!isTeller) return { ok: false, error: onlyTeller() };
      const turn = board.turn + 1;
      const passed = [...board.passed, player.id];
      return { ok: true, board: turn < board.queue.length ? { ...board, turn, passed } : { ...board, passed, phase: "skipped" } };
    }
    case "vote": {
      if (isTeller) return { ok: false, error: refusal("ownStatements") };
      if (board.phase !== "voting") return { ok: false, error: refusal("notVoting") };
      const vote: Vote = { id: player.id, name: player.name, choice: move.choice, at: now };
      const mine = board.votes.some((v) => v.id === player.id);
      return { ok: true, board: { ...board, votes: mine ? board.votes.map((v) => (v.id === player.id ? vote : v)) : [...board.votes, vote] } };
    }
    case "reveal": {
      if (!isTeller) return { ok: false, error: onlyTeller() };
      if (board.phase !== "voting") return { ok: false, error: refusal("notVoting") };
      return { ok: true, board: { ...board, phase: "revealed", revealedAt: now } };
    }
    case "delete": {
      if (!isTeller) return { ok: false, error: onlyTeller() };
      if (board.phase !== "revealed") return { ok: false, error: refusal("notRevealed") };
      if (board.deletedAt) return { ok: false, error: refusal("alreadyDeleted") };
      return { ok: true, board: { ...board, statements: board.statements.map(() => ""), deletedAt: now } };
    }
  }
}

export interface Score {
  player: Player;
  points: number;
  won: boolean;
  role: "storyteller" | "right" | "fooled";
}

export interface Outcome {
  storyteller: Player;
  /** Voters who spotted the lie, in the order they voted. */
  right: Vote[];
  /** Voters the storyteller fooled. */
  fooled: Vote[];
  /** Votes per statement, in the shown order. */
  perStatement: number[];
  scores: Score[];
}

/**
 * The scores of a round whose statements were shared: POINTS_RIGHT for each right guess,
 * POINTS_PER_FOOLED per person fooled for the storyteller. Right guessers win; the storyteller
 * wins when they fooled at least half of the voters. Null when there was nothing to vote on.
 */
export function outcome(board: TwoTruthsBoard): Outcome | null {
  const teller = storyteller(board);
  if (!teller || !told(board)) return null;
  const right = board.votes.filter((v) => v.choice === board.lie);
  const fooled = board.votes.filter((v) => v.choice !== board.lie);
  const perStatement = Array.from({ length: STATEMENTS }, (_, i) => board.votes.filter((v) => v.choice === i).length);
  const scores: Score[] = [
    { player: teller, points: fooled.length * POINTS_PER_FOOLED, won: fooled.length > 0 && fooled.length * 2 >= board.votes.length, role: "storyteller" },
    ...board.votes.map((v): Score => {
      const spotted = v.choice === board.lie;
      return { player: { id: v.id, name: v.name }, points: spotted ? POINTS_RIGHT : 0, won: spotted, role: spotted ? "right" : "fooled" };
    }),
  ];
  return { storyteller: teller, right, fooled, perStatement, scores };
}

export function voteOf(board: TwoTruthsBoard, playerId: string): Vote | undefined {
  return board.votes.find((v) => v.id === playerId);
}


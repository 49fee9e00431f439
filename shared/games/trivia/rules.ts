// Daily Trivia: five multiple-choice questions; one point per right answer; among equal scores
// the lower total answer time wins. Each answer is timed from the moment the previous one was
// given (or the player opened their view). Pure rules: time comes in as `now`.

import type { Locale } from "../../circles/types";
import type { GameError, GameRules } from "../types";
import type { TriviaQuestion } from "./content/types";

export const QUESTIONS_PER_ROUND = 5;
/** An answer never counts as slower than this, so leaving the card open does not decide a tie alone. */
const MAX_ANSWER_MS = 5 * 60_000;

export interface TriviaRound {
  locale: Locale;
  questions: TriviaQuestion[];
}

export interface TriviaAnswer {
  questionId: string;
  choice: number;
  correct: boolean;
  ms: number;
}

export interface TriviaState {
  /** When the last answer was given, or the player opened their view. */
  lastAt: Date;
  answers: TriviaAnswer[];
}

export interface TriviaMove {
  questionId: string;
  choice: number;
}

const unknownAnswer: GameError = {
  code: "unknown_answer",
  message: { en: "That answer is not one of the choices. Pick one of the four buttons.", nl: "Dat antwoord hoort niet bij de keuzes. Kies een van de vier knoppen." },
};

export const triviaRules: GameRules<TriviaRound, TriviaState, TriviaMove> = {
  id: "daily-trivia",
  initial: (_round, _player, now) => ({ lastAt: now, answers: [] }),
  parseMove(round, input) {
    const choice = typeof input.choice === "number" ? input.choice : Number.parseInt(String(input.choice ?? ""), 10);
    const questionId = input.questionId;
    if (!Number.isInteger(choice) || choice < 0 || choice > 3) return { ok: false, error: unknownAnswer };
    if (typeof questionId !== "string" || !round.questions.some((q) => q.id === questionId)) return { ok: false, error: unknownAnswer };
    return { ok: true, move: { questionId, choice } };
  },
  play(round, state, move, now) {
    const question = round.questions[state.answers.length];
    // The card was drawn for another question than the one now due: a stale card, not a move.
    if (!question || question.id !== move.questionId) return { ok: false, error: unknownAnswer };
    const ms = Math.min(MAX_ANSWER_MS, Math.max(0, now.getTime() - new Date(state.lastAt).getTime()));
    const answers = [...state.answers, { questionId: question.id, choice: move.choice, correct: move.choice === question.answer, ms }];
    const score = answers.filter((a) => a.correct).length;
    return { ok: true, state: { lastAt: now, answers }, finished: answers.length >= round.questions.length, score };
  },
};

/** Points and total answer time of a player. */
export function triviaScore(state: TriviaState): { points: number; totalMs: number } {
  return {
    points: state.answers.filter((a) => a.correct).length,
    totalMs: state.answers.reduce((sum, a) => sum + a.ms, 0),
  };
}

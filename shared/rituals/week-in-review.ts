// Week in review: each person answers three short questions (what went well, what I learned, who
// helped me), can edit until the window closes, and the circle gets a summary. Pure rules only.

import type { Locale } from "../circles/types";

export const ANSWER_MAX = 280;
export const QUESTIONS = ["wentWell", "learned", "helpedBy"] as const;
export type Question = (typeof QUESTIONS)[number];

export type Answer = Record<Question, string>;

export interface PersonAnswer extends Answer {
  userId: string;
  name: string;
  updatedAt: Date;
}

export interface WeekInReviewData {
  answers: PersonAnswer[];
}

export type AnswerError = { code: "empty" | "too_long" | "closed"; message: Record<Locale, string> };

/** Session data as stored, or an empty round when the session has none yet. */
export function weekInReviewData(data: Record<string, unknown>): WeekInReviewData {
  return { answers: Array.isArray(data.answers) ? (data.answers as PersonAnswer[]) : [] };
}

/** Plain, single-spaced text: control characters and markup brackets removed, whitespace collapsed. */
export function cleanText(value: unknown): string {
  if (typeof value !== "string") return "";
  return value
    .normalize("NFC")
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g, "")
    .replace(/[<>]/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

/** Validates a submitted answer; at least one question answered, none over ANSWER_MAX characters. */
export function parseAnswer(input: Record<string, unknown>): { ok: true; answer: Answer } | { ok: false; error: AnswerError } {
  const answer = Object.fromEntries(QUESTIONS.map((q) => [q, cleanText(input[q])])) as Answer;
  if (QUESTIONS.some((q) => [...answer[q]].length > ANSWER_MAX)) {
    return {
      ok: false,
      error: {
        code: "too_long",
        message: {
          en: `Keep each answer under ${ANSWER_MAX} characters — a sentence or two is plenty.`,
          nl: `Houd elk antwoord onder de ${ANSWER_MAX} tekens — een zin of twee is genoeg.`,
        },
      },
    };
  }
  if (QUESTIONS.every((q) => answer[q] === "")) {
    return {
      ok: false,
      error: { code: "empty", message: { en: "Answer at least one of the three questions.", nl: "Beantwoord minstens één van de drie vragen." } },
    };
  }
  return { ok: true, answer };
}

/** The round with this person's answer added, or replaced when they answered before. */
export function recordAnswer(data: WeekInReviewData, person: { id: string; name: string }, answer: Answer, now: Date): WeekInReviewData {
  const entry: PersonAnswer = { userId: person.id, name: person.name, ...answer, updatedAt: now };
  const others = data.answers.filter((a) => a.userId !== person.id);
  return { answers: [...others, entry] };
}

export function answerOf(data: WeekInReviewData, userId: string): PersonAnswer | undefined {
  return data.answers.find((a) => a.userId === userId);
}

export interface WeekInReviewSummary {
  people: number;
  /** Per question, the answers given (in the order people first answered), with who gave them. */
  byQuestion: Record<Question, { name: string; text: string }[]>;
}

export function summarize(data: WeekInReviewData): WeekInReviewSummary {
  const byQuestion = Object.fromEntries(
    QUESTIONS.map((q) => [q, data.answers.filter((a) => a[q] !== "").map((a) => ({ name: a.name, text: a[q] }))]),
  ) as WeekInReviewSummary["byQuestion"];
  return { people: data.answers.length, byQuestion };
}

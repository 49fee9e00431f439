// Builds a category of the built-in bank from compact rows. Each row gives, per language, the
// question, then the right answer, then three wrong ones; choices.ts decides where the right
// answer is shown.

import type { Locale } from "../../../../circles/types";
import { arrangeChoices } from "../choices";
import type { Category, Difficulty, TriviaQuestion } from "../types";

type Line = readonly [question: string, correct: string, wrong1: string, wrong2: string, wrong3: string];

export type BankRow = readonly [id: string, difficulty: Difficulty, en: Line, nl: Line, locales?: readonly Locale[]];

export function bankCategory(category: Category, rows: readonly BankRow[]): TriviaQuestion[] {
  return rows.map(([id, difficulty, en, nl, locales]) => {
    const { choices, answer } = arrangeChoices(id, { en: en[1], nl: nl[1] }, { en: en.slice(2), nl: nl.slice(2) });
    return {
      id,
      category,
      difficulty,
      text: { en: en[0], nl: nl[0] },
      choices,
      answer,
      source: "bank" as const,
      ...(locales ? { locales } : {}),
    };
  });
}

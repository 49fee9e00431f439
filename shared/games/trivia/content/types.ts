// The shape of a trivia question, wherever it comes from: the built-in bank, the country data,
// or a team's own pack. Every question carries both languages so a circle can switch language
// without losing its history of seen questions.

import type { Locale } from "../../../circles/types";

export type Difficulty = "easy" | "medium" | "hard";

export const DIFFICULTIES: readonly Difficulty[] = ["easy", "medium", "hard"];

export const CATEGORIES = {
  science: { en: "Science", nl: "Wetenschap" },
  nature: { en: "Nature", nl: "Natuur" },
  geography: { en: "Geography", nl: "Aardrijkskunde" },
  history: { en: "History", nl: "Geschiedenis" },
  language: { en: "Language", nl: "Taal" },
  arts: { en: "Arts & culture", nl: "Kunst & cultuur" },
  sports: { en: "Sports & games", nl: "Sport & spel" },
  food: { en: "Food & drink", nl: "Eten & drinken" },
  technology: { en: "Technology", nl: "Techniek" },
  workplace: { en: "The workplace", nl: "Op het werk" },
  /** Imported packs whose own category matches none of ours. */
  general: { en: "General knowledge", nl: "Algemene kennis" },
  /** Questions members wrote about the team and themselves. */
  team: { en: "About us", nl: "Over ons" },
} as const satisfies Record<string, Record<Locale, string>>;

export type Category = keyof typeof CATEGORIES;

export type QuestionSource = "bank" | "countries" | "team";

export interface TriviaQuestion {
  /** Stable across releases: a circle's history of seen questions refers to it. */
  id: string;
  category: Category;
  difficulty: Difficulty;
  text: Record<Locale, string>;
  /** Always four, in the same order in both languages. */
  choices: Record<Locale, string[]>;
  /** Index (0–3) of the right choice. */
  answer: number;
  source: QuestionSource;
  /**
   * Only offered to circles in these languages; absent means every circle. A question about
   * the meaning of a Dutch word, for instance, is no puzzle for a Dutch-speaking circle.
   */
  locales?: readonly Locale[];
}

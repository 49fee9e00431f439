// Puts the right answer among three wrong ones. The position is fixed per question id (so a
// question looks the same every time it is asked) but spread evenly over the four places;
// when every choice is a number (years, counts, temperatures) they are shown in ascending
// order instead, which reads more naturally than a jumble.

import type { Locale } from "../../../circles/types";
import { seededRandom, shuffle } from "../../random";

export interface Arranged {
  choices: Record<Locale, string[]>;
  answer: number;
}

const LEADING_NUMBER = /^[-\u2212]?\d[\d,.\u202f ]*/;

function leadingNumber(choice: string): number | null {
  const match = LEADING_NUMBER.exec(choice.trim());
  if (!match) return null;
  const value = Number(match[0].replace(/\u2212/, "-").replace(/[,\u202f ]/g, ""));
  return Number.isFinite(value) ? value : null;
}

/** `correct` and `wrong` per language, in the same order in both; the result's order is shared by both languages. */
export function arrangeChoices(id: string, correct: Record<Locale, string>, wrong: Record<Locale, readonly string[]>): Arranged {
  const indices = [0, 1, 2, 3];
  const english = [correct.en, ...wrong.en];
  const numbers = english.map(leadingNumber);
  const order = numbers.every((n) => n !== null)
    ? indices.sort((a, b) => (numbers[a] as number) - (numbers[b] as number))
    : shuffle(indices, seededRandom(`choices:${id}`));
  const pick = (locale: Locale) => {
    const all = [correct[locale], ...wrong[locale]];
    return order.map((i) => all[i]);
  };
  return { choices: { en: pick("en"), nl: pick("nl") }, answer: order.indexOf(0) };
}

// The secret word of a circle's day. Each circle walks through its own shuffled order of the
// answer list, one word a day, so words do not repeat within a circle until the whole list has been
// used; then the next cycle starts with a fresh order. Circles get different orders, so a word
// spoiled in one circle says nothing about another's.
//
// The order follows from the answer list: rebuilding the list changes future words. A session
// stores its answer in its round when it is prepared, so rounds already running are not affected.

import type { Locale } from "../../circles/types";
import { seededRandom, shuffle } from "../random";
import { wordList } from "./words";

/**
 * The answer for `circleId` on `dayNumber` (whole days since 1970-01-01 in the circle's time zone;
 * any integer). A meeting's quick round passes its own id as `circleId`.
 */
export function pickAnswer(locale: Locale, circleId: string, dayNumber: number): string {
  if (!Number.isSafeInteger(dayNumber)) throw new RangeError(`dayNumber must be an integer, got ${dayNumber}`);
  const answers = wordList(locale).answers;
  const cycle = Math.floor(dayNumber / answers.length);
  const position = dayNumber - cycle * answers.length;
  return shuffle(answers, seededRandom(`wordl6|${locale}|${circleId}|${cycle}`))[position];
}

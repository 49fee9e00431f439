// Wordle's feedback for one guess, with its rule for repeated letters: exact matches are marked
// first; then, left to right, a letter is "present" only while the answer still has an unmatched
// copy of it, and "absent" after that. Guess "eerie" for answer "there": e(present) e(absent)…

export type Mark = "correct" | "present" | "absent";

/** The marks for `guess` against `answer`, one per letter; both are normalised words of equal length. */
export function feedback(guess: string, answer: string): Mark[] {
  if (guess.length !== answer.length) throw new RangeError(`guess and answer differ in length: ${guess.length} vs ${answer.length}`);
  const marks: Mark[] = Array.from({ length: guess.length }, () => "absent");
  // Copies of each answer letter not yet claimed by an exact match.
  const unmatched = new Map<string, number>();
  for (let i = 0; i < answer.length; i++) {
    if (guess[i] === answer[i]) marks[i] = "correct";
    else unmatched.set(answer[i], (unmatched.get(answer[i]) ?? 0) + 1);
  }
  for (let i = 0; i < guess.length; i++) {
    if (marks[i] === "correct") continue;
    const left = unmatched.get(guess[i]) ?? 0;
    if (left > 0) {
      marks[i] = "present";
      unmatched.set(guess[i], left - 1);
    }
  }
  return marks;
}

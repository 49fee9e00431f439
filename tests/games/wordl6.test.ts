// Wordl6's rules as a player meets them: Wordle's feedback with its repeated-letter rule, how typed
// guesses are read and refused, six guesses, a circle's daily word, and the word lists themselves.

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Locale } from "../../shared/circles/types";
import { hashSeed, pickIndex, seededRandom, shuffle } from "../../shared/games/random";
import type { GameError } from "../../shared/games/types";
import { isGrim, isOffensive } from "../../shared/games/wordl6/deny-list";
import {
  MAX_GUESSES,
  feedback,
  pickAnswer,
  sharedGrid,
  summary,
  view,
  wordList,
  wordl6Rules,
  type Mark,
  type Wordl6Round,
  type Wordl6State,
} from "../../shared/games/wordl6";

const C = "correct";
const P = "present";
const A = "absent";

/**
 * Feedback computed independently of the implementation: letter by letter, the guess may mark at
 * most as many copies of a letter as the answer has; exact hits take their share first, and the
 * rest goes to the guess's other copies from left to right.
 */
function referenceFeedback(guess: string, answer: string): Mark[] {
  const marks: Mark[] = [...guess].map((letter, i) => (answer[i] === letter ? C : A));
  for (const letter of new Set(guess)) {
    const inAnswer = [...answer].filter((l) => l === letter).length;
    const exact = [...guess].filter((l, i) => l === letter && answer[i] === letter).length;
    let budget = inAnswer - exact;
    [...guess].forEach((l, i) => {
      if (l === letter && marks[i] !== C && budget > 0) {
        marks[i] = P;
        budget--;
      }
    });
  }
  return marks;
}

const round = (answer: string, locale: Locale = "en"): Wordl6Round => ({ locale, answer });
const fresh = (): Wordl6State => wordl6Rules.initial(round("planet"), { id: "29:p", name: "P" }, new Date(0));

/** Typed input through the rules the way the engine applies it: parse at the edge, then play. */
function attempt(r: Wordl6Round, state: Wordl6State, input: unknown) {
  const parsed = wordl6Rules.parseMove(r, { guess: input });
  if (!parsed.ok) return { state, error: parsed.error as GameError };
  const result = wordl6Rules.play(r, state, parsed.move, new Date(0));
  if (!result.ok) return { state, error: result.error };
  return { state: result.state, finished: result.finished, score: result.score };
}

function refusalOf(input: unknown, locale: Locale = "en"): GameError {
  const parsed = wordl6Rules.parseMove(round("planet", locale), { guess: input });
  if (parsed.ok) throw new Error(`expected ${JSON.stringify(input)} to be refused`);
  return parsed.error;
}

describe("feedback", () => {
  it("marks every letter correct when the guess is the answer", () => {
    expect(feedback("planet", "planet")).toEqual([C, C, C, C, C, C]);
  });

  it("marks a repeated letter present only as often as the answer has it", () => {
    // banana has three a's, all matched exactly; the other three a's of the guess find none left.
    expect(feedback("aaaaaa", "banana")).toEqual([A, C, A, C, A, C]);
    // n a n b a n vs b a n a n a: two n's and one b and one a are left after the exact hits.
    expect(feedback("nanban", "banana")).toEqual([P, C, C, P, P, A]);
  });

  it("gives an exact match first claim, even on a copy further right", () => {
    // planet has one e, taken by the exact e in position 5: the earlier e's are absent.
    expect(feedback("eleven", "planet")).toEqual([A, C, A, A, C, P]);
    expect(feedback("breeze", "stream")).toEqual([A, P, A, C, A, A]);
  });

  it("marks a letter in the answer once but guessed twice as present once, the leftmost", () => {
    // bottle has one o (matched exactly) and two t's (one matched exactly, one left for the first t).
    expect(feedback("toptop", "bottle")).toEqual([P, C, A, C, A, A]);
    expect(feedback("settle", "letter")).toEqual([A, C, C, C, P, P]);
  });

  it("agrees with an independently written count-based reference on any words", () => {
    // A five-letter alphabet makes repeated letters the rule rather than the exception.
    const word = fc.string({ unit: fc.constantFrom("a", "b", "c", "d", "e"), minLength: 6, maxLength: 6 });
    fc.assert(
      fc.property(word, word, (guess, answer) => {
        expect(feedback(guess, answer)).toEqual(referenceFeedback(guess, answer));
      }),
      { numRuns: 2000 },
    );
  });

  it("never marks more copies of a letter than the answer has", () => {
    const word = fc.string({ unit: fc.constantFrom("a", "b", "c"), minLength: 6, maxLength: 6 });
    fc.assert(
      fc.property(word, word, (guess, answer) => {
        const marks = feedback(guess, answer);
        for (const letter of new Set(guess)) {
          const marked = [...guess].filter((l, i) => l === letter && marks[i] !== A).length;
          const expected = Math.min([...guess].filter((l) => l === letter).length, [...answer].filter((l) => l === letter).length);
          expect(marked).toBe(expected);
        }
      }),
    );
  });
});

describe("reading a guess", () => {
  it("ignores surrounding spaces, capitals, accents and full-width letters", () => {
    for (const typed of [" planet ", "PLANET", "Plánet", "ｐｌａｎｅｔ", "plane\u0301t"]) {
      expect(wordl6Rules.parseMove(round("garden"), { guess: typed })).toEqual({ ok: true, move: { guess: "planet" } });
    }
  });

  it("reads Dutch words without their diacritics and the ĳ ligature as two letters", () => {
    expect(wordl6Rules.parseMove(round("letter", "nl"), { guess: "ideeën" })).toEqual({ ok: true, move: { guess: "ideeen" } });
    expect(wordl6Rules.parseMove(round("letter", "nl"), { guess: "ĳsjes" })).toEqual({ ok: true, move: { guess: "ijsjes" } });
  });

  it("asks for a word when there is none", () => {
    for (const input of ["", "   ", undefined, null, 42, ["planet"]]) expect(refusalOf(input).code).toBe("empty");
  });

  it("asks for six letters, in English and Dutch", () => {
    const error = refusalOf("plan");
    expect(error.code).toBe("length");
    expect(error.message.en).toContain('"plan" has 4');
    expect(error.message.nl).toContain('"plan" heeft er 4');
    expect(refusalOf("planets").code).toBe("length");
    expect(refusalOf("x".repeat(10_000)).code).toBe("length");
  });

  it("refuses digits, punctuation, spaces inside and emoji as letters only", () => {
    for (const input of ["plan3t", "pla-net", "pla net", "plane😀", "🟩🟩🟩🟩🟩🟩", "<b>hi</b>"]) expect(refusalOf(input).code).toBe("lettersOnly");
  });

  it("refuses letters of other alphabets, including look-alikes of a–z", () => {
    // Cyrillic е (U+0435) and а (U+0430) look like Latin e and a.
    expect(refusalOf("plan\u0435t").code).toBe("alphabet");
    expect(refusalOf("\u0430\u0430\u0430\u0430\u0430\u0430").code).toBe("alphabet");
    expect(refusalOf("ωωωωωω").code).toBe("alphabet");
    expect(refusalOf("straße").code).toBe("alphabet");
  });

  it("refuses a word that is not in the round's language's list", () => {
    expect(refusalOf("zzzzzz").code).toBe("notInList");
    expect(refusalOf("zzzzzz").message.en).toContain('"zzzzzz" is not in the word list');
    expect(refusalOf("fietst", "en").code).toBe("notInList");
    expect(refusalOf("friend", "nl").code).toBe("notInList");
    expect(wordl6Rules.parseMove(round("letter", "nl"), { guess: "fietst" }).ok).toBe(true);
  });

  it("refuses offensive words as not in the list", () => {
    expect(refusalOf("fucked").code).toBe("notInList");
    expect(refusalOf("neuken", "nl").code).toBe("notInList");
  });

  it("lets a refused guess cost nothing", () => {
    const r = round("garden");
    let { state } = attempt(r, fresh(), "planet");
    for (const input of ["zzzzzz", "plan", "plan3t", "", "plan\u0435t"]) {
      const result = attempt(r, state, input);
      expect(result.error).toBeDefined();
      expect(result.state).toBe(state);
    }
    ({ state } = attempt(r, state, "bottle"));
    expect(state.guesses.map((g) => g.word)).toEqual(["planet", "bottle"]);
  });
});

describe("playing a round", () => {
  it("ends when the word is found and scores 7 minus the guesses used", () => {
    const r = round("garden");
    let state = fresh();
    for (const word of ["planet", "bottle"]) {
      const result = attempt(r, state, word);
      expect(result.finished).toBe(false);
      expect(result.score).toBe(0);
      state = result.state;
    }
    const solved = attempt(r, state, "Garden");
    expect(solved).toMatchObject({ finished: true, score: 4 });
    expect(solved.state.solved).toBe(true);
    expect(solved.state.guesses.at(-1)).toEqual({ word: "garden", marks: [C, C, C, C, C, C] });
    expect(attempt(r, solved.state, "planet").error?.code).toBe("solved");
  });

  it("scores 6 for a first-guess solve", () => {
    expect(attempt(round("planet"), fresh(), "planet").score).toBe(6);
  });

  it("ends after six guesses without the word, with no score, and refuses a seventh", () => {
    const r = round("garden");
    let state = fresh();
    for (let i = 1; i <= MAX_GUESSES; i++) {
      const result = attempt(r, state, i % 2 ? "planet" : "bottle");
      expect(result.finished).toBe(i === MAX_GUESSES);
      expect(result.score).toBe(0);
      state = result.state;
    }
    expect(state).toMatchObject({ solved: false });
    expect(state.guesses).toHaveLength(6);
    const seventh = attempt(r, state, "garden");
    expect(seventh.error?.code).toBe("noGuessesLeft");
    expect(seventh.error?.message).toEqual({ en: "You have used all six guesses.", nl: "Je hebt alle zes beurten gebruikt." });
  });

  it("does not change the state it was given", () => {
    const state = fresh();
    attempt(round("garden"), state, "planet");
    expect(state).toEqual({ guesses: [], solved: false });
  });
});

describe("views", () => {
  const r = round("garden");
  const played = (...words: string[]) => words.reduce((state, word) => attempt(r, state, word).state, fresh());

  it("shows the player their letters and marks, and each key's best mark so far", () => {
    const v = view(r, played("planet", "danger"), false);
    expect(v.rows[0].map((t) => t.letter).join("")).toBe("planet");
    expect(v.rows[1]).toEqual([
      { letter: "d", mark: P },
      { letter: "a", mark: C },
      { letter: "n", mark: P },
      { letter: "g", mark: P },
      { letter: "e", mark: C },
      { letter: "r", mark: P },
    ]);
    const key = (letter: string) => v.keyboard.flat().find((k) => k.letter === letter)?.mark;
    expect(key("a")).toBe(C); // present in "planet", correct in "danger": the better mark wins
    expect(key("p")).toBe(A);
    expect(key("z")).toBeNull();
    expect(v.keyboard.flat()).toHaveLength(26);
    expect(v).toMatchObject({ guessesLeft: 4, status: "playing", answer: null });
  });

  it("reveals the word only when asked to (the round has closed)", () => {
    expect(view(r, null, false)).toMatchObject({ rows: [], guessesLeft: 6, status: "playing", answer: null });
    expect(view(r, played("garden"), false)).toMatchObject({ status: "solved", answer: null });
    expect(view(r, played("planet"), true).answer).toBe("garden");
  });

  it("shares a grid of marks without a single letter", () => {
    const state = played("planet", "danger", "garden");
    const grid = sharedGrid(state);
    expect(grid).toEqual(state.guesses.map((g) => g.marks));
    expect(JSON.stringify(grid)).not.toMatch(/"[a-z]"|planet|danger|garden/);
    expect(sharedGrid(null)).toEqual([]);
  });

  it("sums up the circle: the word, guesses needed, who did not solve it, solvers fewest guesses first", () => {
    const s = summary(r, [
      { id: "1", name: "Ann", state: played("planet", "danger", "garden") },
      { id: "2", name: "Bas", state: played("garden") },
      { id: "3", name: "Cor", state: played("planet", "bottle", "planet", "bottle", "planet", "bottle") },
      { id: "4", name: "Dee", state: played("bottle") },
      { id: "5", name: "Eva", state: null },
      { id: "6", name: "Fay", state: played("bottle", "planet", "garden") },
    ]);
    expect(s).toEqual({
      answer: "garden",
      played: 5,
      solvedIn: [1, 0, 2, 0, 0, 0],
      notSolved: 2,
      solvers: [
        { id: "2", name: "Bas", guesses: 1 },
        { id: "1", name: "Ann", guesses: 3 },
        { id: "6", name: "Fay", guesses: 3 },
      ],
    });
  });
});

describe("the daily word", () => {
  it("is the same for the same circle and day, wherever it is computed", () => {
    expect(pickAnswer("en", "circle-a", 20_000)).toBe(pickAnswer("en", "circle-a", 20_000));
    expect(pickAnswer("nl", "circle-a", 20_000)).toBe(pickAnswer("nl", "circle-a", 20_000));
  });

  it("changes from day to day and differs between circles", () => {
    const days = Array.from({ length: 30 }, (_, i) => 20_000 + i);
    expect(new Set(days.map((d) => pickAnswer("en", "circle-a", d))).size).toBe(30);
    const differ = days.filter((d) => pickAnswer("en", "circle-a", d) !== pickAnswer("en", "circle-b", d));
    expect(differ.length).toBeGreaterThan(25);
  });

  it.each(["en", "nl"] as const)("does not repeat in a circle until every %s answer has been used", (locale) => {
    const answers = wordList(locale).answers;
    const start = 3 * answers.length; // the start of a cycle
    const cycle = Array.from({ length: answers.length }, (_, i) => pickAnswer(locale, "circle-a", start + i));
    expect([...cycle].sort()).toEqual([...answers]);
    // The next cycle uses the list again, in another order.
    const next = Array.from({ length: answers.length }, (_, i) => pickAnswer(locale, "circle-a", start + answers.length + i));
    expect([...next].sort()).toEqual([...answers]);
    expect(next).not.toEqual(cycle);
  });

  it("works for any whole day number, and only for whole ones", () => {
    expect(wordList("en").answers).toContain(pickAnswer("en", "c", -1));
    expect(wordList("en").answers).toContain(pickAnswer("en", "c", 0));
    expect(() => pickAnswer("en", "c", 1.5)).toThrow(RangeError);
  });
});

describe("seeded randomness", () => {
  it("gives the same numbers in [0, 1) for the same seed and others for another seed", () => {
    const draw = (seed: string) => Array.from({ length: 100 }, seededRandom(seed));
    expect(draw("x")).toEqual(draw("x"));
    expect(draw("x")).not.toEqual(draw("y"));
    for (const n of draw("z")) expect(n >= 0 && n < 1).toBe(true);
    expect(hashSeed("circle|1")).not.toBe(hashSeed("circle|2"));
  });

  it("shuffles into a permutation and picks indexes in range", () => {
    fc.assert(
      fc.property(fc.array(fc.integer()), fc.string(), (items, seed) => {
        const shuffled = shuffle(items, seededRandom(seed));
        expect([...shuffled].sort()).toEqual([...items].sort());
      }),
    );
    const random = seededRandom("pick");
    for (let i = 0; i < 1000; i++) expect(pickIndex(random, 7)).toBeLessThan(7);
    expect(() => pickIndex(random, 0)).toThrow(RangeError);
  });
});

describe.each(["en", "nl"] as const)("the %s word lists", (locale) => {
  const { answers, guesses } = wordList(locale);

  it("have several hundred answers and thousands of valid guesses", () => {
    expect(answers.length).toBeGreaterThanOrEqual(400);
    expect(guesses.length).toBeGreaterThanOrEqual(5000);
  });

  it("hold six letters a–z only, sorted and without duplicates", () => {
    for (const list of [answers, guesses]) {
      expect(list.every((w) => /^[a-z]{6}$/.test(w))).toBe(true);
      expect([...list]).toEqual([...new Set(list)].sort());
    }
  });

  it("accept every answer as a guess", () => {
    const known = new Set(guesses);
    expect(answers.filter((w) => !known.has(w))).toEqual([]);
  });

  it("have no grim or offensive answer and no offensive guess", () => {
    expect(answers.filter((w) => isGrim(w, locale) || isOffensive(w, locale))).toEqual([]);
    expect(guesses.filter((w) => isOffensive(w, locale))).toEqual([]);
  });
});

describe("the deny list", () => {
  it("matches roots inside words but not innocent words that merely contain a short one", () => {
    expect(isGrim("murders", "en")).toBe(true);
    expect(isGrim("skills", "en")).toBe(false); // "kill" is a whole word, not a root
    expect(isGrim("award", "en")).toBe(false); // nor is "war"
    expect(isGrim("muziek", "nl")).toBe(false); // "ziek" is a whole word in Dutch
    expect(isOffensive("knikker", "nl")).toBe(false);
    expect(isOffensive("swanky", "en")).toBe(false);
  });
});

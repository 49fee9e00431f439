// Chooses a circle's questions for one round. Deterministic: the same pool, history, seed and
// day give the same questions, so any app instance can prepare the round and get the same
// answer. The rules, in order of weight:
// 1. no question the circle saw in the last 60 days, while the pool has enough others; when it
//    has not, the least recently seen fill the gap (and the never-seen always come first);
// 2. one question the team wrote itself, when there is one;
// 3. a mix of difficulties (for five: two easy, two medium, one hard);
// 4. no two questions from the same category. Categories are drawn evenly, not in proportion
//    to their size: the hundreds of country questions would otherwise crowd out the rest.

import type { Locale } from "../../../circles/types";
import { seededRandom, shuffle } from "../../random";
import { bank } from "./bank";
import { countryQuestions } from "./countries";
import { DIFFICULTIES, type Difficulty, type TriviaQuestion } from "./types";

export const NO_REPEAT_DAYS = 60;
export const DEFAULT_QUESTION_COUNT = 5;
const DAY_MS = 24 * 60 * 60 * 1000;

export interface SeenQuestion {
  id: string;
  at: Date;
}

export interface SelectInput {
  pool: readonly TriviaQuestion[];
  /** Questions the circle was asked before, with when; older entries may be left out. */
  seen: readonly SeenQuestion[];
  seed: string;
  now: Date;
  count?: number;
}

/** Every built-in question offered to a circle in `locale` (all of them when no locale is given). */
export function fullPool(locale?: Locale): TriviaQuestion[] {
  return [...bank, ...countryQuestions()].filter((q) => !locale || !q.locales || q.locales.includes(locale));
}

/** How many questions of each difficulty a round of `count` gets: about 40% easy, 40% medium, 20% hard. */
export function difficultyPlan(count: number): Difficulty[] {
  const hard = Math.round(count * 0.2);
  const easy = Math.ceil((count - hard) / 2);
  const medium = count - hard - easy;
  return [...Array<Difficulty>(easy).fill("easy"), ...Array<Difficulty>(medium).fill("medium"), ...Array<Difficulty>(hard).fill("hard")];
}

/** The candidates in order of preference: never seen, then seen longest ago; the seed breaks ties. */
function candidates(input: SelectInput, count: number, random: () => number): TriviaQuestion[] {
  const lastSeen = new Map<string, number>();
  for (const { id, at } of input.seen) {
    const time = new Date(at).getTime();
    if (!Number.isNaN(time) && time > (lastSeen.get(id) ?? -Infinity)) lastSeen.set(id, time);
  }
  const unique = [...new Map(input.pool.map((q) => [q.id, q])).values()];
  const ordered = shuffle(unique, random)
    .map((question, rank) => ({ question, rank, seenAt: lastSeen.get(question.id) ?? -Infinity }))
    .sort((a, b) => a.seenAt - b.seenAt || a.rank - b.rank);
  const cutoff = input.now.getTime() - NO_REPEAT_DAYS * DAY_MS;
  const fresh = ordered.filter((c) => c.seenAt < cutoff);
  const recent = ordered.filter((c) => c.seenAt >= cutoff);
  // Recently seen questions only make up for a shortage, oldest first.
  return [...fresh, ...recent.slice(0, Math.max(0, count - fresh.length))].map((c) => c.question);
}

/**
 * One draw: for each slot a category, evenly among those that still have a question of the
 * slot's difficulty and are not in the round yet; then that category's most wanted question.
 */
function draw(available: readonly TriviaQuestion[], first: readonly TriviaQuestion[], plan: readonly Difficulty[], random: () => number) {
  const chosen = [...first];
  const left = available.filter((q) => !chosen.includes(q));
  // The scarcest difficulty first, so it is not crowded out by category clashes.
  for (const difficulty of [...plan].reverse()) {
    const used = new Set(chosen.map((q) => q.category));
    const categories = [...new Set(left.filter((q) => q.difficulty === difficulty && !used.has(q.category)).map((q) => q.category))];
    const category = categories.length > 0 ? categories[Math.floor(random() * categories.length)] : undefined;
    const pick =
      left.find((q) => q.difficulty === difficulty && q.category === category) ??
      left.find((q) => q.difficulty === difficulty) ??
      left.find((q) => !used.has(q.category)) ??
      left[0];
    if (!pick) break;
    chosen.push(pick);
    left.splice(left.indexOf(pick), 1);
  }
  return { round: chosen, clashes: chosen.length - new Set(chosen.map((q) => q.category)).size };
}

/** A greedy draw can paint itself into a corner; a few more draws almost always find a round without a repeated category. */
const DRAWS = 8;

export function selectQuestions(input: SelectInput): TriviaQuestion[] {
  const count = Math.max(0, Math.floor(input.count ?? DEFAULT_QUESTION_COUNT));
  const random = seededRandom(input.seed);
  const available = candidates(input, count, random);
  const plan = difficultyPlan(count);

  const team = count > 0 ? available.find((q) => q.source === "team") : undefined;
  if (team) {
    const slot = plan.indexOf(team.difficulty);
    plan.splice(slot >= 0 ? slot : plan.length - 1, 1);
  }
  let best = draw(available, team ? [team] : [], plan, random);
  for (let attempt = 1; attempt < DRAWS && best.clashes > 0; attempt++) {
    const next = draw(available, team ? [team] : [], plan, random);
    if (next.clashes < best.clashes) best = next;
  }
  const rank = (q: TriviaQuestion) => (q.source === "team" ? DIFFICULTIES.length : DIFFICULTIES.indexOf(q.difficulty));
  // Easy to hard, with the team's own question as the finale.
  return best.round.sort((a, b) => rank(a) - rank(b));
}

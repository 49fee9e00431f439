// The mystery countries of a circle, one per round. Each circle walks its own order of all the
// sovereign states: no country comes twice until every one has been the answer, then a new order
// starts (never with the country that ended the last one). Each country is drawn exactly once per
// cycle, so Monaco is no more likely than Brazil; and the order spreads every continent evenly
// over the cycle, with no two answers in a row from one continent, so Africa's 54 countries do not
// come in runs and Oceania's 15 are not all at the end.

import { seededRandom, shuffle } from "../random";
import { answerPool, type Country } from "./countries";

/** A permutation of the answer pool (codes) for `seed`, continents spread out. */
export function answerOrder(seed: string, pool: readonly Country[] = answerPool): string[] {
  const random = seededRandom(`globe|${seed}`);
  const shuffled = shuffle(pool, random);
  const byContinent = new Map<string, Country[]>();
  for (const country of shuffled) byContinent.set(country.continent, [...(byContinent.get(country.continent) ?? []), country]);
  // Continent c's i-th country sits at (i + offset) / size: each continent evenly over the cycle.
  const placed = [...byContinent.values()].flatMap((group) => {
    const offset = random();
    return group.map((country, i) => ({ country, at: (i + offset) / group.length }));
  });
  const order = placed.sort((a, b) => a.at - b.at).map((p) => p.country);
  // Where two neighbours share a continent, pull the next country of another continent forward.
  for (let i = 1; i < order.length; i++) {
    if (order[i]!.continent !== order[i - 1]!.continent) continue;
    const j = order.findIndex((c, k) => k > i && c.continent !== order[i - 1]!.continent);
    if (j === -1) break;
    order.splice(i, 0, ...order.splice(j, 1));
  }
  return order.map((c) => c.code);
}

/** The answer of a circle's `position`-th round (0, 1, 2, …). */
export function answerAt(circleId: string, position: number): string {
  if (!Number.isSafeInteger(position) || position < 0) throw new RangeError(`position must be a whole number ≥ 0, got ${position}`);
  const cycle = Math.floor(position / answerPool.length);
  const order = cycleOrder(circleId, cycle);
  return order[position - cycle * answerPool.length]!;
}

function cycleOrder(circleId: string, cycle: number): string[] {
  const order = answerOrder(`${circleId}|${cycle}`);
  if (cycle === 0) return order;
  // A new cycle never starts with the country the previous one ended with.
  const previousLast = answerOrder(`${circleId}|${cycle - 1}`).at(-1);
  if (order[0] === previousLast) [order[0], order[1]] = [order[1]!, order[0]!];
  return order;
}

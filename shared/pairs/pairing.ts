// Walk-and-talk pairing: who walks with whom this round. Random but fair — people from
// different teams and people who never walked together are preferred, pairs from the last few
// rounds are avoided, an odd number makes one trio, and nobody is left alone once two people are
// in. Pure: the same people, history and seed always give the same groups.

import { seededRandom, shuffle } from "../games/random";

/** A person who opted in, with the teams they belong to (empty when unknown). */
export interface PairCandidate {
  id: string;
  teams: readonly string[];
}

/** Earlier rounds, newest first; each round is its groups of person ids (pairs and trios). */
export type PairHistory = readonly (readonly (readonly string[])[])[];

export interface PairingInput {
  people: readonly PairCandidate[];
  history: PairHistory;
  seed: string;
  /** Pairs from this many of the latest rounds are avoided whenever the numbers allow. */
  recentRounds?: number;
}

export interface Pairing {
  /** Groups of two, plus one group of three when the number of people is odd. */
  groups: string[][];
  /** The one person with nobody to walk with (only when a single person opted in). */
  alone: string | null;
}

export const RECENT_ROUNDS = 4;

// The weights order the preferences: any other pair beats one from the last few rounds (the more
// recent, the worse); after that, never-walked-together and different teams count about the same.
const RECENT_PENALTY = 100;
const PAST_PENALTY = 3;
const PAST_COUNT_CAP = 3;
const SAME_TEAM_PENALTY = 4;
/** Upper bound on swap evaluations, so a circle of thousands still pairs in well under a second. */
const MAX_EVALUATIONS = 2_000_000;

export function pairKey(a: string, b: string): string {
  return a < b ? `${a}\n${b}` : `${b}\n${a}`;
}

interface Together {
  /** Rounds ago (0 = the latest round) they last shared a group. */
  lastRound: number;
  times: number;
}

/** How much we would rather not put two people together: 0 is an ideal pair. */
export type PairCost = (a: string, b: string) => number;

/** The cost of pairing two people, given the history and everyone's teams. */
export function pairCostModel(history: PairHistory, teams: ReadonlyMap<string, readonly string[]>, recentRounds = RECENT_ROUNDS): PairCost {
  const together = new Map<string, Together>();
  history.forEach((round, age) => {
    for (const group of round) {
      for (let i = 0; i < group.length; i++) {
        for (let j = i + 1; j < group.length; j++) {
          const key = pairKey(group[i], group[j]);
          const seen = together.get(key);
          if (seen) seen.times++;
          else together.set(key, { lastRound: age, times: 1 });
        }
      }
    }
  });
  return (a, b) => {
    let cost = 0;
    const seen = together.get(pairKey(a, b));
    if (seen) {
      if (seen.lastRound < recentRounds) cost += RECENT_PENALTY * (recentRounds - seen.lastRound);
      cost += PAST_PENALTY * Math.min(seen.times, PAST_COUNT_CAP);
    }
    if (shareTeam(teams.get(a), teams.get(b))) cost += SAME_TEAM_PENALTY;
    return cost;
  };
}

/** Unknown teams never count as "the same team": with no team information all pairs are equal. */
function shareTeam(a: readonly string[] | undefined, b: readonly string[] | undefined): boolean {
  if (!a?.length || !b?.length) return false;
  return a.some((team) => b.includes(team));
}

export function groupCost(group: readonly string[], cost: PairCost): number {
  let total = 0;
  for (let i = 0; i < group.length; i++) for (let j = i + 1; j < group.length; j++) total += cost(group[i], group[j]);
  return total;
}

/** Makes this round's groups. */
export function makePairs(input: PairingInput): Pairing {
  const random = seededRandom(`pairs|${input.seed}`);
  const unique = [...new Map(input.people.map((person) => [person.id, person])).values()];
  // Sorting first makes the result independent of the order the people were listed in.
  const sorted = unique.map((person) => person.id).sort();
  if (sorted.length === 0) return { groups: [], alone: null };
  if (sorted.length === 1) return { groups: [], alone: sorted[0] };
  const cost = pairCostModel(input.history, new Map(unique.map((person) => [person.id, person.teams])), input.recentRounds);
  // Local search can get stuck; a few fresh starts (fewer for big circles) find a better round.
  const attempts = sorted.length <= 200 ? 12 : sorted.length <= 1_000 ? 3 : 1;
  let best: { groups: string[][]; total: number } | null = null;
  for (let attempt = 0; attempt < attempts && best?.total !== 0; attempt++) {
    const groups = greedyGroups(shuffle(sorted, random), cost);
    improveBySwaps(groups, cost);
    const total = groups.reduce((sum, group) => sum + groupCost(group, cost), 0);
    if (!best || total < best.total) best = { groups, total };
  }
  return { groups: best!.groups, alone: null };
}

/**
 * In the shuffled order, each person takes the cheapest partner still free (ties go to whoever
 * comes first, so equal choices stay random); an odd one out joins the pair it fits best: a
 * trio, never someone alone.
 */
function greedyGroups(order: readonly string[], cost: PairCost): string[][] {
  const free = [...order];
  const groups: string[][] = [];
  while (free.length >= 2) {
    const a = free.shift()!;
    let best = 0;
    let bestCost = cost(a, free[0]);
    // Nothing beats an ideal partner: stop looking at the first one (keeps large circles fast).
    for (let i = 1; i < free.length && bestCost > 0; i++) {
      const c = cost(a, free[i]);
      if (c < bestCost) [best, bestCost] = [i, c];
    }
    groups.push([a, free.splice(best, 1)[0]]);
  }
  if (free.length === 1) {
    const last = free[0];
    const added = (group: string[]) => cost(last, group[0]) + cost(last, group[1]);
    let best = 0;
    for (let i = 1; i < groups.length; i++) if (added(groups[i]) < added(groups[best])) best = i;
    groups[best] = [...groups[best], last];
  }
  return groups;
}

/**
 * Local search: swap one person of a group with one of another whenever that lowers the total
 * cost, until no swap helps. Swaps keep group sizes, so the trio stays a trio.
 */
function improveBySwaps(groups: string[][], cost: PairCost): void {
  const costs = groups.map((group) => groupCost(group, cost));
  let evaluations = 0;
  let improved = true;
  while (improved && evaluations < MAX_EVALUATIONS) {
    improved = false;
    // A swap can only help when one of the two groups costs something.
    for (let g = 0; g < groups.length; g++) {
      if (costs[g] === 0) continue;
      for (let h = 0; h < groups.length && costs[g] > 0; h++) {
        if (h === g) continue;
        const before = costs[g] + costs[h];
        let swapped = false;
        for (let i = 0; i < groups[g].length && !swapped; i++) {
          for (let j = 0; j < groups[h].length && !swapped; j++) {
            evaluations++;
            const first = groups[g].map((id, k) => (k === i ? groups[h][j] : id));
            const second = groups[h].map((id, k) => (k === j ? groups[g][i] : id));
            const [firstCost, secondCost] = [groupCost(first, cost), groupCost(second, cost)];
            if (firstCost + secondCost < before) {
              [groups[g], groups[h], costs[g], costs[h]] = [first, second, firstCost, secondCost];
              swapped = true;
              improved = true;
            }
          }
        }
      }
    }
  }
}

// Walk-and-talk rules: the pairing (property tests over many rounds, measured against a naive
// random pairing), the round's "we walked" and late-join rules, and the prompt banks.

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { seededRandom, shuffle } from "../../shared/games/random";
import enPairs from "../../shared/i18n/pairs.en";
import nlPairs from "../../shared/i18n/pairs.nl";
import { makePairs, pairCostModel, pairKey, type PairCandidate, type PairHistory } from "../../shared/pairs/pairing";
import { choosePrompts, PROMPT_MAX, promptBanks, promptText } from "../../shared/pairs/prompts";
import { joinRound, leaveRound, markWalked, summarizeRound, type PairRound } from "../../shared/pairs/round";

const ids = (n: number) => Array.from({ length: n }, (_, i) => `29:p${i}`);
const noTeams = (list: string[]): PairCandidate[] => list.map((id) => ({ id, teams: [] }));
const pairsOf = (groups: readonly (readonly string[])[]) => groups.flatMap((g) => g.flatMap((a, i) => g.slice(i + 1).map((b) => pairKey(a, b))));

/** What a pairing without any fairness would do: shuffle, cut into twos, the odd one joins the last pair. */
function naivePairs(people: readonly string[], seed: string): string[][] {
  const order = shuffle(people, seededRandom(seed));
  const groups: string[][] = [];
  for (let i = 0; i + 1 < order.length; i += 2) groups.push([order[i], order[i + 1]]);
  if (order.length % 2 === 1 && groups.length > 0) groups[groups.length - 1].push(order.at(-1)!);
  return groups;
}

interface Run {
  /** Pairs that repeat one from the last `window` rounds. */
  recentRepeats: number;
  crossTeam: number;
  pairs: number;
  distinct: number;
}

function simulate(people: readonly PairCandidate[], rounds: number, pairer: (history: PairHistory, round: number) => string[][], window = 4): Run {
  const teamOf = new Map(people.map((p) => [p.id, p.teams[0]]));
  const history: string[][][] = [];
  const seen = new Set<string>();
  const run: Run = { recentRepeats: 0, crossTeam: 0, pairs: 0, distinct: 0 };
  for (let r = 0; r < rounds; r++) {
    const groups = pairer(history, r);
    const recent = new Set(history.slice(0, window).flatMap(pairsOf));
    for (const group of groups) {
      for (let i = 0; i < group.length; i++) {
        for (let j = i + 1; j < group.length; j++) {
          const key = pairKey(group[i], group[j]);
          run.pairs++;
          if (recent.has(key)) run.recentRepeats++;
          if (teamOf.get(group[i]) !== teamOf.get(group[j])) run.crossTeam++;
          seen.add(key);
        }
      }
    }
    history.unshift(groups);
  }
  run.distinct = seen.size;
  return run;
}

describe("pairing", () => {
  it("everyone is in exactly one group of two or three once two people opted in; one trio only for odd numbers", () => {
    const history = fc.array(fc.array(fc.array(fc.integer({ min: 0, max: 40 }), { minLength: 2, maxLength: 3 }), { maxLength: 20 }), { maxLength: 8 });
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 41 }), fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 41, maxLength: 41 }), history, fc.string(), (n, teams, past, seed) => {
        const people = ids(n).map((id, i) => ({ id, teams: teams[i] === 0 ? [] : [`team${teams[i]}`] }));
        const pastRounds = past.map((round) => round.map((group) => group.map((i) => `29:p${i}`)));
        const { groups, alone } = makePairs({ people, history: pastRounds, seed });
        if (n === 0) return groups.length === 0 && alone === null;
        if (n === 1) return groups.length === 0 && alone === "29:p0";
        const everyone = groups.flat();
        expect(alone).toBeNull();
        expect(everyone.sort()).toEqual(ids(n).sort());
        expect(groups.every((g) => g.length === 2 || g.length === 3)).toBe(true);
        expect(groups.filter((g) => g.length === 3).length).toBe(n % 2);
        return true;
      }),
      { numRuns: 300 },
    );
  });

  it("is the same for the same seed, whatever order the people come in, and differs between seeds", () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 30 }), fc.string(), fc.integer(), (n, seed, shuffleSeed) => {
        const people = noTeams(ids(n));
        const first = makePairs({ people, history: [], seed });
        const reordered = makePairs({ people: shuffle(people, seededRandom(String(shuffleSeed))), history: [], seed });
        expect(reordered).toEqual(first);
        return true;
      }),
    );
    const people = noTeams(ids(10));
    const distinct = new Set(Array.from({ length: 20 }, (_, i) => JSON.stringify(makePairs({ people, history: [], seed: `circle|walk-and-talk|2026-01-${i}` }).groups)));
    expect(distinct.size).toBeGreaterThan(10);
  });

  it("five people make one pair and one trio; one person is told there is nobody to pair with", () => {
    const five = makePairs({ people: noTeams(ids(5)), history: [], seed: "s" });
    expect(five.groups.map((g) => g.length).sort()).toEqual([2, 3]);
    expect(makePairs({ people: noTeams(ids(1)), history: [], seed: "s" })).toEqual({ groups: [], alone: "29:p0" });
    expect(makePairs({ people: noTeams(ids(2)), history: [], seed: "s" }).groups).toHaveLength(1);
  });

  it("repeats pairs from recent rounds far less than a naive random pairing (measured over many rounds)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 6, max: 24 }), fc.string(), (n, seed) => {
        const people = noTeams(ids(n));
        // Small circles run out of fresh partners within four rounds; they still avoid last week's.
        // (Five people cannot: a pair and a trio always repeat one of last week's pairs.)
        const window = n >= 10 ? 4 : 1;
        const ours = simulate(people, 24, (history, r) => makePairs({ people, history, seed: `${seed}|${r}` }).groups, window);
        const naive = simulate(people, 24, (_history, r) => naivePairs(people.map((p) => p.id), `${seed}|${r}`), window);
        expect(ours.recentRepeats).toBe(0);
        expect(naive.recentRepeats).toBeGreaterThan(0);
        return true;
      }),
      { numRuns: 40 },
    );
    const people = noTeams(ids(12));
    const ours = simulate(people, 30, (history, r) => makePairs({ people, history, seed: `m|${r}` }).groups);
    const naive = simulate(people, 30, (_history, r) => naivePairs(people.map((p) => p.id), `m|${r}`));
    expect(naive.recentRepeats).toBeGreaterThan(20);
    expect(ours.recentRepeats).toBe(0);
    // Never-paired people are preferred: everyone has met everyone sooner.
    const oursFirst11 = simulate(people, 11, (history, r) => makePairs({ people, history, seed: `m|${r}` }).groups);
    const naiveFirst11 = simulate(people, 11, (_history, r) => naivePairs(people.map((p) => p.id), `m|${r}`));
    // 66 possible pairs; a perfect round robin would meet all of them in 11 rounds.
    expect(oursFirst11.distinct).toBeGreaterThanOrEqual(60);
    expect(naiveFirst11.distinct).toBeLessThanOrEqual(oursFirst11.distinct - 8);
  });

  it("pairs across teams clearly more often than random", () => {
    // Three teams of 6, 4 and 2: a fully cross-team round exists, random gets about 60%.
    const people = ids(12).map((id, i) => ({ id, teams: [i < 6 ? "sales" : i < 10 ? "support" : "design"] }));
    let ours = { crossTeam: 0, pairs: 0 };
    let naive = { crossTeam: 0, pairs: 0 };
    for (let s = 0; s < 50; s++) {
      // A few weeks in a row each time: cross-team preference and repeat avoidance together.
      const a = simulate(people, 3, (history, r) => makePairs({ people, history, seed: `x${s}|${r}` }).groups);
      const b = simulate(people, 3, (_history, r) => naivePairs(people.map((p) => p.id), `x${s}|${r}`));
      ours = { crossTeam: ours.crossTeam + a.crossTeam, pairs: ours.pairs + a.pairs };
      naive = { crossTeam: naive.crossTeam + b.crossTeam, pairs: naive.pairs + b.pairs };
    }
    const oursFraction = ours.crossTeam / ours.pairs;
    const naiveFraction = naive.crossTeam / naive.pairs;
    expect(oursFraction).toBeGreaterThan(0.95);
    expect(naiveFraction).toBeLessThan(0.8);
    expect(oursFraction - naiveFraction).toBeGreaterThan(0.2);
  });

  it("people with no team information are all treated alike", () => {
    const cost = pairCostModel([], new Map([["a", []], ["b", []], ["c", ["x"]], ["d", ["x"]]]));
    expect(cost("a", "b")).toBe(0);
    expect(cost("a", "c")).toBe(0);
    expect(cost("c", "d")).toBeGreaterThan(0);
  });

  it("a pair from last round costs more than one from long ago, which costs more than a new pair", () => {
    const history: PairHistory = [[["a", "b"]], [], [], [], [], [["a", "c"]]];
    const cost = pairCostModel(history, new Map());
    expect(cost("a", "b")).toBeGreaterThan(cost("a", "c"));
    expect(cost("a", "c")).toBeGreaterThan(cost("a", "d"));
  });

  it("pairs thousands of people quickly", () => {
    const people = ids(5000).map((id, i) => ({ id, teams: [`t${i % 9}`] }));
    const { groups } = makePairs({ people, history: [], seed: "big" });
    expect(groups.flat()).toHaveLength(5000);
  });
});

describe("a round", () => {
  const ada = { id: "29:ada", name: "Ada" };
  const bob = { id: "29:bob", name: "Bob" };
  const cy = { id: "29:cy", name: "Cy" };
  const dee = { id: "29:dee", name: "Dee" };
  const now = new Date("2026-11-25T12:30:00Z");
  const round: PairRound = { groups: [{ people: [ada, bob], promptId: "en:0", walked: false }, { people: [cy, dee], promptId: "en:1", walked: false }], waiting: null };

  it("a member of a pair marks it walked, once; others cannot", () => {
    const first = markWalked(round, bob.id, 0, now);
    expect(first.ok && first.value.changed).toBe(true);
    const walked = first.ok ? first.value.round : round;
    expect(walked.groups[0]).toMatchObject({ walked: true, walkedBy: bob.id });
    const again = markWalked(walked, ada.id, 0, now);
    expect(again.ok && again.value.changed).toBe(false);
    expect(markWalked(round, cy.id, 0, now)).toMatchObject({ ok: false, error: { code: "not_your_pair" } });
    expect(markWalked(round, "29:stranger", 0, now)).toMatchObject({ ok: false, error: { code: "not_your_pair" } });
    expect(markWalked(round, "29:stranger", null, now)).toMatchObject({ ok: false, error: { code: "not_in_round" } });
    expect(markWalked(round, ada.id, 7, now)).toMatchObject({ ok: false, error: { code: "unknown_pair" } });
    // Without a pair index, the person's own pair.
    const own = markWalked(round, dee.id, null, now);
    expect(own.ok && own.value.group).toBe(1);
    expect(summarizeRound(walked)).toEqual({ groups: 2, walked: 1, walkers: [ada.id, bob.id] });
  });

  it("a late joiner pairs with whoever waits, else joins a pair as a third, else waits", () => {
    const cost = pairCostModel([], new Map());
    const alone: PairRound = { groups: [], waiting: ada };
    const paired = joinRound(alone, bob, cost, "en:5");
    expect(paired.outcome).toBe("paired");
    expect(paired.round).toEqual({ groups: [{ people: [ada, bob], promptId: "en:5", walked: false }], waiting: null });
    const third = joinRound(paired.round, cy, cost, "en:6");
    expect(third.outcome).toBe("joined");
    expect(third.round.groups[0].people).toEqual([ada, bob, cy]);
    const waits = joinRound(third.round, dee, cost, "en:7");
    expect(waits.outcome).toBe("waiting");
    expect(waits.round.waiting).toEqual(dee);
    expect(joinRound(waits.round, dee, cost, "en:8").outcome).toBe("already");
    expect(joinRound({ groups: [], waiting: null }, ada, cost, "en:9").round.waiting).toEqual(ada);
  });

  it("a late joiner prefers the pair they have not walked with recently", () => {
    const cost = pairCostModel([[["29:e", "29:ada"]]], new Map());
    const joined = joinRound(round, { id: "29:e", name: "E" }, cost, "en:9");
    expect(joined.group).toBe(1);
  });

  it("opting out stops waiting but keeps a pair already made", () => {
    expect(leaveRound({ groups: [], waiting: ada }, ada.id)).toEqual({ round: { groups: [], waiting: null }, changed: true });
    expect(leaveRound(round, ada.id).changed).toBe(false);
  });
});

describe("prompt banks", () => {
  it("hold at least 100 prompts per language, none duplicated, each short and a question or invitation", () => {
    const normalise = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
    for (const [locale, bank] of Object.entries(promptBanks)) {
      expect(bank.length, locale).toBeGreaterThanOrEqual(100);
      expect(new Set(bank.map(normalise)).size, locale).toBe(bank.length);
      for (const prompt of bank) {
        expect(prompt.trim(), prompt).toBe(prompt);
        expect([...prompt].length, prompt).toBeLessThanOrEqual(PROMPT_MAX);
        expect([...prompt].length, prompt).toBeGreaterThanOrEqual(15);
        expect(prompt, prompt).toMatch(/[?.!]$/);
        expect(prompt, prompt).not.toMatch(/[<>*_#]/);
      }
    }
    // Written for each language, not copied across.
    const english = new Set(promptBanks.en.map(normalise));
    expect(promptBanks.nl.filter((p) => english.has(normalise(p)))).toEqual([]);
  });

  it("a circle sees no prompt twice until the bank is used up, then the oldest come back first", () => {
    for (const locale of ["en", "nl"] as const) {
      const size = promptBanks[locale].length;
      const used: string[][] = [];
      const rounds = Math.floor(size / 5);
      for (let r = 0; r < rounds; r++) used.unshift(choosePrompts(locale, 5, used.flat(), `circle|${r}`));
      expect(new Set(used.flat()).size, locale).toBe(rounds * 5);
      const next = choosePrompts(locale, size - rounds * 5 + 5, used.flat(), "circle|next");
      const fresh = next.filter((id) => !used.flat().includes(id));
      expect(fresh.length).toBe(size - rounds * 5);
      // After the fresh ones, the prompts of the oldest round.
      expect(next.slice(fresh.length).every((id) => used.at(-1)!.includes(id))).toBe(true);
      for (const id of next) expect(promptText(id)).toBeTruthy();
    }
  });

  it("is seeded: the same seed and history give the same prompts", () => {
    expect(choosePrompts("nl", 4, ["nl:1"], "s")).toEqual(choosePrompts("nl", 4, ["nl:1"], "s"));
    expect(choosePrompts("nl", 4, [], "s")).not.toEqual(choosePrompts("nl", 4, [], "t"));
  });

  it("unknown prompt ids have no text", () => {
    for (const id of ["en:9999", "fr:1", "en:-1", "", null, 3, "en:1 "]) expect(promptText(id)).toBeNull();
    expect(promptText("en:0")).toBe(promptBanks.en[0]);
  });
});

describe("walk & talk texts", () => {
  it("have the same keys in English and Dutch", () => {
    const keys = (value: unknown, prefix = ""): string[] =>
      typeof value === "object" && value !== null ? Object.entries(value).flatMap(([k, v]) => keys(v, `${prefix}${k}.`)) : [prefix];
    expect(keys(nlPairs).sort()).toEqual(keys(enPairs).sort());
  });
});

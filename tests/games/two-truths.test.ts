// Two Truths and a Lie's rules as a circle meets them: who is asked to tell (volunteers first,
// then everyone once before anyone twice), what the storyteller may write, who may do what in
// each phase, vote changes until the reveal, and the points for both sides.

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Player } from "../../shared/games/types";
import { activeVolunteers, storytellerOrder, type Turn } from "../../shared/games/two-truths/rotation";
import {
  POINTS_PER_FOOLED,
  POINTS_RIGHT,
  STATEMENT_MAX,
  asked,
  isFinished,
  newBoard,
  outcome,
  parseMove,
  parseStatements,
  play,
  settle,
  storyteller,
  type TwoTruthsBoard,
  type TwoTruthsMove,
} from "../../shared/games/two-truths/rules";

const people = (n: number): Player[] => Array.from({ length: n }, (_, i) => ({ id: `29:p${i}`, name: `Person ${i}` }));
const [ada, bob, cy, dee, eve] = people(5);
const at = (minute: number) => new Date(Date.UTC(2026, 10, 26, 9, minute));
const now = at(0);

const statements = { s1: "I grew up on a houseboat", s2: "I have run a marathon", s3: "I once met the king", lie: "2" };

function applied(board: TwoTruthsBoard, player: Player, move: TwoTruthsMove, when = now): TwoTruthsBoard {
  const result = play(board, player, move, when);
  if (!result.ok) throw new Error(`refused: ${result.error.code}`);
  return result.board;
}

function refused(board: TwoTruthsBoard, player: Player, move: TwoTruthsMove): string {
  const result = play(board, player, move, now);
  if (result.ok) throw new Error("the move was applied");
  expect(result.error.message.en).not.toBe("");
  expect(result.error.message.nl).not.toBe("");
  return result.error.code;
}

function submitted(queue = [ada, bob, cy, dee, eve]): TwoTruthsBoard {
  const parsed = parseMove({ kind: "submit", ...statements });
  if (!parsed.ok) throw new Error(parsed.error.code);
  return applied(newBoard(queue, "circle|two-truths|2026-11-26"), queue[0], parsed.move);
}

/** Plays `rounds` weekly rounds in which the first person asked always tells; returns who told, in order. */
function simulate(members: Player[], rounds: number, seed: string, passes: (round: number, person: Player) => boolean = () => false): string[] {
  const turns: Turn[] = [];
  const tellers: string[] = [];
  for (let round = 0; round < rounds; round++) {
    const roundAt = new Date(Date.UTC(2026, 0, 1) + round * 7 * 86_400_000);
    let board = newBoard(storytellerOrder({ members, turns, volunteers: [], seed: `${seed}|${round}`, limit: 20 }), `${seed}|${round}`);
    while (board.phase === "collecting") {
      const teller = storyteller(board)!;
      if (passes(round, teller)) board = applied(board, teller, { kind: "pass" });
      else board = applied(board, teller, { kind: "submit", statements: ["one thing", "two things", "three things"], lie: 0 });
    }
    for (const person of asked(board)) turns.push({ id: person.id, at: roundAt });
    if (board.phase === "voting") tellers.push(storyteller(board)!.id);
  }
  return tellers;
}

describe("who is asked to tell", () => {
  it("everyone tells before anyone tells twice, over many rounds and circle sizes", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 6 }), fc.string({ maxLength: 8 }), (size, cycles, seed) => {
        const members = people(size);
        const tellers = simulate(members, size * cycles, seed);
        for (let cycle = 0; cycle < cycles; cycle++) {
          expect(new Set(tellers.slice(cycle * size, (cycle + 1) * size)).size).toBe(size);
        }
      }),
      { numRuns: 150 },
    );
  });

  it("after 520 weekly rounds in a circle of 7, everyone told the same number of times", () => {
    const tellers = simulate(people(7), 520 - (520 % 7), "big");
    const counts = new Map<string, number>();
    for (const id of tellers) counts.set(id, (counts.get(id) ?? 0) + 1);
    expect(new Set(counts.values())).toEqual(new Set([Math.floor(520 / 7)]));
  });

  it("someone who passes is not asked again before everyone else has been asked", () => {
    const members = people(4);
    // Person 0 passes whenever asked; the others tell.
    const tellers = simulate(members, 9, "pass", (_round, person) => person.id === members[0].id);
    expect(tellers).not.toContain(members[0].id);
    // Three rounds with a pass ask four people: each of the others tells once per three rounds.
    for (let cycle = 0; cycle < 3; cycle++) expect(new Set(tellers.slice(cycle * 3, cycle * 3 + 3)).size).toBe(3);
  });

  it("volunteers go first, the oldest volunteer first, whatever the rotation says", () => {
    const turns: Turn[] = [{ id: eve.id, at: at(1) }, { id: dee.id, at: at(2) }];
    const volunteers = [
      { id: dee.id, name: dee.name, at: at(30) },
      { id: eve.id, name: eve.name, at: at(20) },
    ];
    const order = storytellerOrder({ members: [ada, bob, cy, dee, eve], turns, volunteers, seed: "s" });
    expect(order.slice(0, 2).map((p) => p.id)).toEqual([eve.id, dee.id]);
    expect(order).toHaveLength(5);
    expect(new Set(order.map((p) => p.id)).size).toBe(5);
  });

  it("a volunteer counts once: after their turn they are back in the rotation", () => {
    const volunteers = [{ id: dee.id, name: dee.name, at: at(10) }];
    expect(activeVolunteers(volunteers, [{ id: dee.id, at: at(5) }])).toHaveLength(1);
    expect(activeVolunteers(volunteers, [{ id: dee.id, at: at(11) }])).toHaveLength(0);
    const order = storytellerOrder({ members: [ada, bob, dee], turns: [{ id: dee.id, at: at(11) }], volunteers, seed: "s" });
    expect(order.at(-1)!.id).toBe(dee.id);
  });

  it("volunteers who left the circle are skipped; the order is limited and stable for a seed", () => {
    const volunteers = [{ id: "29:gone", name: "Gone", at: at(1) }];
    const order = storytellerOrder({ members: people(30), turns: [], volunteers, seed: "x", limit: 20 });
    expect(order).toHaveLength(20);
    expect(order.map((p) => p.id)).not.toContain("29:gone");
    expect(storytellerOrder({ members: people(30), turns: [], volunteers, seed: "x", limit: 20 })).toEqual(order);
    expect(storytellerOrder({ members: people(30), turns: [], volunteers, seed: "y", limit: 20 })).not.toEqual(order);
  });

  it("fewest turns first, then the longest ago", () => {
    const turns: Turn[] = [
      { id: ada.id, at: at(1) },
      { id: ada.id, at: at(9) },
      { id: bob.id, at: at(5) },
      { id: cy.id, at: at(3) },
    ];
    expect(storytellerOrder({ members: [ada, bob, cy, dee], turns, volunteers: [], seed: "s" }).map((p) => p.name)).toEqual([dee.name, cy.name, bob.name, ada.name]);
  });
});

describe("the storyteller's statements", () => {
  it("are trimmed and sanitised plain text", () => {
    const parsed = parseStatements({ s1: "  I  <b>love</b>\n tea ", s2: "I have two cats", s3: "I can juggle\u200b five", lie: "3" });
    expect(parsed).toEqual({ ok: true, statements: ["I blove/b tea", "I have two cats", "I can juggle five"], lie: 2 });
  });

  it.each([
    [{ ...statements, s2: "   " }, "statementMissing"],
    [{ ...statements, s3: undefined }, "statementMissing"],
    [{ ...statements, s1: "tea" }, "statementShort"],
    [{ ...statements, s2: "x".repeat(STATEMENT_MAX + 1) }, "statementLong"],
    [{ ...statements, s3: " I GREW UP on a houseboat. " }, "duplicate"],
    [{ ...statements, lie: undefined }, "lieMissing"],
    [{ ...statements, lie: "4" }, "lieMissing"],
    [{ ...statements, lie: "1,2" }, "lieMissing"],
    [{ ...statements, lie: ["1"] }, "lieMissing"],
  ])("refuses %j (%s) with a message in English and Dutch", (input, code) => {
    const parsed = parseStatements(input as Record<string, unknown>);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.error.code).toBe(code);
      expect(parsed.error.message.en.length).toBeGreaterThan(10);
      expect(parsed.error.message.nl).not.toBe(parsed.error.message.en);
    }
  });

  it("a statement of exactly the limit is fine; the limit counts characters, not bytes", () => {
    expect(parseStatements({ ...statements, s1: "é".repeat(STATEMENT_MAX) }).ok).toBe(true);
  });

  it("unknown moves and votes outside A–C are refused", () => {
    expect(parseMove({ kind: "cheat" })).toMatchObject({ ok: false, error: { code: "unknownMove" } });
    expect(parseMove({})).toMatchObject({ ok: false });
    for (const choice of [3, -1, "x", "1.5", 1.5, null]) expect(parseMove({ kind: "vote", choice })).toMatchObject({ ok: false, error: { code: "choice" } });
    expect(parseMove({ kind: "vote", choice: "2" })).toEqual({ ok: true, move: { kind: "vote", choice: 2 } });
  });
});

describe("a round", () => {
  it("shows the three statements in a seeded shuffled order and remembers where the lie is", () => {
    const board = submitted();
    expect(board.phase).toBe("voting");
    expect([...board.statements].sort()).toEqual([statements.s1, statements.s2, statements.s3].sort());
    expect(board.statements[board.lie]).toBe(statements.s2);
    expect(submitted().statements).toEqual(board.statements);
  });

  it("the lie lands in every position across rounds", () => {
    const positions = new Set<number>();
    for (let i = 0; i < 40; i++) {
      const parsed = parseMove({ kind: "submit", ...statements });
      if (!parsed.ok) throw new Error("bad");
      positions.add(applied(newBoard([ada, bob], `seed-${i}`), ada, parsed.move).lie);
    }
    expect(positions).toEqual(new Set([0, 1, 2]));
  });

  it("only the storyteller submits or passes, and only while collecting", () => {
    const board = newBoard([ada, bob, cy], "s");
    const move = { kind: "submit" as const, statements: ["one thing", "two things", "three things"], lie: 1 };
    expect(refused(board, bob, move)).toBe("notStoryteller");
    expect(refused(board, bob, { kind: "pass" })).toBe("notStoryteller");
    expect(refused(board, bob, { kind: "vote", choice: 0 })).toBe("notVoting");
    expect(refused(submitted(), ada, move)).toBe("notCollecting");
    expect(refused(submitted(), ada, { kind: "pass" })).toBe("notCollecting");
  });

  it("a pass asks the next person; when everyone asked passed the round is skipped", () => {
    let board = newBoard([ada, bob], "s");
    board = applied(board, ada, { kind: "pass" });
    expect(storyteller(board)).toEqual(bob);
    expect(refused(board, ada, { kind: "pass" })).toBe("notStoryteller");
    expect(isFinished(board)).toBe(false);
    board = applied(board, bob, { kind: "pass" });
    expect(board.phase).toBe("skipped");
    expect(isFinished(board)).toBe(true);
    expect(asked(board)).toEqual([ada, bob]);
    expect(outcome(board)).toBeNull();
  });

  it("a round with nobody to ask is over before it starts", () => {
    expect(isFinished(newBoard([], "s"))).toBe(true);
  });

  it("members vote once and can change their vote until the reveal", () => {
    let board = submitted();
    board = applied(board, bob, { kind: "vote", choice: 0 });
    board = applied(board, cy, { kind: "vote", choice: 1 });
    board = applied(board, bob, { kind: "vote", choice: 2 }, at(5));
    expect(board.votes.map((v) => [v.id, v.choice])).toEqual([
      [bob.id, 2],
      [cy.id, 1],
    ]);
    board = applied(board, ada, { kind: "reveal" });
    expect(refused(board, bob, { kind: "vote", choice: 0 })).toBe("notVoting");
  });

  it("the storyteller cannot vote on their own statements", () => {
    expect(refused(submitted(), ada, { kind: "vote", choice: 0 })).toBe("ownStatements");
  });

  it("only the storyteller reveals early, and only during the vote", () => {
    const board = submitted();
    expect(refused(board, bob, { kind: "reveal" })).toBe("notStoryteller");
    expect(refused(newBoard([ada, bob], "s"), ada, { kind: "reveal" })).toBe("notVoting");
    const revealed = applied(board, ada, { kind: "reveal" });
    expect(revealed.phase).toBe("revealed");
    expect(isFinished(revealed)).toBe(true);
  });

  it("the window closing reveals an open vote and leaves other phases as they are", () => {
    expect(settle(submitted(), at(30))).toMatchObject({ phase: "revealed", revealedAt: at(30) });
    const collecting = newBoard([ada], "s");
    expect(settle(collecting, at(30))).toBe(collecting);
  });

  it("scores: a point per right guess, and a point per person fooled for the storyteller", () => {
    let board = submitted();
    const lie = board.lie;
    const wrong = (lie + 1) % 3;
    board = applied(board, bob, { kind: "vote", choice: lie });
    board = applied(board, cy, { kind: "vote", choice: wrong });
    board = applied(board, dee, { kind: "vote", choice: wrong });
    board = applied(board, eve, { kind: "vote", choice: lie });
    const result = outcome(applied(board, ada, { kind: "reveal" }))!;
    expect(result.right.map((v) => v.id)).toEqual([bob.id, eve.id]);
    expect(result.fooled.map((v) => v.id)).toEqual([cy.id, dee.id]);
    expect(result.perStatement[lie]).toBe(2);
    expect(result.perStatement[wrong]).toBe(2);
    expect(result.scores).toEqual([
      { player: ada, points: 2 * POINTS_PER_FOOLED, won: true, role: "storyteller" },
      { player: bob, points: POINTS_RIGHT, won: true, role: "right" },
      { player: cy, points: 0, won: false, role: "fooled" },
      { player: dee, points: 0, won: false, role: "fooled" },
      { player: eve, points: POINTS_RIGHT, won: true, role: "right" },
    ]);
  });

  it("a storyteller nobody voted for scores nothing and does not win", () => {
    expect(outcome(applied(submitted(), ada, { kind: "reveal" }))!.scores).toEqual([{ player: ada, points: 0, won: false, role: "storyteller" }]);
  });

  it("after the reveal only the storyteller deletes the statements, once; votes and scores stay", () => {
    let board = applied(submitted(), bob, { kind: "vote", choice: 0 });
    expect(refused(board, ada, { kind: "delete" })).toBe("notRevealed");
    board = applied(board, ada, { kind: "reveal" });
    const before = outcome(board);
    expect(refused(board, bob, { kind: "delete" })).toBe("notStoryteller");
    const deleted = applied(board, ada, { kind: "delete" }, at(40));
    expect(deleted.statements).toEqual(["", "", ""]);
    expect(deleted.deletedAt).toEqual(at(40));
    expect(outcome(deleted)).toEqual(before);
    expect(refused(deleted, ada, { kind: "delete" })).toBe("alreadyDeleted");
  });
});

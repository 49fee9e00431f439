// The team puzzle's rules: reading a proposal, locking groups, one away, a repeated wrong set
// costing nothing, running out of mistakes, scoring, and which puzzle a circle gets each day.

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  MAX_MISTAKES,
  contributions,
  isFinished,
  newBoard,
  parseProposal,
  playedThisCycle,
  propose,
  puzzle,
  puzzleView,
  puzzlesFor,
  remainingWords,
  scores,
  selectPuzzle,
  status,
  teamBonus,
  type PuzzleBoard,
} from "../../shared/games/puzzle";
import type { Player } from "../../shared/games/types";

const sample = puzzle("en-test", [
  [1, "Citrus fruits", "lemon", "lime", "grapefruit", "tangerine"],
  [2, "Shades of green", "olive", "mint", "sage", "emerald"],
  [3, "Herbs", "basil", "thyme", "parsley", "dill"],
  [4, "___stone", "key", "mile", "corner", "tomb"],
]);
const [citrus, greens, herbs, stones] = sample.groups.map((g) => g.words);
const ada: Player = { id: "29:ada", name: "Ada" };
const bob: Player = { id: "29:bob", name: "Bob" };
const fresh = () => newBoard(sample, "en", "circle|2026-11-26");

function apply(board: PuzzleBoard, player: Player, words: string[]): PuzzleBoard {
  const result = propose(board, player, words);
  if (!result.ok) throw new Error(`refused: ${result.error.code}`);
  return result.board;
}

describe("the board", () => {
  it("shows the sixteen words in a seeded order: the same seed gives the same order, another seed another", () => {
    const board = fresh();
    expect([...board.order].sort()).toEqual(sample.groups.flatMap((g) => g.words).sort());
    expect(fresh().order).toEqual(board.order);
    expect(newBoard(sample, "en", "circle|2026-11-27").order).not.toEqual(board.order);
    expect(status(board)).toBe("playing");
    expect(remainingWords(board)).toHaveLength(16);
  });

  it("keeps its own copy of the groups, so editing the content never changes a running round", () => {
    const board = fresh();
    board.groups[0].words[0] = "changed";
    expect(sample.groups[0].words[0]).toBe("lemon");
  });
});

describe("reading a proposal", () => {
  const board = fresh();

  it("reads Teams' comma-separated multi-select value, ignoring case, accents and spaces", () => {
    expect(parseProposal(board, "lemon,LIME, Grapefruit ,tangerine")).toEqual({ ok: true, words: ["lemon", "lime", "grapefruit", "tangerine"] });
    expect(parseProposal(board, ["léMon", "lime", "grapefruit", "tangerine"])).toMatchObject({ ok: true });
  });

  it("refuses anything but four different words of this board, with a message in both languages", () => {
    const cases: [unknown, string][] = [
      [undefined, "none"],
      ["", "none"],
      [" , ,", "none"],
      ["lemon,lime,grapefruit", "count"],
      ["lemon,lime,grapefruit,tangerine,olive", "count"],
      ["lemon,lime,grapefruit,lemon", "count"],
      ["lemon,lime,grapefruit,banana", "unknown"],
      [{ words: "lemon" }, "none"],
      [[1, 2, 3, 4], "none"],
      ["x,".repeat(600), "count"],
      [Array.from({ length: 40 }, () => "lemon").join(","), "count"],
    ];
    for (const [input, code] of cases) {
      const result = parseProposal(board, input);
      expect(result.ok, JSON.stringify(input)).toBe(false);
      if (!result.ok) {
        expect(result.error.code, JSON.stringify(input)).toBe(code);
        expect(result.error.message.en.length).toBeGreaterThan(5);
        expect(result.error.message.nl.length).toBeGreaterThan(5);
      }
    }
    const three = parseProposal(board, "lemon,lime,grapefruit");
    expect(!three.ok && three.error.message.en).toBe("Pick exactly four words: you picked 3.");
    expect(!three.ok && three.error.message.nl).toBe("Kies precies vier woorden: je koos er 3.");
    const unknown = parseProposal(board, "lemon,lime,grapefruit,banana");
    expect(!unknown.ok && unknown.error.message.en).toContain('"banana" is not on this board');
  });
});

describe("proposing a group", () => {
  it("a right group locks for everyone, credited to its finder, in any order of the words", () => {
    const result = propose(fresh(), ada, [...herbs].reverse());
    expect(result).toMatchObject({ ok: true, outcome: "locked" });
    const board = result.ok ? result.board : fresh();
    expect(remainingWords(board)).toHaveLength(12);
    expect(remainingWords(board)).not.toContain("basil");
    expect(board.mistakes).toBe(0);
    expect(puzzleView(board, false).locked).toEqual([{ theme: "Herbs", difficulty: 3, words: herbs, by: ada }]);
  });

  it("a wrong group costs one shared mistake; three of one group is 'one away'", () => {
    const oneAway = propose(fresh(), ada, ["lemon", "lime", "grapefruit", "olive"]);
    expect(oneAway).toMatchObject({ ok: true, outcome: "oneAway" });
    const wrong = propose(fresh(), ada, ["lemon", "lime", "olive", "mint"]);
    expect(wrong).toMatchObject({ ok: true, outcome: "wrong" });
    expect(wrong.ok && wrong.board.mistakes).toBe(1);
  });

  it("the same wrong set again costs nothing, whoever proposes it and in whatever order", () => {
    const board = apply(fresh(), ada, ["lemon", "lime", "olive", "mint"]);
    const again = propose(board, bob, ["mint", "olive", "lime", "lemon"]);
    expect(again.ok).toBe(false);
    if (!again.ok) {
      expect(again.error.code).toBe("repeated");
      expect(again.error.message.en).toMatch(/already tried exactly these four\. No mistake counted/);
    }
    expect(board.mistakes).toBe(1);
  });

  it("words of a group someone just locked are refused, naming who found it", () => {
    const board = apply(fresh(), ada, citrus);
    const late = propose(board, bob, citrus);
    expect(late.ok).toBe(false);
    if (!late.ok) {
      expect(late.error.code).toBe("taken");
      expect(late.error.message.en).toContain("Ada found");
    }
  });

  it("four mistakes fail the puzzle; nothing more is accepted; the reveal shows the groups nobody found, easiest first", () => {
    let board = apply(fresh(), ada, stones);
    const wrongs = [
      ["lemon", "olive", "basil", "lime"],
      ["lemon", "olive", "basil", "mint"],
      ["lemon", "olive", "basil", "thyme"],
      ["lemon", "olive", "basil", "sage"],
    ];
    for (const [i, words] of wrongs.entries()) {
      expect(isFinished(board)).toBe(false);
      board = apply(board, i % 2 ? ada : bob, words);
    }
    expect(board.mistakes).toBe(MAX_MISTAKES);
    expect(status(board)).toBe("failed");
    expect(propose(board, ada, citrus)).toMatchObject({ ok: false, error: { code: "finished" } });
    const view = puzzleView(board, true);
    expect(view.mistakesLeft).toBe(0);
    expect(view.revealed.map((g) => g.theme)).toEqual(["Citrus fruits", "Shades of green", "Herbs"]);
    expect(view.locked.map((g) => g.theme)).toEqual(["___stone"]);
    expect(puzzleView(board, false).revealed).toEqual([]);
  });

  it("all four groups found is a solve", () => {
    let board = fresh();
    for (const words of [citrus, greens, herbs]) board = apply(board, ada, words);
    expect(status(board)).toBe("playing");
    board = apply(board, bob, stones);
    expect(status(board)).toBe("solved");
    expect(remainingWords(board)).toEqual([]);
  });
});

describe("scoring", () => {
  it("each group earns its finder its difficulty; a solve adds 4 minus the mistakes for everyone who proposed", () => {
    let board = fresh();
    board = apply(board, ada, citrus); // Ada +1
    board = apply(board, bob, ["olive", "basil", "key", "mint"]); // a mistake by Bob
    board = apply(board, bob, greens); // Bob +2
    board = apply(board, ada, herbs); // Ada +3
    board = apply(board, bob, stones); // Bob +4
    expect(status(board)).toBe("solved");
    expect(board.mistakes).toBe(1);
    expect(teamBonus(board)).toBe(3);
    expect(scores(board)).toEqual([
      { playerId: ada.id, name: "Ada", points: 1 + 3 + 3, won: true },
      { playerId: bob.id, name: "Bob", points: 2 + 4 + 3, won: true },
    ]);
    expect(contributions(board)).toEqual([
      { id: ada.id, name: "Ada", proposals: 2, found: [0, 2] },
      { id: bob.id, name: "Bob", proposals: 3, found: [1, 3] },
    ]);
  });

  it("no solve, no bonus: only the groups found count", () => {
    let board = apply(fresh(), ada, stones);
    for (const extra of ["lime", "mint", "thyme", "sage"]) board = apply(board, bob, ["lemon", "olive", "basil", extra]);
    expect(status(board)).toBe("failed");
    expect(teamBonus(board)).toBe(0);
    expect(scores(board)).toEqual([
      { playerId: ada.id, name: "Ada", points: 4, won: false },
      { playerId: bob.id, name: "Bob", points: 0, won: false },
    ]);
  });
});

describe("any sequence of proposals (property)", () => {
  const words = sample.groups.flatMap((g) => g.words);
  const proposal = fc.uniqueArray(fc.constantFrom(...words), { minLength: 4, maxLength: 4 });
  const players = fc.constantFrom(ada, bob);

  it("never locks a wrong group, never counts more than four mistakes, and every applied move either locks or costs", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(players, proposal), { maxLength: 40 }), (moves) => {
        let board = fresh();
        for (const [player, set] of moves) {
          const before = board;
          const result = propose(board, player, set);
          if (!result.ok) {
            expect(["finished", "taken", "repeated"]).toContain(result.error.code);
            continue;
          }
          board = result.board;
          const locked = puzzleView(board, false).locked;
          for (const group of locked) expect(sample.groups.some((g) => g.theme === group.theme && g.words.every((w) => group.words.includes(w)))).toBe(true);
          if (result.outcome === "locked") expect(board.mistakes).toBe(before.mistakes);
          else expect(board.mistakes).toBe(before.mistakes + 1);
          expect(board.mistakes).toBeLessThanOrEqual(MAX_MISTAKES);
          expect(remainingWords(board).length + locked.length * 4).toBe(16);
        }
        expect(board.proposals.filter((p) => p.outcome !== "locked").length).toBe(board.mistakes);
      }),
      { numRuns: 300 },
    );
  });
});

describe("choosing today's puzzle", () => {
  const puzzles = puzzlesFor("en");

  it("never repeats a puzzle until every one has been played, then starts a new cycle", () => {
    const history: string[] = [];
    for (let day = 0; day < puzzles.length; day++) history.push(selectPuzzle(puzzles, history, `circle|day${day}`).id);
    expect(new Set(history).size).toBe(puzzles.length);
    expect(playedThisCycle(puzzles, history).size).toBe(0);
    const next = selectPuzzle(puzzles, history, "circle|next");
    expect(puzzles.map((p) => p.id)).toContain(next.id);
  });

  it("is the same for the same circle, day and history; other circles get other puzzles", () => {
    expect(selectPuzzle(puzzles, [], "a|2026-11-26").id).toBe(selectPuzzle(puzzles, [], "a|2026-11-26").id);
    const picks = new Set(Array.from({ length: 20 }, (_, i) => selectPuzzle(puzzles, [], `circle${i}|2026-11-26`).id));
    expect(picks.size).toBeGreaterThan(5);
  });

  it("ignores ids of another language or of removed puzzles in the history", () => {
    expect(playedThisCycle(puzzles, ["nl-001", "en-999", "en-001"])).toEqual(new Set(["en-001"]));
  });

  it("never picks a puzzle of the current cycle, whatever the history (property)", () => {
    const ids = puzzles.map((p) => p.id);
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...ids, "nl-001"), { maxLength: 200 }), fc.string(), (history, seed) => {
        const played = playedThisCycle(puzzles, history);
        expect(played.size).toBeLessThan(ids.length);
        expect(played.has(selectPuzzle(puzzles, history, seed).id)).toBe(false);
      }),
      { numRuns: 200 },
    );
  });
});

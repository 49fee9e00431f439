// All-time scores, boards and opting out, against the real embedded store: a session is counted
// exactly once however often (and however concurrently) it is finalised.

import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  isOptedOut,
  leaderboard,
  playerScore,
  rankPlayers,
  recordResults,
  SESSIONS_KEPT,
  setLeaderboardOptOut,
  visibleResults,
  weeklyBoard,
  optedOutPlayers,
  type RecordResultsInput,
  type ScoreRow,
  type SessionResult,
  type WeekSession,
} from "../../shared/games/results";
import type { GameId } from "../../shared/games/types";
import { openEmbeddedStore } from "../../shared/store/embedded-store";
import type { Logger, Store } from "../../shared/store/types";

const silent: Logger = { warn: () => {}, info: () => {} };
const dirs: string[] = [];
let dir: string;
let store: Store;

beforeEach(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "qc-scores-"));
  dirs.push(dir);
  store = await openEmbeddedStore({ dir, logger: silent });
});
afterEach(() => store.close());
afterAll(() => {
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
});

const circleId = "19:circle@thread.tacv2";
const workweek: RecordResultsInput["workingDays"] = [1, 2, 3, 4, 5];

function session(localDate: string, results: SessionResult[], gameId: GameId = "daily-trivia", circle = circleId): RecordResultsInput {
  return {
    circleId: circle,
    gameId,
    sessionId: `${circle}|${gameId}|${localDate}`,
    localDate,
    workingDays: workweek,
    results,
    now: new Date(`${localDate}T09:30:00Z`),
  };
}

const result = (name: string, points: number, won = false): SessionResult => ({ playerId: `29:${name.toLowerCase()}`, name, points, won });

const row = (name: string, gameId: GameId = "daily-trivia") => playerScore(store, { circleId, gameId, playerId: `29:${name.toLowerCase()}` });

const names = (rows: { name: string }[]) => rows.map((r) => r.name);

describe("counting a finalised session", () => {
  it("adds points, a game, a win, the best score and the streak", async () => {
    const outcome = await recordResults(store, session("2025-03-03", [result("Ada", 4, true), result("Bo", 2)]));
    expect(outcome).toEqual({ counted: ["29:ada", "29:bo"], alreadyCounted: [], firstTimers: ["29:ada", "29:bo"] });
    expect(await row("Ada")).toMatchObject({
      _id: `${circleId}|daily-trivia|29:ada`,
      circleId,
      gameId: "daily-trivia",
      playerId: "29:ada",
      name: "Ada",
      points: 4,
      games: 1,
      wins: 1,
      bestScore: 4,
      streak: { current: 1, best: 1, lastDate: "2025-03-03" },
      lastPlayedAt: new Date("2025-03-03T09:30:00Z"),
      sessions: [`${circleId}|daily-trivia|2025-03-03`],
    });
  });

  it("counts the same session finalised twice only once", async () => {
    const monday = session("2025-03-03", [result("Ada", 4, true), result("Bo", 2)]);
    await recordResults(store, monday);
    const again = await recordResults(store, monday);
    expect(again).toEqual({ counted: [], alreadyCounted: ["29:ada", "29:bo"], firstTimers: [] });
    expect(await row("Ada")).toMatchObject({ points: 4, games: 1, wins: 1, streak: { current: 1 } });
    expect(await row("Bo")).toMatchObject({ points: 2, games: 1, wins: 0 });
  });

  it("still counts it once when finalised again after the store was reopened (a crash and retry)", async () => {
    const monday = session("2025-03-03", [result("Ada", 4, true)]);
    await recordResults(store, monday);
    await store.close();
    store = await openEmbeddedStore({ dir, logger: silent });
    expect(await recordResults(store, monday)).toMatchObject({ alreadyCounted: ["29:ada"] });
    expect(await row("Ada")).toMatchObject({ points: 4, games: 1 });
  });

  it("counts two different sessions twice, across a weekend for the streak", async () => {
    await recordResults(store, session("2025-03-07", [result("Ada", 4, true), result("Bo", 5)]));
    const outcome = await recordResults(store, session("2025-03-10", [result("Ada", 2), result("Bo", 3, true)]));
    expect(outcome).toEqual({ counted: ["29:ada", "29:bo"], alreadyCounted: [], firstTimers: [] });
    expect(await row("Ada")).toMatchObject({
      points: 6,
      games: 2,
      wins: 1,
      bestScore: 4,
      streak: { current: 2, best: 2, lastDate: "2025-03-10" },
      lastPlayedAt: new Date("2025-03-10T09:30:00Z"),
    });
    expect(await row("Bo")).toMatchObject({ points: 8, games: 2, wins: 1, bestScore: 5 });
  });

  it("keeps the name a player had at their latest session", async () => {
    await recordResults(store, session("2025-03-03", [result("Ada", 1)]));
    await recordResults(store, session("2025-03-04", [{ ...result("Ada", 1), name: "Ada L." }]));
    expect(await row("Ada")).toMatchObject({ name: "Ada L.", points: 2 });
  });

  it("keeps scores per game and per circle apart", async () => {
    await recordResults(store, session("2025-03-03", [result("Ada", 4)]));
    await recordResults(store, session("2025-03-03", [result("Ada", 1)], "wordl6"));
    await recordResults(store, session("2025-03-03", [result("Ada", 9)], "daily-trivia", "19:other@thread.v2"));
    expect(await row("Ada")).toMatchObject({ points: 4, games: 1 });
    expect(await row("Ada", "wordl6")).toMatchObject({ points: 1, games: 1 });
  });

  it("counts each of 50 players exactly once when every finalisation runs twice at the same time", async () => {
    const players = Array.from({ length: 50 }, (_, i) => result(`P${String(i).padStart(2, "0")}`, i % 6, i === 5));
    const monday = session("2025-03-03", players);
    const calls = players.flatMap((p) => [
      recordResults(store, { ...monday, results: [p] }),
      recordResults(store, { ...monday, results: [p] }),
    ]);
    const outcomes = await Promise.all(calls);
    expect(outcomes.flatMap((o) => o.counted).sort()).toEqual(players.map((p) => p.playerId).sort());
    expect(outcomes.flatMap((o) => o.alreadyCounted).sort()).toEqual(players.map((p) => p.playerId).sort());
    expect(outcomes.flatMap((o) => o.firstTimers)).toHaveLength(50);

    // and a whole-session finalisation racing another one the next day
    const tuesday = session("2025-03-04", players);
    const [first, second] = await Promise.all([recordResults(store, tuesday), recordResults(store, tuesday)]);
    expect([...first.counted, ...second.counted].sort()).toEqual(players.map((p) => p.playerId).sort());
    expect(first.alreadyCounted.length + second.alreadyCounted.length).toBe(50);

    const rows = await store.collection<ScoreRow>("scores").find({ circleId, gameId: "daily-trivia" });
    expect(rows).toHaveLength(50);
    for (const p of players) {
      const saved = rows.find((r) => r.playerId === p.playerId)!;
      expect(saved).toMatchObject({ points: 2 * p.points, games: 2, wins: p.won ? 2 : 0, version: 2, streak: { current: 2 } });
      expect(saved.sessions).toEqual([monday.sessionId, tuesday.sessionId]);
    }
  });

  it(`remembers the last ${SESSIONS_KEPT} sessions, while games keeps counting`, async () => {
    const start = Date.UTC(2024, 0, 1);
    const dates = Array.from({ length: SESSIONS_KEPT + 5 }, (_, i) => new Date(start + i * 86_400_000).toISOString().slice(0, 10));
    for (const date of dates) await recordResults(store, { ...session(date, [result("Ada", 1)]), workingDays: [1, 2, 3, 4, 5, 6, 7] });
    const saved = (await row("Ada"))!;
    expect(saved.games).toBe(SESSIONS_KEPT + 5);
    expect(saved.sessions).toHaveLength(SESSIONS_KEPT);
    expect(saved.sessions[0]).toBe(session(dates[5]!, []).sessionId);
    expect(saved.sessions.at(-1)).toBe(session(dates.at(-1)!, []).sessionId);
    expect(saved.streak).toMatchObject({ current: SESSIONS_KEPT + 5 });
    // a recent session finalised again is still recognised
    expect(await recordResults(store, session(dates.at(-2)!, [result("Ada", 1)]))).toMatchObject({ alreadyCounted: ["29:ada"] });
  });
});

describe("the all-time leaderboard", () => {
  beforeEach(async () => {
    await recordResults(store, session("2025-03-03", [result("Ada", 3), result("Bo", 5, true), result("Cas", 3), result("Dee", 1)]));
    await recordResults(store, session("2025-03-04", [result("Ada", 2, true), result("Cas", 2, true), result("Eve", 4)]));
    await recordResults(store, session("2025-03-04", [result("Zed", 20, true)], "wordl6"));
  });

  it("orders by points, then wins, then name; equal points and wins share a rank", async () => {
    // Ada 5 pts 1 win, Bo 5/1, Cas 5/1, Eve 4/0, Dee 1/0
    const rows = await leaderboard(store, { circleId, gameId: "daily-trivia" });
    expect(rows.map((r) => [r.rank, r.name, r.points, r.wins])).toEqual([
      [1, "Ada", 5, 1],
      [1, "Bo", 5, 1],
      [1, "Cas", 5, 1],
      [4, "Eve", 4, 0],
      [5, "Dee", 1, 0],
    ]);
    expect(rows[0]).toEqual({
      rank: 1,
      playerId: "29:ada",
      name: "Ada",
      points: 5,
      wins: 1,
      games: 2,
      bestScore: 3,
      streak: { current: 2, best: 2, lastDate: "2025-03-04" },
    });
  });

  it("puts more wins first on equal points", async () => {
    await recordResults(store, session("2025-03-05", [result("Bo", 0, true), result("Eve", 1)]));
    expect(names(await leaderboard(store, { circleId, gameId: "daily-trivia" }))).toEqual(["Bo", "Ada", "Cas", "Eve", "Dee"]);
  });

  it("shows at most `limit` rows, 10 by default", async () => {
    expect(names(await leaderboard(store, { circleId, gameId: "daily-trivia", limit: 2 }))).toEqual(["Ada", "Bo"]);
    const many = Array.from({ length: 12 }, (_, i) => result(`N${String(i).padStart(2, "0")}`, 0));
    await recordResults(store, session("2025-03-05", many));
    expect(await leaderboard(store, { circleId, gameId: "daily-trivia" })).toHaveLength(10);
  });

  it("holds only this game of this circle", async () => {
    expect(names(await leaderboard(store, { circleId, gameId: "wordl6" }))).toEqual(["Zed"]);
    expect(await leaderboard(store, { circleId: "19:nobody@thread.v2", gameId: "daily-trivia" })).toEqual([]);
  });
});

describe("opting out of leaderboards", () => {
  it("hides the player from every game's board of the circle, until they opt back in", async () => {
    await recordResults(store, session("2025-03-03", [result("Ada", 5, true), result("Bo", 3)]));
    await recordResults(store, session("2025-03-03", [result("Ada", 2, true), result("Bo", 1)], "wordl6"));
    await setLeaderboardOptOut(store, { circleId, playerId: "29:ada", name: "Ada", optedOut: true });

    expect(await isOptedOut(store, { circleId, playerId: "29:ada" })).toBe(true);
    expect(await isOptedOut(store, { circleId: "19:other@thread.v2", playerId: "29:ada" })).toBe(false);
    expect(names(await leaderboard(store, { circleId, gameId: "daily-trivia" }))).toEqual(["Bo"]);
    expect(names(await leaderboard(store, { circleId, gameId: "wordl6" }))).toEqual(["Bo"]);
    expect((await leaderboard(store, { circleId, gameId: "daily-trivia" }))[0]!.rank).toBe(1);

    await setLeaderboardOptOut(store, { circleId, playerId: "29:ada", name: "Ada", optedOut: false });
    expect(await isOptedOut(store, { circleId, playerId: "29:ada" })).toBe(false);
    expect(names(await leaderboard(store, { circleId, gameId: "daily-trivia" }))).toEqual(["Ada", "Bo"]);
  });

  it("survives later results: they keep playing and see their own score, others do not see them", async () => {
    await setLeaderboardOptOut(store, { circleId, playerId: "29:ada", name: "Ada", optedOut: true });
    const results = [result("Ada", 5, true), result("Bo", 3)];
    await recordResults(store, session("2025-03-03", results));
    await recordResults(store, session("2025-03-04", results));

    expect(await isOptedOut(store, { circleId, playerId: "29:ada" })).toBe(true);
    expect(await row("Ada")).toMatchObject({ points: 10, games: 2, wins: 2 });
    expect(names(await leaderboard(store, { circleId, gameId: "daily-trivia" }))).toEqual(["Bo"]);

    const ranked = rankPlayers(results.map((r) => ({ ...r, finished: true })));
    const seenByOthers = visibleResults(ranked, await optedOutPlayers(store, circleId));
    expect(seenByOthers.map((r) => [r.rank, r.name, r.winner])).toEqual([[1, "Bo", true]]);
  });

  it("is a per-circle preference that is never counted as a score", async () => {
    await setLeaderboardOptOut(store, { circleId, playerId: "29:ada", name: "Ada", optedOut: true });
    await setLeaderboardOptOut(store, { circleId, playerId: "29:ada", name: "Ada", optedOut: true });
    expect(await store.collection("scores").find({ circleId })).toEqual([
      { _id: `${circleId}|*|29:ada`, circleId, gameId: "*", playerId: "29:ada", name: "Ada", optedOut: true },
    ]);
    expect(await leaderboard(store, { circleId, gameId: "daily-trivia" })).toEqual([]);
  });
});

describe("the weekly board", () => {
  const closed = (localDate: string, results: { name: string; points: number; tiebreakMs?: number }[], ritualId: GameId = "daily-trivia"): WeekSession => ({
    _id: `${circleId}|${ritualId}|${localDate}`,
    circleId,
    ritualId,
    localDate,
    data: { results: rankPlayers(results.map((r) => ({ playerId: `29:${r.name.toLowerCase()}`, finished: true, ...r }))) },
  });

  it("adds up the week's sessions of this game, leaving out those who opted out", async () => {
    await setLeaderboardOptOut(store, { circleId, playerId: "29:dee", name: "Dee", optedOut: true });
    const monday = closed("2025-03-03", [{ name: "Ada", points: 3, tiebreakMs: 900 }, { name: "Bo", points: 3, tiebreakMs: 500 }, { name: "Dee", points: 5 }]);
    const sessions = [
      monday,
      monday, // passed twice: counted once
      closed("2025-03-04", [{ name: "Ada", points: 4 }, { name: "Cas", points: 1 }]),
      closed("2025-03-04", [{ name: "Bo", points: 6 }], "wordl6"),
      { ...closed("2025-03-05", []), data: {} }, // closed without results
    ];
    const rows = await weeklyBoard(store, { circleId, gameId: "daily-trivia", sessions });
    expect(rows).toEqual([
      { rank: 1, playerId: "29:ada", name: "Ada", points: 7, wins: 1, games: 2 },
      { rank: 2, playerId: "29:bo", name: "Bo", points: 3, wins: 1, games: 1 },
      { rank: 3, playerId: "29:cas", name: "Cas", points: 1, wins: 0, games: 1 },
    ]);
  });
});

// The pure rules of a game's results: ranking and ties, what others see when someone opted out,
// fun facts, and streaks over working days.

import { describe, expect, it } from "vitest";
import { currentStreak, funFacts, nextStreak, noStreak, rankPlayers, visibleResults, type PlayerResult, type Streak } from "../../shared/games/results";

const player = (name: string, points: number, tiebreakMs?: number, finished = true): PlayerResult => ({
  playerId: `29:${name.toLowerCase()}`,
  name,
  points,
  finished,
  ...(tiebreakMs === undefined ? {} : { tiebreakMs }),
});

const board = (ranked: ReturnType<typeof rankPlayers>) => ranked.map((r) => `${r.rank} ${r.name}${r.winner ? " *" : ""}`);

describe("ranking a session", () => {
  it("orders by points, then by the lower total answer time, then by name", () => {
    const ranked = rankPlayers([player("Cas", 3, 9000), player("Ada", 4, 20000), player("Bo", 3, 7000), player("Dee", 3, 7000)]);
    expect(board(ranked)).toEqual(["1 Ada *", "2 Bo", "2 Dee", "4 Cas"]);
  });

  it("lets players with equal points and equal time share a rank, and the next rank skip", () => {
    const ranked = rankPlayers([player("Bo", 5, 4000), player("Ada", 5, 4000), player("Cas", 2, 1000)]);
    expect(board(ranked)).toEqual(["1 Ada *", "1 Bo *", "3 Cas"]);
  });

  it("puts a player without a time after those with one on equal points; without times, equal points share", () => {
    expect(board(rankPlayers([player("Ada", 2), player("Bo", 2, 5000)]))).toEqual(["1 Bo *", "2 Ada"]);
    expect(board(rankPlayers([player("Bo", 2), player("Ada", 2)]))).toEqual(["1 Ada *", "1 Bo *"]);
  });

  it("has no winner when nobody scored", () => {
    const ranked = rankPlayers([player("Ada", 0, 3000), player("Bo", 0, 3000)]);
    expect(ranked.every((r) => r.rank === 1 && !r.winner)).toBe(true);
  });

  it("ranks unfinished players by their points too, and keeps whether they finished", () => {
    const ranked = rankPlayers([player("Ada", 1, 2000), player("Bo", 2, 9000, false)]);
    expect(board(ranked)).toEqual(["1 Bo *", "2 Ada"]);
    expect(ranked[0]!.finished).toBe(false);
  });

  it("is the same whatever order the results come in", () => {
    const results = [player("Ada", 3, 100), player("Bo", 3, 100), player("Cas", 1), player("Dee", 0)];
    expect(rankPlayers([...results].reverse())).toEqual(rankPlayers(results));
  });
});

describe("what others see when someone opted out of leaderboards", () => {
  const ranked = rankPlayers([player("Ada", 5, 3000), player("Bo", 4, 2000), player("Cas", 4, 2000), player("Dee", 1)]);

  it("leaves them out and ranks the others among themselves, so no gap or missing winner shows", () => {
    expect(board(visibleResults(ranked, ["29:ada"]))).toEqual(["1 Bo *", "1 Cas *", "3 Dee"]);
    expect(board(visibleResults(ranked, new Set(["29:bo"])))).toEqual(["1 Ada *", "2 Cas", "3 Dee"]);
  });

  it("changes nothing when nobody opted out", () => {
    expect(visibleResults(ranked, [])).toEqual(ranked);
  });
});

describe("fun facts", () => {
  const ranked = rankPlayers([player("Ada", 5, 41000), player("Bo", 5, 38000), player("Cas", 3, 12000), player("Dee", 1, 5000, false)]);

  it("names the fastest perfect round and the first-timers", () => {
    expect(funFacts(ranked, { maxPoints: 5, firstTimers: 3 })).toEqual([
      { kind: "fastest-perfect", playerId: "29:bo", name: "Bo", ms: 38000 },
      { kind: "first-timers", count: 3 },
    ]);
  });

  it("falls back to the turnout, and gives at most two facts", () => {
    expect(funFacts(ranked, { maxPoints: 6 })).toEqual([{ kind: "turnout", players: 4, finished: 3 }]);
    expect(funFacts(ranked, { firstTimers: 1 })).toEqual([
      { kind: "first-timers", count: 1 },
      { kind: "turnout", players: 4, finished: 3 },
    ]);
  });

  it("has nothing to say about a round nobody played", () => {
    expect(funFacts([], { maxPoints: 5, firstTimers: 0 })).toEqual([]);
  });
});

describe("streaks over the circle's working days", () => {
  const workweek = [1, 2, 3, 4, 5];
  const playOn = (dates: string[], workingDays: number[] = workweek, start: Streak = noStreak) =>
    dates.reduce((streak, date) => nextStreak(streak, date, workingDays), start);

  it("grows by one on each next working day", () => {
    // Mon 2025-03-03 … Wed 2025-03-05
    expect(playOn(["2025-03-03"])).toEqual({ current: 1, best: 1, lastDate: "2025-03-03" });
    expect(playOn(["2025-03-03", "2025-03-04", "2025-03-05"])).toEqual({ current: 3, best: 3, lastDate: "2025-03-05" });
  });

  it("is not broken by a weekend", () => {
    // Thu, Fri, then Mon
    expect(playOn(["2025-03-06", "2025-03-07", "2025-03-10"])).toMatchObject({ current: 3, best: 3 });
  });

  it("is not broken by a circle's own day off in the middle of the week", () => {
    // Mon, Tue, (Wed off), Thu
    expect(playOn(["2025-03-03", "2025-03-04", "2025-03-06"], [1, 2, 4, 5])).toMatchObject({ current: 3 });
  });

  it("follows a Sunday-to-Thursday week", () => {
    // Thu 2025-03-06, (Fri, Sat off), Sun 2025-03-09
    expect(playOn(["2025-03-06", "2025-03-09"], [7, 1, 2, 3, 4])).toMatchObject({ current: 2 });
  });

  it("counts playing twice on one date once", () => {
    expect(playOn(["2025-03-03", "2025-03-03", "2025-03-04", "2025-03-04"])).toMatchObject({ current: 2, best: 2 });
  });

  it("starts again at 1 after a missed working day, keeping the best", () => {
    // Mon, Tue, Wed, (Thu missed), Fri
    const streak = playOn(["2025-03-03", "2025-03-04", "2025-03-05", "2025-03-07"]);
    expect(streak).toEqual({ current: 1, best: 3, lastDate: "2025-03-07" });
    // a missed Friday breaks a streak across the weekend
    expect(playOn(["2025-03-06", "2025-03-10"])).toMatchObject({ current: 1 });
  });

  it("starts again after a long absence", () => {
    expect(playOn(["2024-03-04", "2025-03-04"])).toMatchObject({ current: 1, best: 1 });
    // exactly one week later: all five working days in between were missed
    expect(playOn(["2025-03-03", "2025-03-10"])).toMatchObject({ current: 1 });
  });

  it("does not count or break on a play on a day off", () => {
    // Fri, Sat (off), Mon
    const friday = playOn(["2025-03-07"]);
    expect(nextStreak(friday, "2025-03-08", workweek)).toBe(friday);
    expect(playOn(["2025-03-07", "2025-03-08", "2025-03-10"])).toEqual({ current: 2, best: 2, lastDate: "2025-03-10" });
    expect(playOn(["2025-03-08"])).toEqual(noStreak);
  });

  it("is not rewound by an older session finalised late", () => {
    const streak = playOn(["2025-03-04", "2025-03-05"]);
    expect(nextStreak(streak, "2025-03-03", workweek)).toBe(streak);
  });

  it("runs across the end of a month", () => {
    // Fri 2025-01-31 → Mon 2025-02-03; Fri 2025-02-28 → Mon 2025-03-03 (no leap day in 2025)
    expect(playOn(["2025-01-30", "2025-01-31", "2025-02-03"])).toMatchObject({ current: 3 });
    expect(playOn(["2025-02-27", "2025-02-28", "2025-03-03"])).toMatchObject({ current: 3 });
    expect(playOn(["2025-04-30", "2025-05-02"])).toMatchObject({ current: 1 });
  });

  it("runs across the end of a year", () => {
    // Fri 2021-12-31 → Mon 2022-01-03
    expect(playOn(["2021-12-30", "2021-12-31", "2022-01-03"])).toMatchObject({ current: 3 });
    // Tue 2024-12-31 → Thu 2025-01-02: broken when New Year's Day (a Wednesday) is a working day, not when it is off
    expect(playOn(["2024-12-31", "2025-01-02"])).toMatchObject({ current: 1 });
    expect(playOn(["2024-12-31", "2025-01-02"], [1, 2, 4, 5])).toMatchObject({ current: 2 });
  });

  it("counts the leap day like any other working day", () => {
    // Wed 2024-02-28, Thu 2024-02-29, Fri 2024-03-01
    expect(playOn(["2024-02-28", "2024-02-29", "2024-03-01"])).toMatchObject({ current: 3 });
    expect(playOn(["2024-02-28", "2024-03-01"])).toMatchObject({ current: 1 });
    // Thu 2024-02-29 off in a Mon–Wed + Fri week: Wed → Fri continues
    expect(playOn(["2024-02-28", "2024-03-01"], [1, 2, 3, 5])).toMatchObject({ current: 2 });
  });

  it("refuses something that is not a local date", () => {
    expect(() => nextStreak(noStreak, "2023-02-29", workweek)).toThrow(RangeError);
    expect(() => nextStreak(noStreak, "3/4/2025", workweek)).toThrow(RangeError);
  });

  it("reads as 0 once a working day went by without a play", () => {
    const friday = playOn(["2025-03-06", "2025-03-07"]);
    expect(currentStreak(friday, "2025-03-07", workweek)).toBe(2);
    expect(currentStreak(friday, "2025-03-09", workweek)).toBe(2); // Sunday
    expect(currentStreak(friday, "2025-03-10", workweek)).toBe(2); // Monday, not played yet today
    expect(currentStreak(friday, "2025-03-11", workweek)).toBe(0); // Monday was missed
    expect(currentStreak(noStreak, "2025-03-11", workweek)).toBe(0);
  });
});

// Insights rules: weeks in the circle's time zone, planned versus held, participation per ritual,
// thanks across teams and walk-and-talk pairs — aggregates only.

import { describe, expect, it } from "vitest";
import { computeInsights, insightsPeriod, pairStats, weekStartOf, type InsightSession } from "../../shared/insights/insights";
import type { CircleSettings } from "../../shared/rituals/types";

const circleId = "19:c@thread.v2";
const settings: CircleSettings = {
  timeZone: "Europe/Amsterdam",
  workingDays: [1, 2, 3, 4, 5],
  paused: false,
  rituals: [{ ritualId: "daily-trivia", enabled: true, time: "10:00", cadence: { kind: "daily" } }],
};
// Wednesday 25 November 2026, 08:00 in Amsterdam.
const now = new Date("2026-11-25T07:00:00Z");

const session = (ritualId: InsightSession["ritualId"], localDate: string, state: InsightSession["state"], trigger: InsightSession["trigger"], participants: string[] = []): InsightSession => ({
  _id: `${circleId}|${ritualId}|${localDate}`,
  ritualId,
  localDate,
  state,
  trigger,
  participants,
});

const input = (sessions: InsightSession[], extra: Partial<Parameters<typeof computeInsights>[0]> = {}) =>
  computeInsights({ circleId, settings, memberCount: 4, sessions, shoutouts: [], circleNames: new Map(), pairs: null, locale: "en", now, ...extra });

describe("insights", () => {
  it("weeks start on Monday in the circle's time zone, twelve of them ending with this week", () => {
    expect(weekStartOf("2026-11-25")).toBe("2026-11-23");
    expect(weekStartOf("2026-11-23")).toBe("2026-11-23");
    expect(weekStartOf("2026-11-29")).toBe("2026-11-23");
    // Sunday 23:30 UTC is already Monday in Amsterdam.
    expect(insightsPeriod("Europe/Amsterdam", new Date("2026-11-29T23:30:00Z"))).toEqual({ from: "2026-09-14", today: "2026-11-30" });
    const { weeks } = input([]);
    expect(weeks).toHaveLength(12);
    expect(weeks[0]!.weekStart).toBe("2026-09-07");
    expect(weeks[11]!.weekStart).toBe("2026-11-23");
  });

  it("planned counts what the scheduler recorded plus what is still to come; held only what was posted", () => {
    const { weeks, consistency } = input([
      session("daily-trivia", "2026-11-16", "closed", "schedule"),
      session("daily-trivia", "2026-11-17", "missed", "schedule"),
      session("daily-trivia", "2026-11-18", "failed", "schedule"),
      session("daily-trivia", "2026-11-19", "closed", "now"),
      session("daily-trivia", "2026-11-23", "closed", "schedule"),
      session("daily-trivia", "2026-11-24", "closed", "schedule"),
    ]);
    expect(weeks[10]).toEqual({ weekStart: "2026-11-16", planned: 3, held: 1, extra: 1, upcoming: 0 });
    // This week: Monday and Tuesday held; Wednesday to Friday at 10:00 still to come.
    expect(weeks[11]).toEqual({ weekStart: "2026-11-23", planned: 5, held: 2, extra: 0, upcoming: 3 });
    expect(consistency).toEqual({ planned: 5, held: 3, percent: 60 });
  });

  it("a paused circle or one with nothing planned has no percentage", () => {
    expect(input([], { settings: { ...settings, paused: true } }).consistency).toEqual({ planned: 0, held: 0, percent: null });
  });

  it("participation is the average share of members in a ritual's closed sessions per week", () => {
    const { participation } = input([
      session("daily-trivia", "2026-11-16", "closed", "schedule", ["a", "b"]),
      session("daily-trivia", "2026-11-17", "closed", "schedule", ["a", "b", "c", "d"]),
      session("daily-trivia", "2026-11-23", "open", "schedule", ["a"]),
      session("week-in-review", "2026-11-20", "closed", "schedule", ["a", "a", "c"]),
    ]);
    expect(participation.map((p) => p.name)).toEqual(["Daily Trivia", "Week in review"]);
    expect(participation[0]!.weeks[10]).toEqual({ weekStart: "2026-11-16", sessions: 2, rate: 0.75 });
    expect(participation[0]!.weeks[11]).toEqual({ weekStart: "2026-11-23", sessions: 0, rate: null });
    expect(participation[1]!.weeks[10]!.rate).toBe(0.5);
  });

  it("thanks across teams are counted per direction and per other circle, never per person", () => {
    const other = "19:design@thread.tacv2";
    const { crossTeam } = input([], {
      shoutouts: [
        { circleId, circleIds: [circleId, other], createdAt: new Date("2026-11-24T10:00:00Z") },
        { circleId: other, circleIds: [other, circleId], createdAt: new Date("2026-11-17T10:00:00Z") },
        { circleId: "19:chat@thread.v2", circleIds: ["19:chat@thread.v2", circleId], createdAt: new Date("2026-11-17T11:00:00Z") },
        { circleId, circleIds: [circleId], createdAt: new Date("2026-11-24T11:00:00Z") },
      ],
      circleNames: new Map([[other, "Design › General"]]),
    });
    expect(crossTeam).toMatchObject({ sent: 1, received: 2, circles: [{ name: "Design › General", shoutouts: 2 }, { name: "", shoutouts: 1 }] });
    expect(crossTeam.weeks[10]).toEqual({ weekStart: "2026-11-16", sent: 0, received: 2 });
  });

  it("a walk-and-talk pair is across teams only when both people's teams are known and differ", () => {
    const teams = new Map([
      ["a", ["t1"]],
      ["b", ["t2"]],
      ["c", ["t1", "t2"]],
      ["d", []],
    ]);
    const group = (...ids: string[]) => ({ people: ids.map((id) => ({ id })) });
    expect(pairStats([group("a", "b"), group("a", "c"), group("a", "d"), group("c", "b", "a")], teams)).toEqual({ total: 4, crossTeam: 2 });
    expect(pairStats([], teams)).toBeNull();
  });
});

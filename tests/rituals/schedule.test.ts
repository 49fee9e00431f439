import { describe, expect, it } from "vitest";
import {
  isQuietTime,
  localDateTime,
  nextOccurrence,
  occurrencesBetween,
  silencedRituals,
  upcoming,
  workingWeekday,
} from "../../shared/rituals/schedule";
import type { Cadence, CircleSettings, Occurrence, QuietHours, RitualId, RitualSetting, Weekday } from "../../shared/rituals/types";

// Only fixed instants: nothing here reads the clock.

const everyDay: Weekday[] = [1, 2, 3, 4, 5, 6, 7];
const workweek: Weekday[] = [1, 2, 3, 4, 5];

const ritual = (ritualId: RitualId, time: string, cadence: Cadence, enabled = true): RitualSetting => ({ ritualId, enabled, time, cadence });
const daily = (time: string, ritualId: RitualId = "daily-trivia") => ritual(ritualId, time, { kind: "daily" });
const weekly = (weekday: Weekday, time: string, ritualId: RitualId = "week-in-review") => ritual(ritualId, time, { kind: "weekly", weekday });
const monthly = (nth: 1 | 2 | 3 | 4 | -1, weekday: Weekday, time: string, ritualId: RitualId = "perspectives") =>
  ritual(ritualId, time, { kind: "monthly", nth, weekday });

const circle = (over: Partial<CircleSettings> & { quietHours?: QuietHours } = {}): CircleSettings => ({
  timeZone: "Europe/Amsterdam",
  workingDays: workweek,
  paused: false,
  rituals: [],
  ...over,
});

/** All occurrences from `start` for `days` days, by repeatedly asking for the next one. */
function walk(settings: CircleSettings, setting: RitualSetting, start: string, days: number): Occurrence[] {
  const end = new Date(start).getTime() + days * 24 * 60 * 60 * 1000;
  const result: Occurrence[] = [];
  let next = nextOccurrence(settings, setting, new Date(start));
  while (next && next.at.getTime() <= end) {
    result.push(next);
    next = nextOccurrence(settings, setting, next.at);
  }
  return result;
}

const localDates = (occurrences: Occurrence[]) => occurrences.map((occurrence) => occurrence.localDate);
const instants = (occurrences: Occurrence[]) => occurrences.map((occurrence) => occurrence.at.toISOString());

/** Every calendar date from first to last inclusive, "YYYY-MM-DD". */
function datesFrom(first: string, last: string): string[] {
  const result: string[] = [];
  for (let day = new Date(`${first}T00:00:00Z`); day.toISOString().slice(0, 10) <= last; day = new Date(day.getTime() + 86_400_000)) {
    result.push(day.toISOString().slice(0, 10));
  }
  return result;
}

const countPerDay = (occurrences: Occurrence[]) => {
  const counts = new Map<string, number>();
  for (const occurrence of occurrences) counts.set(occurrence.localDate, (counts.get(occurrence.localDate) ?? 0) + 1);
  return counts;
};

describe("daylight saving time in Europe/Amsterdam", () => {
  const settings = circle({ workingDays: everyDay });

  it("a 09:00 daily ritual happens once every day at 09:00 local through the March change (60 days)", () => {
    const occurrences = walk(settings, daily("09:00"), "2026-03-01T00:00:00Z", 60);
    expect(localDates(occurrences)).toEqual(datesFrom("2026-03-01", "2026-04-29"));
    expect(occurrences.every((occurrence) => occurrence.localTime === "09:00")).toBe(true);
    const byDate = new Map(occurrences.map((occurrence) => [occurrence.localDate, occurrence.at.toISOString()]));
    expect(byDate.get("2026-03-28")).toBe("2026-03-28T08:00:00.000Z");
    expect(byDate.get("2026-03-29")).toBe("2026-03-29T07:00:00.000Z");
    expect(byDate.get("2026-03-30")).toBe("2026-03-30T07:00:00.000Z");
  });

  it("a 09:00 daily ritual happens once every day at 09:00 local through the October change (60 days)", () => {
    const occurrences = walk(settings, daily("09:00"), "2026-10-01T00:00:00Z", 60);
    expect(localDates(occurrences)).toEqual(datesFrom("2026-10-01", "2026-11-29"));
    expect(occurrences.every((occurrence) => occurrence.localTime === "09:00")).toBe(true);
    const byDate = new Map(occurrences.map((occurrence) => [occurrence.localDate, occurrence.at.toISOString()]));
    expect(byDate.get("2026-10-24")).toBe("2026-10-24T07:00:00.000Z");
    expect(byDate.get("2026-10-25")).toBe("2026-10-25T08:00:00.000Z");
  });

  it("at 02:30, a time that does not exist on the last Sunday of March, it happens once, at 03:00", () => {
    const occurrences = walk(settings, daily("02:30"), "2026-03-15T00:00:00Z", 30);
    expect([...countPerDay(occurrences).values()].every((count) => count === 1)).toBe(true);
    expect(localDates(occurrences)).toEqual(datesFrom("2026-03-15", "2026-04-13"));
    const changeDay = occurrences.find((occurrence) => occurrence.localDate === "2026-03-29");
    expect(changeDay).toMatchObject({ localTime: "03:00", at: new Date("2026-03-29T01:00:00Z") });
    expect(occurrences.filter((occurrence) => occurrence.localTime !== "02:30").map((occurrence) => occurrence.localDate)).toEqual(["2026-03-29"]);
  });

  it("at 02:30, a time that happens twice on the last Sunday of October, it happens once, at the first 02:30", () => {
    const occurrences = walk(settings, daily("02:30"), "2026-10-15T00:00:00Z", 30);
    expect(localDates(occurrences)).toEqual(datesFrom("2026-10-15", "2026-11-13"));
    const changeDay = occurrences.filter((occurrence) => occurrence.localDate === "2026-10-25");
    expect(changeDay).toEqual([{ ritualId: "daily-trivia", at: new Date("2026-10-25T00:30:00Z"), localDate: "2026-10-25", localTime: "02:30" }]);
  });

  it("asked between the two 02:30s of the October change, the next one is the following day", () => {
    const next = nextOccurrence(settings, daily("02:30"), new Date("2026-10-25T00:45:00Z"));
    expect(next).toMatchObject({ localDate: "2026-10-26", localTime: "02:30", at: new Date("2026-10-26T01:30:00Z") });
  });

  it("a weekly Sunday ritual happens once a week at its local time around both changes", () => {
    const nine = walk(settings, weekly(7, "09:00"), "2026-03-01T00:00:00Z", 60);
    expect(localDates(nine)).toEqual(["2026-03-01", "2026-03-08", "2026-03-15", "2026-03-22", "2026-03-29", "2026-04-05", "2026-04-12", "2026-04-19", "2026-04-26"]);
    expect(nine.every((occurrence) => occurrence.localTime === "09:00")).toBe(true);

    const autumn = walk(settings, weekly(7, "02:30"), "2026-10-01T00:00:00Z", 60);
    expect(localDates(autumn)).toEqual(["2026-10-04", "2026-10-11", "2026-10-18", "2026-10-25", "2026-11-01", "2026-11-08", "2026-11-15", "2026-11-22", "2026-11-29"]);
    expect(autumn.find((occurrence) => occurrence.localDate === "2026-10-25")?.at).toEqual(new Date("2026-10-25T00:30:00Z"));

    const spring = walk(settings, weekly(7, "02:30"), "2026-03-20T00:00:00Z", 20);
    expect(spring.map((occurrence) => [occurrence.localDate, occurrence.localTime])).toEqual([
      ["2026-03-22", "02:30"],
      ["2026-03-29", "03:00"],
      ["2026-04-05", "02:30"],
    ]);
  });

  it("a weekday-only daily ritual skips the change weekends and keeps its local time", () => {
    const occurrences = walk(circle(), daily("09:00"), "2026-03-26T00:00:00Z", 8);
    expect(localDates(occurrences)).toEqual(["2026-03-26", "2026-03-27", "2026-03-30", "2026-03-31", "2026-04-01", "2026-04-02"]);
    expect(instants(occurrences)).toEqual([
      "2026-03-26T08:00:00.000Z",
      "2026-03-27T08:00:00.000Z",
      "2026-03-30T07:00:00.000Z",
      "2026-03-31T07:00:00.000Z",
      "2026-04-01T07:00:00.000Z",
      "2026-04-02T07:00:00.000Z",
    ]);
  });
});

describe("calendar edges", () => {
  it("the leap day 2028-02-29 gets its daily ritual", () => {
    const occurrences = walk(circle({ workingDays: everyDay }), daily("10:00"), "2028-02-27T12:00:00Z", 3);
    expect(localDates(occurrences)).toEqual(["2028-02-28", "2028-02-29", "2028-03-01"]);
  });

  it("the last Tuesday of February 2028 is the leap day", () => {
    const occurrences = walk(circle(), monthly(-1, 2, "10:00"), "2028-01-01T00:00:00Z", 100);
    expect(localDates(occurrences)).toEqual(["2028-01-25", "2028-02-29", "2028-03-28"]);
  });

  it("a daily ritual rolls over month and year ends", () => {
    const settings = circle({ workingDays: everyDay });
    expect(localDates(walk(settings, daily("10:00"), "2026-01-30T12:00:00Z", 3))).toEqual(["2026-01-31", "2026-02-01", "2026-02-02"]);
    expect(localDates(walk(settings, daily("10:00"), "2026-02-27T12:00:00Z", 3))).toEqual(["2026-02-28", "2026-03-01", "2026-03-02"]);
    expect(localDates(walk(settings, daily("10:00"), "2026-12-30T12:00:00Z", 3))).toEqual(["2026-12-31", "2027-01-01", "2027-01-02"]);
  });

  it("the first Monday of each month, also when the 1st is a Monday (June 2026)", () => {
    const occurrences = walk(circle(), monthly(1, 1, "10:00"), "2026-04-01T00:00:00Z", 200);
    expect(localDates(occurrences)).toEqual(["2026-04-06", "2026-05-04", "2026-06-01", "2026-07-06", "2026-08-03", "2026-09-07", "2026-10-05"]);
  });

  it("the last Thursday of each month, also when it is the 31st", () => {
    const occurrences = walk(circle(), monthly(-1, 4, "16:00", "monthly-moment"), "2026-08-01T00:00:00Z", 160);
    expect(localDates(occurrences)).toEqual(["2026-08-27", "2026-09-24", "2026-10-29", "2026-11-26", "2026-12-31"]);
    expect(occurrences.every((occurrence) => occurrence.localTime === "16:00" && occurrence.ritualId === "monthly-moment")).toBe(true);
  });

  it("the second Wednesday of each month", () => {
    expect(localDates(walk(circle(), monthly(2, 3, "10:00"), "2026-03-12T00:00:00Z", 70))).toEqual(["2026-04-08", "2026-05-13"]);
  });

  it("a monthly ritual keeps its local time when DST changes between months", () => {
    const occurrences = walk(circle(), monthly(1, 2, "14:00"), "2026-02-01T00:00:00Z", 70);
    expect(instants(occurrences)).toEqual(["2026-02-03T13:00:00.000Z", "2026-03-03T13:00:00.000Z", "2026-04-07T12:00:00.000Z"]);
  });
});

describe("working days", () => {
  it("a daily ritual happens only on the circle's working days", () => {
    const sundays = walk(circle({ workingDays: [7] }), daily("10:00"), "2026-03-02T00:00:00Z", 21);
    expect(localDates(sundays)).toEqual(["2026-03-08", "2026-03-15", "2026-03-22"]);
    const workdays = walk(circle(), daily("10:00"), "2026-03-02T00:00:00Z", 14);
    expect(localDates(workdays)).toEqual(["2026-03-02", "2026-03-03", "2026-03-04", "2026-03-05", "2026-03-06", "2026-03-09", "2026-03-10", "2026-03-11", "2026-03-12", "2026-03-13"]);
  });

  it("a weekly ritual on a day off moves to the working day before it", () => {
    const saturday = walk(circle(), weekly(6, "10:00"), "2026-03-02T00:00:00Z", 14);
    expect(localDates(saturday)).toEqual(["2026-03-06", "2026-03-13"]);
    // Friday shoutouts of a Sunday–Thursday team happen on Thursday.
    const sundayToThursday = walk(circle({ workingDays: [7, 1, 2, 3, 4] }), weekly(5, "14:00", "friday-shoutouts"), "2026-03-02T00:00:00Z", 14);
    expect(localDates(sundayToThursday)).toEqual(["2026-03-05", "2026-03-12"]);
    // For a Sunday-only circle, Friday's ritual happens on the Sunday before.
    const sundayOnly = walk(circle({ workingDays: [7] }), weekly(5, "14:00"), "2026-03-02T00:00:00Z", 14);
    expect(localDates(sundayOnly)).toEqual(["2026-03-08", "2026-03-15"]);
  });

  it("a monthly ritual on a day off moves to the working day before it, even into the previous month", () => {
    // The first Tuesday of September 2026 is the 1st; the Sunday before is 30 August.
    const occurrences = walk(circle({ workingDays: [7] }), monthly(1, 2, "14:00"), "2026-08-01T00:00:00Z", 70);
    expect(localDates(occurrences)).toEqual(["2026-08-02", "2026-08-30", "2026-10-04"]);
    expect(occurrences.every((occurrence) => occurrence.localTime === "14:00")).toBe(true);
  });

  it("a moved monthly ritual keeps its local time when a DST change lies between the two days", () => {
    // The last Monday of March 2027 is the 29th, the day after the change; the Saturday before is still winter time.
    const next = nextOccurrence(circle({ workingDays: [6] }), monthly(-1, 1, "09:00"), new Date("2027-03-01T00:00:00Z"));
    expect(next).toMatchObject({ localDate: "2027-03-27", localTime: "09:00", at: new Date("2027-03-27T08:00:00Z") });
  });

  it("a moved monthly ritual can cross into the previous year", () => {
    const occurrences = walk(circle({ workingDays: [7] }), monthly(1, 2, "14:00"), "2029-11-25T00:00:00Z", 75);
    expect(localDates(occurrences)).toEqual(["2029-12-02", "2029-12-30", "2030-02-03"]);
  });

  it("once a moved monthly ritual has passed, the next one is next month's, even before the nth weekday itself", () => {
    const sundays = circle({ workingDays: [7] });
    const firstTuesday = monthly(1, 2, "14:00");
    expect(nextOccurrence(sundays, firstTuesday, new Date("2026-08-30T11:59:00Z"))?.localDate).toBe("2026-08-30");
    expect(nextOccurrence(sundays, firstTuesday, new Date("2026-08-30T12:00:00Z"))?.localDate).toBe("2026-10-04");
    expect(nextOccurrence(sundays, firstTuesday, new Date("2026-08-31T12:00:00Z"))?.localDate).toBe("2026-10-04");
  });

  it("the working day before: its own day when it is one, else the closest earlier one", () => {
    expect(workingWeekday(5, workweek)).toEqual({ weekday: 5, daysEarlier: 0 });
    expect(workingWeekday(7, workweek)).toEqual({ weekday: 5, daysEarlier: 2 });
    expect(workingWeekday(1, [2, 3, 4, 5, 6])).toEqual({ weekday: 6, daysEarlier: 2 });
    expect(workingWeekday(3, [])).toBeNull();
  });

  it("a circle without working days has no moments", () => {
    const settings = circle({ workingDays: [] });
    const after = new Date("2026-03-02T00:00:00Z");
    expect(nextOccurrence(settings, daily("10:00"), after)).toBeNull();
    expect(nextOccurrence(settings, weekly(5, "10:00"), after)).toBeNull();
    expect(nextOccurrence(settings, monthly(1, 2, "10:00"), after)).toBeNull();
  });
});

describe("quiet hours", () => {
  const overnight = circle({ workingDays: everyDay, quietHours: { start: "22:00", end: "08:30" } });
  const after = new Date("2026-03-02T00:00:00Z");

  it("a ritual inside quiet hours that run across midnight never happens", () => {
    expect(nextOccurrence(overnight, daily("08:00"), after)).toBeNull();
    expect(nextOccurrence(overnight, daily("23:00"), after)).toBeNull();
    expect(nextOccurrence(overnight, daily("00:00"), after)).toBeNull();
    expect(nextOccurrence(overnight, weekly(5, "22:00"), after)).toBeNull();
  });

  it("quiet hours start at their start and end at their end", () => {
    expect(nextOccurrence(overnight, daily("08:30"), after)?.localTime).toBe("08:30");
    expect(nextOccurrence(overnight, daily("21:59"), after)?.localTime).toBe("21:59");
  });

  it("quiet hours within a day", () => {
    const lunch = circle({ quietHours: { start: "12:00", end: "13:00" } });
    expect(nextOccurrence(lunch, daily("12:30"), after)).toBeNull();
    expect(nextOccurrence(lunch, daily("13:00"), after)?.localDate).toBe("2026-03-02");
  });

  it("judge the actual local time: a 02:30 ritual in quiet hours 02:00–03:00 happens only when DST moves it to 03:00", () => {
    const occurrences = walk(circle({ workingDays: everyDay, quietHours: { start: "02:00", end: "03:00" } }), daily("02:30"), "2026-01-01T00:00:00Z", 365);
    expect(occurrences.map((occurrence) => [occurrence.localDate, occurrence.localTime])).toEqual([["2026-03-29", "03:00"]]);
  });

  it("isQuietTime follows the same rule; equal start and end means no quiet hours", () => {
    expect(isQuietTime(undefined, "03:00")).toBe(false);
    expect(isQuietTime({ start: "22:00", end: "07:00" }, "06:59")).toBe(true);
    expect(isQuietTime({ start: "22:00", end: "07:00" }, "07:00")).toBe(false);
    expect(isQuietTime({ start: "22:00", end: "07:00" }, "21:59")).toBe(false);
    expect(isQuietTime({ start: "09:00", end: "09:00" }, "09:00")).toBe(false);
  });

  it("setup can warn about enabled rituals that quiet hours silence", () => {
    const settings = { ...overnight, rituals: [daily("08:00"), weekly(5, "15:30"), { ...daily("07:00", "wordl6"), enabled: false }] };
    expect(silencedRituals(settings)).toEqual(["daily-trivia"]);
  });
});

describe("off, paused and strictly after", () => {
  const after = new Date("2026-03-02T00:00:00Z");

  it("a disabled ritual has no next moment", () => {
    expect(nextOccurrence(circle(), { ...daily("10:00"), enabled: false }, after)).toBeNull();
  });

  it("a paused circle has no next moments at all", () => {
    const paused = circle({ paused: true, rituals: [daily("10:00"), weekly(5, "15:30")] });
    expect(nextOccurrence(paused, daily("10:00"), after)).toBeNull();
    expect(upcoming(paused, after)).toEqual([]);
    expect(occurrencesBetween(paused, daily("10:00"), after, new Date("2026-04-01T00:00:00Z"))).toEqual([]);
  });

  it("the next moment is strictly after the given instant", () => {
    const at = new Date("2026-03-02T09:00:00Z"); // 10:00 in Amsterdam
    expect(nextOccurrence(circle(), daily("10:00"), new Date(at.getTime() - 1))?.at).toEqual(at);
    expect(nextOccurrence(circle(), daily("10:00"), at)?.localDate).toBe("2026-03-03");
    expect(nextOccurrence(circle(), daily("10:00"), new Date(at.getTime() + 500))?.localDate).toBe("2026-03-03");
  });

  it("an occurrence names its ritual, instant, local date and local time", () => {
    expect(nextOccurrence(circle(), weekly(5, "15:30"), after)).toEqual({
      ritualId: "week-in-review",
      at: new Date("2026-03-06T14:30:00Z"),
      localDate: "2026-03-06",
      localTime: "15:30",
    });
  });
});

describe("time zones far from UTC", () => {
  it("Pacific/Auckland: Monday 08:00 local is Sunday evening in UTC", () => {
    const auckland = circle({ timeZone: "Pacific/Auckland" });
    const next = nextOccurrence(auckland, daily("08:00"), new Date("2026-02-28T12:00:00Z"));
    expect(next).toMatchObject({ localDate: "2026-03-02", localTime: "08:00", at: new Date("2026-03-01T19:00:00Z") });
    expect(next?.at.toISOString().slice(0, 10)).not.toBe(next?.localDate);
  });

  it("Pacific/Auckland keeps its local time through its own DST end (first Sunday of April)", () => {
    const occurrences = walk(circle({ timeZone: "Pacific/Auckland", workingDays: everyDay }), daily("08:00"), "2026-04-02T00:00:00Z", 5);
    expect(occurrences.every((occurrence) => occurrence.localTime === "08:00")).toBe(true);
    expect(occurrences.find((occurrence) => occurrence.localDate === "2026-04-04")?.at).toEqual(new Date("2026-04-03T19:00:00Z"));
    expect(occurrences.find((occurrence) => occurrence.localDate === "2026-04-06")?.at).toEqual(new Date("2026-04-05T20:00:00Z"));
  });

  it("America/Los_Angeles: Friday 17:00 local is Saturday in UTC, and still Friday's session", () => {
    const la = circle({ timeZone: "America/Los_Angeles" });
    const next = nextOccurrence(la, weekly(5, "17:00"), new Date("2026-01-05T00:00:00Z"));
    expect(next).toMatchObject({ localDate: "2026-01-09", localTime: "17:00", at: new Date("2026-01-10T01:00:00Z") });
  });

  it("America/Los_Angeles changes DST on its own dates (second Sunday of March)", () => {
    const occurrences = walk(circle({ timeZone: "America/Los_Angeles", workingDays: everyDay }), daily("09:00"), "2026-03-07T12:00:00Z", 3);
    expect(instants(occurrences)).toEqual(["2026-03-07T17:00:00.000Z", "2026-03-08T16:00:00.000Z", "2026-03-09T16:00:00.000Z"]);
  });

  it("localDateTime reads an instant in a zone", () => {
    const instant = new Date("2026-03-01T23:30:00Z");
    expect(localDateTime("UTC", instant)).toEqual({ localDate: "2026-03-01", localTime: "23:30" });
    expect(localDateTime("Pacific/Auckland", instant)).toEqual({ localDate: "2026-03-02", localTime: "12:30" });
    expect(localDateTime("America/Los_Angeles", instant)).toEqual({ localDate: "2026-03-01", localTime: "15:30" });
    expect(localDateTime("Europe/Amsterdam", instant)).toEqual({ localDate: "2026-03-02", localTime: "00:30" });
  });
});

describe("upcoming moments across rituals", () => {
  const settings = circle({
    rituals: [
      weekly(5, "15:30"),
      daily("10:00"),
      monthly(1, 2, "14:00"),
      { ...daily("09:00", "wordl6"), enabled: false },
      ritual("friday-shoutouts", "15:30", { kind: "weekly", weekday: 5 }),
    ],
  });

  it("lists the next moments of all enabled rituals, soonest first", () => {
    const next = upcoming(settings, new Date("2026-03-02T12:00:00Z"), 8);
    expect(next.map((occurrence) => [occurrence.ritualId, occurrence.localDate, occurrence.localTime])).toEqual([
      ["daily-trivia", "2026-03-03", "10:00"],
      ["perspectives", "2026-03-03", "14:00"],
      ["daily-trivia", "2026-03-04", "10:00"],
      ["daily-trivia", "2026-03-05", "10:00"],
      ["daily-trivia", "2026-03-06", "10:00"],
      ["week-in-review", "2026-03-06", "15:30"],
      ["friday-shoutouts", "2026-03-06", "15:30"],
      ["daily-trivia", "2026-03-09", "10:00"],
    ]);
  });

  it("breaks ties in the order of the circle's rituals and skips disabled ones", () => {
    const next = upcoming(settings, new Date("2026-03-06T10:00:00Z"), 2);
    expect(next.map((occurrence) => occurrence.ritualId)).toEqual(["week-in-review", "friday-shoutouts"]);
    expect(upcoming(settings, new Date("2026-03-02T00:00:00Z"), 50).some((occurrence) => occurrence.ritualId === "wordl6")).toBe(false);
  });

  it("gives five by default, and none for a count of zero", () => {
    expect(upcoming(settings, new Date("2026-03-02T00:00:00Z"))).toHaveLength(5);
    expect(upcoming(settings, new Date("2026-03-02T00:00:00Z"), 0)).toEqual([]);
    expect(upcoming(circle(), new Date("2026-03-02T00:00:00Z"))).toEqual([]);
  });
});

describe("catching up after downtime", () => {
  const settings = circle();

  it("lists what was missed, oldest first, between the last check and now", () => {
    // Down from Friday 12:00 to Tuesday 11:00 (Amsterdam): missed Monday's and Tuesday's 10:00.
    const missed = occurrencesBetween(settings, daily("10:00"), new Date("2026-03-06T11:00:00Z"), new Date("2026-03-10T10:00:00Z"));
    expect(localDates(missed)).toEqual(["2026-03-09", "2026-03-10"]);
    const review = occurrencesBetween(settings, weekly(5, "15:30"), new Date("2026-03-06T11:00:00Z"), new Date("2026-03-10T10:00:00Z"));
    expect(localDates(review)).toEqual(["2026-03-06"]);
  });

  it("excludes the start and includes the end", () => {
    const monday = new Date("2026-03-09T09:00:00Z");
    const tuesday = new Date("2026-03-10T09:00:00Z");
    expect(instants(occurrencesBetween(settings, daily("10:00"), monday, tuesday))).toEqual([tuesday.toISOString()]);
    expect(occurrencesBetween(settings, daily("10:00"), tuesday, tuesday)).toEqual([]);
  });

  it("is empty when nothing was due, or the window is backwards", () => {
    expect(occurrencesBetween(settings, daily("10:00"), new Date("2026-03-07T00:00:00Z"), new Date("2026-03-08T23:00:00Z"))).toEqual([]);
    expect(occurrencesBetween(settings, daily("10:00"), new Date("2026-03-10T00:00:00Z"), new Date("2026-03-01T00:00:00Z"))).toEqual([]);
  });

  it("over a long downtime, matches stepping through one by one", () => {
    const from = new Date("2026-01-01T00:00:00Z");
    const to = new Date("2026-12-31T23:59:00Z");
    const between = occurrencesBetween(settings, daily("10:00"), from, to);
    expect(between).toEqual(walk(settings, daily("10:00"), from.toISOString(), 365));
    expect(between).toHaveLength(261);
  });
});

// When a circle's rituals happen: pure functions from settings and an instant to the next
// moments, in the circle's local time. The scheduler (the imperative shell) asks these
// functions what is due; it never computes dates itself.
//
// Recurrence and time zones (DST) are croner's job; this file only turns a ritual into a cron
// pattern and filters the runs by the circle's rules:
// - daily: every working day of the circle, at the ritual's time.
// - weekly and monthly: on the chosen day; when that day is not one of the circle's working days,
//   on the closest working day before it (Friday shoutouts of a Sunday–Thursday team happen on
//   Thursday). Moving, not skipping: a ritual that is switched on should happen, and a weekly
//   rhythm that silently never fires would look broken.
//   A monthly ritual can so move into the previous month (the Sunday before Tuesday the 1st).
// - a run whose local time falls inside the quiet hours is skipped (setup can warn about that
//   up front with `silencedRituals`).
// - DST (croner's rule for fixed-time jobs): a local time that does not exist on the spring-forward
//   day runs at the first valid time after the gap (02:30 in Europe/Amsterdam on the last Sunday
//   of March runs at 03:00 local); a local time that occurs twice on the fall-back day runs once,
//   at its first occurrence.

import { Cron } from "croner";
import type { CircleSettings, LocalTime, Occurrence, QuietHours, RitualSetting, Weekday } from "./types";

/** How far ahead nextOccurrence looks before it concludes a ritual never happens. */
const horizonDays = 400;
const dayMs = 24 * 60 * 60 * 1000;

/** The first occurrence strictly after `after`; null when the ritual is off, the circle paused, or nothing happens within ~400 days. */
export function nextOccurrence(settings: CircleSettings, ritual: RitualSetting, after: Date): Occurrence | null {
  if (settings.paused || !ritual.enabled) return null;
  const runs = ritualRuns(settings, ritual);
  if (!runs) return null;
  const horizon = after.getTime() + horizonDays * dayMs;
  let cursor = after;
  for (;;) {
    const at = runs(cursor);
    if (!at || at.getTime() > horizon) return null;
    const occurrence = occurrenceAt(settings.timeZone, ritual, at);
    if (!isQuietTime(settings.quietHours, occurrence.localTime)) return occurrence;
    cursor = at;
  }
}

/** Occurrences after `from` (exclusive) up to `to` (inclusive), oldest first: what was missed during downtime. */
export function occurrencesBetween(settings: CircleSettings, ritual: RitualSetting, from: Date, to: Date): Occurrence[] {
  const result: Occurrence[] = [];
  let next = nextOccurrence(settings, ritual, from);
  while (next && next.at.getTime() <= to.getTime()) {
    result.push(next);
    next = nextOccurrence(settings, ritual, next.at);
  }
  return result;
}

/** The next `count` moments across all enabled rituals, soonest first (ties in the order of settings.rituals). */
export function upcoming(settings: CircleSettings, after: Date, count = 5): Occurrence[] {
  if (count <= 0) return [];
  const all: { occurrence: Occurrence; order: number }[] = [];
  settings.rituals.forEach((ritual, order) => {
    let next = nextOccurrence(settings, ritual, after);
    for (let taken = 0; next && taken < count; taken++) {
      all.push({ occurrence: next, order });
      next = nextOccurrence(settings, ritual, next.at);
    }
  });
  all.sort((a, b) => a.occurrence.at.getTime() - b.occurrence.at.getTime() || a.order - b.order);
  return all.slice(0, count).map((entry) => entry.occurrence);
}

/** True when a local time falls inside the quiet hours (start inclusive, end exclusive, across midnight when end < start). */
export function isQuietTime(quietHours: QuietHours | undefined, time: LocalTime): boolean {
  if (!quietHours || quietHours.start === quietHours.end) return false;
  const { start, end } = quietHours;
  return start < end ? time >= start && time < end : time >= start || time < end;
}

/** Enabled rituals whose time falls inside the quiet hours, so they never happen: setup warns about these. */
export function silencedRituals(settings: CircleSettings): RitualSetting["ritualId"][] {
  return settings.rituals
    .filter((ritual) => ritual.enabled && isQuietTime(settings.quietHours, ritual.time))
    .map((ritual) => ritual.ritualId);
}

/**
 * The weekday a weekly or monthly ritual actually happens on: its own day when that is a working
 * day, else the closest working day before it, with how many days earlier that is. Null when the
 * circle has no working days at all.
 */
export function workingWeekday(weekday: Weekday, workingDays: readonly Weekday[]): { weekday: Weekday; daysEarlier: number } | null {
  for (let daysEarlier = 0; daysEarlier < 7; daysEarlier++) {
    const candidate = ((((weekday - 1 - daysEarlier) % 7) + 7) % 7) + 1;
    if (workingDays.includes(candidate as Weekday)) return { weekday: candidate as Weekday, daysEarlier };
  }
  return null;
}

/** The local date and time of an instant in a time zone. */
export function localDateTime(timeZone: string, at: Date): { localDate: string; localTime: LocalTime } {
  const parts: Record<string, string> = {};
  for (const part of formatter(timeZone).formatToParts(at)) parts[part.type] = part.value;
  return { localDate: `${parts.year}-${parts.month}-${parts.day}`, localTime: `${parts.hour}:${parts.minute}` };
}

function occurrenceAt(timeZone: string, ritual: RitualSetting, at: Date): Occurrence {
  return { ritualId: ritual.ritualId, at, ...localDateTime(timeZone, at) };
}

/** The ritual's runs: the first one strictly after an instant, before quiet hours are applied. */
type Runs = (after: Date) => Date | null;

function ritualRuns(settings: CircleSettings, ritual: RitualSetting): Runs | null {
  const time = parseTime(ritual.time);
  if (!time) return null;
  const { cadence } = ritual;
  const { timeZone, workingDays } = settings;
  const at = `${time.minute} ${time.hour} * *`;
  if (cadence.kind === "daily") {
    if (workingDays.length === 0) return null;
    return runsOf(cronJob(`${at} ${[...new Set(workingDays)].map(cronWeekday).join(",")}`, timeZone));
  }
  const moved = workingWeekday(cadence.weekday, workingDays);
  if (!moved) return null;
  if (cadence.kind === "weekly") return runsOf(cronJob(`${at} ${cronWeekday(moved.weekday)}`, timeZone));
  const nthWeekday = runsOf(cronJob(`${at} ${cronWeekday(cadence.weekday)}#${cadence.nth === -1 ? "L" : cadence.nth}`, timeZone));
  if (moved.daysEarlier === 0) return nthWeekday;
  // The nth weekday is found on the ritual's own day, then moved by calendar days to the working
  // day before it, at the same local time. (Croner's dayOffset moves by 24-hour steps, which
  // lands an hour off when a DST change lies in between.)
  return (after) => {
    let cursor = after;
    // A move is at most 6 days and months are at least 28 days apart: the first or second match.
    for (let tries = 0; tries < 2; tries++) {
      const nominal = nthWeekday(cursor);
      if (!nominal) return null;
      const date = addDays(localDateTime(timeZone, nominal).localDate, -moved.daysEarlier);
      const run = atLocalTime(date, time, timeZone);
      if (run && run.getTime() > after.getTime()) return run;
      cursor = nominal;
    }
    return null;
  };
}

function runsOf(job: Cron): Runs {
  return (after) => job.nextRun(after);
}

/** The instant of a local date and time in a zone, by croner's DST rules (a time in a gap runs when the gap ends). */
function atLocalTime(date: string, time: { hour: number; minute: number }, timeZone: string): Date | null {
  const [year, month, day] = date.split("-").map(Number);
  const job = new Cron(`0 ${time.minute} ${time.hour} ${day} ${month} * ${year}`, { timezone: timeZone, mode: "7-part" });
  // Start well before the local day in any zone (UTC-12 … UTC+14).
  return job.nextRun(new Date(Date.UTC(year, month - 1, day) - 2 * dayMs));
}

/** A calendar date moved by whole days ("2026-09-01", -2 → "2026-08-30"). */
function addDays(date: string, days: number): string {
  const [year, month, day] = date.split("-").map(Number);
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

/** Cron counts weekdays from Sunday = 0; ours are ISO (Monday = 1 … Sunday = 7). */
function cronWeekday(weekday: Weekday): string {
  return String(weekday % 7);
}

function parseTime(time: LocalTime): { hour: number; minute: number } | null {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(time);
  return match ? { hour: Number(match[1]), minute: Number(match[2]) } : null;
}

// Croner jobs without a callback hold no timer and `nextRun(date)` depends only on its argument,
// so one job per (pattern, zone) can be shared. The cache is bounded: circles share few patterns.
const jobs = new Map<string, Cron>();
const maxJobs = 1000;

function cronJob(pattern: string, timeZone: string): Cron {
  const key = `${pattern}|${timeZone}`;
  let job = jobs.get(key);
  if (!job) {
    job = new Cron(pattern, { timezone: timeZone, mode: "5-part" });
    if (jobs.size >= maxJobs) jobs.clear();
    jobs.set(key, job);
  }
  return job;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let result = formatters.get(timeZone);
  if (!result) {
    result = new Intl.DateTimeFormat("en-US", {
      timeZone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    });
    formatters.set(timeZone, result);
  }
  return result;
}

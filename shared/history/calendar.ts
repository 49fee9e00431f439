// Calendar ranges in a circle's time zone, as UTC instants for store queries: a local day, an
// ISO week ("2026-W05", Monday to Sunday) and a month ("2026-02"). Pure; DST is croner's job.

import { Cron } from "croner";
import { localDateTime } from "../rituals/schedule";

const DAY_MS = 86_400_000;

export interface InstantRange {
  /** Inclusive. */
  from: Date;
  /** Exclusive. */
  to: Date;
}

/** The first instant of a local date ("YYYY-MM-DD") in a time zone (midnight, or the first time after a DST gap). */
export function localDayStart(localDate: string, timeZone: string): Date {
  const [year, month, day] = localDate.split("-").map(Number) as [number, number, number];
  const job = new Cron(`0 0 0 ${day} ${month} * ${year}`, { timezone: timeZone, mode: "7-part" });
  // Start well before the local day in any zone (UTC-12 … UTC+14).
  const start = job.nextRun(new Date(Date.UTC(year, month - 1, day) - 2 * DAY_MS));
  if (!start) throw new RangeError(`no local midnight for ${localDate} in ${timeZone}`);
  return start;
}

/** "YYYY-MM-DD" moved by whole days. */
export function addLocalDays(localDate: string, days: number): string {
  const [year, month, day] = localDate.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

/** A month "YYYY-MM" from its first local midnight to the next month's. */
export function monthRange(month: string, timeZone: string): InstantRange {
  const [year, m] = month.split("-").map(Number) as [number, number];
  const next = m === 12 ? `${year + 1}-01` : `${year}-${String(m + 1).padStart(2, "0")}`;
  return { from: localDayStart(`${month}-01`, timeZone), to: localDayStart(`${next}-01`, timeZone) };
}

/** The Monday ("YYYY-MM-DD") of an ISO week "YYYY-Www"; null when the year has no such week. */
export function isoWeekMonday(week: string): string | null {
  const match = /^(\d{4})-W(\d{2})$/.exec(week);
  if (!match) return null;
  const year = Number(match[1]);
  const number = Number(match[2]);
  // Week 1 holds January 4th.
  const jan4 = Date.UTC(year, 0, 4);
  const jan4Weekday = (new Date(jan4).getUTCDay() + 6) % 7; // Monday = 0
  const monday = new Date(jan4 - jan4Weekday * DAY_MS + (number - 1) * 7 * DAY_MS).toISOString().slice(0, 10);
  return number >= 1 && isoWeekOf(monday) === week ? monday : null;
}

/** The ISO week "YYYY-Www" of a local date. */
export function isoWeekOf(localDate: string): string {
  const [year, month, day] = localDate.split("-").map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  const weekday = (date.getUTCDay() + 6) % 7;
  // The week's Thursday decides its year.
  const thursday = new Date(date.getTime() + (3 - weekday) * DAY_MS);
  const weekYear = thursday.getUTCFullYear();
  const week = 1 + Math.floor((thursday.getTime() - Date.UTC(weekYear, 0, 1)) / (7 * DAY_MS));
  return `${weekYear}-W${String(week).padStart(2, "0")}`;
}

/** An ISO week from its Monday's first local midnight to the next Monday's; null for a week that does not exist. */
export function isoWeekRange(week: string, timeZone: string): InstantRange | null {
  const monday = isoWeekMonday(week);
  if (!monday) return null;
  return { from: localDayStart(monday, timeZone), to: localDayStart(addLocalDays(monday, 7), timeZone) };
}

/** Today's local date and its range. */
export function localToday(timeZone: string, now: Date): { localDate: string } & InstantRange {
  const { localDate } = localDateTime(timeZone, now);
  return { localDate, from: localDayStart(localDate, timeZone), to: localDayStart(addLocalDays(localDate, 1), timeZone) };
}

// Streaks: how many of the circle's working days in a row someone played a game. Days off (a
// weekend, a circle's free Wednesday) neither count nor break a streak. Pure date arithmetic on
// local dates ("YYYY-MM-DD" in the circle's time zone), so no time zone or DST can interfere.

export interface Streak {
  /** Working days in a row, up to `lastDate`. */
  current: number;
  best: number;
  /** The last working day that counted. */
  lastDate?: string;
}

/** Someone who never played. */
export const noStreak: Streak = { current: 0, best: 0 };

const DAY_MS = 86_400_000;

/**
 * The streak after a play on `playedLocalDate`. `workingDays` are ISO weekdays (1 = Monday).
 * - the next working day after `lastDate`: one more;
 * - a working day missed in between: a new streak of 1;
 * - the same date again, or an earlier one (an old session finalised late): unchanged;
 * - a day off: unchanged (only working days count, and a day off never breaks anything).
 */
export function nextStreak(previous: Streak, playedLocalDate: string, workingDays: readonly number[]): Streak {
  const day = epochDay(playedLocalDate);
  const last = previous.lastDate === undefined ? undefined : epochDay(previous.lastDate);
  if (last !== undefined && day <= last) return previous;
  if (!workingDays.includes(isoWeekday(day))) return previous;
  const current = last !== undefined && !missedWorkingDay(last, day, workingDays) ? previous.current + 1 : 1;
  return { current, best: Math.max(previous.best, current), lastDate: playedLocalDate };
}

/**
 * The streak as it stands on `todayLocalDate`: 0 once a working day went by without a play. A
 * stored streak only changes when its owner plays, so boards read it through this.
 */
export function currentStreak(streak: Streak, todayLocalDate: string, workingDays: readonly number[]): number {
  if (streak.lastDate === undefined) return 0;
  return missedWorkingDay(epochDay(streak.lastDate), epochDay(todayLocalDate), workingDays) ? 0 : streak.current;
}

/** Whether a working day lies strictly between the two days. Any seven days hold every weekday, so at most seven are looked at. */
function missedWorkingDay(from: number, to: number, workingDays: readonly number[]): boolean {
  for (let day = from + 1; day < to && day <= from + 7; day++) {
    if (workingDays.includes(isoWeekday(day))) return true;
  }
  return false;
}

function epochDay(localDate: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(localDate);
  const ms = match ? Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : NaN;
  if (!match || new Date(ms).getUTCDate() !== Number(match[3])) throw new RangeError(`not a local date (YYYY-MM-DD): ${localDate}`);
  return ms / DAY_MS;
}

/** 1970-01-01 was a Thursday (ISO 4). */
function isoWeekday(day: number): number {
  return ((((day + 3) % 7) + 7) % 7) + 1;
}

// The circle's consistency on Home: how many of its planned rituals it held, and for how many
// weeks in a row it held every one of them. The same counting as the facilitators' insights
// (shared/insights): a planned moment is every session the scheduler recorded for the schedule
// (held, missed or failed); held means posted (open or closed); play-now sessions are extra and
// never make up for a missed one. Weeks run Monday to Sunday in the circle's time zone.
// Pure: the caller passes the sessions of the period and today's local date.

import { addDays, weekStartOf } from "../insights/insights";
import type { Session } from "../sessions/types";

/** Held ÷ planned over this many days up to today. */
export const CONSISTENCY_DAYS = 28;
/** How far back the run of weeks is counted; also the weeks the caller must load. */
export const STREAK_WEEKS_MAX = 52;
/** The weeks Home draws, oldest first. */
export const HOME_WEEKS = 8;

export type ConsistencySession = Pick<Session, "localDate" | "state" | "trigger">;

export interface ConsistencyWeek {
  /** The Monday, "YYYY-MM-DD". */
  weekStart: string;
  planned: number;
  held: number;
}

export interface Consistency {
  days: number;
  planned: number;
  held: number;
  /** Sessions opened on demand in the same days, on top of the plan. */
  extra: number;
  /** 0–100, rounded; null when nothing was planned. */
  percent: number | null;
  /**
   * Weeks in a row, up to this one, in which at least one ritual was planned and every planned
   * one was held. The current week counts once it has a planned moment, and never breaks the run
   * before anything was planned in it.
   */
  weekStreak: number;
  weeks: ConsistencyWeek[];
}

/**
 * The first local date to load sessions from for `consistency`: `weeks` back (Home's chart and
 * the 28 days by default). Only when the run of weeks reaches that far does the caller need to
 * load the whole STREAK_WEEKS_MAX (see `needsLongerHistory`).
 */
export function consistencyFrom(today: string, weeks = HOME_WEEKS): string {
  return addDays(weekStartOf(today), -7 * (weeks - 1));
}

/** True when the run counted from `weeks` of sessions may go on further back. */
export function needsLongerHistory(result: Consistency, weeks = HOME_WEEKS): boolean {
  return result.weekStreak >= weeks && weeks < STREAK_WEEKS_MAX;
}

export function consistency(sessions: readonly ConsistencySession[], today: string): Consistency {
  const since = addDays(today, -(CONSISTENCY_DAYS - 1));
  const past = sessions.filter((s) => s.localDate <= today && s.state !== "pending");
  const planned = past.filter((s) => s.trigger === "schedule");
  const recent = planned.filter((s) => s.localDate >= since);
  const held = recent.filter(wasHeld).length;

  const byWeek = new Map<string, ConsistencyWeek>();
  for (const session of planned) {
    const weekStart = weekStartOf(session.localDate);
    const week = byWeek.get(weekStart) ?? { weekStart, planned: 0, held: 0 };
    week.planned++;
    if (wasHeld(session)) week.held++;
    byWeek.set(weekStart, week);
  }
  const thisWeek = weekStartOf(today);
  let weekStreak = 0;
  for (let i = 0; i < STREAK_WEEKS_MAX; i++) {
    const week = byWeek.get(addDays(thisWeek, -7 * i));
    if (i === 0 && !week) continue;
    if (!week || week.held < week.planned) break;
    weekStreak++;
  }
  const weeks = Array.from({ length: HOME_WEEKS }, (_, i) => {
    const weekStart = addDays(thisWeek, -7 * (HOME_WEEKS - 1 - i));
    return byWeek.get(weekStart) ?? { weekStart, planned: 0, held: 0 };
  });
  return {
    days: CONSISTENCY_DAYS,
    planned: recent.length,
    held,
    extra: past.filter((s) => s.trigger === "now" && s.localDate >= since && wasHeld(s)).length,
    percent: recent.length === 0 ? null : Math.round((100 * held) / recent.length),
    weekStreak,
    weeks,
  };
}

function wasHeld(session: ConsistencySession): boolean {
  return session.state === "open" || session.state === "closed";
}

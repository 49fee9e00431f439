// Insights for facilitators: how consistently the circle met its rhythm, how many of its people
// took part per ritual, and how many thanks crossed team lines — week by week, as aggregates.
// Nothing here ranks or singles out a person. Pure: the caller loads the sessions and shoutouts
// of the period and passes the clock in.

import type { CrossTeamWeek, InsightsResponse, InsightsWeek, ParticipationWeek, RitualParticipation } from "../api/types";
import type { Locale } from "../circles/types";
import { isRitualId, ritualTemplate } from "../rituals/catalog";
import { localDateTime, occurrencesBetween } from "../rituals/schedule";
import type { CircleSettings, RitualId } from "../rituals/types";
import type { Session } from "../sessions/types";

export const INSIGHT_WEEKS = 12;

const DAY_MS = 86_400_000;

export type InsightSession = Pick<Session, "_id" | "ritualId" | "localDate" | "state" | "trigger" | "participants">;

export interface InsightShoutout {
  /** The circle it was given in. */
  circleId: string;
  /** Every wall it shows on; more than one means it crossed into another circle. */
  circleIds: readonly string[];
  createdAt: Date;
}

export interface InsightsInput {
  circleId: string;
  settings: CircleSettings;
  memberCount: number;
  /** The circle's sessions with a local date in the period (see `insightsPeriod`). */
  sessions: readonly InsightSession[];
  /** The circle's wall in the period. */
  shoutouts: readonly InsightShoutout[];
  /** Names of other circles that may be shown (channels: "Team › Channel"), for the connections list. */
  circleNames: ReadonlyMap<string, string>;
  pairs: { total: number; crossTeam: number } | null;
  locale: Locale;
  now: Date;
}

/** The first Monday of the period and today, as local dates in the circle's time zone. */
export function insightsPeriod(timeZone: string, now: Date, weeks = INSIGHT_WEEKS): { from: string; today: string } {
  const today = localDateTime(timeZone, now).localDate;
  return { from: addDays(weekStartOf(today), -7 * (weeks - 1)), today };
}

export function computeInsights(input: InsightsInput): InsightsResponse {
  const { settings, now, circleId } = input;
  const { from, today } = insightsPeriod(settings.timeZone, now);
  const weekStarts = Array.from({ length: INSIGHT_WEEKS }, (_, i) => addDays(from, 7 * i));
  const currentWeek = weekStarts[weekStarts.length - 1]!;
  const inPeriod = input.sessions.filter((s) => s.localDate >= from && s.localDate <= addDays(currentWeek, 6));

  // Planned: every occurrence the scheduler recorded (held, missed or failed alike), and the ones
  // the schedule still has in store this week.
  const recorded = new Set(inPeriod.map((s) => s._id));
  const upcoming = settings.rituals.flatMap((ritual) =>
    occurrencesBetween(settings, ritual, now, new Date(now.getTime() + 7 * DAY_MS)).filter(
      (o) => weekStartOf(o.localDate) === currentWeek && o.localDate >= today && !recorded.has(`${circleId}|${o.ritualId}|${o.localDate}`),
    ),
  );

  const weeks: InsightsWeek[] = weekStarts.map((weekStart) => {
    const ofWeek = inPeriod.filter((s) => weekStartOf(s.localDate) === weekStart);
    const scheduled = ofWeek.filter((s) => s.trigger === "schedule");
    const coming = weekStart === currentWeek ? upcoming.length : 0;
    return {
      weekStart,
      planned: scheduled.length + coming,
      held: scheduled.filter(wasHeld).length,
      extra: ofWeek.filter((s) => s.trigger === "now" && wasHeld(s)).length,
      upcoming: coming,
    };
  });
  const plannedSoFar = weeks.reduce((sum, w) => sum + w.planned - w.upcoming, 0);
  const heldSoFar = weeks.reduce((sum, w) => sum + w.held, 0);

  return {
    circleId,
    timeZone: settings.timeZone,
    memberCount: input.memberCount,
    weeks,
    consistency: { planned: plannedSoFar, held: heldSoFar, percent: plannedSoFar === 0 ? null : Math.round((100 * heldSoFar) / plannedSoFar) },
    participation: participation(inPeriod, settings, weekStarts, input.memberCount, input.locale),
    crossTeam: crossTeam(input, weekStarts),
  };
}

/** Posted, so people could take part (open now, or closed with its summary). */
function wasHeld(session: InsightSession): boolean {
  return session.state === "open" || session.state === "closed";
}

/**
 * Per ritual the circle has switched on or held in the period: the average share of members who
 * took part in its closed sessions, per week. The share uses today's member count — the circle
 * does not keep its past rosters.
 */
function participation(sessions: readonly InsightSession[], settings: CircleSettings, weekStarts: readonly string[], members: number, locale: Locale): RitualParticipation[] {
  const ritualIds = new Set<RitualId>(settings.rituals.filter((r) => r.enabled).map((r) => r.ritualId));
  for (const session of sessions) if (session.state === "closed" && isRitualId(session.ritualId)) ritualIds.add(session.ritualId);
  return [...ritualIds].map((ritualId) => ({
    ritualId,
    name: ritualTemplate(ritualId).name[locale],
    weeks: weekStarts.map((weekStart): ParticipationWeek => {
      const closed = sessions.filter((s) => s.ritualId === ritualId && s.state === "closed" && weekStartOf(s.localDate) === weekStart);
      const people = closed.reduce((sum, s) => sum + new Set(s.participants).size, 0);
      const rate = closed.length === 0 || members === 0 ? null : Math.min(1, people / (closed.length * members));
      return { weekStart, sessions: closed.length, rate };
    }),
  }));
}

function crossTeam(input: InsightsInput, weekStarts: readonly string[]): InsightsResponse["crossTeam"] {
  const weeks = new Map<string, CrossTeamWeek>(weekStarts.map((weekStart) => [weekStart, { weekStart, sent: 0, received: 0 }]));
  const connected = new Map<string, number>();
  for (const shoutout of input.shoutouts) {
    const others = shoutout.circleId === input.circleId ? shoutout.circleIds.filter((id) => id !== input.circleId) : [shoutout.circleId];
    if (others.length === 0) continue;
    const week = weeks.get(weekStartOf(localDateTime(input.settings.timeZone, shoutout.createdAt).localDate));
    if (!week) continue;
    if (shoutout.circleId === input.circleId) week.sent++;
    else week.received++;
    for (const other of others) connected.set(other, (connected.get(other) ?? 0) + 1);
  }
  const list = [...weeks.values()];
  return {
    sent: list.reduce((sum, w) => sum + w.sent, 0),
    received: list.reduce((sum, w) => sum + w.received, 0),
    weeks: list,
    circles: [...byName(connected, input.circleNames)]
      .map(([name, shoutouts]) => ({ name, shoutouts }))
      .sort((a, b) => b.shoutouts - a.shoutouts || a.name.localeCompare(b.name)),
    pairs: input.pairs,
  };
}

/** Counts per circle name; circles without a name to show (chats, meetings) count together under "". */
function byName(counts: ReadonlyMap<string, number>, names: ReadonlyMap<string, string>): Map<string, number> {
  const merged = new Map<string, number>();
  for (const [id, count] of counts) {
    const name = names.get(id) ?? "";
    merged.set(name, (merged.get(name) ?? 0) + count);
  }
  return merged;
}

/** The Monday of a local date's week. */
export function weekStartOf(localDate: string): string {
  const day = epochDay(localDate);
  const isoWeekday = ((((day + 3) % 7) + 7) % 7) + 1;
  return fromEpochDay(day - (isoWeekday - 1));
}

export function addDays(localDate: string, days: number): string {
  return fromEpochDay(epochDay(localDate) + days);
}

function epochDay(localDate: string): number {
  const [y, m, d] = localDate.split("-").map(Number);
  return Date.UTC(y!, m! - 1, d!) / DAY_MS;
}

function fromEpochDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/**
 * Walk-and-talk groups and how many brought people from different teams together: a group counts
 * when two of its people are both known to belong to teams and share none. Unknown teams never
 * count as "different". Null when the period had no groups at all.
 */
export function pairStats(groups: readonly { people: readonly { id: string }[] }[], teams: ReadonlyMap<string, readonly string[]>): { total: number; crossTeam: number } | null {
  if (groups.length === 0) return null;
  const apart = (a: string, b: string) => {
    const ta = teams.get(a) ?? [];
    const tb = teams.get(b) ?? [];
    return ta.length > 0 && tb.length > 0 && !ta.some((team) => tb.includes(team));
  };
  const crossTeam = groups.filter((group) => group.people.some((a, i) => group.people.slice(i + 1).some((b) => apart(a.id, b.id)))).length;
  return { total: groups.length, crossTeam };
}

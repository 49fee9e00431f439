// The catch-up rule: what happens to occurrences the scheduler finds only after they were due,
// typically after the server was down. Pure: occurrences and a clock in, a decision out.
//
// - Only the most recent due occurrence can still be posted, and only while less than its window
//   has passed since its planned time; it is marked late when found more than a minute after it.
// - Every other due occurrence is recorded as missed and never posted, so a circle coming back
//   after a long outage gets one current moment, not a burst of stale ones.
// - Of a long outage only the most recent `maxMissedRecorded` missed occurrences are recorded.

import type { Occurrence } from "../rituals/types";

/** Found later than this after its planned time, an occurrence is posted as late. */
export const LATE_AFTER_MS = 60_000;
/** At most this many missed occurrences of one ritual are recorded per catch-up (a month of working days and then some). */
export const MAX_MISSED_RECORDED = 31;

export interface CatchUp {
  /** The occurrence to post now, if any. */
  post: { occurrence: Occurrence; late: boolean } | null;
  /** Recorded as missed, oldest first. */
  missed: Occurrence[];
}

/** `due`: the ritual's occurrences that have come (planned time <= now), oldest first. */
export function catchUp(due: readonly Occurrence[], now: Date, windowMinutes: number): CatchUp {
  const latest = due[due.length - 1];
  if (!latest) return { post: null, missed: [] };
  const behind = now.getTime() - latest.at.getTime();
  const postable = behind < windowMinutes * 60_000;
  const missed = (postable ? due.slice(0, -1) : due).slice(-MAX_MISSED_RECORDED);
  return { post: postable ? { occurrence: latest, late: behind > LATE_AFTER_MS } : null, missed };
}

// Sessions as the scheduler's outbox. A due occurrence becomes a session document (state
// "pending") BEFORE anything is posted; its id is "<circleId>|<ritualId>|<localDate>", so however
// many instances or restarts try, only one insert succeeds (exactly once). Delivery then claims
// pending sessions with a lease and moves them on: pending → open (posted) → closed, or to missed
// / failed. Every transition is guarded by the expected state and the lease owner, so an instance
// whose lease ran out can no longer change what another instance now holds.

import type { Circle } from "../circles/types";
import { ritualTemplate } from "../rituals/catalog";
import { localDateTime, nextOccurrence, occurrencesBetween } from "../rituals/schedule";
import type { Occurrence, RitualId } from "../rituals/types";
import type { Session } from "../sessions/types";
import { DuplicateKeyError, type Store } from "../store/types";
import { catchUp } from "./catch-up";
import { claimMatching, releaseLease } from "./lease";
import { advanceSchedule } from "./schedules";
import type { ClaimOptions, Schedule } from "./types";

export function sessionId(circleId: string, ritualId: RitualId, localDate: string): string {
  return `${circleId}|${ritualId}|${localDate}`;
}

const sessionsOf = (store: Store) => store.collection<Session>("sessions");

interface NewSession {
  ritualId: RitualId;
  scheduledFor: Date;
  localDate: string;
  state: "pending" | "missed";
  late: boolean;
  trigger: Session["trigger"];
  dueAt: Date;
  now: Date;
}

function newSession(circle: Circle, fields: NewSession): Session {
  const { ritualId, scheduledFor, localDate, state, late, trigger, dueAt, now } = fields;
  return {
    _id: sessionId(circle._id, ritualId, localDate),
    circleId: circle._id,
    tenantId: circle.tenantId,
    ritualId,
    scheduledFor,
    localDate,
    state,
    late,
    trigger,
    dueAt,
    // The window runs from the planned time: a late post closes when the on-time one would have.
    closesAt: new Date(scheduledFor.getTime() + ritualTemplate(ritualId).windowMinutes * 60_000),
    attempts: 0,
    participants: [],
    data: {},
    createdAt: now,
    version: 1,
  };
}

/** Inserts the session unless one with its id exists; true when this call wrote it. */
async function insertOnce(store: Store, session: Session): Promise<boolean> {
  try {
    await sessionsOf(store).insertOne(session);
    return true;
  } catch (error) {
    if (error instanceof DuplicateKeyError) return false;
    throw error;
  }
}

export interface RecordedOccurrences {
  /** A pending session was written, leased to the recording instance: it posts it next. */
  pending: Session | null;
  /** Occurrences recorded as missed (catch-up rule). */
  missed: number;
  /** Occurrences whose session already existed (another instance, an earlier run, or "play now"). */
  existing: number;
}

/**
 * Turns a claimed, due schedule into sessions by the catch-up rule (catch-up.ts), then moves the
 * schedule on to the first occurrence after now and releases it. A circle that is gone, inactive
 * or paused, or a ritual that was switched off, just loses its schedule.
 *
 * The pending session is written already leased to `owner` until `leaseUntil`, so the instance
 * that wrote it can post it straight away without claiming it a second time.
 */
export async function recordDueOccurrences(
  store: Store,
  claimed: Schedule,
  options: { now: Date; owner: string; leaseUntil: Date },
): Promise<RecordedOccurrences> {
  const { now, owner, leaseUntil } = options;
  const result: RecordedOccurrences = { pending: null, missed: 0, existing: 0 };
  const circle = await store.collection<Circle>("circles").findOne({ _id: claimed.circleId });
  const ritual = circle?.settings?.rituals.find((r) => r.ritualId === claimed.ritualId && r.enabled);
  if (!circle || !circle.active || !ritual || circle.settings.paused) {
    await advanceSchedule(store, claimed, null, owner, now);
    return result;
  }
  const settings = circle.settings;
  const due = occurrencesBetween(settings, ritual, new Date(claimed.nextAt.getTime() - 1), now);
  const decision = catchUp(due, now, ritualTemplate(ritual.ritualId).windowMinutes);
  const record = (occurrence: Occurrence, state: "pending" | "missed", late: boolean) =>
    newSession(circle, {
      ritualId: ritual.ritualId,
      scheduledFor: occurrence.at,
      localDate: occurrence.localDate,
      state,
      late,
      trigger: "schedule",
      dueAt: state === "pending" ? now : occurrence.at,
      now,
    });
  for (const occurrence of decision.missed) {
    if (await insertOnce(store, record(occurrence, "missed", false))) result.missed++;
    else result.existing++;
  }
  if (decision.post) {
    const session: Session = { ...record(decision.post.occurrence, "pending", decision.post.late), leaseOwner: owner, leaseUntil };
    if (await insertOnce(store, session)) result.pending = session;
    else result.existing++;
  }
  await advanceSchedule(store, claimed, nextOccurrence(settings, ritual, now), owner, now);
  return result;
}

/**
 * "Play now": a pending session for today (in the circle's time zone) that the scheduler posts
 * at once. A ritual has one session per local day, so when today's exists (played already, or
 * posted by the schedule), that one is returned with `created: false`.
 */
export async function openSessionNow(store: Store, circle: Circle, ritualId: RitualId, now: Date): Promise<{ session: Session; created: boolean }> {
  const { localDate } = localDateTime(circle.settings.timeZone, now);
  const session = newSession(circle, { ritualId, scheduledFor: now, localDate, state: "pending", late: false, trigger: "now", dueAt: now, now });
  if (await insertOnce(store, session)) return { session, created: true };
  const existing = await sessionsOf(store).findOne({ _id: session._id });
  // Sessions are never deleted, so this only happens if someone removed it by hand just now.
  if (!existing) throw new Error(`session ${session._id} disappeared while it was being opened`);
  return { session: existing, created: false };
}

// ---------------------------------------------------------------------------------------------
// Delivery: claims and guarded transitions.

/** Pending sessions whose time has come (dueAt <= now), with a free lease, oldest first. */
export function claimPending(store: Store, options: ClaimOptions): Promise<Session[]> {
  return claimMatching(sessionsOf(store), { state: "pending", dueAt: { $lte: options.now } }, { dueAt: 1 }, options);
}

/** Open sessions whose window has closed (an open session's dueAt is its closesAt, or a retry time). */
export function claimClosing(store: Store, options: ClaimOptions): Promise<Session[]> {
  return claimMatching(sessionsOf(store), { state: "open", dueAt: { $lte: options.now } }, { dueAt: 1 }, options);
}

/** Applies a transition if the session is still in `session.state` and held by `owner`; false when it was not (the lease was lost). */
async function transition(store: Store, session: Session, owner: string, update: { set: Partial<Session>; attempted: boolean }): Promise<boolean> {
  const result = await sessionsOf(store).updateOne(
    { _id: session._id, state: session.state, leaseOwner: owner },
    { $set: update.set, $inc: { version: 1, ...(update.attempted ? { attempts: 1 } : {}) }, ...releaseLease },
  );
  return result.matchedCount === 1;
}

/** Posted: the session is open until closesAt, when the scheduler closes it. */
export function markPosted(store: Store, session: Session, owner: string, activityId: string, now: Date): Promise<boolean> {
  return transition(store, session, owner, { set: { state: "open", activityId, postedAt: now, dueAt: session.closesAt }, attempted: true });
}

/** A failed attempt to be tried again at `nextAttemptAt` (posting a pending session, or closing an open one). */
export function markRetry(store: Store, session: Session, owner: string, error: string, nextAttemptAt: Date): Promise<boolean> {
  return transition(store, session, owner, { set: { dueAt: nextAttemptAt, lastError: error }, attempted: true });
}

/** Could not be posted and will not be tried again; `reason` says why. */
export function markFailed(store: Store, session: Session, owner: string, reason: string, attempted: boolean): Promise<boolean> {
  return transition(store, session, owner, { set: { state: "failed", lastError: reason }, attempted });
}

/** Not posted on purpose (the circle was paused or the ritual switched off after it was written). */
export function markMissed(store: Store, session: Session, owner: string, reason: string): Promise<boolean> {
  return transition(store, session, owner, { set: { state: "missed", lastError: reason }, attempted: false });
}

/** The window closed and the closing cards were posted; `problem` records closing cards that could not be. */
export function markClosed(store: Store, session: Session, owner: string, now: Date, problem?: string, attempted = true): Promise<boolean> {
  return transition(store, session, owner, { set: { state: "closed", closedAt: now, ...(problem ? { lastError: problem } : {}) }, attempted });
}

/** Gives a claimed session back untouched (a stopping scheduler). */
export async function releaseSession(store: Store, id: string, owner: string): Promise<void> {
  await sessionsOf(store).updateOne({ _id: id, leaseOwner: owner }, releaseLease);
}

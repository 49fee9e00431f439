// Schedules: which rituals of which circles are due next, kept in step with the circles' settings,
// and claimed by exactly one scheduler instance when they fall due.

import type { Circle } from "../circles/types";
import { ritualIds } from "../rituals/catalog";
import { nextOccurrence } from "../rituals/schedule";
import type { CircleSettings, Occurrence, RitualId, RitualSetting } from "../rituals/types";
import { DuplicateKeyError, type Store } from "../store/types";
import { claimMatching, releaseLease } from "./lease";
import type { ClaimOptions, Schedule } from "./types";

export function scheduleId(circleId: string, ritualId: RitualId): string {
  return `${circleId}|${ritualId}`;
}

/**
 * The occurrence a schedule should point at. A plan that is due but not yet handled keeps its
 * occurrence when the new settings still produce it (a settings save at 10:00:02 must not skip
 * the 10:00 moment); otherwise it is the first occurrence after now. Repeats are impossible either
 * way: a session's id is its local date.
 */
export function plannedOccurrence(
  settings: CircleSettings,
  ritual: RitualSetting,
  current: Pick<Schedule, "nextAt"> | null,
  now: Date,
): Occurrence | null {
  if (current && current.nextAt.getTime() <= now.getTime()) {
    const same = nextOccurrence(settings, ritual, new Date(current.nextAt.getTime() - 1));
    if (same && same.at.getTime() === current.nextAt.getTime()) return same;
  }
  return nextOccurrence(settings, ritual, now);
}

/**
 * Brings the circle's schedules in step with the circle: one per enabled ritual of an active,
 * unpaused circle, none otherwise. Call it after every change of settings, activation,
 * deactivation, pause or resume. Idempotent (writes only what changed) and safe to call
 * concurrently: each write is guarded by the circle's version, so an older view of the circle
 * never overwrites a plan made from a newer one.
 */
export async function syncSchedules(store: Store, circle: Circle, now: Date): Promise<void> {
  const schedules = store.collection<Schedule>("schedules");
  const settings = circle.settings;
  const live = circle.active && settings !== undefined && !settings.paused;
  // Every ritual the circle could have a schedule for, so a switched-off one loses its schedule.
  const all = new Set<RitualId>([...ritualIds, ...(settings?.rituals ?? []).map((ritual) => ritual.ritualId)]);
  for (const ritualId of all) {
    const _id = scheduleId(circle._id, ritualId);
    const ritual = live ? settings.rituals.find((r) => r.ritualId === ritualId && r.enabled) : undefined;
    // Lookups by `_id` only: both stores answer them directly, however many schedules there are.
    const current = await schedules.findOne({ _id });
    if (current && current.circleVersion > circle.version) continue;
    const next = ritual ? plannedOccurrence(settings, ritual, current, now) : null;
    if (!next) {
      if (current) await schedules.deleteOne({ _id, circleVersion: { $lte: circle.version } });
      continue;
    }
    const moved = !current || current.nextAt.getTime() !== next.at.getTime();
    if (!moved && current.circleVersion === circle.version && current.tenantId === circle.tenantId) continue;
    try {
      await schedules.updateOne(
        { _id, circleVersion: { $lte: circle.version } },
        {
          $set: {
            circleId: circle._id,
            tenantId: circle.tenantId,
            ritualId,
            nextAt: next.at,
            localDate: next.localDate,
            circleVersion: circle.version,
            updatedAt: now,
          },
          // A new occurrence gets a new version, so whoever holds the old one cannot advance it.
          ...(moved ? { $inc: { version: 1 } } : { $setOnInsert: { version: 1 } }),
        },
        { upsert: true },
      );
    } catch (error) {
      // The guard failed and the upsert hit the existing id: a newer circle version planned it.
      if (!(error instanceof DuplicateKeyError)) throw error;
    }
  }
}

/**
 * Syncs every active circle (at scheduler start): repairs plans a crash left behind between a
 * circle's change and its sync. Pages through the circles by id.
 */
export async function syncAllSchedules(store: Store, now: Date, pageSize = 500): Promise<number> {
  const circles = store.collection<Circle>("circles");
  let after = "";
  let count = 0;
  for (;;) {
    const page = await circles.find({ active: true, _id: { $gt: after } }, { sort: { _id: 1 }, limit: pageSize });
    for (const circle of page) await syncSchedules(store, circle, now);
    count += page.length;
    if (page.length < pageSize) return count;
    after = page[page.length - 1]!._id;
  }
}

/** Claims schedules whose next occurrence has come (nextAt <= now) and whose lease is free or expired. */
export function claimDue(store: Store, options: ClaimOptions): Promise<Schedule[]> {
  return claimMatching(store.collection<Schedule>("schedules"), { nextAt: { $lte: options.now } }, { nextAt: 1 }, options);
}

/**
 * Moves a claimed schedule on to `next` (or removes it when there is none) and releases the lease,
 * in one update guarded by owner and version. When the plan changed meanwhile (settings were
 * saved), the newer plan stands and only the lease is released.
 */
export async function advanceSchedule(store: Store, claimed: Schedule, next: Occurrence | null, owner: string, now: Date): Promise<void> {
  const schedules = store.collection<Schedule>("schedules");
  const guard = { _id: claimed._id, leaseOwner: owner, version: claimed.version };
  const done = next
    ? (await schedules.updateOne(guard, { $set: { nextAt: next.at, localDate: next.localDate, updatedAt: now }, $inc: { version: 1 }, ...releaseLease })).matchedCount
    : (await schedules.deleteOne(guard)).deletedCount;
  if (done === 0) await releaseSchedule(store, claimed._id, owner);
}

/** Gives a claimed schedule back untouched (a stopping scheduler). */
export async function releaseSchedule(store: Store, id: string, owner: string): Promise<void> {
  await store.collection<Schedule>("schedules").updateOne({ _id: id, leaseOwner: owner }, releaseLease);
}

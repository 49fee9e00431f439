// The scheduler's store use cases on the embedded store: schedules kept in step with circles,
// leases, the session outbox and its guarded transitions.

import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Circle } from "../../shared/circles/types";
import {
  claimDue,
  claimPending,
  markPosted,
  markRetry,
  openSessionNow,
  recordDueOccurrences,
  scheduleId,
  syncSchedules,
  type Schedule,
} from "../../shared/scheduler";
import type { Store } from "../../shared/store/types";
import { at, circleDoc, FRIDAY_1530, minutes, openTempStore, seconds, sessionsIn, weekInReviewSettings } from "./harness";

let store: Store;
let cleanup: () => Promise<void>;
beforeEach(async () => {
  ({ store, cleanup } = await openTempStore());
});
afterEach(() => cleanup());

const THURSDAY = at(FRIDAY_1530, -minutes(24 * 60));
const schedules = () => store.collection<Schedule>("schedules");
const scheduleOf = (circle: Circle) => schedules().findOne({ _id: scheduleId(circle._id, "week-in-review") });
const circle = (changes: Partial<Circle> = {}) => circleDoc(1, "http://connector.test/", changes);

describe("syncSchedules", () => {
  it("plans each enabled ritual at its next occurrence in the circle's time zone", async () => {
    const c = circle();
    await syncSchedules(store, c, THURSDAY);
    expect(await schedules().find({})).toEqual([
      expect.objectContaining({ _id: `${c._id}|week-in-review`, circleId: c._id, tenantId: c.tenantId, ritualId: "week-in-review", nextAt: FRIDAY_1530, localDate: "2026-03-06", version: 1 }),
    ]);
  });

  it("is idempotent: syncing the same circle again writes nothing", async () => {
    const c = circle();
    await syncSchedules(store, c, THURSDAY);
    const before = await scheduleOf(c);
    await syncSchedules(store, c, at(THURSDAY, minutes(5)));
    expect(await scheduleOf(c)).toEqual(before);
  });

  it("removes the schedule when the ritual is switched off, the circle paused or deactivated; resuming plans the next one", async () => {
    const c = circle();
    await syncSchedules(store, c, THURSDAY);
    const off = weekInReviewSettings();
    off.rituals = off.rituals.map((r) => ({ ...r, enabled: false }));
    await syncSchedules(store, { ...c, settings: off, version: 2 }, THURSDAY);
    expect(await schedules().countDocuments({})).toBe(0);

    await syncSchedules(store, { ...c, version: 3 }, THURSDAY);
    await syncSchedules(store, { ...c, settings: weekInReviewSettings({ paused: true }), version: 4 }, THURSDAY);
    expect(await schedules().countDocuments({})).toBe(0);

    await syncSchedules(store, { ...c, version: 5 }, THURSDAY);
    await syncSchedules(store, { ...c, active: false, version: 6 }, THURSDAY);
    expect(await schedules().countDocuments({})).toBe(0);

    // resumed after Friday's moment: the next one is a week later
    await syncSchedules(store, { ...c, version: 7 }, at(FRIDAY_1530, minutes(10)));
    expect((await scheduleOf(c))?.nextAt).toEqual(at(FRIDAY_1530, minutes(7 * 24 * 60)));
  });

  it("a settings save just after the moment was due keeps it (no skip); moving the time plans the new one", async () => {
    const c = circle();
    await syncSchedules(store, c, THURSDAY);
    const justAfter = at(FRIDAY_1530, seconds(2)); // due, not yet picked up by the scheduler
    await syncSchedules(store, { ...c, locale: "nl", version: 2 }, justAfter);
    expect((await scheduleOf(c))?.nextAt).toEqual(FRIDAY_1530);

    const later = weekInReviewSettings();
    later.rituals = later.rituals.map((r) => (r.ritualId === "week-in-review" ? { ...r, time: "16:00" } : r));
    await syncSchedules(store, { ...c, settings: later, version: 3 }, justAfter);
    expect(await scheduleOf(c)).toMatchObject({ nextAt: at(FRIDAY_1530, minutes(30)), version: 2 });
  });

  it("an older view of the circle never overwrites the plan of a newer one, also when both sync at once", async () => {
    const c = circle();
    const later = weekInReviewSettings();
    later.rituals = later.rituals.map((r) => (r.ritualId === "week-in-review" ? { ...r, time: "17:00" } : r));
    const newer = { ...c, settings: later, version: 2 };
    await Promise.all([syncSchedules(store, newer, THURSDAY), syncSchedules(store, c, THURSDAY), syncSchedules(store, newer, THURSDAY)]);
    await syncSchedules(store, c, THURSDAY);
    expect(await schedules().find({})).toEqual([expect.objectContaining({ nextAt: at(FRIDAY_1530, minutes(90)), circleVersion: 2 })]);
  });
});

describe("claiming due schedules", () => {
  it("each due schedule goes to one claimer; a lease that ran out can be claimed again", async () => {
    for (let n = 1; n <= 10; n++) await syncSchedules(store, circleDoc(n, "http://connector.test/"), THURSDAY);
    const options = { now: FRIDAY_1530, leaseMs: 60_000, limit: 4 };
    const [a, b] = await Promise.all([claimDue(store, { ...options, owner: "a" }), claimDue(store, { ...options, owner: "b" })]);
    const [c] = await Promise.all([claimDue(store, { ...options, owner: "c", limit: 100 })]);
    const ids = [...a, ...b, ...c].map((s) => s._id);
    expect(ids).toHaveLength(10);
    expect(new Set(ids).size).toBe(10);
    expect(await claimDue(store, { ...options, owner: "d" })).toEqual([]);
    expect(await claimDue(store, { ...options, owner: "d", now: at(FRIDAY_1530, 60_000) })).toHaveLength(4);
  });

  it("nothing is due before its time", async () => {
    await syncSchedules(store, circle(), THURSDAY);
    expect(await claimDue(store, { now: at(FRIDAY_1530, -1), owner: "a", leaseMs: 1000, limit: 10 })).toEqual([]);
  });
});

describe("recording due occurrences (the outbox)", () => {
  const record = async (now: Date, owner = "a") => {
    const [claimed] = await claimDue(store, { now, owner, leaseMs: 60_000, limit: 1 });
    return recordDueOccurrences(store, claimed!, { now, owner, leaseUntil: at(now, 60_000) });
  };

  it("writes a pending session with the deterministic id, leased to the writer; then moves the schedule to next week and frees it", async () => {
    const c = circle();
    await store.collection<Circle>("circles").insertOne(c);
    await syncSchedules(store, c, THURSDAY);
    const result = await record(at(FRIDAY_1530, seconds(3)));
    expect(result).toMatchObject({ missed: 0, existing: 0 });
    expect(result.pending).toMatchObject({
      _id: `${c._id}|week-in-review|2026-03-06`,
      state: "pending",
      late: false,
      trigger: "schedule",
      scheduledFor: FRIDAY_1530,
      closesAt: at(FRIDAY_1530, minutes(180)),
      leaseOwner: "a",
      leaseUntil: at(FRIDAY_1530, seconds(63)),
    });
    expect(await sessionsIn(store).findOne({})).toEqual(result.pending);
    const schedule = await scheduleOf(c);
    expect(schedule).toMatchObject({ nextAt: at(FRIDAY_1530, minutes(7 * 24 * 60)), localDate: "2026-03-13" });
    expect(schedule?.leaseOwner).toBeUndefined();
  });

  it("an occurrence already written (an earlier run, another instance, play now) is not written again", async () => {
    const c = circle();
    await store.collection<Circle>("circles").insertOne(c);
    await syncSchedules(store, c, THURSDAY);
    await openSessionNow(store, c, "week-in-review", at(FRIDAY_1530, -minutes(60)));
    const result = await record(FRIDAY_1530);
    expect(result).toEqual({ pending: null, missed: 0, existing: 1 });
    expect(await sessionsIn(store).countDocuments({})).toBe(1);
  });

  it("after three weeks of downtime: the two older Fridays are recorded as missed, today's is posted late", async () => {
    const c = circle();
    await store.collection<Circle>("circles").insertOne(c);
    await syncSchedules(store, c, at(THURSDAY, -minutes(14 * 24 * 60)));
    const result = await record(at(FRIDAY_1530, minutes(45)));
    expect(result.missed).toBe(2);
    expect(result.pending).toMatchObject({ localDate: "2026-03-06", late: true });
    const missed = await sessionsIn(store).find({ state: "missed" }, { sort: { scheduledFor: 1 } });
    expect(missed.map((s) => s.localDate)).toEqual(["2026-02-20", "2026-02-27"]);
  });

  it("found after its window: recorded as missed, nothing to post", async () => {
    const c = circle();
    await store.collection<Circle>("circles").insertOne(c);
    await syncSchedules(store, c, THURSDAY);
    const result = await record(at(FRIDAY_1530, minutes(181)));
    expect(result).toEqual({ pending: null, missed: 1, existing: 0 });
  });

  it("a circle paused (or gone) since the plan was made just loses its schedule", async () => {
    const c = circle();
    await syncSchedules(store, c, THURSDAY);
    await store.collection<Circle>("circles").insertOne({ ...c, settings: weekInReviewSettings({ paused: true }) });
    expect(await record(FRIDAY_1530)).toEqual({ pending: null, missed: 0, existing: 0 });
    expect(await schedules().countDocuments({})).toBe(0);
  });
});

describe("play now", () => {
  it("opens today's session once; a second press returns the same session", async () => {
    const c = circle();
    const first = await openSessionNow(store, c, "week-in-review", FRIDAY_1530);
    const second = await openSessionNow(store, c, "week-in-review", at(FRIDAY_1530, minutes(5)));
    expect(first).toMatchObject({ created: true, session: { _id: `${c._id}|week-in-review|2026-03-06`, trigger: "now", state: "pending", dueAt: FRIDAY_1530 } });
    expect(second.created).toBe(false);
    expect(second.session._id).toBe(first.session._id);
  });
});

describe("guarded transitions", () => {
  it("an instance whose lease ran out can no longer change the session", async () => {
    const c = circle();
    await openSessionNow(store, c, "week-in-review", FRIDAY_1530);
    const [mine] = await claimPending(store, { now: FRIDAY_1530, owner: "slow", leaseMs: 1000, limit: 10 });
    const [theirs] = await claimPending(store, { now: at(FRIDAY_1530, 1000), owner: "fast", leaseMs: 60_000, limit: 10 });
    expect(theirs?._id).toBe(mine?._id);
    expect(await markPosted(store, theirs!, "fast", "activity-1", at(FRIDAY_1530, 1500))).toBe(true);
    expect(await markRetry(store, mine!, "slow", "HTTP 503", at(FRIDAY_1530, 5000))).toBe(false);
    expect(await markPosted(store, mine!, "slow", "activity-2", at(FRIDAY_1530, 2000))).toBe(false);
    expect(await sessionsIn(store).findOne({})).toMatchObject({ state: "open", activityId: "activity-1", attempts: 1, dueAt: at(FRIDAY_1530, minutes(180)) });
  });
});

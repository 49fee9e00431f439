// The scheduler end to end: real schedulers post through the real CloudAdapter (local mode) to a
// stand-in Bot Connector, on an embedded store, with a clock the tests move by hand.

import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { RitualScheduler } from "../../bot/scheduler";
import type { Circle } from "../../shared/circles/types";
import { openSessionNow, scheduleId, type Schedule } from "../../shared/scheduler";
import type { Store } from "../../shared/store/types";
import { useFakeConnector } from "../helpers/circle-harness";
import {
  at,
  circleDoc,
  clockAt,
  conversationOf,
  FRIDAY_1530,
  minutes,
  openTempStore,
  seconds,
  seedCircles,
  sessionsIn,
  testScheduler,
  textOf,
  weekInReviewSettings,
} from "./harness";

const THURSDAY = at(FRIDAY_1530, -minutes(24 * 60));

const connector = useFakeConnector();
let store: Store;
let cleanup: () => Promise<void>;
const schedulers: RitualScheduler[] = [];

beforeEach(async () => {
  ({ store, cleanup } = await openTempStore());
});
afterEach(async () => {
  await Promise.all(schedulers.splice(0).map((s) => s.stop()));
  await cleanup();
});

const postsTo = (n: number) => connector.sent.filter((s) => s.conversationId === conversationOf(n));
const session = (n: number, localDate = "2026-03-06") => sessionsIn(store).findOne({ _id: `${conversationOf(n)}|week-in-review|${localDate}` });
const schedule = (n: number) => store.collection<Schedule>("schedules").findOne({ _id: scheduleId(conversationOf(n), "week-in-review") });

function scheduler(clock: { now: () => Date }, options: Parameters<typeof testScheduler>[1] = {}) {
  const s = testScheduler(store, { now: clock.now, ...options });
  schedulers.push(s);
  return s;
}

describe("posting a due ritual", () => {
  it("posts it once, as a new message (not a reply), and moves the schedule to next week", async () => {
    await seedCircles(store, [circleDoc(1, connector.url)], THURSDAY);
    const clock = clockAt(at(FRIDAY_1530, -seconds(1)));
    const s = scheduler(clock);
    expect(await s.tick()).toMatchObject({ recorded: 0, posted: 0 });
    expect(connector.sent).toHaveLength(0);

    clock.set(at(FRIDAY_1530, seconds(3)));
    expect(await s.tick()).toMatchObject({ recorded: 1, posted: 1 });
    expect(postsTo(1)).toHaveLength(1);
    expect(postsTo(1)[0]!.replyToId).toBeUndefined();
    expect(textOf(postsTo(1)[0]!.activity)).toBe(`open ${conversationOf(1)}|week-in-review|2026-03-06`);
    expect(await session(1)).toMatchObject({ state: "open", late: false, activityId: expect.stringMatching(/^sent-/), attempts: 1, postedAt: at(FRIDAY_1530, seconds(3)) });
    expect(await schedule(1)).toMatchObject({ nextAt: at(FRIDAY_1530, minutes(7 * 24 * 60)), localDate: "2026-03-13" });

    clock.advance(seconds(5));
    expect(await s.tick()).toMatchObject({ recorded: 0, posted: 0 });
    expect(connector.sent).toHaveLength(1);
  });

  it("in a channel, the post is a new post in the channel, not a reply in the thread the reference came from", async () => {
    const channel = "19:coffee@thread.tacv2";
    const base = circleDoc(1, connector.url);
    const circle = {
      ...base,
      _id: channel,
      kind: "channel" as const,
      reference: { ...base.reference, activityId: "1700000000000", conversation: { id: `${channel};messageid=1700000000000`, conversationType: "channel", tenantId: base.tenantId, isGroup: true } },
    };
    await seedCircles(store, [circle], THURSDAY);
    expect(await scheduler(clockAt(FRIDAY_1530)).tick()).toMatchObject({ posted: 1 });
    expect(connector.sent).toEqual([expect.objectContaining({ conversationId: channel, replyToId: undefined })]);
  });

  it("when the window ends: replaces the posted card, posts the summary as a new message, and closes the session", async () => {
    await seedCircles(store, [circleDoc(1, connector.url)], THURSDAY);
    const clock = clockAt(FRIDAY_1530);
    const s = scheduler(clock);
    await s.tick();
    const { activityId } = (await session(1))!;

    clock.set(at(FRIDAY_1530, minutes(180) - 1));
    expect(await s.tick()).toMatchObject({ closed: 0 });
    clock.set(at(FRIDAY_1530, minutes(180)));
    expect(await s.tick()).toMatchObject({ closed: 1 });

    expect(connector.updated).toEqual([expect.objectContaining({ conversationId: conversationOf(1), activityId })]);
    expect(textOf(connector.updated[0]!.activity)).toBe(`closed ${conversationOf(1)}|week-in-review|2026-03-06`);
    expect(postsTo(1).map((p) => textOf(p.activity))).toEqual([`open ${conversationOf(1)}|week-in-review|2026-03-06`, `summary ${conversationOf(1)}|week-in-review|2026-03-06`]);
    expect(postsTo(1)[1]!.replyToId).toBeUndefined();
    expect(await session(1)).toMatchObject({ state: "closed", closedAt: at(FRIDAY_1530, minutes(180)) });

    await s.tick(at(FRIDAY_1530, minutes(240)));
    expect(connector.sent).toHaveLength(2);
  });

  it("after downtime: the occurrence is posted late within its window, older ones are recorded as missed, not posted", async () => {
    await seedCircles(store, [circleDoc(1, connector.url)], at(THURSDAY, -minutes(14 * 24 * 60)));
    const s = scheduler(clockAt(at(FRIDAY_1530, minutes(50))));
    expect(await s.tick()).toMatchObject({ recorded: 1, missed: 2, posted: 1 });
    expect(postsTo(1).map((p) => textOf(p.activity))).toEqual([`open ${conversationOf(1)}|week-in-review|2026-03-06 (late)`]);
    expect(await sessionsIn(store).countDocuments({ state: "missed" })).toBe(2);
    expect(await session(1)).toMatchObject({ state: "open", late: true, closesAt: at(FRIDAY_1530, minutes(180)) });
  });

  it("play now: the session is posted at the next tick, and today's scheduled moment is not posted again", async () => {
    const c = circleDoc(1, connector.url);
    await seedCircles(store, [c], THURSDAY);
    const clock = clockAt(at(FRIDAY_1530, -minutes(60)));
    const s = scheduler(clock);
    await openSessionNow(store, c, "week-in-review", clock.now());
    expect(await s.tick()).toMatchObject({ posted: 1 });
    clock.set(at(FRIDAY_1530, seconds(2)));
    expect(await s.tick()).toMatchObject({ recorded: 0, posted: 0 });
    expect(postsTo(1)).toHaveLength(1);
  });

  it("a ritual without an opener is recorded as failed with the reason; nothing is posted", async () => {
    await seedCircles(store, [circleDoc(1, connector.url)], THURSDAY);
    const s = scheduler(clockAt(FRIDAY_1530), { openers: {} });
    expect(await s.tick()).toMatchObject({ failed: 1 });
    expect(await session(1)).toMatchObject({ state: "failed", lastError: "no opener is registered for ritual week-in-review", attempts: 0 });
    expect(connector.sent).toHaveLength(0);
  });

  it("a circle paused after the session was written: the session is recorded as missed, not posted", async () => {
    const c = circleDoc(1, connector.url, { settings: weekInReviewSettings({ paused: true }) });
    await store.collection<Circle>("circles").insertOne(c);
    const { session: written } = await openSessionNow(store, c, "week-in-review", FRIDAY_1530);
    await sessionsIn(store).updateOne({ _id: written._id }, { $set: { trigger: "schedule" } });
    const s = scheduler(clockAt(FRIDAY_1530));
    expect(await s.tick()).toMatchObject({ missed: 1, posted: 0 });
    expect(await session(1)).toMatchObject({ state: "missed", lastError: "the circle was paused before it was posted" });
    expect(connector.sent).toHaveLength(0);
  });

  it("a circle the bot was removed from meanwhile: its pending session fails without a post", async () => {
    const c = circleDoc(1, connector.url, { active: false });
    await store.collection<Circle>("circles").insertOne(c);
    await openSessionNow(store, c, "week-in-review", FRIDAY_1530);
    expect(await scheduler(clockAt(FRIDAY_1530)).tick()).toMatchObject({ failed: 1 });
    expect(await session(1)).toMatchObject({ state: "failed", lastError: "the circle is no longer active" });
    expect(connector.sent).toHaveLength(0);
  });
});

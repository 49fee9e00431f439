// Teams saying no: a stand-in connector answers the scheduler's posts with 429 (with and without
// Retry-After), 5xx, 403, 404 and 400. The right retries happen at the right times, nothing is
// posted twice, and a conversation the bot was removed from deactivates its circle.

import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { RitualScheduler } from "../../bot/scheduler";
import type { Circle } from "../../shared/circles/types";
import { scheduleId, type Schedule } from "../../shared/scheduler";
import type { Store } from "../../shared/store/types";
import { useFakeConnector } from "../helpers/circle-harness";
import type { ConnectorReply } from "../helpers/connector";
import { at, circleDoc, clockAt, conversationOf, FRIDAY_1530, minutes, openTempStore, seconds, seedCircles, sessionsIn, testScheduler } from "./harness";

const THURSDAY = at(FRIDAY_1530, -minutes(24 * 60));

const connector = useFakeConnector();
let store: Store;
let cleanup: () => Promise<void>;
let scheduler: RitualScheduler;
let clock: ReturnType<typeof clockAt>;

beforeEach(async () => {
  ({ store, cleanup } = await openTempStore());
  await seedCircles(store, [circleDoc(1, connector.url)], THURSDAY);
  clock = clockAt(FRIDAY_1530);
  scheduler = testScheduler(store, { now: clock.now });
});
afterEach(async () => {
  connector.respond = undefined;
  await scheduler.stop();
  await cleanup();
});

const session = () => sessionsIn(store).findOne({ _id: `${conversationOf(1)}|week-in-review|2026-03-06` });
const circle = () => store.collection<Circle>("circles").findOne({ _id: conversationOf(1) });
const schedule = () => store.collection<Schedule>("schedules").findOne({ _id: scheduleId(conversationOf(1), "week-in-review") });

/** Answers the bot's requests of one kind ("POST" new messages, "PUT" updates) from a script (then: accepted); returns the attempts seen. */
function script(method: "POST" | "PUT", replies: (ConnectorReply | undefined)[]) {
  const attempts: Date[] = [];
  connector.respond = (request) => {
    if (request.method !== method || request.parts[3] !== "activities") return undefined;
    attempts.push(clock.now());
    return replies.shift();
  };
  return attempts;
}

const tooMany = (headers: Record<string, string> = {}): ConnectorReply => ({ status: 429, headers, body: { error: { code: "TooManyRequests", message: "slow down" } } });
const status = (code: number, errorCode = "ServiceError"): ConnectorReply => ({ status: code, body: { error: { code: errorCode, message: "no" } } });

describe("throttled and failing posts are retried", () => {
  it("429 with Retry-After: retried exactly after the delay Teams asked for, posted once", async () => {
    const attempts = script("POST", [tooMany({ "retry-after": "7" })]);
    expect(await scheduler.tick()).toMatchObject({ recorded: 1, posted: 0, retried: 1 });
    expect(await session()).toMatchObject({ state: "pending", attempts: 1, lastError: "HTTP 429 TooManyRequests", dueAt: at(FRIDAY_1530, seconds(7)) });

    clock.advance(seconds(7) - 1);
    expect(await scheduler.tick()).toMatchObject({ posted: 0 });
    clock.advance(1);
    expect(await scheduler.tick()).toMatchObject({ posted: 1 });
    expect(attempts).toEqual([FRIDAY_1530, at(FRIDAY_1530, seconds(7))]);
    expect(connector.sent).toHaveLength(1);
    expect(await session()).toMatchObject({ state: "open", attempts: 2 });
  });

  it("429 with Retry-After as an HTTP date: retried when that time has come", async () => {
    // Teams' date is on the real clock; the retry is planned that far ahead on the scheduler's clock.
    script("POST", [tooMany({ "retry-after": new Date(Date.now() + 42_000).toUTCString() })]);
    await scheduler.tick();
    const waited = (await session())!.dueAt.getTime() - FRIDAY_1530.getTime();
    expect(waited).toBeGreaterThan(seconds(40)); // HTTP dates have whole seconds
    expect(waited).toBeLessThanOrEqual(seconds(42));
  });

  it("429 without Retry-After, then 500 and 503: exponential backoff from 2 s (2 s, 4 s, 8 s), posted once", async () => {
    const attempts = script("POST", [tooMany(), status(500), status(503)]);
    await scheduler.tick();
    for (const delay of [seconds(2), seconds(4), seconds(8)]) {
      const { dueAt } = (await session())!;
      expect(dueAt.getTime() - clock.now().getTime()).toBe(delay - 1); // full jitter drawn at its maximum
      clock.set(dueAt);
      await scheduler.tick();
    }
    expect(attempts).toHaveLength(4);
    expect(connector.sent).toHaveLength(1);
    expect(await session()).toMatchObject({ state: "open", attempts: 4, lastError: "HTTP 503 ServiceError" });
  });

  it("a connector that cannot be reached is retried too", async () => {
    await store.collection<Circle>("circles").updateOne({ _id: conversationOf(1) }, { $set: { "reference.serviceUrl": "http://127.0.0.1:9/" } });
    expect(await scheduler.tick()).toMatchObject({ retried: 1 });
    expect((await session())?.lastError).toMatch(/^no answer \(/);
  });

  it("gives up after 30 minutes of failures and records why; nothing is posted", async () => {
    const attempts = script("POST", Array.from({ length: 100 }, () => status(503)));
    await scheduler.tick();
    for (let i = 0; i < 100; i++) {
      const current = (await session())!;
      if (current.state !== "pending") break;
      clock.set(current.dueAt);
      await scheduler.tick();
    }
    const failed = (await session())!;
    expect(failed.state).toBe("failed");
    expect(failed.lastError).toMatch(/^gave up after \d+ attempts: HTTP 503 ServiceError$/);
    expect(clock.now().getTime() - FRIDAY_1530.getTime()).toBeLessThanOrEqual(minutes(30));
    expect(attempts.length).toBe(failed.attempts);
    expect(attempts.length).toBeGreaterThan(5);
    expect(connector.sent).toHaveLength(0);
    expect((await circle())?.active).toBe(true);
  });
});

describe("a conversation the bot can no longer post in", () => {
  for (const [code, errorCode] of [
    [403, "BotNotInConversationRoster"],
    [404, "ConversationNotFound"],
  ] as const) {
    it(`${code} ${errorCode}: the circle becomes inactive, its schedule is removed, and it is never tried again`, async () => {
      const attempts = script("POST", [status(code, errorCode)]);
      expect(await scheduler.tick()).toMatchObject({ failed: 1, retried: 0 });
      expect(await session()).toMatchObject({ state: "failed", lastError: `the bot was removed from the conversation (HTTP ${code} ${errorCode})` });
      expect(await circle()).toMatchObject({ active: false, removedAt: FRIDAY_1530 });
      expect(await schedule()).toBeNull();

      for (const later of [minutes(1), minutes(60), minutes(7 * 24 * 60)]) await scheduler.tick(at(FRIDAY_1530, later));
      expect(attempts).toHaveLength(1);
      expect(connector.sent).toHaveLength(0);
    });
  }

  it("another client error (400) fails the session but keeps the circle and its schedule", async () => {
    const attempts = script("POST", [status(400, "BadArgument")]);
    expect(await scheduler.tick()).toMatchObject({ failed: 1 });
    expect(await session()).toMatchObject({ state: "failed", lastError: "HTTP 400 BadArgument" });
    expect((await circle())?.active).toBe(true);
    expect((await schedule())?.nextAt).toEqual(at(FRIDAY_1530, minutes(7 * 24 * 60)));
    await scheduler.tick(at(FRIDAY_1530, minutes(10)));
    expect(attempts).toHaveLength(1);
  });
});

describe("closing cards", () => {
  it("a throttled summary is retried; the summary is posted once and the session closed", async () => {
    await scheduler.tick();
    const posts = script("POST", [tooMany({ "retry-after": "3" })]);
    clock.set(at(FRIDAY_1530, minutes(180)));
    expect(await scheduler.tick()).toMatchObject({ closed: 0, retried: 1 });
    clock.advance(seconds(3));
    expect(await scheduler.tick()).toMatchObject({ closed: 1 });
    expect(posts).toHaveLength(2);
    expect(connector.sent).toHaveLength(2); // the prompt and one summary
    expect(connector.updated.length).toBeGreaterThanOrEqual(1);
    expect(await session()).toMatchObject({ state: "closed" });
  });

  it("a deleted prompt message (404 on update) does not stop the summary", async () => {
    await scheduler.tick();
    script("PUT", [status(404, "ActivityNotFound")]);
    expect(await scheduler.tick(at(FRIDAY_1530, minutes(180)))).toMatchObject({ closed: 1 });
    expect(connector.sent).toHaveLength(2);
    expect((await circle())?.active).toBe(true);
  });
});

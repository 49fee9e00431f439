// The client-side rate limits, as pure logic on a clock we move by hand.

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { RateLimiter, TEAMS_CONVERSATION_LIMITS, type RateLimit } from "../../bot/scheduler/rate-limiter";

const sendAll = (limiter: RateLimiter, n: number, conversation: string, tenant: string, now: number) =>
  Array.from({ length: n }, () => limiter.take(conversation, tenant, now));

describe("per conversation", () => {
  it("lets 7 posts through in a second; the 8th waits until the first leaves the window", () => {
    const limiter = new RateLimiter();
    expect(sendAll(limiter, 7, "c1", "t1", 0)).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(limiter.take("c1", "t1", 0)).toBe(1000);
    expect(limiter.take("c1", "t1", 999)).toBe(1);
    expect(limiter.take("c1", "t1", 1000)).toBe(0);
  });

  it("never lets more than 8 through in two seconds, even at a one-second boundary", () => {
    const limiter = new RateLimiter();
    sendAll(limiter, 7, "c1", "t1", 0);
    expect(limiter.take("c1", "t1", 1000)).toBe(0); // 8 in the last two seconds
    expect(limiter.take("c1", "t1", 1000)).toBe(1000); // a 9th must wait for the first seven to age out
    expect(limiter.take("c1", "t1", 2000)).toBe(0);
  });

  it("allows 60 in 30 seconds, then holds back until the oldest is 30 seconds old", () => {
    const limiter = new RateLimiter({ conversation: [{ count: 60, perMs: 30_000 }] });
    for (let i = 0; i < 60; i++) expect(limiter.take("c1", "t1", i * 100)).toBe(0);
    expect(limiter.take("c1", "t1", 6000)).toBe(24_000);
    expect(limiter.take("c1", "t1", 30_000)).toBe(0);
  });

  it("counts each conversation on its own", () => {
    const limiter = new RateLimiter();
    sendAll(limiter, 7, "c1", "t1", 0);
    expect(limiter.take("c2", "t1", 0)).toBe(0);
  });
});

describe("per tenant", () => {
  it("shares 30 posts a second between all conversations of a tenant; other tenants are not affected", () => {
    const limiter = new RateLimiter();
    for (let i = 0; i < 30; i++) expect(limiter.take(`c${i}`, "t1", 0)).toBe(0);
    expect(limiter.take("c30", "t1", 0)).toBe(1000);
    expect(limiter.take("c30", "t2", 0)).toBe(0);
  });

  it("is configurable", () => {
    const limiter = new RateLimiter({ tenant: [{ count: 50, perMs: 1000 }] });
    for (let i = 0; i < 50; i++) expect(limiter.take(`c${i}`, "t1", 0)).toBe(0);
    expect(limiter.take("c50", "t1", 0)).toBeGreaterThan(0);
  });

  it("a refused post takes no slot anywhere", () => {
    const limiter = new RateLimiter({ conversation: [{ count: 1, perMs: 10_000 }], tenant: [{ count: 1, perMs: 1000 }] });
    expect(limiter.take("c1", "t1", 0)).toBe(0);
    // refused by the tenant limit; had these counted for c2, it would now wait 10 s for its own window
    for (let i = 0; i < 5; i++) expect(limiter.take("c2", "t1", 0)).toBe(1000);
    expect(limiter.take("c2", "t1", 1000)).toBe(0);
  });
});

it("forgets conversations that have been quiet for longer than the longest window", () => {
  const limiter = new RateLimiter();
  for (let i = 0; i < 100; i++) limiter.take(`c${i}`, `t${i % 3}`, 0);
  expect(limiter.size).toEqual({ conversations: 100, tenants: 3 });
  limiter.take("later", "t0", 3_600_000 + 60_001);
  expect(limiter.size).toEqual({ conversations: 1, tenants: 1 });
});

it("whatever the pattern of attempts, no window ever holds more posts than its limit", () => {
  const limits: RateLimit[] = [...TEAMS_CONVERSATION_LIMITS];
  fc.assert(
    fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 400 }), fc.integer({ min: 0, max: 2 })), { minLength: 1, maxLength: 300 }), (steps) => {
      const limiter = new RateLimiter({ tenant: [{ count: 10, perMs: 1000 }] });
      const sent = new Map<string, number[]>();
      let now = 0;
      for (const [gap, conversation] of steps) {
        now += gap;
        if (limiter.take(`c${conversation}`, "t", now) === 0) sent.set(`c${conversation}`, [...(sent.get(`c${conversation}`) ?? []), now]);
      }
      const all = [...sent.values()].flat().sort((a, b) => a - b);
      const within = (times: number[], end: number, perMs: number) => times.filter((t) => t > end - perMs && t <= end).length;
      for (const times of sent.values()) {
        for (const end of times) for (const { count, perMs } of limits) expect(within(times, end, perMs)).toBeLessThanOrEqual(count);
      }
      for (const end of all) expect(within(all, end, 1000)).toBeLessThanOrEqual(10);
    }),
    { numRuns: 200 },
  );
});

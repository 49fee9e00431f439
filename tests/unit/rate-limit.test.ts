// Rate limits of commands and card actions: token buckets per person and per circle, their
// configuration, and that memory stays bounded however many people and circles pass by.

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../../bot/config";
import { ActionRateLimiter, TokenBuckets } from "../../bot/ops/rate-limit";

const rules = { person: { capacity: 20, perMs: 10_000 }, circle: { capacity: 120, perMs: 10_000 } };

describe("a token bucket", () => {
  it("allows a burst of its capacity, then one action per refill step", () => {
    const buckets = new TokenBuckets({ capacity: 3, perMs: 3_000 });
    expect([1, 2, 3].map(() => buckets.take("ada", 0).ok)).toEqual([true, true, true]);
    expect(buckets.take("ada", 0)).toEqual({ ok: false, retryAfterMs: 1_000, first: true });
    expect(buckets.take("ada", 999)).toMatchObject({ ok: false, retryAfterMs: 1, first: false });
    expect(buckets.take("ada", 1_000).ok).toBe(true);
    expect(buckets.take("ada", 1_000)).toMatchObject({ ok: false, first: true });
  });

  it("keeps people apart", () => {
    const buckets = new TokenBuckets({ capacity: 1, perMs: 1_000 });
    expect(buckets.take("ada", 0).ok).toBe(true);
    expect(buckets.take("ada", 0).ok).toBe(false);
    expect(buckets.take("bob", 0).ok).toBe(true);
  });

  it("a clock that goes back takes no tokens away and gives none", () => {
    const buckets = new TokenBuckets({ capacity: 1, perMs: 1_000 });
    expect(buckets.take("ada", 5_000).ok).toBe(true);
    expect(buckets.take("ada", 1_000).ok).toBe(false);
  });

  it("never lets more through than capacity plus what refilled, whatever the timing (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 30 }),
        fc.integer({ min: 100, max: 20_000 }),
        fc.array(fc.integer({ min: 0, max: 2_000 }), { minLength: 1, maxLength: 300 }),
        (capacity, perMs, gaps) => {
          const buckets = new TokenBuckets({ capacity, perMs });
          let now = 0;
          let allowed = 0;
          for (const gap of gaps) {
            now += gap;
            if (buckets.take("k", now).ok) allowed++;
          }
          expect(allowed).toBeLessThanOrEqual(capacity + Math.floor((now * capacity) / perMs));
        },
      ),
    );
  });

  it("drops buckets that have refilled, and holds at most maxKeys", () => {
    const buckets = new TokenBuckets({ capacity: 2, perMs: 1_000 }, 50);
    for (let i = 0; i < 10_000; i++) buckets.take(`person-${i}`, 0);
    expect(buckets.size).toBe(50);
    // The most recent ones are kept (least recently used go first).
    expect(buckets.waitMs("person-9999", 0)).toBe(0);
    buckets.take("person-9999", 0);
    expect(buckets.waitMs("person-9999", 0)).toBeGreaterThan(0);
    // After a full refill time, the next action sweeps every idle bucket away.
    buckets.take("someone-new", 1_000);
    expect(buckets.size).toBe(1);
  });
});

describe("the action limiter (person and circle)", () => {
  it("a person is held at 20 actions in a burst; the circle's other people go on", () => {
    const limiter = new ActionRateLimiter(rules);
    for (let i = 0; i < 20; i++) expect(limiter.check("ada", "circle", 0).allowed).toBe(true);
    expect(limiter.check("ada", "circle", 0)).toMatchObject({ allowed: false, scope: "person", first: true });
    expect(limiter.check("ada", "circle", 0)).toMatchObject({ allowed: false, scope: "person", first: false });
    expect(limiter.check("bob", "circle", 0).allowed).toBe(true);
  });

  it("a circle is held at 120 actions however many people act, and a refused person spends none of its budget", () => {
    const limiter = new ActionRateLimiter(rules);
    // One person beyond their own limit does not drain the circle.
    for (let i = 0; i < 50; i++) limiter.check("spammer", "circle", 0);
    let allowed = 20;
    for (let person = 0; person < 200; person++) if (limiter.check(`p${person}`, "circle", 0).allowed) allowed++;
    expect(allowed).toBe(120);
    expect(limiter.check("p999", "circle", 0)).toMatchObject({ allowed: false, scope: "circle" });
    // Another circle is not affected.
    expect(limiter.check("p999", "other circle", 0).allowed).toBe(true);
  });

  it("a refusal by the circle costs the person nothing", () => {
    const limiter = new ActionRateLimiter({ person: { capacity: 2, perMs: 1_000 }, circle: { capacity: 1, perMs: 1_000 } });
    expect(limiter.check("ada", "c", 0).allowed).toBe(true);
    expect(limiter.check("ada", "c", 0)).toMatchObject({ scope: "circle" });
    expect(limiter.check("ada", "other", 0).allowed).toBe(true);
  });

  it("null rules switch a limit off", () => {
    const limiter = new ActionRateLimiter({ person: null, circle: null });
    for (let i = 0; i < 1_000; i++) expect(limiter.check("ada", "c", 0).allowed).toBe(true);
    expect(limiter.size).toEqual({ people: 0, circles: 0 });
  });
});

describe("rate limit configuration", () => {
  it("defaults to 20 per 10 s per person and 300 per 10 s per circle", () => {
    expect(loadConfig({}).rateLimits).toEqual({ person: { capacity: 20, perMs: 10_000 }, circle: { capacity: 300, perMs: 10_000 } });
  });

  it("reads `<actions>/<seconds>s` and `off`", () => {
    expect(loadConfig({ RATE_LIMIT_PERSON: " 5 / 2s ", RATE_LIMIT_CIRCLE: "OFF" }).rateLimits).toEqual({ person: { capacity: 5, perMs: 2_000 }, circle: null });
  });

  it.each(["20", "20/10", "0/10s", "20/0s", "-1/10s", "lots", "200000/10s", "20/7200s"])("RATE_LIMIT_PERSON=%s stops startup with one clear line", (value) => {
    expect(() => loadConfig({ RATE_LIMIT_PERSON: value })).toThrow(/^Configuration error: RATE_LIMIT_PERSON must be a number of actions per a number of seconds, like 20\/10s/);
  });

  it("BOT_OPENID_METADATA_URL must be https, except on this machine", () => {
    expect(loadConfig({ BOT_OPENID_METADATA_URL: "https://login.botframework.azure.us/v1/.well-known/openidconfiguration" }).botOpenIdMetadataUrl).toMatch(/^https:/);
    expect(loadConfig({ BOT_OPENID_METADATA_URL: "http://127.0.0.1:4000/openid" }).botOpenIdMetadataUrl).toBe("http://127.0.0.1:4000/openid");
    expect(() => loadConfig({ BOT_OPENID_METADATA_URL: "http://keys.example.com/openid" })).toThrow(/BOT_OPENID_METADATA_URL must be an https URL/);
    expect(() => loadConfig({ BOT_OPENID_METADATA_URL: "not a url" })).toThrow(/BOT_OPENID_METADATA_URL must be the https URL of the OpenID metadata/);
  });
});

// The scheduler's pure rules: the catch-up rule after downtime, the retry backoff, and how a
// failed Teams call is classified.

import { describe, expect, it } from "vitest";
import { DEFAULT_RETRY_POLICY, retryDelayMs } from "../../bot/scheduler/retry-policy";
import { classifyFailure, parseRetryAfter } from "../../bot/scheduler/teams-poster";
import type { Occurrence } from "../../shared/rituals/types";
import { catchUp, MAX_MISSED_RECORDED } from "../../shared/scheduler/catch-up";

const occurrence = (iso: string): Occurrence => ({ ritualId: "week-in-review", at: new Date(iso), localDate: iso.slice(0, 10), localTime: iso.slice(11, 16) });
const friday = occurrence("2026-03-06T14:30:00.000Z");
const window = 180; // minutes, Week in review
const after = (ms: number) => new Date(friday.at.getTime() + ms);

describe("catch-up rule", () => {
  it("an occurrence found on time is posted, not late", () => {
    expect(catchUp([friday], after(4_000), window)).toEqual({ post: { occurrence: friday, late: false }, missed: [] });
  });

  it("up to a minute behind is still on time; more is posted as late", () => {
    expect(catchUp([friday], after(60_000), window).post?.late).toBe(false);
    expect(catchUp([friday], after(60_001), window).post?.late).toBe(true);
  });

  it("found within its window (the server was down for two hours) it is posted late", () => {
    expect(catchUp([friday], after(120 * 60_000), window)).toEqual({ post: { occurrence: friday, late: true }, missed: [] });
  });

  it("found once its window has passed it is recorded as missed, never posted", () => {
    expect(catchUp([friday], after(180 * 60_000), window)).toEqual({ post: null, missed: [friday] });
  });

  it("after a long outage only the latest occurrence can be posted; the older ones are missed, not a burst", () => {
    const older = [occurrence("2026-02-20T14:30:00.000Z"), occurrence("2026-02-27T14:30:00.000Z")];
    expect(catchUp([...older, friday], after(30 * 60_000), window)).toEqual({ post: { occurrence: friday, late: true }, missed: older });
  });

  it("records at most a month's worth of missed occurrences", () => {
    const days = Array.from({ length: 60 }, (_, i) => occurrence(new Date(Date.UTC(2026, 0, 1 + i, 9)).toISOString()));
    const result = catchUp(days, new Date(Date.UTC(2026, 3, 1)), 90);
    expect(result.post).toBeNull();
    expect(result.missed).toHaveLength(MAX_MISSED_RECORDED);
    expect(result.missed.at(-1)).toEqual(days.at(-1));
  });

  it("nothing due, nothing to do", () => {
    expect(catchUp([], friday.at, window)).toEqual({ post: null, missed: [] });
  });
});

describe("retry backoff", () => {
  const policy = DEFAULT_RETRY_POLICY;

  it("grows exponentially from 2 s with full jitter, capped at 5 minutes", () => {
    const top = () => 0.999_999;
    expect([1, 2, 3, 4].map((attempt) => retryDelayMs(policy, attempt, undefined, top))).toEqual([1999, 3999, 7999, 15_999]);
    expect(retryDelayMs(policy, 20, undefined, top)).toBe(299_999);
    for (let i = 0; i < 200; i++) {
      const delay = retryDelayMs(policy, 3, undefined);
      expect(delay).toBeGreaterThanOrEqual(policy.minMs);
      expect(delay).toBeLessThan(8000);
    }
  });

  it("Retry-After from Teams wins over the computed delay", () => {
    expect(retryDelayMs(policy, 1, 7000)).toBe(7000);
    expect(retryDelayMs(policy, 9, 1000)).toBe(1000);
  });
});

describe("classifying a failed call", () => {
  const restError = (statusCode: number | undefined, code: string, headers: Record<string, string> = {}) =>
    Object.assign(new Error("boom"), { name: "RestError", statusCode, code, response: { headers: { get: (name: string) => headers[name.toLowerCase()] } } });

  it("throttling, precondition and server errors are retryable, with Retry-After when given", () => {
    expect(classifyFailure(restError(429, "TooManyRequests", { "retry-after": "7" }))).toEqual({ ok: false, kind: "retryable", status: 429, retryAfterMs: 7000, reason: "HTTP 429 TooManyRequests" });
    for (const status of [412, 500, 502, 503, 504]) expect(classifyFailure(restError(status, "x"))).toMatchObject({ kind: "retryable", status });
    expect(classifyFailure(restError(503, "x")).retryAfterMs).toBeUndefined();
  });

  it("403 and 404 mean the bot can no longer reach the conversation", () => {
    expect(classifyFailure(restError(403, "BotNotInConversationRoster"))).toEqual({ ok: false, kind: "gone", status: 403, reason: "HTTP 403 BotNotInConversationRoster" });
    expect(classifyFailure(restError(404, "ConversationNotFound")).kind).toBe("gone");
  });

  it("other client errors are permanent; network errors are retryable", () => {
    expect(classifyFailure(restError(400, "BadArgument")).kind).toBe("permanent");
    expect(classifyFailure(restError(413, "MessageSizeTooBig")).kind).toBe("permanent");
    expect(classifyFailure(Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNREFUSED" }))).toEqual({ ok: false, kind: "retryable", reason: "no answer (ECONNREFUSED)" });
  });

  it("reads Retry-After as seconds or as an HTTP date", () => {
    const now = Date.parse("2026-03-06T14:30:00Z");
    expect(parseRetryAfter("120", now)).toBe(120_000);
    expect(parseRetryAfter("1.5", now)).toBe(1500);
    expect(parseRetryAfter("Fri, 06 Mar 2026 14:30:42 GMT", now)).toBe(42_000);
    expect(parseRetryAfter("Fri, 06 Mar 2026 14:00:00 GMT", now)).toBe(0);
    expect(parseRetryAfter("soon", now)).toBeUndefined();
    expect(parseRetryAfter(undefined, now)).toBeUndefined();
  });
});

// Fault campaign, part 1: a scheduled run of 500 circles against a Bot Connector that answers at
// random (seeded) with 429 (with and without Retry-After), 500/503, a request that never answers
// (a timeout) and 403. The scheduler runs on a fake clock through its own tick(): retries come due
// by moving the clock, never by waiting. Afterwards every reminder was posted exactly once, or is
// recorded as failed (403 → the circle is inactive; endless 503 → given up after 30 minutes), and
// no conversation received a card twice — the opening cards and the closing summaries alike.
//
// A request that hangs is modelled as one that never reached Teams (nothing is recorded as sent).
// A post Teams accepts but never answers can still be shown twice: the README's known limit.

import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { RateLimiter, TeamsPoster } from "../../bot/scheduler";
import { createAdapter } from "../../bot/teams/adapter";
import { adaptiveCard } from "../../bot/cards/card";
import { loadConfig } from "../../bot/config";
import type { Circle } from "../../shared/circles/types";
import { seededRandom, shuffle } from "../../shared/games/random";
import { openEmbeddedStore } from "../../shared/store/embedded-store";
import type { Store } from "../../shared/store/types";
import { startFakeConnector, type ConnectorReply, type FakeConnector } from "../helpers/connector";
import { at, circleDoc, clockAt, conversationOf, FRIDAY_1530, logger, minutes, seconds, seedCircles, sessionsIn, testScheduler } from "../scheduler/harness";

const CIRCLES = Number(process.env.FAULT_CIRCLES ?? 500);
const SEED = process.env.FAULT_SEED ?? "quiet-circles-faults-1";
/** Circles whose every post is answered 503: the scheduler must give up on them, not post them. */
const ALWAYS_FAILING = new Set([7, 123, 404]);
const pick = (salt: string, count: number) => new Set(shuffle(Array.from({ length: CIRCLES }, (_, i) => i), seededRandom(`${SEED}|${salt}`)).slice(0, count));
const HANG_ON_POST = pick("hang-post", 12);
const HANG_ON_PUT = pick("hang-put", 6);
const DUE_SESSION = (n: number) => `${conversationOf(n)}|week-in-review|2026-03-06`;

type Fault = "ok" | "429-retry-after" | "429" | "500" | "503" | "hang" | "403";

/**
 * The fault for attempt `attempt` of a request (`kind`: POST or PUT) to a conversation: the same on
 * every run, whatever the order of requests.
 */
function faultFor(n: number, kind: string, attempt: number): Fault {
  if (ALWAYS_FAILING.has(n)) return "503";
  // A hang costs real time (the poster's timeout), so a fixed few hang, each on its first attempt:
  // they then wait side by side, in the tick that opens the sessions and the one that closes them.
  if (attempt === 0 && (kind === "POST" ? HANG_ON_POST : HANG_ON_PUT).has(n)) return "hang";
  const r = seededRandom(`${SEED}|${n}|${kind}|${attempt}`)();
  if (r < 0.6) return "ok";
  if (r < 0.7) return "429-retry-after";
  if (r < 0.78) return "429";
  if (r < 0.86) return "500";
  if (r < 0.95) return "503";
  return "403";
}

/**
 * An embedded store on tmpfs when the machine has one: the disk is not what this test is about,
 * and an fsync that blocks the event loop for tens of milliseconds on a busy disk would only
 * make the posts slow enough to hit the poster's timeout.
 */
async function openFastStore(): Promise<{ store: Store; cleanup(): Promise<void> }> {
  const base = fs.existsSync("/dev/shm") ? "/dev/shm" : os.tmpdir();
  const dir = fs.mkdtempSync(path.join(base, "qc-faults-"));
  const store = await openEmbeddedStore({ dir, logger: { warn: () => {}, info: () => {} } });
  return {
    store,
    async cleanup() {
      await store.close().catch(() => undefined);
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

let connector: FakeConnector;
beforeAll(async () => {
  connector = await startFakeConnector();
});
afterAll(() => connector.close());

it(`${CIRCLES} circles, Teams failing at random: each reminder posted once or recorded as failed, none twice`, { timeout: 240_000 }, async () => {
  const { store, cleanup } = await openFastStore();
  try {
    const circles = Array.from({ length: CIRCLES }, (_, i) => circleDoc(i, connector.url));
    await seedCircles(store, circles, at(FRIDAY_1530, -minutes(24 * 60)));
    const number = new Map(circles.map((c, i) => [c._id, i]));

    const clock = clockAt(FRIDAY_1530);
    const attempts = new Map<string, { at: number; fault: Fault; retryAfterS?: number }[]>();
    const counts: Record<Fault, number> = { ok: 0, "429-retry-after": 0, "429": 0, "500": 0, "503": 0, hang: 0, "403": 0 };
    const gone = new Set<string>();

    connector.respond = (request): ConnectorReply | undefined | Promise<ConnectorReply | undefined> => {
      const conversationId = request.conversationId;
      const n = conversationId === undefined ? undefined : number.get(conversationId);
      if (n === undefined || request.parts[3] !== "activities") return undefined;
      const kind = `${request.method}`;
      const key = `${conversationId!}|${kind}`;
      const seen = attempts.get(key) ?? [];
      attempts.set(key, seen);
      const fault = faultFor(n, kind, seen.length);
      const retryAfterS = fault === "429-retry-after" ? 1 + Math.floor(seededRandom(`${SEED}|${key}|${seen.length}|ra`)() * 20) : undefined;
      seen.push({ at: clock.now().getTime(), fault, retryAfterS });
      counts[fault]++;
      const error = (status: number, code: string, headers: Record<string, string> = {}): ConnectorReply => ({ status, headers, body: { error: { code, message: "fault injected" } } });
      switch (fault) {
        case "ok":
          return undefined; // the connector's default: recorded as sent, answered 200
        case "429-retry-after":
          return error(429, "TooManyRequests", { "retry-after": String(retryAfterS) });
        case "429":
          return error(429, "TooManyRequests");
        case "500":
          return error(500, "ServiceError");
        case "503":
          return error(503, "ServiceUnavailable");
        case "hang":
          return new Promise<never>(() => {}); // Teams never answers: the poster's timeout fires
        case "403":
          gone.add(conversationId!);
          return error(403, "BotNotInConversationRoster");
      }
    };

    const config = loadConfig({ LOG_LEVEL: "silent" });
    const poster = new TeamsPoster({
      adapter: createAdapter(config, logger),
      appId: "",
      // The fault under test is the connector's, not our own rate limits.
      limiter: new RateLimiter({ conversation: [{ count: 1000, perMs: 1000 }], tenant: [{ count: 100_000, perMs: 1000 }] }),
      // A hang costs this much real time. Generous, so that on a slow machine an answered post never
      // times out (that would be the README's known limit: a post Teams took, retried).
      timeoutMs: 10_000,
    });
    // One post before the run loads what the first post loads lazily (the connector client).
    expect(await poster.post(circleDoc(CIRCLES + 1, connector.url), adaptiveCard([{ type: "TextBlock", text: "warm-up" }]))).toMatchObject({ ok: true });
    connector.sent.length = 0;
    for (const key of Object.keys(counts) as Fault[]) counts[key] = 0;
    attempts.clear();
    const jitter = seededRandom(`${SEED}|jitter`);
    const scheduler = testScheduler(store, { now: clock.now, poster, random: jitter, concurrency: 32 });

    // Drive the fake clock: tick, then jump to the next moment any session is due (a retry or a close).
    const sessions = sessionsIn(store);
    let ticks = 0;
    const closeBy = at(FRIDAY_1530, minutes(24 * 60));
    for (; ticks < 2_000; ticks++) {
      await scheduler.tick();
      const [next] = await sessions.find({ state: { $in: ["pending", "open"] } }, { sort: { dueAt: 1 }, limit: 1 });
      if (!next || clock.now() >= closeBy) break;
      // As in production, the scheduler looks every 5 s: whatever came due meanwhile waits for that tick.
      clock.set(new Date(Math.max(clock.now().getTime() + seconds(5), next.dueAt.getTime())));
    }
    await scheduler.stop();

    const all = await sessions.find({});
    const byState = (state: string) => all.filter((s) => s.state === state);
    const postsTo = (id: string) => connector.sent.filter((s) => s.conversationId === id);
    const stored = new Map((await store.collection<Circle>("circles").find({})).map((c) => [c._id, c]));

    // One session per circle, none left behind.
    expect(all).toHaveLength(CIRCLES);
    expect(byState("pending")).toEqual([]);
    expect(byState("open")).toEqual([]);

    let duplicates = 0;
    for (const session of all) {
      const id = session.circleId;
      const posts = postsTo(id);
      // Opening card and closing summary: each at most once.
      const opened = posts.filter((p) => JSON.stringify(p.activity).includes(`open ${session._id}`)).length;
      const summaries = posts.filter((p) => JSON.stringify(p.activity).includes(`summary ${session._id}`)).length;
      duplicates += Math.max(0, opened - 1) + Math.max(0, summaries - 1);
      const story = `${id}: ${session.state}, ${session.lastError ?? ""}; posts ${JSON.stringify(attempts.get(`${id}|POST`))}, updates ${JSON.stringify(attempts.get(`${id}|PUT`))}`;
      if (session.state === "closed") {
        expect(opened, story).toBe(1);
        // A circle whose summary hit a 403 is closed without its summary, and inactive.
        expect(summaries, story).toBe(gone.has(id) ? 0 : 1);
      } else {
        expect(session.state, story).toBe("failed");
        expect(opened, story).toBe(0);
        expect(summaries, story).toBe(0);
        if (gone.has(id)) {
          expect(session.lastError, id).toMatch(/^the bot was removed from the conversation \(HTTP 403 BotNotInConversationRoster\)$/);
        } else {
          expect(session.lastError, id).toMatch(/^gave up after \d+ attempts: /);
        }
      }
      // A 403 at any point deactivates the circle; nothing else does.
      expect(stored.get(id)!.active, id).toBe(!gone.has(id));
    }
    expect(duplicates).toBe(0);

    // Retries honour Retry-After and never come back before the backoff's minimum, on the fake clock.
    let checkedRetryAfter = 0;
    for (const [key, list] of attempts) {
      for (let i = 1; i < list.length; i++) {
        const previous = list[i - 1]!;
        const gap = list[i]!.at - previous.at;
        if (previous.retryAfterS !== undefined && key.endsWith("|POST")) {
          expect(gap, key).toBeGreaterThanOrEqual(seconds(previous.retryAfterS));
          checkedRetryAfter++;
        }
        if (previous.fault !== "ok" && key.endsWith("|POST")) expect(gap, key).toBeGreaterThanOrEqual(250);
      }
    }

    for (const n of ALWAYS_FAILING) {
      const failed = all.find((s) => s._id === DUE_SESSION(n))!;
      expect(failed.state).toBe("failed");
      expect(failed.lastError).toMatch(/^gave up after \d+ attempts: HTTP 503/);
    }

    const summary = {
      circles: CIRCLES,
      requests: Object.values(counts).reduce((a, b) => a + b, 0),
      faults: counts,
      posted: byState("closed").length,
      failed: byState("failed").length,
      inactive: gone.size,
      retryAfterChecked: checkedRetryAfter,
      ticks,
      duplicates,
    };
    console.log(`connector faults: ${JSON.stringify(summary)}`);
    // The campaign really exercised every kind of fault.
    for (const fault of Object.keys(counts) as Fault[]) expect(counts[fault], fault).toBeGreaterThan(5);
    expect(checkedRetryAfter).toBeGreaterThan(10);
    expect(byState("closed").length).toBeGreaterThan(CIRCLES / 2);
  } finally {
    connector.respond = undefined;
    await cleanup();
  }
});

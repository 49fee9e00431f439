// The tab's big-circle figures: one circle with 20,000 sessions and 50,000 shoutouts in the
// embedded store. History and wall pages through HTTP (first pages, deep cursors, filters) —
// p50/p95/p99 and the index each query uses; the first page's JavaScript, gzipped; and the
// first meaningful paint of Home in headless Chromium (local preview, the same circle).
//
// The data is written as a journal before the store opens (70,000 acknowledged single writes
// would measure fsync, not the tab); the circle itself is created by the bot through
// /api/messages like any other.
//
// Run alone: `npx tsx bench/tab-api.ts` (builds the tab first when dist/tab is missing).

import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import { fileURLToPath } from "node:url";
import type { HistoryResponse, WallResponse } from "../shared/api/types";
import type { Session } from "../shared/sessions/types";
import type { Shoutout } from "../shared/shoutouts/repository";
import { encodeJson, JOURNAL_FILE, openEmbeddedStore, type FindPlan } from "../shared/store/embedded-store";
import type { Filter, FindOptions } from "../shared/store/types";
import * as A from "../tests/helpers/activities";
import { launchChromium } from "../tests/helpers/browser";
import { startFakeConnector } from "../tests/helpers/connector";
import { startTestServer } from "../tests/helpers/server";
import { percentile } from "./stats";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const TAB_DIR = path.join(ROOT, "dist", "tab");
const RITUALS = ["daily-trivia", "wordl6", "week-in-review", "friday-shoutouts"] as const;
const TAGS = ["helped-me", "teamwork", "brave", "kind", "creative", null];
const PEOPLE = Array.from({ length: 40 }, (_, i) => ({ id: `29:person-${i}`, name: `Person ${i}`, aadObjectId: `00000000-0000-0000-0000-${String(i).padStart(12, "0")}` }));
const DAY = 86_400_000;

export interface Timing {
  name: string;
  requests: number;
  p50: number;
  p95: number;
  p99: number;
  /** The declared index the store read through (null: a full scan), and how many documents it tested. */
  index: string | null;
  examined: number;
}

export interface TabBenchResult {
  sessions: number;
  shoutouts: number;
  timings: Timing[];
  goalP95Ms: number;
  firstPageJs: { files: number; bytes: number; gzipBytes: number; goalGzipBytes: number; lazyChunks: string[] };
  homePaint: { firstContentfulPaintMs: number; homeRenderedMs: number; runs: number; goalMs: number } | null;
  startupMs: number;
}

/** Writes the circle's sessions and shoutouts as the embedded store's journal lines. */
function writeJournal(dir: string, circleId: string, sessions: number, shoutouts: number, now: number): void {
  const lines: string[] = [JSON.stringify({ format: "quiet-circles/embedded-store", version: 1, compactedAt: new Date(now).toISOString() })];
  for (let i = 0; i < sessions; i++) {
    const ritualId = RITUALS[i % RITUALS.length]!;
    const at = new Date(now - Math.floor(i / RITUALS.length) * DAY - (i % RITUALS.length) * 3_600_000);
    const localDate = at.toISOString().slice(0, 10);
    const players = PEOPLE.slice(i % 7, (i % 7) + 5);
    const session: Session = {
      _id: `${circleId}|${ritualId}|${localDate}`,
      circleId,
      tenantId: A.TENANT,
      ritualId,
      scheduledFor: at,
      localDate,
      state: i % 23 === 0 ? "missed" : "closed",
      late: false,
      trigger: "schedule",
      dueAt: at,
      closesAt: new Date(at.getTime() + 3_600_000),
      attempts: 1,
      participants: players.map((p) => p.id),
      data: ritualId === "daily-trivia" || ritualId === "wordl6" ? { results: players.map((p, rank) => ({ playerId: p.id, name: p.name, points: 5 - rank, won: rank === 0 })) } : {},
      createdAt: at,
      closedAt: new Date(at.getTime() + 3_600_000),
      version: 3,
    };
    lines.push(encodeJson({ c: "sessions", put: [session] }));
  }
  for (let i = 0; i < shoutouts; i++) {
    const giver = PEOPLE[i % PEOPLE.length]!;
    const recipient = PEOPLE[(i * 7 + 3) % PEOPLE.length]!;
    const shoutout: Shoutout = {
      _id: `bench-shoutout-${i}`,
      circleId,
      circleIds: [circleId],
      tenantId: A.TENANT,
      giverId: giver.id,
      giverName: giver.name,
      recipients: [{ id: recipient.id, name: recipient.name }],
      message: `Thank you for the help with release ${i}`,
      tag: TAGS[i % TAGS.length]!,
      createdAt: new Date(now - i * 600_000),
      reactions: i % 3 === 0 ? [PEOPLE[(i + 1) % PEOPLE.length]!.id] : [],
      dedupKey: `bench-${i}`,
    };
    lines.push(encodeJson({ c: "shoutouts", put: [shoutout] }));
  }
  fs.writeFileSync(path.join(dir, JOURNAL_FILE), `${lines.join("\n")}\n`);
}

/** Sequential GETs of each path; returns the latencies in ms. */
async function time(url: string, paths: string[]): Promise<number[]> {
  const latencies: number[] = [];
  for (const p of paths) {
    const started = performance.now();
    const res = await fetch(`${url}${p}`);
    await res.arrayBuffer();
    if (!res.ok) throw new Error(`${p} answered HTTP ${res.status}`);
    latencies.push(performance.now() - started);
  }
  return latencies;
}

function firstPageJs(): TabBenchResult["firstPageJs"] {
  const html = fs.readFileSync(path.join(TAB_DIR, "index.html"), "utf8");
  const referenced = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
  let bytes = 0;
  let gzipBytes = 0;
  for (const file of referenced) {
    const content = fs.readFileSync(path.join(TAB_DIR, file));
    bytes += content.length;
    gzipBytes += zlib.gzipSync(content, { level: 9 }).length;
  }
  const all = fs.readdirSync(path.join(TAB_DIR, "assets")).filter((f) => f.endsWith(".js"));
  const lazyChunks = all.filter((f) => !referenced.includes(`assets/${f}`));
  return { files: referenced.length, bytes, gzipBytes, goalGzipBytes: 300 * 1024, lazyChunks };
}

export async function benchTabApi(sessions = 20_000, shoutouts = 50_000, requests = 200): Promise<TabBenchResult> {
  if (!fs.existsSync(path.join(TAB_DIR, "index.html"))) execFileSync("npx", ["vite", "build"], { cwd: ROOT, stdio: "ignore" });
  const where = A.channel(7);
  const circleId = where.conversationId;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "qc-bench-tab-"));
  const now = Date.now();
  writeJournal(dir, circleId, sessions, shoutouts, now);
  const started = performance.now();
  const store = await openEmbeddedStore({ dir, logger: { info: () => {}, warn: () => {} } });
  const startupMs = performance.now() - started;
  const connector = await startFakeConnector();
  const server = await startTestServer({}, { store, scheduler: false });
  try {
    connector.members.set(where.teamId!, PEOPLE.slice(0, 12));
    await server.post(A.installed(where, PEOPLE[0]!, connector.url));
    const base = `/api/circles/${encodeURIComponent(circleId)}`;
    const get = async <T>(p: string): Promise<T> => (await (await fetch(`${server.url}${p}`)).json()) as T;

    // Cursors deep in the lists: follow the pages once.
    const historyCursors: string[] = [];
    let historyCursor: string | null = null;
    for (let i = 0; i < 50; i++) {
      const page: HistoryResponse = await get(`${base}/history?limit=20${historyCursor ? `&cursor=${historyCursor}` : ""}`);
      historyCursor = page.nextCursor;
      if (!historyCursor) break;
      historyCursors.push(historyCursor);
    }
    const wallCursors: string[] = [];
    let wallCursor: string | null = null;
    for (let i = 0; i < 50; i++) {
      const page: WallResponse = await get(`${base}/shoutouts?limit=20${wallCursor ? `&cursor=${wallCursor}` : ""}`);
      wallCursor = page.nextCursor;
      if (!wallCursor) break;
      wallCursors.push(wallCursor);
    }

    const explain = (collection: "sessions" | "shoutouts", filter: Filter, options: FindOptions): FindPlan =>
      (server.store.collection(collection) as unknown as { explain(f: Filter, o: FindOptions): FindPlan }).explain(filter, options);
    const historySort = { sort: { scheduledFor: -1 as const, _id: 1 as const }, limit: 21 };
    const wallSort = { sort: { createdAt: -1 as const, _id: 1 as const }, limit: 21 };
    const deepSession = new Date(now - 500 * DAY);
    const deepShoutout = new Date(now - 1000 * 600_000);
    const cursorOr = (field: string, at: Date) => ({ [field]: { $lte: at }, $or: [{ [field]: { $lt: at } }, { _id: { $gt: "x" } }] });
    const cases: { name: string; paths: string[]; plan: FindPlan }[] = [
      { name: "history, first page", paths: Array(requests).fill(`${base}/history?limit=20`), plan: explain("sessions", { circleId }, historySort) },
      {
        name: "history, pages 2–50 by cursor",
        paths: Array.from({ length: requests }, (_, i) => `${base}/history?limit=20&cursor=${historyCursors[i % historyCursors.length]}`),
        plan: explain("sessions", { circleId, ...cursorOr("scheduledFor", deepSession) }, historySort),
      },
      {
        name: "history, ritual + month",
        paths: Array(requests).fill(`${base}/history?limit=20&ritual=wordl6&month=${new Date(now - 400 * DAY).toISOString().slice(0, 7)}`),
        plan: explain("sessions", { circleId, ritualId: "wordl6", scheduledFor: { $gte: new Date(now - 410 * DAY), $lt: new Date(now - 380 * DAY) } }, historySort),
      },
      { name: "wall, first page", paths: Array(requests).fill(`${base}/shoutouts?limit=20`), plan: explain("shoutouts", { circleIds: circleId }, wallSort) },
      {
        name: "wall, pages 2–50 by cursor",
        paths: Array.from({ length: requests }, (_, i) => `${base}/shoutouts?limit=20&cursor=${wallCursors[i % wallCursors.length]}`),
        plan: explain("shoutouts", { circleIds: circleId, ...cursorOr("createdAt", deepShoutout) }, wallSort),
      },
      {
        name: "wall, one person",
        paths: Array(requests).fill(`${base}/shoutouts?limit=20&person=${encodeURIComponent(PEOPLE[5]!.id)}`),
        plan: explain("shoutouts", { circleIds: circleId, $and: [{ $or: [{ giverId: PEOPLE[5]!.id }, { "recipients.id": PEOPLE[5]!.id }] }] }, wallSort),
      },
      { name: "wall, value tag", paths: Array(requests).fill(`${base}/shoutouts?limit=20&tag=kind`), plan: explain("shoutouts", { circleIds: circleId, tag: "kind" }, wallSort) },
      {
        name: "wall, one ISO week",
        paths: Array(requests).fill(`${base}/shoutouts?limit=20&week=${isoWeek(new Date(now - 60 * DAY))}`),
        plan: explain("shoutouts", { circleIds: circleId, createdAt: { $gte: new Date(now - 63 * DAY), $lt: new Date(now - 56 * DAY) } }, wallSort),
      },
      // Home's biggest read: eight weeks of sessions for the consistency figures.
      { name: "home (whole overview)", paths: Array(Math.min(requests, 100)).fill(`${base}/home`), plan: explain("sessions", { circleId, scheduledFor: { $gte: new Date(now - 57 * DAY) } }, { sort: historySort.sort }) },
    ];
    // Warm up (JIT, first index use) before measuring.
    for (const c of cases) await time(server.url, c.paths.slice(0, 10));
    const timings: Timing[] = [];
    for (const c of cases) {
      const latencies = await time(server.url, c.paths);
      timings.push({ name: c.name, requests: latencies.length, p50: percentile(latencies, 50), p95: percentile(latencies, 95), p99: percentile(latencies, 99), index: c.plan.index, examined: c.plan.examined });
    }

    let homePaint: TabBenchResult["homePaint"] = null;
    const browser = await launchChromium().catch(() => null);
    if (browser) {
      try {
        const fcp: number[] = [];
        const rendered: number[] = [];
        const runs = 5;
        for (let i = 0; i < runs; i++) {
          const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
          const page = await context.newPage();
          await page.goto(`${server.url}/#/circle/${encodeURIComponent(circleId)}`);
          await page.getByRole("heading", { name: "Newest shoutouts" }).waitFor({ timeout: 30_000 });
          const figures = await page.evaluate(() => ({
            rendered: performance.now(),
            fcp: performance.getEntriesByType("paint").find((e) => e.name === "first-contentful-paint")?.startTime ?? Number.NaN,
          }));
          fcp.push(figures.fcp);
          rendered.push(figures.rendered);
          await context.close();
        }
        homePaint = { firstContentfulPaintMs: percentile(fcp, 50), homeRenderedMs: percentile(rendered, 50), runs, goalMs: 1500 };
      } finally {
        await browser.close();
      }
    }
    return { sessions, shoutouts, timings, goalP95Ms: 30, firstPageJs: firstPageJs(), homePaint, startupMs };
  } finally {
    await server.close();
    await connector.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function isoWeek(at: Date): string {
  const date = new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate()));
  const weekday = (date.getUTCDay() + 6) % 7;
  const thursday = new Date(date.getTime() + (3 - weekday) * DAY);
  const week = 1 + Math.floor((thursday.getTime() - Date.UTC(thursday.getUTCFullYear(), 0, 1)) / (7 * DAY));
  return `${thursday.getUTCFullYear()}-W${String(week).padStart(2, "0")}`;
}

export function tabApiLines(r: TabBenchResult): string[] {
  const ms = (v: number) => `${v.toFixed(2)} ms`.padStart(10);
  const kb = (v: number) => `${(v / 1024).toFixed(1)} KB`;
  const worst = Math.max(...r.timings.filter((t) => !t.name.startsWith("home")).map((t) => t.p95));
  return [
    `\nThe tab's API on a big circle: ${r.sessions.toLocaleString("en")} sessions, ${r.shoutouts.toLocaleString("en")} shoutouts (embedded store, opened in ${r.startupMs.toFixed(0)} ms), sequential GETs through HTTP`,
    ...r.timings.map((t) => `  ${t.name.padEnd(32)} p50 ${ms(t.p50)}   p95 ${ms(t.p95)}   p99 ${ms(t.p99)}   index ${t.index ?? "none (full scan)"}, ${t.examined.toLocaleString("en")} documents examined`),
    `  goal p95 under ${r.goalP95Ms} ms for history and wall pages: ${worst < r.goalP95Ms ? "met" : "NOT met"} (worst p95 ${worst.toFixed(2)} ms)`,
    `  first page's JavaScript: ${r.firstPageJs.files} files, ${kb(r.firstPageJs.bytes)}, ${kb(r.firstPageJs.gzipBytes)} gzipped (goal under ${kb(r.firstPageJs.goalGzipBytes)}: ${r.firstPageJs.gzipBytes < r.firstPageJs.goalGzipBytes ? "met" : "NOT met"}); loaded later: ${r.firstPageJs.lazyChunks.join(", ")}`,
    r.homePaint
      ? `  Home in headless Chromium, median of ${r.homePaint.runs}: first contentful paint ${r.homePaint.firstContentfulPaintMs.toFixed(0)} ms, overview rendered ${r.homePaint.homeRenderedMs.toFixed(0)} ms (goal under ${r.homePaint.goalMs} ms: ${r.homePaint.homeRenderedMs < r.homePaint.goalMs ? "met" : "NOT met"})`
      : "  Home paint: not measured (Chromium is not installed)",
  ];
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const result = await benchTabApi();
  console.log(tabApiLines(result).join("\n"));
}

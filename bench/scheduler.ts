// The scheduler under a burst: n circles (10,000 by default) whose Week in review is due in the
// same minute, spread over 100 tenants (100 circles each), posted by one scheduler instance
// through the real CloudAdapter to a local connector endpoint that enforces Teams' published
// rate limits (per conversation 7/1 s, 8/2 s, 60/30 s, 1800/h; per tenant 30/s) and answers 429
// with Retry-After when a request exceeds them. The scheduler and the connector each run in a
// process of their own, so CPU time and peak RSS are the scheduler's alone.
//
// Reported: time from the due instant until every reminder is posted, CPU time per posted
// reminder, peak RSS of this process during the run, 429s seen, retries, and duplicate posts
// (must be 0). The circles and their schedules are seeded straight into the embedded store's
// journal (as bench/store-replay.ts does: inserting them one fsync at a time would only measure
// the disk); then a startup sync of all circles through the store API (what a restarting
// scheduler does first) is timed, and must find every schedule already right (no writes).

import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { loadConfig } from "../bot/config";
import { createLogger } from "../bot/log";
import { weekInReviewOpener } from "../bot/rituals/week-in-review";
import { RateLimiter, RitualScheduler, TeamsPoster } from "../bot/scheduler";
import { createAdapter } from "../bot/teams/adapter";
import type { Circle } from "../shared/circles/types";
import { defaultSettings } from "../shared/rituals/settings";
import { nextOccurrence } from "../shared/rituals/schedule";
import { scheduleId, syncAllSchedules, type Schedule } from "../shared/scheduler";
import type { Session } from "../shared/sessions/types";
import { encodeJson, JOURNAL_FILE, openEmbeddedStore } from "../shared/store/embedded-store";

const CONNECTOR_FLAG = "--scheduler-bench-connector";
const RUN_FLAG = "--scheduler-bench-run";
/** Friday 6 March 2026, 15:30 in Amsterdam: Week in review's default moment. */
const DUE = new Date("2026-03-06T14:30:00Z");
const DEADLINE_MS = 150_000;

export interface SchedulerBenchOptions {
  /** The circles are spread evenly over this many tenants; default 100. */
  tenants?: number;
  /**
   * The tenant limit the scheduler assumes (default: Teams' 30/s, as the connector enforces). Set
   * it higher to watch the scheduler being throttled by the connector and recovering.
   */
  clientTenantPerSecond?: number;
}

export interface SchedulerBenchResult {
  circles: number;
  tenants: number;
  clientTenantPerSecond: number;
  /** Which opener built the cards: the app's Week in review, or a stand-in while it is not registered. */
  opener: "week-in-review" | "stand-in";
  startupSyncMs: number;
  /** Journal bytes the startup sync wrote: 0 when the seeded schedules were already right. */
  startupSyncBytes: number;
  /** From the due instant until the connector has accepted every reminder (null: not within the deadline). */
  allPostedMs: number | null;
  posted: number;
  postsPerSecond: number;
  cpuMsPerPost: number;
  peakRssMb: number;
  tooManyRequests: number;
  retries: number;
  duplicates: number;
  late: number;
}

interface ConnectorStats {
  posts: number;
  conversations: number;
  duplicates: number;
  tooManyRequests: number;
}

const conversationOf = (i: number, tenants: number) => `19:bench-t${i % tenants}-c${i}@thread.v2`;

/** The stand-in Bot Connector (child process): Teams' limits, 429 + Retry-After when exceeded. */
function runConnector(): void {
  const limiter = new RateLimiter();
  const posts = new Map<string, number>();
  let tooManyRequests = 0;
  let nextId = 1;
  const server = http.createServer((req, res) => {
    req.resume();
    req.on("end", () => {
      const parts = (req.url ?? "/").split("?")[0]!.split("/").filter(Boolean).map(decodeURIComponent);
      if (req.method === "GET" && parts[0] === "stats") {
        const counts = [...posts.values()];
        const stats: ConnectorStats = {
          posts: counts.reduce((a, b) => a + b, 0),
          conversations: posts.size,
          duplicates: counts.reduce((a, b) => a + Math.max(0, b - 1), 0),
          tooManyRequests,
        };
        res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(stats));
        return;
      }
      if (parts[0] === "v3" && parts[1] === "conversations" && parts[3] === "activities") {
        const conversation = parts[2]!;
        const tenant = /-t(\d+)-/.exec(conversation)?.[1] ?? "unknown";
        const wait = limiter.take(conversation, tenant, performance.now());
        if (wait > 0) {
          tooManyRequests++;
          res.writeHead(429, { "content-type": "application/json", "retry-after": String(Math.max(1, Math.ceil(wait / 1000))) });
          res.end(JSON.stringify({ error: { code: "TooManyRequests", message: "rate limited" } }));
          return;
        }
        if (req.method === "POST") posts.set(conversation, (posts.get(conversation) ?? 0) + 1);
        res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ id: `activity-${nextId++}` }));
        return;
      }
      res.writeHead(404).end();
    });
  });
  server.listen(0, "127.0.0.1", () => process.stdout.write(`${(server.address() as AddressInfo).port}\n`));
}

/** Runs this file in a child process with `args`; resolves with the first line it prints. */
async function spawnSelf(args: string[]): Promise<{ child: ChildProcess; line: string }> {
  const child = spawn(process.execPath, ["--import", "tsx", fileURLToPath(import.meta.url), ...args], { stdio: ["ignore", "pipe", "inherit"] });
  const line = await new Promise<string>((resolve, reject) => {
    let output = "";
    child.once("exit", (code) => reject(new Error(`${args[0]} exited (${code}) before answering`)));
    child.stdout!.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes("\n")) resolve(output.slice(0, output.indexOf("\n")));
    });
  });
  return { child, line };
}

async function startConnector(): Promise<{ url: string; child: ChildProcess; stats(): Promise<ConnectorStats> }> {
  const { child, line } = await spawnSelf([CONNECTOR_FLAG]);
  const url = `http://127.0.0.1:${Number(line)}/`;
  return { url, child, stats: async () => (await (await fetch(`${url}stats`)).json()) as ConnectorStats };
}

function circleAt(i: number, tenants: number, serviceUrl: string): Circle {
  const id = conversationOf(i, tenants);
  const tenantId = `tenant-${i % tenants}`;
  const settings = defaultSettings({ timeZone: "Europe/Amsterdam" });
  settings.rituals = settings.rituals.map((r) => (r.ritualId === "week-in-review" ? { ...r, enabled: true, time: "15:30" } : r));
  const installedAt = new Date("2026-01-05T09:00:00Z");
  return {
    _id: id,
    tenantId,
    kind: "groupChat",
    name: `Circle ${i}`,
    locale: "en",
    active: true,
    reference: { bot: { id: "28:bench" }, channelId: "msteams", conversation: { id, conversationType: "groupChat", tenantId, isGroup: true }, serviceUrl },
    members: Array.from({ length: 6 }, (_, j) => ({ id: `29:user-${i}-${j}`, name: `Person ${j}`, role: j === 0 ? "facilitator" : "member" })),
    installedAt,
    updatedAt: installedAt,
    settings,
    version: 1,
  };
}

/** Writes the circles and their schedules (due at DUE) as journal lines, the format the store replays at open. */
function seedJournal(dir: string, circles: number, tenants: number, serviceUrl: string): void {
  const plannedAt = new Date(DUE.getTime() - 3_600_000);
  const lines: string[] = [];
  for (let i = 0; i < circles; i++) {
    const circle = circleAt(i, tenants, serviceUrl);
    const ritual = circle.settings.rituals.find((r) => r.ritualId === "week-in-review")!;
    const next = nextOccurrence(circle.settings, ritual, plannedAt)!;
    const schedule: Schedule = {
      _id: scheduleId(circle._id, "week-in-review"),
      circleId: circle._id,
      tenantId: circle.tenantId,
      ritualId: "week-in-review",
      nextAt: next.at,
      localDate: next.localDate,
      circleVersion: circle.version,
      version: 1,
      updatedAt: plannedAt,
    };
    lines.push(encodeJson({ c: "circles", put: [circle] }), encodeJson({ c: "schedules", put: [schedule] }));
  }
  fs.writeFileSync(path.join(dir, JOURNAL_FILE), `${lines.join("\n")}\n`);
}

/** Runs the benchmark in a fresh process (so its CPU and memory are measured alone). */
export async function benchScheduler(circles = 10_000, options: SchedulerBenchOptions = {}): Promise<SchedulerBenchResult> {
  const { child, line } = await spawnSelf([RUN_FLAG, JSON.stringify({ circles, options })]);
  child.kill();
  return JSON.parse(line) as SchedulerBenchResult;
}

async function measure(circles: number, options: SchedulerBenchOptions): Promise<SchedulerBenchResult> {
  const tenants = options.tenants ?? 100;
  const clientTenantPerSecond = options.clientTenantPerSecond ?? 30;
  const connector = await startConnector();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "qc-bench-scheduler-"));
  seedJournal(dir, circles, tenants, connector.url);
  const store = await openEmbeddedStore({ dir, logger: { warn: () => {}, info: () => {} } });
  const logger = createLogger(process.env.BENCH_LOG_LEVEL ?? "silent");
  try {
    const journalBefore = fs.statSync(path.join(dir, JOURNAL_FILE)).size;
    const started = performance.now();
    await syncAllSchedules(store, new Date(DUE.getTime() - 3_600_000));
    const startupSyncMs = performance.now() - started;
    const startupSyncBytes = fs.statSync(path.join(dir, JOURNAL_FILE)).size - journalBefore;

    const config = loadConfig({ LOG_LEVEL: "silent" });
    // The scheduler's clock starts at the due instant and runs in real time from there.
    const t0 = performance.now();
    const scheduler = new RitualScheduler({
      store,
      logger,
      openers: { "week-in-review": weekInReviewOpener },
      poster: new TeamsPoster({
        adapter: createAdapter(config, logger),
        appId: "",
        limiter: new RateLimiter({ tenant: [{ count: clientTenantPerSecond, perMs: 1000 }] }),
      }),
      now: () => new Date(DUE.getTime() + (performance.now() - t0)),
      syncOnStart: false,
    });
    const cpu0 = process.cpuUsage();
    scheduler.start();
    let allPostedMs: number | null = null;
    let stats = await connector.stats();
    while (performance.now() - t0 < DEADLINE_MS) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      stats = await connector.stats();
      if (stats.conversations >= circles) {
        allPostedMs = performance.now() - t0;
        break;
      }
    }
    const elapsedMs = performance.now() - t0;
    const cpu = process.cpuUsage(cpu0);
    await scheduler.stop();
    stats = await connector.stats();

    const sessions = await store.collection<Session>("sessions").find({}, { projection: { attempts: 1, state: 1, late: 1 } });
    const attempts = sessions.reduce((total, s) => total + s.attempts, 0);
    const posted = sessions.filter((s) => s.state === "open").length;
    return {
      circles,
      tenants,
      clientTenantPerSecond,
      opener: "week-in-review",
      startupSyncMs,
      startupSyncBytes,
      allPostedMs,
      posted: stats.conversations,
      postsPerSecond: stats.conversations / ((allPostedMs ?? elapsedMs) / 1000),
      cpuMsPerPost: (cpu.user + cpu.system) / 1000 / Math.max(1, stats.conversations),
      peakRssMb: process.resourceUsage().maxRSS / 1024,
      tooManyRequests: stats.tooManyRequests,
      retries: attempts - posted,
      duplicates: stats.duplicates,
      late: sessions.filter((s) => s.late).length,
    };
  } finally {
    connector.child.kill();
    await store.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[2] === CONNECTOR_FLAG) runConnector();
if (process.argv[2] === RUN_FLAG) {
  const { circles, options } = JSON.parse(process.argv[3]!) as { circles: number; options: SchedulerBenchOptions };
  process.stdout.write(`${JSON.stringify(await measure(circles, options))}\n`);
}

// Mixed load on loopback against the real server in its own process (local mode, embedded store):
// card actions, typed commands and tab API reads from many people in many circles at once, for
// two windows of LOAD_SECONDS (default 60) each. Reports throughput, p50/p99 per kind, errors, and
// the server's resident memory after each window (a leak shows as growth in the second).

import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import * as A from "../tests/helpers/activities";
import { startFakeConnector } from "../tests/helpers/connector";
import { percentile } from "./stats";
import { freePort } from "../tests/helpers/ports";

export interface LoadKind {
  requests: number;
  errors: number;
  p50: number;
  p99: number;
}

export interface LoadWindow {
  seconds: number;
  requests: number;
  perSecond: number;
  errors: number;
  p50: number;
  p99: number;
  rssMb: number;
  kinds: Record<string, LoadKind>;
}

export interface LoadBenchResult {
  circles: number;
  people: number;
  concurrency: number;
  windows: LoadWindow[];
  /** RSS after the second window relative to the first, in percent. */
  rssGrowthPercent: number;
  errorSamples: string[];
}

const CIRCLES = 20;
const MEMBERS = 12;
const CONCURRENCY = 24;

const rssMb = (pid: number) => {
  const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
};

/** A deterministic generator, so two runs send the same mix. */
function random(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export async function benchLoad(windowSeconds = Number(process.env.LOAD_SECONDS ?? 60)): Promise<LoadBenchResult> {
  const connector = await startFakeConnector();
  const port = await freePort();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "qc-load-"));
  const server = spawn(process.execPath, ["--import", "tsx", "bot/index.ts"], {
    env: { ...process.env, PORT: String(port), DATA_DIR: dataDir, LOG_LEVEL: "error", MicrosoftAppId: "" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const base = `http://127.0.0.1:${port}`;
  const errorSamples: string[] = [];
  try {
    for (let i = 0; ; i++) {
      if (await fetch(`${base}/api/health`).then((r) => r.ok, () => false)) break;
      if (i > 300) throw new Error("the server did not start within 60 s");
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    const post = (activity: unknown) => fetch(`${base}/api/messages`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(activity) });

    const circles = Array.from({ length: CIRCLES }, (_, c) => {
      const where = A.groupChat(500 + c);
      const people = Array.from({ length: MEMBERS }, (_, m) => ({ id: `29:load-${c}-${m}`, name: `Person ${c}.${m}`, aadObjectId: `00000000-0000-0000-${String(c).padStart(4, "0")}-${String(m).padStart(12, "0")}` }));
      connector.members.set(where.conversationId, people);
      return { where, people, sessions: {} as Record<string, string> };
    });
    for (const circle of circles) await post({ ...A.installed(circle.where, circle.people[0]!, connector.url), localTimezone: "UTC" });
    for (const circle of circles) for (const command of ["wordl6", "globe"]) await post(A.message(circle.where, circle.people[1]!, command, connector.url));
    // The scheduler posts the rounds; their session ids are in the cards' actions.
    for (let i = 0; circles.some((c) => Object.keys(c.sessions).length < 2); i++) {
      for (const sent of connector.sent) {
        const match = /"sessionId":"([^"]+\|(wordl6|walk-the-globe)\|[^"]+)"/.exec(JSON.stringify(sent.activity.attachments ?? []));
        const circle = circles.find((c) => c.where.conversationId === sent.conversationId);
        if (match && circle) circle.sessions[match[2]!] = match[1]!;
      }
      if (i > 300) throw new Error("the rounds were not posted within 60 s");
      await new Promise((resolve) => setTimeout(resolve, 200));
    }

    const next = random(42);
    const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
    const guesses = ["Atlantis", "Franse", "Germany", "Japan", "Brazil", "Kenya", "Canada", "Peru", "Norway", "Vietnam"];
    const ops: { kind: string; weight: number; run(): Promise<Response> }[] = [
      { kind: "card: open my Wordl6 view", weight: 25, run: () => { const c = pick(circles); return post(A.cardAction(c.where, pick(c.people), "wordl6.open", { circleId: c.where.conversationId, sessionId: c.sessions.wordl6 }, connector.url)); } },
      { kind: "card: Walk the Globe guess", weight: 20, run: () => { const c = pick(circles); return post(A.cardAction(c.where, pick(c.people), "globe.move", { circleId: c.where.conversationId, sessionId: c.sessions["walk-the-globe"], country: pick(guesses) }, connector.url)); } },
      { kind: "command: help / next / leaderboard", weight: 20, run: () => { const c = pick(circles); return post(A.message(c.where, pick(c.people), pick(["help", "next", "leaderboard"]), connector.url)); } },
      { kind: "tab: GET /api/circles", weight: 10, run: () => fetch(`${base}/api/circles`) },
      { kind: "tab: GET /api/circles/:id", weight: 25, run: () => fetch(`${base}/api/circles/${encodeURIComponent(pick(circles).where.conversationId)}`) },
    ];
    const total = ops.reduce((n, op) => n + op.weight, 0);
    const choose = () => {
      let roll = next() * total;
      for (const op of ops) if ((roll -= op.weight) < 0) return op;
      return ops[0]!;
    };

    const windows: LoadWindow[] = [];
    for (let w = 0; w < 2; w++) {
      const samples = new Map<string, { ms: number[]; errors: number }>(ops.map((op) => [op.kind, { ms: [], errors: 0 }]));
      const until = performance.now() + windowSeconds * 1000;
      const started = performance.now();
      await Promise.all(
        Array.from({ length: CONCURRENCY }, async () => {
          while (performance.now() < until) {
            const op = choose();
            const sample = samples.get(op.kind)!;
            const t0 = performance.now();
            try {
              const res = await op.run();
              const body = await res.text();
              sample.ms.push(performance.now() - t0);
              if (res.status !== 200) {
                sample.errors++;
                if (errorSamples.length < 5) errorSamples.push(`${op.kind}: HTTP ${res.status} ${body.slice(0, 120)}`);
              }
            } catch (error) {
              sample.errors++;
              if (errorSamples.length < 5) errorSamples.push(`${op.kind}: ${String(error)}`);
            }
          }
        }),
      );
      // Replies to messages go to the stand-in connector; keep its memory flat between windows.
      connector.sent.length = 0;
      connector.updated.length = 0;
      const seconds = (performance.now() - started) / 1000;
      const all = [...samples.values()].flatMap((s) => s.ms);
      windows.push({
        seconds,
        requests: all.length,
        perSecond: all.length / seconds,
        errors: [...samples.values()].reduce((n, s) => n + s.errors, 0),
        p50: percentile(all, 50),
        p99: percentile(all, 99),
        rssMb: rssMb(server.pid!),
        kinds: Object.fromEntries([...samples].map(([kind, s]) => [kind, { requests: s.ms.length, errors: s.errors, p50: percentile(s.ms, 50), p99: percentile(s.ms, 99) }])),
      });
    }
    return {
      circles: CIRCLES,
      people: CIRCLES * MEMBERS,
      concurrency: CONCURRENCY,
      windows,
      rssGrowthPercent: ((windows[1]!.rssMb - windows[0]!.rssMb) / windows[0]!.rssMb) * 100,
      errorSamples,
    };
  } finally {
    server.kill("SIGTERM");
    await new Promise((resolve) => server.once("exit", resolve));
    await connector.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}


// The real entry point (bot/index.ts) in its own process: SIGTERM stops it gracefully, one log
// line per phase, and it exits 0 with its store closed (the next start opens it cleanly).

import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { freePort } from "../helpers/ports";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
let dataDir: string | undefined;
afterEach(() => {
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
});

/** Starts the server process and resolves once it says it is running. */
async function start(port: number, dir: string) {
  const child = spawn(process.execPath, ["--import", "tsx", path.join(root, "bot/index.ts")], {
    cwd: root,
    env: { PATH: process.env.PATH, PORT: String(port), DATA_DIR: dir, LOG_LEVEL: "info" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const lines: Record<string, unknown>[] = [];
  let buffer = "";
  child.stdout.on("data", (chunk: Buffer) => {
    buffer += chunk.toString();
    const complete = buffer.split("\n");
    buffer = complete.pop()!;
    for (const line of complete) if (line.trim()) lines.push(JSON.parse(line));
  });
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const until = Date.now() + 60_000;
  while (!lines.some((line) => String(line.msg).startsWith("Quiet Circles is running"))) {
    if (Date.now() > until || child.exitCode !== null) throw new Error(`the server did not start: ${JSON.stringify(lines)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return { child, lines, exited };
}

describe("SIGTERM", () => {
  it("stops the server gracefully: every phase logged, exit code 0, the store reopens cleanly", { timeout: 120_000 }, async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "qc-signal-"));
    const port = await freePort();
    const first = await start(port, dataDir);
    const health = await fetch(`http://127.0.0.1:${port}/api/ready`);
    expect(health.status).toBe(200);
    first.child.kill("SIGTERM");
    expect(await first.exited).toBe(0);
    const messages = first.lines.map((line) => String(line.msg));
    const phases = messages.filter((msg) => /^shutdown \d\/5/.test(msg));
    expect(phases.map((msg) => msg.slice(0, 12))).toEqual(["shutdown 1/5", "shutdown 2/5", "shutdown 3/5", "shutdown 4/5", "shutdown 5/5"]);
    expect(messages).toContain("shutting down gracefully");
    expect(messages).toContain("scheduler stopped");
    expect(messages.at(-1)).toBe("stopped");
    expect(phases.at(-1)).toBe("shutdown 5/5: store closed");

    // The lock was released and the journal closed: a second start opens the store without a stale-lock takeover.
    const second = await start(port, dataDir);
    expect(second.lines.map((line) => String(line.msg)).filter((msg) => msg.includes("stale lock") || msg.includes("torn"))).toEqual([]);
    second.child.kill("SIGINT");
    expect(await second.exited).toBe(0);
  });
});

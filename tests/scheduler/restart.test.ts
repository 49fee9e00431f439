// A server killed between claiming an occurrence and posting it: after a restart on the same
// data directory, the occurrence is posted exactly once.

import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, expect, it } from "vitest";
import { openEmbeddedStore } from "../../shared/store/embedded-store";
import { startFakeConnector, type FakeConnector } from "../helpers/connector";
import { at, circleDoc, conversationOf, FRIDAY_1530, minutes, seconds, seedCircles, sessionsIn, testScheduler } from "./harness";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "qc-restart-"));
let connector: FakeConnector;

beforeAll(async () => {
  connector = await startFakeConnector();
});
afterAll(async () => {
  await connector.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const quiet = { warn: () => {}, info: () => {} };

it("an occurrence claimed and written but not posted when the process died is posted once after the restart", async () => {
  const seeded = await openEmbeddedStore({ dir, logger: quiet });
  await seedCircles(seeded, [circleDoc(1, connector.url)], at(FRIDAY_1530, -minutes(60)));
  await seeded.close();

  // Teams receives the post but never answers: the worker hangs between claim and completion.
  let postArrived!: () => void;
  const arrived = new Promise<void>((resolve) => (postArrived = resolve));
  connector.respond = (request) => {
    if (request.method !== "POST") return undefined;
    postArrived();
    return new Promise(() => {});
  };

  const crashedAt = at(FRIDAY_1530, seconds(2));
  const leaseMs = seconds(30);
  const worker = spawn(process.execPath, ["--import", "tsx", path.join(root, "tests/scheduler/restart-worker.ts"), dir, crashedAt.toISOString(), String(leaseMs)], {
    cwd: root,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  worker.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  worker.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<NodeJS.Signals | number | null>((resolve) => worker.on("exit", (code, signal) => resolve(signal ?? code)));
  await Promise.race([
    arrived,
    exited.then((how) => {
      throw new Error(`worker exited (${how}) before posting: ${output}`);
    }),
  ]);
  worker.kill("SIGKILL");
  expect(await exited).toBe("SIGKILL");
  expect(output).not.toContain("tick finished");
  connector.respond = undefined;

  const store = await openEmbeddedStore({ dir, logger: quiet });
  try {
    const id = `${conversationOf(1)}|week-in-review|2026-03-06`;
    // The outbox record survived the crash, still leased by the dead instance.
    expect(await sessionsIn(store).findOne({ _id: id })).toMatchObject({ state: "pending", leaseOwner: "doomed", attempts: 0 });

    const restarted = testScheduler(store, { instanceId: "restarted" });
    // While the dead instance's lease runs, nobody posts it ...
    expect(await restarted.tick(at(crashedAt, leaseMs - 1))).toMatchObject({ posted: 0 });
    // ... then the restarted scheduler does, once (written 2 s after its time, so not late).
    expect(await restarted.tick(at(crashedAt, leaseMs))).toMatchObject({ recorded: 0, posted: 1 });
    expect(await restarted.tick(at(crashedAt, leaseMs + seconds(5)))).toMatchObject({ posted: 0 });

    expect(connector.sent.filter((post) => post.conversationId === conversationOf(1))).toHaveLength(1);
    expect(await sessionsIn(store).find({})).toEqual([expect.objectContaining({ _id: id, state: "open", late: false })]);
  } finally {
    await store.close();
  }
});

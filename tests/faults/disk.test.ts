// Fault campaign, part 3: the disk full or not writable. The embedded store appends and fsyncs a
// journal line before it acknowledges a change; when the disk refuses, the change must be refused
// too — a card action answers with an error, not a success; nothing changes in memory; a log line
// names the journal and the reason — and once the disk is fine again the server works as before.
//
// "Disk full" is real: the journal's writes are sent to /dev/full, which fails every write with
// ENOSPC, for root too. A data directory the server cannot write is chmod 0555 — or, when the
// tests run as root (chmod does not stop root), a path inside sysfs, which refuses everyone.

import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Writable } from "node:stream";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { loadConfig } from "../../bot/config";
import { createLogger } from "../../bot/log";
import { startServer, type RunningServer } from "../../bot/server";
import type { Circle } from "../../shared/circles/types";
import type { Shoutout } from "../../shared/shoutouts/repository";
import { JOURNAL_FILE, openEmbeddedStore } from "../../shared/store/embedded-store";
import type { Store } from "../../shared/store/types";
import * as A from "../helpers/activities";
import { startFakeConnector, type FakeConnector } from "../helpers/connector";
import { ada, bob, cy } from "../helpers/people";

const where = A.groupChat(77);
const circleId = where.conversationId;

let connector: FakeConnector;
beforeAll(async () => {
  connector = await startFakeConnector();
  connector.members.set(circleId, [ada, bob, cy]);
});
afterAll(() => connector.close());

/** JSON log lines the server wrote. */
function logSink() {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString().split("\n")) if (line.trim()) lines.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  return { lines, logger: createLogger("info", stream) };
}

interface Harness {
  server: RunningServer;
  store: Store;
  dir: string;
  logs: Record<string, unknown>[];
  /** While set, the journal's writes (or fsyncs) fail the way the disk would. */
  fault: { write?: "ENOSPC" | "EROFS"; fsync?: boolean };
  post(activity: unknown): Promise<{ status: number; body: string }>;
}

let h: Harness;
let devFull: number;

beforeEach(async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "qc-disk-"));
  devFull = fs.openSync("/dev/full", "w");
  const fault: Harness["fault"] = {};
  const { lines, logger } = logSink();
  const store = await openEmbeddedStore({
    dir,
    logger,
    io: {
      writeSync: (fd, buffer, offset, length) => {
        // Disk full for real: the same bytes, written where the kernel answers ENOSPC.
        if (fault.write === "ENOSPC") return fs.writeSync(devFull, buffer, offset, length);
        // A file system remounted read-only answers EROFS; it cannot be remounted here, so the error is made.
        if (fault.write === "EROFS") throw Object.assign(new Error("EROFS: read-only file system, write"), { code: "EROFS", errno: -30, syscall: "write" });
        return fs.writeSync(fd, buffer, offset, length);
      },
      fsyncSync: (fd) => {
        if (fault.fsync) throw Object.assign(new Error("EIO: i/o error, fsync"), { code: "EIO", errno: -5, syscall: "fsync" });
        fs.fsyncSync(fd);
      },
    },
  });
  const config = { ...loadConfig({ DATA_DIR: dir, LOG_LEVEL: "info" }), port: 0 };
  const server = await startServer(config, logger, { store, scheduler: false });
  const post = async (activity: unknown) => {
    const res = await fetch(`${server.url}/api/messages`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(activity) });
    return { status: res.status, body: await res.text() };
  };
  h = { server, store, dir, logs: lines, fault, post };
  expect((await post(A.installed(where, ada, connector.url))).status).toBe(200);
});

afterEach(async () => {
  await h.server.close();
  await h.store.close();
  fs.closeSync(devFull);
  fs.rmSync(h.dir, { recursive: true, force: true });
  connector.sent.length = 0;
});

const give = (from: typeof ada, to: typeof bob, message: string) =>
  h.post(A.cardAction(where, from, "shoutout.give", { circleId, recipients: to.id, message, tag: "teamwork" }, connector.url));
const shoutouts = () => h.store.collection<Shoutout>("shoutouts").find({});
const journalBytes = () => fs.statSync(path.join(h.dir, JOURNAL_FILE)).size;
const errorLines = () => h.logs.filter((line) => (line.level as number) >= 50);

/** The invoke answer as Teams reads it: HTTP status, and the body's statusCode/type when there is one. */
function invokeAnswer(res: { status: number; body: string }) {
  let body: { statusCode?: number; type?: string; value?: unknown } = {};
  try {
    body = JSON.parse(res.body || "{}");
  } catch {
    body = {};
  }
  return { http: res.status, statusCode: body.statusCode, type: body.type, value: body.value };
}

const isSuccess = (answer: ReturnType<typeof invokeAnswer>) =>
  answer.http === 200 && answer.statusCode === 200 && answer.type === "application/vnd.microsoft.card.adaptive" && JSON.stringify(answer.value).includes('"color":"Good"');

describe.each([
  ["the disk is full (ENOSPC from /dev/full)", { write: "ENOSPC" as const }, /ENOSPC/],
  ["the file system is read-only (EROFS)", { write: "EROFS" as const }, /EROFS/],
  ["an fsync fails (EIO)", { fsync: true }, /EIO/],
])("%s", (_name, fault: Harness["fault"], reason) => {
  it("a card action gets an error answer, nothing changes, the log names the journal and why; afterwards it works again", async () => {
    const before = await h.store.collection<Circle>("circles").findOne({ _id: circleId });
    const bytes = journalBytes();
    Object.assign(h.fault, fault);

    const refused = invokeAnswer(await give(ada, bob, "for keeping the lights on"));
    // Universal Actions' error answer: the apology with a reference, never the "posted" confirmation.
    expect(refused).toMatchObject({ http: 200, statusCode: 500, type: "application/vnd.microsoft.error", value: { code: "InternalServerError" } });
    expect((refused.value as { message: string }).message).toMatch(/reference|ref/i);
    expect(await shoutouts()).toEqual([]);
    expect(await h.store.collection<Circle>("circles").findOne({ _id: circleId })).toEqual(before);
    expect(journalBytes()).toBe(bytes);
    const line = errorLines().find((l) => JSON.stringify(l).includes("could not"));
    expect(line, JSON.stringify(h.logs)).toBeDefined();
    expect(JSON.stringify(line)).toContain(path.join(h.dir, JOURNAL_FILE));
    expect(JSON.stringify(line)).toMatch(reason);
    expect(JSON.stringify(line)).toMatch(/the change was not applied/);

    // The Action.Submit path (a message) gets a short apology with a reference, not a confirmation.
    connector.sent.length = 0;
    const submitted = await h.post(A.cardSubmit(where, ada, "shoutout.give", { circleId, recipients: bob.id, message: "for the second try", tag: "teamwork" }, connector.url));
    expect(submitted.status).toBeLessThan(600);
    expect(connector.sent.map((s) => s.activity.text ?? "").join("\n")).toMatch(/reference|ref/i);
    expect(await shoutouts()).toEqual([]);

    // The disk is fine again.
    h.fault.write = undefined;
    h.fault.fsync = undefined;
    if (fault.fsync) {
      // After a failed fsync the store refuses writes until it is reopened (the kernel may have dropped pages).
      expect((await fetch(`${h.server.url}/api/ready`)).status).toBe(503);
      expect(isSuccess(invokeAnswer(await give(ada, bob, "for still refusing")))).toBe(false);
      return;
    }
    expect((await fetch(`${h.server.url}/api/ready`)).status).toBe(200);
    expect(isSuccess(invokeAnswer(await give(ada, bob, "for keeping the lights on")))).toBe(true);
    expect((await shoutouts()).map((s) => s.message)).toEqual(["for keeping the lights on"]);
    expect(journalBytes()).toBeGreaterThan(bytes);
  });
});

describe("at startup", () => {
  it("a journal that cannot be compacted because the disk is full: the server does not start, and says why", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "qc-disk-start-"));
    try {
      fs.symlinkSync("/dev/full", path.join(dir, `${JOURNAL_FILE}.tmp`));
      fs.writeFileSync(path.join(dir, JOURNAL_FILE), `${JSON.stringify({ c: "circles", put: [{ _id: "c1", name: "x" }] })}\n`);
      const { logger } = logSink();
      const config = { ...loadConfig({ DATA_DIR: dir, LOG_LEVEL: "silent" }), port: 0 };
      await expect(startServer(config, logger, { scheduler: false })).rejects.toThrow(/ENOSPC/);
      // Nothing was lost: the journal is as it was.
      expect(fs.readFileSync(path.join(dir, JOURNAL_FILE), "utf8")).toContain('"c1"');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it("a data directory the server cannot write: the server does not start, and names it", async () => {
    const parent = fs.mkdtempSync(path.join(os.tmpdir(), "qc-disk-ro-"));
    fs.chmodSync(parent, 0o555);
    let dir = path.join(parent, "data");
    try {
      let chmodStopsWrites = true;
      try {
        fs.writeFileSync(path.join(parent, "probe"), "");
        chmodStopsWrites = false; // running as root
      } catch {
        chmodStopsWrites = true;
      }
      if (!chmodStopsWrites) dir = "/sys/quiet-circles-data";
      const config = { ...loadConfig({ DATA_DIR: dir, LOG_LEVEL: "silent" }), port: 0 };
      const error = await startServer(config, logSink().logger, { scheduler: false }).then(
        () => null,
        (e: unknown) => e as Error & { code?: string },
      );
      expect(error).not.toBeNull();
      expect(error!.message).toContain(dir);
      expect(error!.code).toMatch(/^(EACCES|EPERM|EROFS)$/);
    } finally {
      fs.chmodSync(parent, 0o755);
      fs.rmSync(parent, { recursive: true, force: true });
    }
  });
});

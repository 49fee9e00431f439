// Crash safety of the embedded store: a writer process is killed with SIGKILL mid-stream, a torn
// partial line is appended to its journal (as a write cut short by the crash would leave), and
// reopening must bring back every change the writer saw acknowledged.

import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, expect, it } from "vitest";
import type { Circle } from "../../shared/circles/types";
import { JOURNAL_FILE, LOCK_FILE, openEmbeddedStore } from "../../shared/store/embedded-store";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "qc-crash-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

it("loses no acknowledged write when the process is killed, and tolerates a torn last line", async () => {
  const inserted = new Set<string>();
  const versions = new Map<string, number>();

  const child = spawn(process.execPath, ["--import", "tsx", path.join(root, "tests/store/crash-writer.ts"), dir], {
    cwd: root,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<NodeJS.Signals | number | null>((resolve) => child.on("exit", (code, signal) => resolve(signal ?? code)));

  await new Promise<void>((resolve, reject) => {
    let pending = "";
    const timer = setTimeout(() => reject(new Error(`writer made too little progress (${inserted.size} acks); stderr: ${stderr}`)), 20_000);
    child.stdout.on("data", (chunk: Buffer) => {
      pending += chunk.toString();
      const lines = pending.split("\n");
      pending = lines.pop()!;
      for (const line of lines) {
        const [kind, id, version] = line.split(" ");
        if (kind === "i") inserted.add(id!);
        if (kind === "u") versions.set(id!, Number(version));
      }
      if (inserted.size >= 400) {
        clearTimeout(timer);
        child.kill("SIGKILL"); // acks that are still in the pipe are simply not counted
        resolve();
      }
    });
    child.on("exit", () => {
      clearTimeout(timer);
      if (inserted.size < 400) reject(new Error(`writer exited early; stderr: ${stderr}`));
    });
  });
  expect(await exited).toBe("SIGKILL");

  const journal = path.join(dir, JOURNAL_FILE);
  expect(fs.existsSync(path.join(dir, LOCK_FILE))).toBe(true); // left behind by the killed writer
  const tornAt = fs.statSync(journal).size;
  fs.appendFileSync(journal, '{"c":"circles","put":[{"_id":"torn","tenantId":"t1","na');

  const warnings: { obj: Record<string, unknown>; msg: string }[] = [];
  const store = await openEmbeddedStore({
    dir,
    logger: { warn: (obj, msg) => warnings.push({ obj: obj as Record<string, unknown>, msg }), info: () => {} },
  });
  try {
    const circles = store.collection<Circle>("circles");
    const docs = new Map((await circles.find({})).map((c) => [c._id, c]));
    const missing = [...inserted].filter((id) => !docs.has(id));
    expect(missing).toEqual([]);
    for (const [id, version] of versions) expect(docs.get(id)!.version, id).toBeGreaterThanOrEqual(version);
    expect(docs.has("torn")).toBe(false);
    expect(docs.get("c0")!.installedAt).toBeInstanceOf(Date);

    const torn = warnings.find((w) => /torn last journal line/.test(w.msg));
    expect(torn, JSON.stringify(warnings)).toBeDefined();
    expect(torn!.obj.file).toBe(journal);
    // the kill itself may have cut a line short: then the torn line starts before our bytes
    expect(torn!.obj.offset as number).toBeLessThanOrEqual(tornAt);
    expect(warnings.filter((w) => !/stale lock|torn last/.test(w.msg))).toEqual([]);
  } finally {
    await store.close();
  }
});

// `npm run migrate`: an embedded data directory copied into another store (MongoDB in production;
// here another data directory, the same store interface), checked, and safe to run again.

import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterEach, describe, expect, it } from "vitest";
import { openEmbeddedStore, type Store } from "../../shared/store";
import { migrateStore } from "../../shared/store/migrate";

const run = promisify(execFile);
const quiet = { info: () => undefined, warn: () => undefined };
const dirs: string[] = [];
const tempDir = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "qc-migrate-"));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

const at = new Date("2026-11-26T09:00:00.123Z");

async function seeded(dir: string): Promise<Store> {
  const store = await openEmbeddedStore({ dir, logger: quiet });
  await store.collection("circles").insertOne({ _id: "19:chat1@thread.v2", tenantId: "t1", name: "Coffee", members: [{ id: "29:ada", name: "Ada" }], installedAt: at, version: 3 });
  for (let i = 0; i < 1_200; i++) {
    await store.collection("shoutouts").insertOne({ _id: `s${String(i).padStart(4, "0")}`, circleId: "19:chat1@thread.v2", circleIds: ["19:chat1@thread.v2"], message: `thanks ${i} ✨`, createdAt: new Date(at.getTime() + i), reactions: [], dedupKey: `k${i}` });
  }
  await store.collection("sessions").insertOne({ _id: "19:chat1@thread.v2|wordl6|2026-11-26", state: "closed", data: { round: { answer: "planet" }, nested: { at } }, participants: ["29:ada"], createdAt: at, version: 7 });
  return store;
}

describe("migrating a store", () => {
  it("copies every document of every collection unchanged, Dates included, and a second run writes nothing", async () => {
    const source = await seeded(tempDir());
    const target = await openEmbeddedStore({ dir: tempDir(), logger: quiet });
    const first = await migrateStore(source, target);
    expect(first.find((r) => r.collection === "shoutouts")).toEqual({ collection: "shoutouts", source: 1_200, written: 1_200, unchanged: 0 });
    expect(await target.collection("sessions").findOne({ _id: "19:chat1@thread.v2|wordl6|2026-11-26" })).toEqual(
      await source.collection("sessions").findOne({ _id: "19:chat1@thread.v2|wordl6|2026-11-26" }),
    );
    const session = await target.collection<{ _id: string; createdAt: Date }>("sessions").findOne({});
    expect(session!.createdAt).toBeInstanceOf(Date);

    // An interrupted earlier run left one document stale and one with an extra field: fixed, the rest untouched.
    await target.collection("shoutouts").updateOne({ _id: "s0007" }, { $set: { message: "stale" } });
    await target.collection("circles").updateOne({ _id: "19:chat1@thread.v2" }, { $set: { leftover: true } });
    const second = await migrateStore(source, target);
    expect(second.find((r) => r.collection === "shoutouts")).toMatchObject({ written: 1, unchanged: 1_199 });
    expect(second.find((r) => r.collection === "circles")).toMatchObject({ written: 1, unchanged: 0 });
    expect(await target.collection("circles").findOne({ _id: "19:chat1@thread.v2" })).not.toHaveProperty("leftover");
    expect((await target.collection<{ _id: string; message: string }>("shoutouts").findOne({ _id: "s0007" }))!.message).toBe("thanks 7 ✨");
    expect(await target.collection("shoutouts").countDocuments()).toBe(1_200);
    await source.close();
    await target.close();
  });

  it("`npm run migrate` copies a stopped server's directory and says what it did; a running one is refused", async () => {
    const from = tempDir();
    const to = path.join(tempDir(), "copy");
    await (await seeded(from)).close();
    const tsx = path.resolve("node_modules/.bin/tsx");
    const { stdout } = await run(tsx, ["scripts/migrate.ts", "--from", from, "--to", to]);
    expect(stdout).toMatch(/shoutouts\s+1200 documents: 1200 written, 0 already there/);
    expect(stdout).toMatch(/Done: 1202 documents in \d+ collections, each checked in the target\./);
    const copy = await openEmbeddedStore({ dir: to, logger: quiet });
    expect(await copy.collection("shoutouts").countDocuments()).toBe(1_200);

    // The target is open (as if a server ran on it): the lock refuses a second writer, clearly.
    const refused = await run(tsx, ["scripts/migrate.ts", "--from", from, "--to", to]).catch((error: { code: number; stderr: string }) => error);
    expect(refused).toMatchObject({ code: 1 });
    expect((refused as { stderr: string }).stderr).toMatch(/^migrate: embedded store .* is in use by process \d+/m);
    await copy.close();

    const usage = await run(tsx, ["scripts/migrate.ts"]).catch((error: { code: number; stderr: string }) => error);
    expect((usage as { stderr: string }).stderr).toMatch(/usage: npm run migrate -- --to/);
  }, 60_000);
});

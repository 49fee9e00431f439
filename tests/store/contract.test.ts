// One contract suite, run against every store implementation: the embedded store always, MongoDB
// when MONGODB_URI is set (in a fresh database that is dropped afterwards). Then the embedded
// store's own guarantees: durability across reopen, compaction, torn and corrupt lines, failed
// writes and the directory lock.

import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import fc from "fast-check";
import { MongoClient } from "mongodb";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Circle } from "../../shared/circles/types";
import { collections } from "../../shared/store/collections";
import { JOURNAL_FILE, JournalWriteError, LOCK_FILE, openEmbeddedStore, type JournalIo } from "../../shared/store/embedded-store";
import { openMongoStore } from "../../shared/store/mongo-store";
import { DuplicateKeyError, type CollectionSpecs, type Doc, type Logger, type Store, type StoreCollection } from "../../shared/store/types";
import { defaultSettings } from "../../shared/rituals/settings";

// The app's collections plus one test-only collection with unique indexes (the app declares none yet).
type TestName = keyof typeof collections | "contract_items";
const testCollections: CollectionSpecs<TestName> = {
  ...collections,
  contract_items: {
    indexes: [
      { name: "email_unique", key: { email: 1 }, unique: true, sparse: true },
      { name: "tenant_slug_unique", key: { tenantId: 1, slug: 1 }, unique: true, sparse: true },
      { name: "codes_unique", key: { "codes.value": 1 }, unique: true, sparse: true },
      { name: "group_n", key: { group: 1, n: -1 } },
      { name: "tags_at", key: { tags: 1, at: 1 } },
    ],
  },
};
type TestStore = Store<TestName>;

interface Item extends Doc {
  email?: string;
  group?: string | string[];
  at?: Date;
  tenantId?: string;
  slug?: string;
  n?: number;
  tags?: string[];
  codes?: { value: string }[];
  [key: string]: unknown;
}

interface LogEntry {
  level: "warn" | "info";
  obj: Record<string, unknown>;
  msg: string;
}

function recordingLogger(): Logger & { entries: LogEntry[]; warnings(): LogEntry[] } {
  const entries: LogEntry[] = [];
  return {
    entries,
    warn: (obj, msg) => entries.push({ level: "warn", obj: obj as Record<string, unknown>, msg }),
    info: (obj, msg) => entries.push({ level: "info", obj: obj as Record<string, unknown>, msg }),
    warnings: () => entries.filter((e) => e.level === "warn"),
  };
}

function circle(id: string, overrides: Partial<Circle> = {}): Circle {
  return {
    _id: id,
    tenantId: "t1",
    settings: defaultSettings({ timeZone: "Europe/Amsterdam" }),
    kind: "channel",
    teamId: "team-1",
    teamName: "Team",
    channelId: "ch-1",
    channelName: "General",
    name: `Team › ${id}`,
    locale: "en",
    active: true,
    reference: {
      bot: { id: "28:bot", name: "Quiet Circles" },
      channelId: "msteams",
      conversation: { id, conversationType: "channel", tenantId: "t1", isGroup: true },
      serviceUrl: "https://smba.trafficmanager.net/emea/",
    },
    members: [
      { id: `29:${id}-a`, aadObjectId: `aad-${id}-a`, name: "Ada", role: "facilitator" },
      { id: `29:${id}-b`, aadObjectId: `aad-${id}-b`, name: "Bo", role: "member" },
    ],
    installedAt: new Date("2024-03-01T09:00:00.000Z"),
    updatedAt: new Date("2024-03-01T09:00:00.000Z"),
    version: 1,
    ...overrides,
  };
}

const tmpDirs: string[] = [];
function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "qc-store-"));
  tmpDirs.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of tmpDirs) fs.rmSync(dir, { recursive: true, force: true });
});

interface StoreFactory {
  /** Opens a store with empty collections for one test. */
  setup(): Promise<TestStore>;
  /** Called after each test. */
  teardown(store: TestStore): Promise<void>;
  /** Called once after the suite. */
  dispose?(): Promise<void>;
}

function contractSuite(name: string, factory: () => StoreFactory, skip = false): void {
  describe.skipIf(skip)(`store contract: ${name}`, () => {
    let f: StoreFactory;
    let store: TestStore;
    let circles: StoreCollection<Circle>;
    let items: StoreCollection<Item>;

    beforeAll(() => {
      f = factory();
    });
    afterAll(async () => {
      await f?.dispose?.();
    });
    beforeEach(async () => {
      store = await f.setup();
      circles = store.collection<Circle>("circles");
      items = store.collection<Item>("contract_items");
    });
    afterEach(async () => {
      await f.teardown(store);
    });

    it("pings, and refuses undeclared collections", async () => {
      await expect(store.ping()).resolves.toBeUndefined();
      expect(() => store.collection("nope" as TestName)).toThrow(/unknown collection/);
    });

    it("inserts and finds one document by id, and returns null for a missing one", async () => {
      const c = circle("19:a@thread.tacv2");
      await circles.insertOne(c);
      expect(await circles.findOne({ _id: c._id })).toEqual(c);
      expect(await circles.findOne({ _id: "missing" })).toBeNull();
      expect(await circles.findOne({ _id: c._id, tenantId: "other" })).toBeNull();
    });

    it("gives an inserted document without _id a string id", async () => {
      await items.insertOne({ n: 1 } as Item);
      const [doc] = await items.find({ n: 1 });
      expect(typeof doc!._id).toBe("string");
      expect(doc!._id.length).toBeGreaterThan(0);
    });

    it("finds with sort, skip, limit and projection", async () => {
      for (let i = 0; i < 6; i++) await items.insertOne({ _id: `i${i}`, n: (i * 7) % 6, tenantId: i % 2 ? "odd" : "even", slug: `s${i}` });
      const sorted = await items.find({}, { sort: { n: 1 } });
      expect(sorted.map((d) => d.n)).toEqual([0, 1, 2, 3, 4, 5]);
      const page = await items.find({}, { sort: { n: -1 }, skip: 1, limit: 2 });
      expect(page.map((d) => d.n)).toEqual([4, 3]);
      const compound = await items.find({}, { sort: { tenantId: 1, n: -1 } });
      expect(compound.map((d) => d._id)).toEqual(["i4", "i2", "i0", "i5", "i3", "i1"]);
      const projected = await items.find({ tenantId: "odd" }, { sort: { n: 1 }, projection: { n: 1 } });
      expect(projected).toEqual([
        { _id: "i1", n: 1 },
        { _id: "i3", n: 3 },
        { _id: "i5", n: 5 },
      ]);
      const excluded = await items.find({ _id: "i2" }, { projection: { slug: 0, tenantId: 0 } });
      expect(excluded).toEqual([{ _id: "i2", n: 2 }]);
      const noId = await items.find({ _id: "i2" }, { projection: { _id: 0, slug: 1 } });
      expect(noId).toEqual([{ slug: "s2" }]);
      expect(await items.findOne({}, { sort: { n: -1 } })).toMatchObject({ n: 5 });
      expect(await items.findOne({ tenantId: "even" }, { sort: { n: 1 }, skip: 1 })).toMatchObject({ n: 2 });
    });

    it("queries dotted paths and arrays", async () => {
      await circles.insertOne(circle("c1"));
      await circles.insertOne(circle("c2", { tenantId: "t2", active: false }));
      await circles.insertOne(circle("c3", { members: [] }));
      const ids = async (filter: Record<string, unknown>) => (await circles.find(filter, { sort: { _id: 1 } })).map((c) => c._id);

      expect(await ids({ "members.id": "29:c2-b" })).toEqual(["c2"]);
      expect(await ids({ "members.aadObjectId": { $in: ["aad-c1-a", "aad-c2-a"] } })).toEqual(["c1", "c2"]);
      expect(await ids({ "reference.conversation.id": "c3" })).toEqual(["c3"]);
      expect(await ids({ members: { $elemMatch: { id: "29:c1-a", role: "facilitator" } } })).toEqual(["c1"]);
      expect(await ids({ members: { $elemMatch: { id: "29:c1-b", role: "facilitator" } } })).toEqual([]);
      expect(await ids({ members: { $size: 0 } })).toEqual(["c3"]);
      expect(await ids({ "members.0": { $exists: true } })).toEqual(["c1", "c2"]);
      expect(await ids({ tenantId: "t1", active: true })).toEqual(["c1", "c3"]);
      expect(await ids({ $or: [{ tenantId: "t2" }, { members: { $size: 0 } }] })).toEqual(["c2", "c3"]);
      expect(await ids({ meetingId: null })).toEqual(["c1", "c2", "c3"]);
      expect(await ids({ name: { $regex: "^Team › c[12]$" } })).toEqual(["c1", "c2"]);

      await items.insertOne({ _id: "x", tags: ["red", "green"] });
      await items.insertOne({ _id: "y", tags: ["blue"] });
      expect((await items.find({ tags: "green" })).map((d) => d._id)).toEqual(["x"]);
      expect((await items.find({ tags: { $all: ["green", "red"] } })).map((d) => d._id)).toEqual(["x"]);
      expect((await items.find({ tags: { $nin: ["blue"] } })).map((d) => d._id)).toEqual(["x"]);
    });

    it("applies $set, $unset, $inc, $push, $pull, $addToSet and the positional operators", async () => {
      await circles.insertOne(circle("c1"));
      const id = { _id: "c1" };

      expect(await circles.updateOne(id, { $set: { name: "Renamed", "reference.locale": "nl" }, $inc: { version: 1 } })).toEqual({
        matchedCount: 1,
        modifiedCount: 1,
        upsertedId: null,
      });
      await circles.updateOne(id, { $push: { members: { id: "29:c1-c", name: "Cy", role: "member" } } });
      await circles.updateOne(id, { $addToSet: { members: { id: "29:c1-c", name: "Cy", role: "member" } } });
      await circles.updateOne(id, { $pull: { members: { id: "29:c1-a" } } });
      await circles.updateOne({ _id: "c1", "members.id": "29:c1-c" }, { $set: { "members.$.role": "facilitator" } });
      await circles.updateOne(id, { $set: { "members.$[m].name": "Bob" } }, { arrayFilters: [{ "m.id": "29:c1-b" }] });
      await circles.updateOne(id, { $unset: { teamName: "" } });

      const doc = await circles.findOne(id);
      expect(doc).toMatchObject({ name: "Renamed", version: 2, reference: { locale: "nl" } });
      expect(doc).not.toHaveProperty("teamName");
      expect(doc!.members).toEqual([
        { id: "29:c1-b", aadObjectId: "aad-c1-b", name: "Bob", role: "member" },
        { id: "29:c1-c", name: "Cy", role: "facilitator" },
      ]);

      await items.insertOne({ _id: "t", tags: ["a"] });
      expect(await items.updateOne({ _id: "t" }, { $addToSet: { tags: "a" } })).toMatchObject({ matchedCount: 1, modifiedCount: 0 });
      await items.updateOne({ _id: "t" }, { $addToSet: { tags: { $each: ["a", "b", "c"] } } });
      await items.updateOne({ _id: "t" }, { $pull: { tags: { $in: ["b"] } } });
      await items.updateOne({ _id: "t" }, { $push: { tags: { $each: ["z"], $position: 0 } } });
      expect((await items.findOne({ _id: "t" }))!.tags).toEqual(["z", "a", "c"]);
    });

    it("reports no modification for an update that changes nothing, and ignores $setOnInsert on updates", async () => {
      await items.insertOne({ _id: "a", n: 1 });
      expect(await items.updateOne({ _id: "a" }, { $set: { n: 1 } })).toEqual({ matchedCount: 1, modifiedCount: 0, upsertedId: null });
      expect(await items.updateOne({ _id: "a" }, { $setOnInsert: { created: true } }, { upsert: true })).toEqual({
        matchedCount: 1,
        modifiedCount: 0,
        upsertedId: null,
      });
      expect(await items.findOne({ _id: "a" })).toEqual({ _id: "a", n: 1 });
    });

    it("runs pipeline updates", async () => {
      await items.insertOne({ _id: "p", slug: "x", n: 2 });
      await items.updateOne({ _id: "p" }, [{ $set: { label: { $concat: ["$slug", "-", { $toString: "$n" }] }, n: { $add: ["$n", 1] } } }]);
      expect(await items.findOne({ _id: "p" })).toEqual({ _id: "p", slug: "x", n: 3, label: "x-2" });
    });

    it("rejects replacement documents and changes to _id", async () => {
      await items.insertOne({ _id: "r", n: 1 });
      await expect(items.updateOne({ _id: "r" }, { n: 2 })).rejects.toThrow(/atomic operators/);
      await expect(items.updateOne({ _id: "r" }, {})).rejects.toThrow();
      await expect(items.updateOne({ _id: "r" }, { $set: { _id: "other" } })).rejects.toThrow(/immutable field '_id'/);
      expect(await items.findOne({ _id: "r" })).toEqual({ _id: "r", n: 1 });
    });

    it("upserts: inserts with the filter's equality fields and $setOnInsert, or updates an existing document", async () => {
      const first = await items.updateOne(
        { _id: "u1", tenantId: "t1", "meta.kind": "k", n: { $eq: 5 }, $and: [{ slug: "s" }], tags: { $nin: ["x", "y"] } },
        { $set: { email: "u1@example.com" }, $setOnInsert: { created: true }, $inc: { hits: 1 } },
        { upsert: true },
      );
      expect(first).toEqual({ matchedCount: 0, modifiedCount: 0, upsertedId: "u1" });
      expect(await items.findOne({ _id: "u1" })).toEqual({
        _id: "u1",
        tenantId: "t1",
        meta: { kind: "k" },
        n: 5,
        slug: "s",
        email: "u1@example.com",
        created: true,
        hits: 1,
      });

      const second = await items.updateOne({ _id: "u1" }, { $set: { email: "new@example.com" }, $setOnInsert: { created: false }, $inc: { hits: 1 } }, { upsert: true });
      expect(second).toEqual({ matchedCount: 1, modifiedCount: 1, upsertedId: null });
      expect(await items.findOne({ _id: "u1" })).toMatchObject({ email: "new@example.com", created: true, hits: 2 });

      const generated = await items.updateOne({ slug: "fresh" }, { $set: { n: 9 } }, { upsert: true });
      expect(typeof generated.upsertedId).toBe("string");
      expect(await items.findOne({ _id: generated.upsertedId! })).toEqual({ _id: generated.upsertedId, slug: "fresh", n: 9 });

      const named = await items.updateOne({ slug: "named" }, { $setOnInsert: { _id: "chosen", n: 1 } }, { upsert: true });
      expect(named.upsertedId).toBe("chosen");
      expect(await items.findOne({ _id: "chosen" })).toEqual({ _id: "chosen", slug: "named", n: 1 });

      const many = await items.updateMany({ tenantId: "nobody" }, { $set: { n: 0 } }, { upsert: true });
      expect(many.matchedCount).toBe(0);
      expect(typeof many.upsertedId).toBe("string");
      expect(await items.countDocuments({ tenantId: "nobody" })).toBe(1);
    });

    it("updates many documents", async () => {
      await circles.insertOne(circle("c1"));
      await circles.insertOne(circle("c2"));
      await circles.insertOne(circle("c3", { tenantId: "t2" }));
      await circles.insertOne(circle("c4", { active: false }));
      const result = await circles.updateMany({ tenantId: "t1", active: true }, { $set: { locale: "nl" }, $inc: { version: 1 } });
      expect(result).toEqual({ matchedCount: 2, modifiedCount: 2, upsertedId: null });
      expect((await circles.find({ locale: "nl" }, { sort: { _id: 1 } })).map((c) => [c._id, c.version])).toEqual([
        ["c1", 2],
        ["c2", 2],
      ]);
      expect(await circles.updateMany({ locale: "nl" }, { $set: { locale: "nl" } })).toEqual({ matchedCount: 2, modifiedCount: 0, upsertedId: null });
      expect(await circles.updateMany({ tenantId: "none" }, { $set: { locale: "nl" } })).toEqual({ matchedCount: 0, modifiedCount: 0, upsertedId: null });
    });

    it("findOneAndUpdate returns the document after (default) or before, and honours a version guard", async () => {
      await circles.insertOne(circle("c1", { version: 3 }));
      const after = await circles.findOneAndUpdate({ _id: "c1", version: 3 }, { $set: { name: "A" }, $inc: { version: 1 } });
      expect(after).toMatchObject({ _id: "c1", name: "A", version: 4 });

      const stale = await circles.findOneAndUpdate({ _id: "c1", version: 3 }, { $set: { name: "B" }, $inc: { version: 1 } });
      expect(stale).toBeNull();
      expect(await circles.findOne({ _id: "c1" })).toMatchObject({ name: "A", version: 4 });

      const before = await circles.findOneAndUpdate({ _id: "c1", version: 4 }, { $set: { name: "C" }, $inc: { version: 1 } }, { returnDocument: "before" });
      expect(before).toMatchObject({ name: "A", version: 4 });
      expect(await circles.findOne({ _id: "c1" })).toMatchObject({ name: "C", version: 5 });

      const unchanged = await circles.findOneAndUpdate({ _id: "c1" }, { $set: { name: "C" } });
      expect(unchanged).toMatchObject({ name: "C", version: 5 });
      expect(await circles.findOneAndUpdate({ _id: "none" }, { $set: { name: "X" } })).toBeNull();
    });

    it("findOneAndUpdate picks by sort and upserts", async () => {
      for (const [id, n] of [["a", 2], ["b", 1], ["c", 3]] as const) await items.insertOne({ _id: id, n, group: "q" });
      const claimed = await items.findOneAndUpdate({ group: "q", claimed: { $exists: false } }, { $set: { claimed: true } }, { sort: { n: 1 } });
      expect(claimed).toMatchObject({ _id: "b", claimed: true });
      const next = await items.findOneAndUpdate({ group: "q", claimed: { $exists: false } }, { $set: { claimed: true } }, { sort: { n: -1 } });
      expect(next).toMatchObject({ _id: "c" });

      const beforeInsert = await items.findOneAndUpdate({ _id: "new" }, { $set: { n: 7 } }, { upsert: true, returnDocument: "before" });
      expect(beforeInsert).toBeNull();
      const inserted = await items.findOneAndUpdate({ _id: "new2" }, { $set: { n: 8 } }, { upsert: true });
      expect(inserted).toEqual({ _id: "new2", n: 8 });
      expect(await items.countDocuments({ _id: { $in: ["new", "new2"] } })).toBe(2);
    });

    it("deletes one or many, and counts", async () => {
      for (let i = 0; i < 5; i++) await items.insertOne({ _id: `d${i}`, n: i, group: i < 3 ? "a" : "b" });
      expect(await items.countDocuments()).toBe(5);
      expect(await items.countDocuments({ group: "a" })).toBe(3);
      expect(await items.deleteOne({ group: "a", n: { $gte: 1 } })).toEqual({ deletedCount: 1 });
      expect(await items.countDocuments({ group: "a" })).toBe(2);
      expect(await items.deleteOne({ _id: "nope" })).toEqual({ deletedCount: 0 });
      expect(await items.deleteMany({ group: "b" })).toEqual({ deletedCount: 2 });
      expect(await items.deleteMany({ group: "b" })).toEqual({ deletedCount: 0 });
      expect(await items.countDocuments({})).toBe(2);
      expect(await items.deleteMany({})).toEqual({ deletedCount: 2 });
      expect(await items.countDocuments()).toBe(0);
    });

    it("aggregates with $match, $unwind, $group, $sort and $project", async () => {
      await circles.insertOne(circle("c1"));
      await circles.insertOne(circle("c2", { tenantId: "t2" }));
      await circles.insertOne(circle("c3", { members: [{ id: "29:x", name: "X", role: "member" }] }));
      await circles.insertOne(circle("c4", { active: false }));
      const roles = await circles.aggregate<{ _id: string; count: number; circles: string[] }>([
        { $match: { active: true } },
        { $unwind: "$members" },
        { $group: { _id: "$members.role", count: { $sum: 1 }, circles: { $addToSet: "$_id" } } },
        { $sort: { _id: 1 } },
      ]);
      expect(roles.map((r) => ({ ...r, circles: [...r.circles].sort() }))).toEqual([
        { _id: "facilitator", count: 2, circles: ["c1", "c2"] },
        { _id: "member", count: 3, circles: ["c1", "c2", "c3"] },
      ]);

      const perTenant = await circles.aggregate([
        { $group: { _id: "$tenantId", circles: { $sum: 1 }, firstInstall: { $min: "$installedAt" } } },
        { $sort: { circles: -1 } },
        { $project: { _id: 0, tenant: "$_id", circles: 1, firstInstall: 1 } },
      ]);
      expect(perTenant).toEqual([
        { tenant: "t1", circles: 3, firstInstall: new Date("2024-03-01T09:00:00.000Z") },
        { tenant: "t2", circles: 1, firstInstall: new Date("2024-03-01T09:00:00.000Z") },
      ]);

      const sizes = await circles.aggregate([{ $match: { tenantId: "t1" } }, { $match: { active: true } }, { $project: { size: { $size: "$members" } } }, { $sort: { _id: 1 } }]);
      expect(sizes).toEqual([
        { _id: "c1", size: 2 },
        { _id: "c3", size: 1 },
      ]);
      await expect(circles.aggregate([{ $out: "elsewhere" }])).rejects.toThrow(/\$out/);
    });

    it("joins another collection with $lookup", async () => {
      await circles.insertOne(circle("c1"));
      await items.insertOne({ _id: "i1", circleId: "c1", n: 1 });
      await items.insertOne({ _id: "i2", circleId: "c1", n: 2 });
      const joined = await circles.aggregate<{ _id: string; items: Item[] }>([
        { $match: { _id: "c1" } },
        { $lookup: { from: "contract_items", localField: "_id", foreignField: "circleId", as: "items" } },
        { $project: { items: 1 } },
      ]);
      expect(joined).toHaveLength(1);
      expect(joined[0]!.items.map((i) => i._id).sort()).toEqual(["i1", "i2"]);
      // The join worked on copies: the joined collection is untouched.
      expect(await items.findOne({ _id: "i1" })).toEqual({ _id: "i1", circleId: "c1", n: 1 });
    });

    it("round-trips Dates and compares them in queries, sorts and updates", async () => {
      const installedAt = new Date("2023-12-31T23:59:59.999Z");
      await circles.insertOne(circle("old", { installedAt }));
      await circles.insertOne(circle("new", { installedAt: new Date("2024-06-01T00:00:00.000Z") }));
      const doc = await circles.findOne({ _id: "old" });
      expect(doc!.installedAt).toBeInstanceOf(Date);
      expect(doc!.installedAt.getTime()).toBe(installedAt.getTime());
      expect((await circles.find({ installedAt: { $lt: new Date("2024-01-01T00:00:00.000Z") } })).map((c) => c._id)).toEqual(["old"]);
      expect((await circles.find({}, { sort: { installedAt: -1 } })).map((c) => c._id)).toEqual(["new", "old"]);

      const removedAt = new Date("2024-07-01T12:00:00.000Z");
      const updated = await circles.findOneAndUpdate({ _id: "new" }, { $set: { removedAt, "reference.seenAt": removedAt }, $max: { updatedAt: removedAt } });
      expect(updated!.removedAt).toBeInstanceOf(Date);
      expect(updated!.removedAt!.toISOString()).toBe(removedAt.toISOString());
      expect((updated!.reference as unknown as { seenAt: Date }).seenAt).toBeInstanceOf(Date);
      expect(updated!.updatedAt).toEqual(removedAt);

      await circles.updateOne({ _id: "new" }, { $currentDate: { touchedAt: true } });
      expect((await circles.findOne({ _id: "new" }))!.touchedAt).toBeInstanceOf(Date);
    });

    it("rejects duplicate _id and unique index keys with DuplicateKeyError, changing nothing", async () => {
      await items.insertOne({ _id: "a", email: "a@example.com", tenantId: "t", slug: "one" });
      await items.insertOne({ _id: "b", email: "b@example.com", tenantId: "t", slug: "two" });

      const dupId = await items.insertOne({ _id: "a", email: "other@example.com" }).catch((e: unknown) => e);
      expect(dupId).toBeInstanceOf(DuplicateKeyError);
      expect(dupId).toMatchObject({ code: 11000, collection: "contract_items", index: "_id_" });

      const dupEmail = await items.insertOne({ _id: "c", email: "a@example.com" }).catch((e: unknown) => e);
      expect(dupEmail).toMatchObject({ name: "DuplicateKeyError", index: "email_unique" });

      // compound key: the same slug in another tenant is fine, in the same tenant it is not
      await items.insertOne({ _id: "d", email: "d@example.com", tenantId: "u", slug: "one" });
      await expect(items.updateOne({ _id: "d" }, { $set: { tenantId: "t" } })).rejects.toBeInstanceOf(DuplicateKeyError);
      expect(await items.findOne({ _id: "d" })).toMatchObject({ tenantId: "u" });

      // sparse compound index: a document with none of the fields is left out, but a missing
      // field next to a present one counts as null, so a second such document collides
      await items.insertOne({ _id: "e0", n: 1 });
      await items.insertOne({ _id: "e1", tenantId: "x" });
      await expect(items.insertOne({ _id: "e2", tenantId: "x" })).rejects.toMatchObject({ index: "tenant_slug_unique" });

      // multikey: an array element already indexed by another document (sparse index: absent is fine)
      await items.insertOne({ _id: "m1", email: "m1@example.com", codes: [{ value: "A" }, { value: "B" }] });
      await items.insertOne({ _id: "m2", email: "m2@example.com", codes: [{ value: "C" }] });
      await expect(items.updateOne({ _id: "m2" }, { $push: { codes: { value: "B" } } })).rejects.toMatchObject({ index: "codes_unique" });
      await items.updateOne({ _id: "m1" }, { $pull: { codes: { value: "B" } } });
      await items.updateOne({ _id: "m2" }, { $push: { codes: { value: "B" } } });
      expect((await items.findOne({ _id: "m2" }))!.codes).toEqual([{ value: "C" }, { value: "B" }]);

      // updates and upserts that would collide
      await expect(items.updateOne({ _id: "b" }, { $set: { email: "a@example.com" } })).rejects.toBeInstanceOf(DuplicateKeyError);
      await expect(items.findOneAndUpdate({ _id: "b" }, { $set: { email: "a@example.com" } })).rejects.toBeInstanceOf(DuplicateKeyError);
      await expect(items.updateOne({ _id: "z" }, { $set: { email: "a@example.com" } }, { upsert: true })).rejects.toBeInstanceOf(DuplicateKeyError);
      await expect(items.updateMany({ _id: { $in: ["a", "b"] } }, { $set: { email: "same@example.com" } })).rejects.toBeInstanceOf(DuplicateKeyError);
      // an upsert whose filter names an existing _id but does not match it
      await expect(items.updateOne({ _id: "a", email: "nomatch@example.com" }, { $set: { n: 1 } }, { upsert: true })).rejects.toMatchObject({
        index: "_id_",
      });

      expect(await items.findOne({ _id: "b" })).toMatchObject({ email: "b@example.com" });
      expect(await items.countDocuments({ _id: "z" })).toBe(0);

      // a key freed by a delete can be reused
      await items.deleteOne({ _id: "a" });
      await items.insertOne({ _id: "a2", email: "a@example.com", tenantId: "t", slug: "one" });
    });

    it("hands out copies: mutating results or inputs does not change the store", async () => {
      const input = circle("c1");
      await circles.insertOne(input);
      input.name = "mutated input";
      input.members.push({ id: "29:intruder", name: "I", role: "member" });

      const found = (await circles.findOne({ _id: "c1" }))!;
      found.name = "mutated result";
      found.members[0]!.name = "mutated member";
      found.installedAt.setFullYear(1999);
      const list = await circles.find({});
      list[0]!.members.length = 0;
      const after = (await circles.findOneAndUpdate({ _id: "c1" }, { $inc: { version: 1 } }))!;
      after.members[1]!.role = "facilitator";
      const agg = await circles.aggregate<Circle>([{ $match: { _id: "c1" } }]);
      agg[0]!.members[0]!.id = "changed";
      const setValue = { nested: { x: 1 } };
      await circles.updateOne({ _id: "c1" }, { $set: { extra: setValue } });
      setValue.nested.x = 2;

      const fresh = (await circles.findOne({ _id: "c1" }))!;
      expect(fresh.name).toBe("Team › c1");
      expect(fresh.members).toEqual(circle("c1").members);
      expect(fresh.installedAt.toISOString()).toBe("2024-03-01T09:00:00.000Z");
      expect(fresh.extra).toEqual({ nested: { x: 1 } });
      expect(fresh.version).toBe(2);
    });

    // Pages of a big collection (a wall, a history) are read by indexed keys: equality on the
    // index's first field, sort by its other fields and _id, a range cursor. Whatever the store
    // does to answer, the answer is MongoDB's — checked against a plain model of the query.
    it("sorted pages by indexed keys (equality, sort, range cursor, skip, limit, count) match MongoDB's answers", async () => {
      const groupArb: fc.Arbitrary<string | string[] | undefined> = fc.oneof(fc.constantFrom("a", "b"), fc.constant<string[]>(["a", "b"]), fc.constant<string[]>(["b"]), fc.constant(undefined));
      const docArb = fc.record({ group: groupArb, n: fc.integer({ min: 0, max: 6 }), tags: fc.subarray(["x", "y"]), day: fc.integer({ min: 1, max: 5 }) });
      const day = (d: number) => new Date(Date.UTC(2026, 0, d));
      const inGroup = (doc: Item, g: string) => doc.group === g || (Array.isArray(doc.group) && doc.group.includes(g));
      const byNDescId = (a: Item, b: Item) => b.n! - a.n! || (a._id < b._id ? -1 : 1);
      const ids = (docs: Item[]) => docs.map((d) => d._id);
      await fc.assert(
        fc.asyncProperty(
          fc.array(docArb, { minLength: 1, maxLength: 14 }),
          fc.array(fc.record({ at: fc.nat(), group: groupArb, n: fc.integer({ min: 0, max: 6 }), remove: fc.boolean() }), { maxLength: 4 }),
          fc.integer({ min: 0, max: 6 }),
          fc.integer({ min: 0, max: 3 }),
          fc.integer({ min: 1, max: 5 }),
          async (seeds, changes, pivot, skip, limit) => {
            await items.deleteMany({});
            const model = new Map<string, Item>();
            for (const [i, seed] of seeds.entries()) {
              const doc: Item = { _id: `d${String(i).padStart(2, "0")}`, n: seed.n, tags: seed.tags, at: day(seed.day), ...(seed.group === undefined ? {} : { group: seed.group }) };
              await items.insertOne(doc);
              model.set(doc._id, doc);
            }
            for (const change of changes) {
              const id = `d${String(change.at % seeds.length).padStart(2, "0")}`;
              if (!model.has(id)) continue;
              if (change.remove) {
                await items.deleteOne({ _id: id });
                model.delete(id);
              } else {
                const set = change.group === undefined ? { $set: { n: change.n }, $unset: { group: "" } } : { $set: { n: change.n, group: change.group } };
                await items.updateOne({ _id: id }, set);
                const { group: _old, ...rest } = model.get(id)!;
                model.set(id, { ...rest, n: change.n, ...(change.group === undefined ? {} : { group: change.group }) });
              }
            }
            const all = [...model.values()];
            for (const g of ["a", "b", "c"]) {
              const members = all.filter((d) => inGroup(d, g)).sort(byNDescId);
              expect(ids(await items.find({ group: g }, { sort: { n: -1, _id: 1 }, skip, limit }))).toEqual(ids(members.slice(skip, skip + limit)));
              expect(ids(await items.find({ group: g }, { sort: { n: 1, _id: -1 } }))).toEqual(ids([...members].reverse()));
              // The next page after a cursor (n, _id), as the history and the wall ask for it.
              const cursor = members[Math.min(skip, members.length - 1)];
              if (cursor) {
                const after = await items.find(
                  { group: g, n: { $lte: cursor.n }, $or: [{ n: { $lt: cursor.n } }, { _id: { $gt: cursor._id } }] },
                  { sort: { n: -1, _id: 1 }, limit },
                );
                const at = members.indexOf(cursor);
                expect(ids(after)).toEqual(ids(members.slice(at + 1, at + 1 + limit)));
              }
              const ranged = members.filter((d) => d.n! > pivot - 2 && d.n! <= pivot);
              expect(ids(await items.find({ group: { $eq: g }, n: { $gt: pivot - 2, $lte: pivot } }, { sort: { n: -1, _id: 1 } }))).toEqual(ids(ranged));
              expect(await items.countDocuments({ group: g })).toBe(members.length);
              expect(await items.countDocuments({ group: g, n: { $gte: pivot } })).toBe(members.filter((d) => d.n! >= pivot).length);
              const projected = await items.find({ group: g }, { sort: { n: -1, _id: 1 }, limit: 2, projection: { n: 1 } });
              expect(projected).toEqual(members.slice(0, 2).map((d) => ({ _id: d._id, n: d.n })));
            }
            for (const tag of ["x", "y"]) {
              const since = day(Math.max(1, pivot - 1));
              const tagged = all
                .filter((d) => d.tags!.includes(tag) && d.at!.getTime() >= since.getTime())
                .sort((a, b) => a.at!.getTime() - b.at!.getTime() || (a._id < b._id ? -1 : 1));
              expect(ids(await items.find({ tags: tag, at: { $gte: since } }, { sort: { at: 1, _id: 1 } }))).toEqual(ids(tagged));
            }
          },
        ),
        { numRuns: 40 },
      );
    });
  });
}

// ---------------------------------------------------------------------------------------------
// The factories

const silent: Logger = { warn: () => {}, info: () => {} };

contractSuite("embedded", () => ({
  setup: () => openEmbeddedStore({ dir: tempDir(), logger: silent, collections: testCollections }),
  teardown: (store) => store.close(),
}));

const mongoUri = process.env.MONGODB_URI;
contractSuite(
  "mongodb",
  () => {
    const dbName = `qc_contract_${process.pid}_${Date.now()}`;
    let store: TestStore | undefined;
    return {
      async setup() {
        store ??= await openMongoStore(mongoUri!, dbName, silent, { collections: testCollections });
        for (const name of Object.keys(testCollections) as TestName[]) await store.collection(name).deleteMany({});
        return store;
      },
      async teardown() {},
      async dispose() {
        await store?.close();
        const client = new MongoClient(mongoUri!);
        try {
          await client.db(dbName).dropDatabase();
        } finally {
          await client.close();
        }
      },
    };
  },
  !mongoUri,
);

// ---------------------------------------------------------------------------------------------
// Embedded store only

describe("embedded store: ordered indexes", () => {
  it("reads a page through the declared index instead of scanning, also after a reopen", async () => {
    const dir = tempDir();
    let store = await openEmbeddedStore({ dir, logger: silent, collections: testCollections });
    const items = () => store.collection<Item>("contract_items") as StoreCollection<Item> & { explain: (filter: Record<string, unknown>, options?: object) => { index: string | null; examined: number; returned: number } };
    for (let i = 0; i < 300; i++) await items().insertOne({ _id: `i${String(i).padStart(3, "0")}`, group: i % 3 === 0 ? "a" : "b", n: i });
    const page = { sort: { n: -1 as const, _id: 1 as const }, limit: 10 };
    expect(items().explain({ group: "a" }, page)).toEqual({ index: "group_n", examined: 10, returned: 10 });
    expect(items().explain({ group: "a", n: { $lt: 150 } }, page)).toEqual({ index: "group_n", examined: 10, returned: 10 });
    expect((await items().find({ group: "a", n: { $lt: 150 } }, page)).map((d) => d.n)).toEqual([147, 144, 141, 138, 135, 132, 129, 126, 123, 120]);
    // Not a prefix of an index: scanned, same answers.
    expect(items().explain({ n: { $lt: 5 } }, page).index).toBeNull();
    expect(items().explain({ group: "a" }, { sort: { n: -1 } }).index).toBeNull();
    await store.close();

    store = await openEmbeddedStore({ dir, logger: silent, collections: testCollections });
    expect(items().explain({ group: "b" }, page)).toEqual({ index: "group_n", examined: 10, returned: 10 });
    expect((await items().find({ group: "b" }, page)).map((d) => d.n)[0]).toBe(299);
    expect(await items().countDocuments({ group: "a" })).toBe(100);
    await store.close();
  });

  it("a document the index cannot order (a missing sort key) retires the index; answers stay right", async () => {
    const store = await openEmbeddedStore({ dir: tempDir(), logger: silent, collections: testCollections });
    const items = store.collection<Item>("contract_items") as StoreCollection<Item> & { explain: (filter: Record<string, unknown>, options?: object) => { index: string | null } };
    await items.insertOne({ _id: "x1", group: "a", n: 2 });
    await items.insertOne({ _id: "x2", group: "a", n: 1 });
    expect(items.explain({ group: "a" }, { sort: { n: -1, _id: 1 } }).index).toBe("group_n");
    await items.insertOne({ _id: "x3", group: "a" });
    expect(items.explain({ group: "a" }, { sort: { n: -1, _id: 1 } }).index).toBeNull();
    expect((await items.find({ group: "a" }, { sort: { n: -1, _id: 1 } })).map((d) => d._id)).toEqual(["x1", "x2", "x3"]);
    expect(await items.countDocuments({ group: "a" })).toBe(3);
    await store.close();
  });
});

describe("embedded store: durability and journal", () => {
  const open = (dir: string, logger: Logger = silent, io?: Partial<JournalIo>) => openEmbeddedStore({ dir, logger, io, collections: testCollections });

  it("keeps every acknowledged change across close and reopen", async () => {
    const dir = tempDir();
    let store = await open(dir);
    const circles = store.collection<Circle>("circles");
    await circles.insertOne(circle("c1"));
    await circles.insertOne(circle("c2"));
    await circles.insertOne(circle("c3"));
    await circles.updateOne({ _id: "c1" }, { $set: { removedAt: new Date("2024-05-05T05:05:05.005Z"), name: "Ünïcødé › ok" }, $inc: { version: 1 } });
    await circles.deleteOne({ _id: "c2" });
    await store.collection<Item>("contract_items").insertOne({ _id: "i", email: "i@example.com", nested: { at: new Date(0), list: [new Date(1)] } });
    await store.close();

    store = await open(dir);
    const reopened = store.collection<Circle>("circles");
    expect((await reopened.find({}, { sort: { _id: 1 } })).map((c) => c._id)).toEqual(["c1", "c3"]);
    const c1 = (await reopened.findOne({ _id: "c1" }))!;
    expect(c1).toMatchObject({ name: "Ünïcødé › ok", version: 2 });
    expect(c1.removedAt).toEqual(new Date("2024-05-05T05:05:05.005Z"));
    expect(c1.installedAt).toBeInstanceOf(Date);
    expect(await store.collection<Item>("contract_items").findOne({ _id: "i" })).toEqual({
      _id: "i",
      email: "i@example.com",
      nested: { at: new Date(0), list: [new Date(1)] },
    });
    // unique indexes are rebuilt from the replayed data
    await expect(store.collection<Item>("contract_items").insertOne({ _id: "j", email: "i@example.com" })).rejects.toBeInstanceOf(DuplicateKeyError);
    await store.close();
  });

  it("compacts the journal at open to just the live documents", async () => {
    const dir = tempDir();
    const journal = path.join(dir, JOURNAL_FILE);
    let store = await open(dir);
    const circles = store.collection<Circle>("circles");
    for (let i = 0; i < 20; i++) await circles.insertOne(circle(`c${i}`));
    for (let round = 0; round < 10; round++) await circles.updateMany({}, { $inc: { version: 1 } });
    await circles.deleteMany({ _id: { $in: ["c0", "c1", "c2"] } });
    await store.close();
    const before = fs.statSync(journal).size;

    store = await open(dir);
    const after = fs.statSync(journal).size;
    expect(after).toBeLessThan(before / 5);
    const lines = fs.readFileSync(journal, "utf8").trim().split("\n");
    expect(lines).toHaveLength(1 + 17); // header + live documents
    expect(JSON.parse(lines[0]!)).toMatchObject({ format: "quiet-circles/embedded-store", version: 1 });
    expect(await store.collection<Circle>("circles").countDocuments()).toBe(17);
    expect((await store.collection<Circle>("circles").findOne({ _id: "c5" }))!.version).toBe(11);
    await store.close();

    // a compacted journal reopens to the same state, and stays the same size
    store = await open(dir);
    expect(fs.statSync(journal).size).toBe(after);
    expect((await store.collection<Circle>("circles").findOne({ _id: "c19" }))!.installedAt).toBeInstanceOf(Date);
    await store.close();
    expect(fs.readdirSync(dir).sort()).toEqual([JOURNAL_FILE]);
  });

  it("skips a torn last line with a warning naming the file and byte offset", async () => {
    const dir = tempDir();
    const journal = path.join(dir, JOURNAL_FILE);
    let store = await open(dir);
    await store.collection<Circle>("circles").insertOne(circle("c1"));
    await store.close();
    const offset = fs.statSync(journal).size;
    fs.appendFileSync(journal, '{"c":"circles","put":[{"_id":"torn","name":"hal');

    const logger = recordingLogger();
    store = await open(dir, logger);
    expect((await store.collection<Circle>("circles").find({})).map((c) => c._id)).toEqual(["c1"]);
    const [warning, ...others] = logger.warnings();
    expect(others).toEqual([]);
    expect(warning!.msg).toMatch(/torn last journal line/);
    expect(warning!.obj).toMatchObject({ file: journal, offset });
    // the torn bytes are gone after compaction, and new writes land on clean lines
    await store.collection<Circle>("circles").insertOne(circle("c2"));
    await store.close();
    const logger2 = recordingLogger();
    store = await open(dir, logger2);
    expect(logger2.warnings()).toEqual([]);
    expect(await store.collection<Circle>("circles").countDocuments()).toBe(2);
    await store.close();
  });

  it("skips corrupt lines in the middle with warnings, and keeps a copy of the damaged journal", async () => {
    const dir = tempDir();
    const journal = path.join(dir, JOURNAL_FILE);
    let store = await open(dir);
    await store.collection<Circle>("circles").insertOne(circle("c1"));
    await store.close();
    const offset = fs.statSync(journal).size;
    const c2 = JSON.stringify({ c: "circles", put: [{ ...circle("c2"), installedAt: { $date: "2024-03-01T09:00:00.000Z" } }] });
    fs.appendFileSync(journal, `this is not json\n{"c":"circles","put":[{"no_id":true}]}\n${c2}\n`);

    const logger = recordingLogger();
    store = await open(dir, logger);
    expect((await store.collection<Circle>("circles").find({}, { sort: { _id: 1 } })).map((c) => c._id)).toEqual(["c1", "c2"]);
    expect((await store.collection<Circle>("circles").findOne({ _id: "c2" }))!.installedAt).toBeInstanceOf(Date);
    await store.close();
    const warnings = logger.warnings();
    expect(warnings).toHaveLength(3);
    expect(warnings[0]).toMatchObject({ msg: expect.stringMatching(/corrupt journal line/), obj: { file: journal, offset } });
    expect(warnings[1]).toMatchObject({ msg: expect.stringMatching(/not a valid record/), obj: { file: journal, offset: offset + 17 } });
    expect(warnings[2]!.msg).toMatch(/kept a copy/);
    const kept = fs.readdirSync(dir).filter((f) => f.startsWith(`${JOURNAL_FILE}.corrupt-`));
    expect(kept).toHaveLength(1);
    expect(fs.readFileSync(path.join(dir, kept[0]!), "utf8")).toContain("this is not json");
  });

  it("rejects a write the journal could not take, and leaves memory unchanged", async () => {
    const dir = tempDir();
    let failure: "none" | "enospc" | "partial" = "none";
    const io: Partial<JournalIo> = {
      writeSync(fd, buffer, offset, length) {
        if (failure === "enospc") throw Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC" });
        if (failure === "partial") {
          failure = "enospc"; // some bytes land, then the disk is full
          return fs.writeSync(fd, buffer, offset, Math.min(length, 10));
        }
        return fs.writeSync(fd, buffer, offset, length);
      },
    };
    let store = await open(dir, silent, io);
    const circles = store.collection<Circle>("circles");
    await circles.insertOne(circle("c1"));

    failure = "enospc";
    const err = await circles.insertOne(circle("c2")).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(JournalWriteError);
    expect((err as Error).message).toMatch(/ENOSPC.*not applied/);
    await expect(circles.updateOne({ _id: "c1" }, { $set: { name: "lost" } })).rejects.toBeInstanceOf(JournalWriteError);
    await expect(circles.deleteMany({})).rejects.toBeInstanceOf(JournalWriteError);
    failure = "partial";
    await expect(circles.findOneAndUpdate({ _id: "c1" }, { $inc: { version: 5 } })).rejects.toBeInstanceOf(JournalWriteError);

    expect(await circles.countDocuments()).toBe(1);
    expect(await circles.findOne({ _id: "c1" })).toEqual(circle("c1"));

    failure = "none";
    await circles.insertOne(circle("c2")); // same id again: the failed insert left no trace
    await circles.updateOne({ _id: "c1" }, { $inc: { version: 1 } });
    await store.close();

    const logger = recordingLogger();
    store = await open(dir, logger);
    expect(logger.warnings()).toEqual([]); // the partial write was truncated away
    expect((await store.collection<Circle>("circles").find({}, { sort: { _id: 1 } })).map((c) => [c._id, c.version])).toEqual([
      ["c1", 2],
      ["c2", 1],
    ]);
    await store.close();
  });

  it("stops accepting writes after a failed fsync until reopened", async () => {
    const dir = tempDir();
    let failFsync = false;
    let store = await open(dir, silent, {
      fsyncSync(fd) {
        if (failFsync) throw Object.assign(new Error("EIO: i/o error, fsync"), { code: "EIO" });
        fs.fsyncSync(fd);
      },
    });
    const circles = store.collection<Circle>("circles");
    await circles.insertOne(circle("c1"));
    failFsync = true;
    await expect(circles.insertOne(circle("c2"))).rejects.toThrow(/fsync.*not applied/);
    failFsync = false;
    await expect(circles.insertOne(circle("c3"))).rejects.toThrow(/reopen the store/);
    await expect(store.ping()).rejects.toBeInstanceOf(JournalWriteError);
    expect(await circles.countDocuments()).toBe(1);
    await store.close();

    store = await open(dir);
    expect((await store.collection<Circle>("circles").find({})).map((c) => c._id)).toEqual(["c1"]);
    await store.close();
  });

  it("locks the data directory: one opener at a time, stale locks are taken over", async () => {
    const dir = tempDir();
    const store = await open(dir);
    await expect(open(dir)).rejects.toThrow(/already open in this process/);
    await store.close();
    await expect(store.collection("circles").find({})).rejects.toThrow(/closed/);

    const lock = path.join(dir, LOCK_FILE);
    fs.writeFileSync(lock, `${process.ppid}\n`); // a live process
    await expect(open(dir)).rejects.toThrow(new RegExp(`in use by process ${process.ppid}`));

    fs.writeFileSync(lock, "2147483646\n"); // no such process
    const logger = recordingLogger();
    const taken = await open(dir, logger);
    expect(logger.warnings().map((w) => w.msg)).toEqual([expect.stringMatching(/stale lock/)]);
    expect(fs.readFileSync(lock, "utf8").trim()).toBe(String(process.pid));
    await taken.close();
    expect(fs.existsSync(lock)).toBe(false);

    fs.writeFileSync(lock, `${process.pid}\n`); // our pid, but not opened by us: left by an earlier process
    const again = await open(dir);
    await again.close();
  });

  it("keeps the data of a collection that is no longer declared", async () => {
    const dir = tempDir();
    let store = await open(dir);
    await store.collection<Item>("contract_items").insertOne({ _id: "keep", email: "k@example.com" });
    await store.close();
    const narrow = await openEmbeddedStore({ dir, logger: silent, collections: { circles: collections.circles } });
    expect(() => narrow.collection("contract_items" as "circles")).toThrow(/unknown collection/);
    await narrow.close();
    store = await open(dir);
    expect(await store.collection<Item>("contract_items").findOne({ _id: "keep" })).toEqual({ _id: "keep", email: "k@example.com" });
    await store.close();
  });
});

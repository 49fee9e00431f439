// The embedded store: the collections live in memory and are queried with mingo, so the same
// filter, update and pipeline documents work here as in MongoDB. Every acknowledged mutation is
// one JSON line in an append-only journal, written and fsync'd before its promise resolves. At
// open the journal is replayed (a torn last line from a crash is skipped with a warning) and then
// compacted: rewritten atomically with just the live documents.
//
// Journal lines (file `journal.jsonl` in the data directory):
//   {"format":"quiet-circles/embedded-store","version":1,...}  header, first line after compaction
//   {"c":"circles","put":[{...full document...}]}             inserted/updated documents
//   {"c":"circles","del":["id1","id2"]}                       deleted ids
// Dates are written as {"$date":"2024-01-01T00:00:00.000Z"} and read back as Date objects.
//
// Writes are serialized by construction: each mutation runs synchronously from the unique index
// check through the journal write and fsync to the in-memory commit, with no await in between,
// so no other operation can interleave with it.

import { isAscii } from "node:buffer";
import fs from "node:fs";
import path from "node:path";
import { Aggregator, Query, updateOne as mingoUpdateOne } from "mingo";
import { collections as declaredCollections } from "./collections";
import { assertReadOnlyPipeline, assertUpdateDocument, consoleLogger, isPlainObject, newId, upsertSeed } from "./common";
import {
  DuplicateKeyError,
  type CollectionName,
  type CollectionSpecs,
  type Doc,
  type Filter,
  type FindOneAndUpdateOptions,
  type FindOptions,
  type IndexSpec,
  type Logger,
  type Sort,
  type Store,
  type StoreCollection,
  type Update,
  type UpdateOptions,
  type UpdateResult,
} from "./types";

export const JOURNAL_FILE = "journal.jsonl";
export const LOCK_FILE = "LOCK";
const JOURNAL_FORMAT = "quiet-circles/embedded-store";
const JOURNAL_VERSION = 1;
const ID_INDEX = "_id_";

/** The two calls the journal makes per write; replaceable in tests to simulate a full or failing disk. */
export interface JournalIo {
  writeSync(fd: number, buffer: Uint8Array, offset: number, length: number): number;
  fsyncSync(fd: number): void;
}

export interface EmbeddedStoreOptions<N extends string = CollectionName> {
  /** The data directory; created if missing. Holds the journal and a lock file. */
  dir: string;
  logger?: Logger;
  /** Collection declarations; defaults to the app's (`collections.ts`). */
  collections?: CollectionSpecs<N>;
  /** Test seam for the journal's write and fsync. */
  io?: Partial<JournalIo>;
}

/** A journal write or fsync failed; the mutation was not applied. */
export class JournalWriteError extends Error {
  readonly code = "JOURNAL_WRITE_FAILED";
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "JournalWriteError";
  }
}

/** Opens (replays and compacts) the embedded store in `dir`. Only one process may have a directory open. */
export async function openEmbeddedStore<N extends string = CollectionName>(options: EmbeddedStoreOptions<N>): Promise<Store<N>> {
  const specs = (options.collections ?? declaredCollections) as CollectionSpecs<N>;
  const logger = options.logger ?? consoleLogger;
  const io: JournalIo = {
    writeSync: options.io?.writeSync ?? ((fd, buffer, offset, length) => fs.writeSync(fd, buffer, offset, length)),
    fsyncSync: options.io?.fsyncSync ?? fs.fsyncSync,
  };
  const dir = path.resolve(options.dir);
  fs.mkdirSync(dir, { recursive: true });
  const unlock = acquireLock(dir, logger);
  try {
    const started = performance.now();
    const file = path.join(dir, JOURNAL_FILE);
    const state = new Map<string, MemCollection>();
    for (const [name, spec] of Object.entries(specs) as [string, CollectionSpecs[string]][]) {
      state.set(name, new MemCollection(name, spec.indexes));
    }
    const replayed = replayJournal(file, state, logger);
    for (const coll of state.values()) coll.buildIndexes();
    compactJournal(dir, file, replayed, state, logger);
    replayed.buffer = Buffer.alloc(0);
    for (const coll of state.values()) coll.raw.clear();

    const fd = fs.openSync(file, "a");
    const size = fs.fstatSync(fd).size;
    let documents = 0;
    for (const coll of state.values()) documents += coll.docs.size;
    logger.info(
      { dir, documents, journalBytes: size, replayedLines: replayed.lines, openMs: Math.round(performance.now() - started) },
      "embedded store opened",
    );
    return new EmbeddedStore<N>(dir, file, fd, size, state, specs, io, logger, unlock);
  } catch (err) {
    unlock();
    throw err;
  }
}

// ---------------------------------------------------------------------------------------------
// Store and collections

class EmbeddedStore<N extends string> implements Store<N> {
  readonly kind = "embedded" as const;
  private closed = false;
  /** Set when the journal can no longer be trusted for appends (a failed fsync); writes then fail. */
  private broken: Error | null = null;
  /** A failed write left bytes we could not truncate: start the next line on a fresh line. */
  private needsSeparator = false;
  private readonly handles = new Map<string, EmbeddedCollection<Doc>>();

  constructor(
    private readonly dir: string,
    private readonly file: string,
    private readonly fd: number,
    private size: number,
    private readonly state: Map<string, MemCollection>,
    private readonly specs: CollectionSpecs<N>,
    private readonly io: JournalIo,
    private readonly logger: Logger,
    private readonly unlock: () => void,
  ) {}

  collection<T extends Doc>(name: N): StoreCollection<T> {
    if (!Object.prototype.hasOwnProperty.call(this.specs, name)) throw new Error(`unknown collection "${name}": declare it in shared/store/collections.ts`);
    let handle = this.handles.get(name);
    if (!handle) {
      handle = new EmbeddedCollection(this, this.state.get(name)!);
      this.handles.set(name, handle);
    }
    return handle as unknown as StoreCollection<T>;
  }

  async ping(): Promise<void> {
    this.assertOpen();
    if (this.broken) throw this.broken;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    try {
      fs.closeSync(this.fd);
    } finally {
      this.unlock();
    }
  }

  assertOpen(): void {
    if (this.closed) throw new Error(`embedded store ${this.dir} is closed`);
  }

  /** Documents of any collection, copied, for `$lookup`/`$unionWith`. */
  resolve(name: string): Record<string, unknown>[] {
    const coll = this.state.get(name);
    return coll ? Array.from(coll.docs.values(), cloneValue) : [];
  }

  /**
   * The one way state changes: normalize the new documents through the journal encoding, check
   * unique indexes, append + fsync the journal line, then apply to memory. Returns the committed
   * documents (store-owned; copy before handing out).
   */
  commit(coll: MemCollection, puts: Doc[], dels: string[]): Doc[] {
    this.assertOpen();
    if (this.broken) throw this.broken;
    const record: JournalRecord = { c: coll.name };
    if (puts.length) record.put = puts;
    if (dels.length) record.del = dels;
    const line = encodeJson(record);
    // What is in memory must be exactly what a replay will produce (no undefined, Dates as Dates).
    const committed = puts.length ? (reviveDates(JSON.parse(line)) as JournalRecord).put! : [];
    for (const doc of committed) {
      if (typeof doc._id !== "string") throw new TypeError(`${coll.name}: _id must be a string`);
    }
    coll.checkUnique(committed);
    this.append(line);
    coll.apply(committed, dels);
    return committed;
  }

  private append(line: string): void {
    const data = Buffer.from((this.needsSeparator ? "\n" : "") + line + "\n", "utf8");
    const start = this.size;
    let written = 0;
    try {
      while (written < data.length) written += this.io.writeSync(this.fd, data, written, data.length - written);
    } catch (err) {
      this.undoPartialWrite(start, written);
      throw new JournalWriteError(`embedded store: could not write the journal ${this.file} (${describe(err)}); the change was not applied`, { cause: err });
    }
    try {
      this.io.fsyncSync(this.fd);
    } catch (err) {
      // After a failed fsync the kernel may have dropped the pages: nothing written since the
      // last good fsync can be trusted, so stop accepting writes until the store is reopened.
      this.undoPartialWrite(start, written);
      this.broken = new JournalWriteError(`embedded store: fsync of ${this.file} failed earlier (${describe(err)}); reopen the store`, { cause: err });
      throw new JournalWriteError(`embedded store: could not fsync the journal ${this.file} (${describe(err)}); the change was not applied`, { cause: err });
    }
    this.size += data.length;
    this.needsSeparator = false;
  }

  private undoPartialWrite(start: number, written: number): void {
    if (written === 0) return;
    try {
      fs.ftruncateSync(this.fd, start);
    } catch (err) {
      this.needsSeparator = true;
      this.size = start + written;
      this.logger.warn({ file: this.file, offset: start, err: describe(err) }, "embedded store: could not truncate a failed journal write; it will be skipped at the next open");
    }
  }
}

class EmbeddedCollection<T extends Doc> implements StoreCollection<T> {
  readonly name: string;

  constructor(
    private readonly store: EmbeddedStore<string>,
    private readonly mem: MemCollection,
  ) {
    this.name = mem.name;
  }

  async find(filter: Filter = {}, options: FindOptions = {}): Promise<T[]> {
    this.store.assertOpen();
    return this.mem.find(filter, options).map(cloneValue) as T[];
  }

  async findOne(filter: Filter = {}, options: FindOptions = {}): Promise<T | null> {
    this.store.assertOpen();
    const [doc] = this.mem.find(filter, { ...options, limit: 1 });
    return doc ? (cloneValue(doc) as T) : null;
  }

  async insertOne(doc: T): Promise<void> {
    this.store.assertOpen();
    if (!isPlainObject(doc)) throw new TypeError(`${this.name}.insertOne: expected a plain object`);
    const toInsert = (doc._id === undefined ? { ...doc, _id: newId() } : doc) as Doc;
    if (typeof toInsert._id !== "string") throw new TypeError(`${this.name}.insertOne: _id must be a string`);
    if (this.mem.docs.has(toInsert._id)) throw new DuplicateKeyError(this.name, ID_INDEX);
    this.store.commit(this.mem, [toInsert], []);
  }

  async updateOne(filter: Filter, update: Update, options: UpdateOptions = {}): Promise<UpdateResult> {
    const { matchedCount, modifiedCount, upsertedId } = this.update(filter, update, { ...options, multi: false });
    return { matchedCount, modifiedCount, upsertedId };
  }

  async updateMany(filter: Filter, update: Update, options: UpdateOptions = {}): Promise<UpdateResult> {
    const { matchedCount, modifiedCount, upsertedId } = this.update(filter, update, { ...options, multi: true });
    return { matchedCount, modifiedCount, upsertedId };
  }

  async findOneAndUpdate(filter: Filter, update: Update, options: FindOneAndUpdateOptions = {}): Promise<T | null> {
    const result = this.update(filter, update, { ...options, multi: false });
    const doc = (options.returnDocument ?? "after") === "after" ? result.after : result.before;
    return doc ? (cloneValue(doc) as T) : null;
  }

  async deleteOne(filter: Filter): Promise<{ deletedCount: number }> {
    this.store.assertOpen();
    const [doc] = this.mem.select(filter, 1);
    if (!doc) return { deletedCount: 0 };
    this.store.commit(this.mem, [], [doc._id]);
    return { deletedCount: 1 };
  }

  async deleteMany(filter: Filter): Promise<{ deletedCount: number }> {
    this.store.assertOpen();
    const ids = this.mem.select(filter).map((d) => d._id);
    if (ids.length) this.store.commit(this.mem, [], ids);
    return { deletedCount: ids.length };
  }

  async countDocuments(filter: Filter = {}): Promise<number> {
    this.store.assertOpen();
    if (Object.keys(filter).length === 0) return this.mem.docs.size;
    return this.mem.count(filter) ?? this.mem.select(filter).length;
  }

  /** How `find` would read (which declared index, how many documents it tests): for benchmarks and tests. */
  explain(filter: Filter = {}, options: FindOptions = {}): FindPlan {
    this.store.assertOpen();
    return this.mem.plan(filter, options).plan;
  }

  async aggregate<R = Doc>(pipeline: Record<string, unknown>[]): Promise<R[]> {
    this.store.assertOpen();
    assertReadOnlyPipeline(pipeline);
    // Leading $match stages run on the live documents (queries do not mutate); everything after
    // runs on private copies, because some mingo stages modify their input documents in place.
    let first = 0;
    const matches: Filter[] = [];
    while (first < pipeline.length && Object.keys(pipeline[first]!).length === 1 && isPlainObject(pipeline[first]!.$match)) {
      matches.push(pipeline[first]!.$match as Filter);
      first++;
    }
    const source = matches.length === 0 ? Array.from(this.mem.docs.values()) : this.mem.select(matches.length === 1 ? matches[0]! : { $and: matches });
    const input = source.map(cloneValue);
    const rest = pipeline.slice(first);
    if (rest.length === 0) return input as R[];
    return new Aggregator(rest, { collectionResolver: (name) => this.store.resolve(name) }).run(input) as R[];
  }

  private update(
    filter: Filter,
    update: Update,
    options: UpdateOptions & { multi: boolean; sort?: Sort },
  ): UpdateResult & { before: Doc | null; after: Doc | null } {
    this.store.assertOpen();
    assertUpdateDocument(update);
    const { arrayFilters } = options;
    const targets = options.multi ? this.mem.select(filter) : options.sort ? this.mem.find(filter, { sort: options.sort, limit: 1 }) : this.mem.select(filter, 1);

    if (targets.length === 0) {
      if (!options.upsert) return { matchedCount: 0, modifiedCount: 0, upsertedId: null, before: null, after: null };
      const doc = buildUpsert(filter, update, arrayFilters);
      if (this.mem.docs.has(doc._id)) throw new DuplicateKeyError(this.name, ID_INDEX);
      const [inserted] = this.store.commit(this.mem, [doc], []);
      return { matchedCount: 0, modifiedCount: 0, upsertedId: inserted!._id, before: null, after: inserted! };
    }

    const changed: Doc[] = [];
    for (const doc of targets) {
      const next = applyUpdate(doc, update, filter, arrayFilters);
      if (next) changed.push(next);
    }
    const committed = changed.length ? this.store.commit(this.mem, changed, []) : [];
    return {
      matchedCount: targets.length,
      modifiedCount: committed.length,
      upsertedId: null,
      before: targets[0]!,
      after: committed[0] ?? targets[0]!,
    };
  }
}

/** The updated copy of `doc`, or null when the update changes nothing. Never touches `doc`. */
function applyUpdate(doc: Doc, update: Update, condition: Filter, arrayFilters?: Filter[]): Doc | null {
  let modifier = update;
  if (!Array.isArray(update)) {
    const { $setOnInsert: _ignored, ...rest } = update;
    if (Object.keys(rest).length === 0) return null;
    modifier = rest;
  }
  const docs = [cloneValue(doc)];
  const result = mingoUpdateOne(docs, condition, modifier as never, { arrayFilters });
  if (result.modifiedCount === 0) return null;
  const next = docs[0]!;
  if (next._id !== doc._id) throw new Error("Performing an update on the path '_id' would modify the immutable field '_id'");
  return next;
}

/** The document an upsert inserts: the filter's equality fields, then the update, then `$setOnInsert`. */
function buildUpsert(filter: Filter, update: Update, arrayFilters?: Filter[]): Doc {
  const seed = upsertSeed(filter);
  if (Array.isArray(update)) {
    if (seed._id === undefined) seed._id = newId();
    const docs = [seed];
    mingoUpdateOne(docs, {}, update as never, { arrayFilters });
    return docs[0] as Doc;
  }
  const { $setOnInsert, ...rest } = update as Record<string, Record<string, unknown> | undefined>;
  // An explicit _id in $set/$setOnInsert names the new document (mingo refuses to "modify" _id).
  const ops: Record<string, Record<string, unknown> | undefined> = { ...rest, ...($setOnInsert ? { $setOnInsert } : {}) };
  for (const op of ["$set", "$setOnInsert"] as const) {
    const fields = ops[op];
    if (fields && "_id" in fields) {
      if (seed._id !== undefined && seed._id !== fields._id) throw new Error("Performing an update on the path '_id' would modify the immutable field '_id'");
      seed._id = fields._id;
      const { _id: _taken, ...others } = fields;
      ops[op] = others;
    }
  }
  if (seed._id === undefined) seed._id = newId();
  const docs = [seed];
  const { $setOnInsert: onInsert, ...others } = ops;
  if (Object.keys(others).length) mingoUpdateOne(docs, {}, others as never, { arrayFilters });
  if (onInsert && Object.keys(onInsert).length) mingoUpdateOne(docs, {}, { $set: onInsert } as never, { arrayFilters });
  return docs[0] as Doc;
}

// ---------------------------------------------------------------------------------------------
// In-memory collection and unique indexes

class MemCollection {
  readonly docs = new Map<string, Doc>();
  readonly uniques: UniqueIndex[];
  readonly ordered: OrderedIndex[];
  /** During open only: where each document's latest journal line is, to copy it at compaction. */
  readonly raw = new Map<string, [start: number, end: number]>();

  constructor(
    readonly name: string,
    indexes: readonly IndexSpec[],
  ) {
    this.uniques = indexes.filter((ix) => ix.unique).map((ix) => new UniqueIndex(ix));
    this.ordered = indexes.filter((ix) => !ix.unique).map((ix) => new OrderedIndex(ix));
  }

  /** Matching documents (store-owned) in natural order; `_id` equality is a direct lookup. */
  select(filter: Filter, limit = Infinity): Doc[] {
    const id = filter._id;
    if (typeof id === "string") {
      const doc = this.docs.get(id);
      if (!doc) return [];
      const plain = plainEquality(filter, doc);
      if (plain !== undefined) return plain ? [doc] : [];
      return new Query(filter).test(doc) ? [doc] : [];
    }
    const query = new Query(filter);
    const out: Doc[] = [];
    if (limit <= 0) return out;
    for (const doc of this.docs.values()) {
      if (query.test(doc) && out.push(doc) >= limit) break;
    }
    return out;
  }

  /** Like `find`, but returns store-owned documents (callers copy). */
  find(filter: Filter, options: FindOptions): Doc[] {
    return this.plan(filter, options).docs;
  }

  /** The documents `find` returns, and how it read them. */
  plan(filter: Filter, options: FindOptions): { docs: Doc[]; plan: FindPlan } {
    const { sort, projection } = options;
    const skip = Math.max(0, options.skip ?? 0);
    const limit = options.limit ? Math.abs(options.limit) : Infinity;
    const ordered = sort ? this.findOrdered(filter, sort, skip, limit) : undefined;
    if (ordered) {
      const docs = projection ? new Query({}).find<Doc>(ordered.docs, projection).all() : ordered.docs;
      return { docs, plan: { index: ordered.index, examined: ordered.examined, returned: docs.length } };
    }
    const scan = (docs: Doc[]) => ({ docs, plan: { index: null, examined: this.docs.size, returned: docs.length } });
    if (!sort && !projection) return scan(this.select(filter, skip + limit).slice(skip));
    let cursor = new Query({}).find<Doc>(this.select(filter), projection);
    if (sort) cursor = cursor.sort(sort);
    if (skip) cursor = cursor.skip(skip);
    if (limit !== Infinity) cursor = cursor.limit(limit);
    return scan(cursor.all());
  }

  /**
   * A sorted page read through an ordered index: the filter has equality on the index's first
   * field, the sort is the index's other fields (all in its directions or all reversed) and then
   * `_id`. Undefined when no declared index fits; then `find` scans.
   */
  private findOrdered(filter: Filter, sort: Sort, skip: number, limit: number): { docs: Doc[]; index: string; examined: number } | undefined {
    const fields = Object.entries(sort);
    const last = fields[fields.length - 1];
    if (!last || last[0] !== "_id") return undefined;
    const way = last[1];
    const sortFields = fields.slice(0, -1);
    for (const index of this.ordered) {
      if (index.retired || index.rest.length !== sortFields.length) continue;
      const value = equalityString(filter[index.firstPath]);
      if (value === undefined) continue;
      if (!sortFields.every(([field, dir], i) => field === index.rest[i]!.path && dir === index.rest[i]!.dir * way)) continue;
      const bucket = index.bucket(value);
      const [start, end] = index.slice(bucket, index.rest.length ? rangeOf(filter[index.rest[0]!.path]) : null);
      const query = new Query(filter);
      const docs: Doc[] = [];
      let skipped = 0;
      let examined = 0;
      for (let i = 0; i < end - start && docs.length < limit; i++) {
        const doc = this.docs.get(bucket[way === 1 ? start + i : end - 1 - i]!.id)!;
        examined++;
        if (!query.test(doc)) continue;
        if (skipped < skip) skipped++;
        else docs.push(doc);
      }
      return { docs, index: index.name, examined };
    }
    return undefined;
  }

  /** Counts through an ordered index when the filter has equality on its first field; undefined otherwise. */
  count(filter: Filter): number | undefined {
    for (const index of this.ordered) {
      if (index.retired) continue;
      const condition = filter[index.firstPath];
      const value = equalityString(condition);
      if (value === undefined) continue;
      const bucket = index.bucket(value);
      // A top-level field equal to a string, or an array holding it: exactly the bucket.
      if (Object.keys(filter).length === 1 && typeof condition === "string" && !index.firstPath.includes(".")) return bucket.length;
      const query = new Query(filter);
      let count = 0;
      for (const entry of bucket) if (query.test(this.docs.get(entry.id)!)) count++;
      return count;
    }
    return undefined;
  }

  buildIndexes(): void {
    for (const index of this.ordered) index.build(this.docs.values());
    for (const index of this.uniques) {
      index.entries.clear();
      for (const doc of this.docs.values()) {
        for (const key of index.keysOf(doc)) {
          const owner = index.entries.get(key);
          if (owner !== undefined && owner !== doc._id) {
            throw new Error(`${this.name}: documents "${owner}" and "${doc._id}" violate the unique index ${index.spec.name}; fix the data or the declaration`);
          }
          index.entries.set(key, doc._id);
        }
      }
    }
  }

  /** Throws DuplicateKeyError if putting `docs` (new versions, by _id) would violate a unique index. */
  checkUnique(docs: Doc[]): void {
    if (this.uniques.length === 0 || docs.length === 0) return;
    const batch = new Set(docs.map((d) => d._id));
    for (const index of this.uniques) {
      const claimed = new Map<string, string>();
      for (const doc of docs) {
        for (const key of index.keysOf(doc)) {
          const other = claimed.get(key);
          if (other !== undefined && other !== doc._id) throw new DuplicateKeyError(this.name, index.spec.name);
          claimed.set(key, doc._id);
        }
      }
      for (const [key, id] of claimed) {
        const owner = index.entries.get(key);
        // An owner inside the batch is being rewritten; if its new version still had this key,
        // the batch check above has already failed.
        if (owner !== undefined && owner !== id && !batch.has(owner)) throw new DuplicateKeyError(this.name, index.spec.name);
      }
    }
  }

  apply(puts: Doc[], dels: string[]): void {
    for (const id of dels) {
      const old = this.docs.get(id);
      if (!old) continue;
      for (const index of this.uniques) index.remove(old);
      for (const index of this.ordered) index.replace(old, undefined);
      this.docs.delete(id);
    }
    for (const doc of puts) {
      const old = this.docs.get(doc._id);
      if (old) for (const index of this.uniques) index.remove(old);
      for (const index of this.ordered) index.replace(old, doc);
    }
    for (const doc of puts) {
      this.docs.set(doc._id, doc);
      for (const index of this.uniques) index.add(doc);
    }
  }
}

const EMPTY_ARRAY = { $emptyArray: true };

class UniqueIndex {
  readonly entries = new Map<string, string>();
  private readonly paths: string[][];

  constructor(readonly spec: IndexSpec) {
    this.paths = Object.keys(spec.key).map((p) => p.split("."));
  }

  /**
   * The index keys of a document, as MongoDB forms them: a missing field is null, an array
   * contributes each element (multikey), compound keys are the combinations.
   */
  keysOf(doc: Doc): string[] {
    const perField = this.paths.map((parts) => {
      const values: unknown[] = [];
      collectValues(doc, parts, 0, values);
      return values;
    });
    if (this.spec.sparse && perField.every((values) => values.every((v) => v === null))) return [];
    let combos: unknown[][] = [[]];
    for (const values of perField) {
      const next: unknown[][] = [];
      for (const combo of combos) for (const value of values) next.push([...combo, value]);
      combos = next;
    }
    return [...new Set(combos.map((combo) => encodeJson(combo)))];
  }

  add(doc: Doc): void {
    for (const key of this.keysOf(doc)) this.entries.set(key, doc._id);
  }

  remove(doc: Doc): void {
    for (const key of this.keysOf(doc)) if (this.entries.get(key) === doc._id) this.entries.delete(key);
  }
}

// ---------------------------------------------------------------------------------------------
// Ordered indexes: the declared indexes as sorted lists, so a page of a big collection is read
// like MongoDB reads it — equality on the index's first field picks one bucket, the sort follows
// the index's remaining fields, and a range on the second field is a binary search — instead of
// testing and sorting every document. Each bucket holds the documents whose first field has that
// string value (each element of an array: multikey), sorted by the remaining fields in the
// index's directions and then `_id`. Only what the index can answer exactly is answered here:
// sort keys of one type per field (dates, numbers or strings, never missing or arrays); a
// document that breaks that retires the index until the next open, and queries fall back to the
// full scan. Every candidate is still tested with mingo, so the index never changes a result.

type SortKey = number | string;
type KeyType = "date" | "number" | "string";

interface IndexEntry {
  id: string;
  keys: SortKey[];
}

/** What `find` reports about how it read (`explain` in the benchmark). */
export interface FindPlan {
  /** The declared index that answered, or null for a full scan. */
  index: string | null;
  /** Documents tested against the filter. */
  examined: number;
  returned: number;
}

class OrderedIndex {
  readonly name: string;
  private readonly first: string[];
  /** The sort fields after the first one, with the index's directions. */
  readonly rest: { path: string; parts: string[]; dir: 1 | -1 }[];
  readonly firstPath: string;
  private readonly types: (KeyType | undefined)[];
  private readonly buckets = new Map<string, IndexEntry[]>();
  /** Set when a document's sort key cannot be ordered exactly; the index then answers nothing. */
  retired = false;

  constructor(spec: IndexSpec) {
    this.name = spec.name;
    const [firstPath, ...others] = Object.entries(spec.key);
    this.firstPath = firstPath![0];
    this.first = this.firstPath.split(".");
    this.rest = others.map(([path, dir]) => ({ path, parts: path.split("."), dir }));
    this.types = this.rest.map(() => undefined);
  }

  bucket(value: string): readonly IndexEntry[] {
    return this.buckets.get(value) ?? [];
  }

  /** The first field's string values (deduplicated), and the sort keys; null keys retire the index. */
  private entryOf(doc: Doc): { values: string[]; keys: SortKey[] | null } {
    const found: unknown[] = [];
    collectValues(doc, this.first, 0, found);
    const values = [...new Set(found.filter((v): v is string => typeof v === "string"))];
    if (values.length === 0) return { values, keys: [] };
    const keys: SortKey[] = [];
    for (let i = 0; i < this.rest.length; i++) {
      const key = sortKeyOf(resolvePath(doc, this.rest[i]!.parts));
      if (!key || (this.types[i] !== undefined && this.types[i] !== key.type)) return { values, keys: null };
      this.types[i] = key.type;
      keys.push(key.value);
    }
    return { values, keys };
  }

  compare(a: IndexEntry, b: IndexEntry): number {
    for (let i = 0; i < this.rest.length; i++) {
      const x = a.keys[i]!;
      const y = b.keys[i]!;
      if (x !== y) return (x < y ? -1 : 1) * this.rest[i]!.dir;
    }
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  }

  /** Builds every bucket from scratch (at open). */
  build(docs: Iterable<Doc>): void {
    this.buckets.clear();
    for (const doc of docs) {
      const { values, keys } = this.entryOf(doc);
      if (values.length === 0) continue;
      if (!keys) return this.retire();
      for (const value of values) {
        let bucket = this.buckets.get(value);
        if (!bucket) this.buckets.set(value, (bucket = []));
        bucket.push({ id: doc._id, keys });
      }
    }
    for (const bucket of this.buckets.values()) bucket.sort((a, b) => this.compare(a, b));
  }

  /** Moves a document from its old entries to its new ones; nothing to do when its keys did not change. */
  replace(old: Doc | undefined, doc: Doc | undefined): void {
    if (this.retired) return;
    const before = old ? this.entryOf(old) : { values: [], keys: [] };
    const after = doc ? this.entryOf(doc) : { values: [], keys: [] };
    if (!after.keys) return this.retire();
    if (old && doc && sameEntry(before, after)) return;
    for (const value of before.values) this.remove(value, { id: old!._id, keys: before.keys! });
    for (const value of after.values) this.insert(value, { id: doc!._id, keys: after.keys });
  }

  private insert(value: string, entry: IndexEntry): void {
    let bucket = this.buckets.get(value);
    if (!bucket) this.buckets.set(value, (bucket = []));
    // New documents usually sort last (newest createdAt ascending) or first: check the ends before searching.
    if (bucket.length === 0 || this.compare(bucket[bucket.length - 1]!, entry) < 0) bucket.push(entry);
    else bucket.splice(partitionPoint(bucket, (e) => this.compare(e, entry) < 0), 0, entry);
  }

  private remove(value: string, entry: IndexEntry): void {
    const bucket = this.buckets.get(value);
    if (!bucket) return;
    const at = partitionPoint(bucket, (e) => this.compare(e, entry) < 0);
    if (bucket[at]?.id === entry.id) bucket.splice(at, 1);
    if (bucket.length === 0) this.buckets.delete(value);
  }

  private retire(): void {
    this.retired = true;
    this.buckets.clear();
  }

  /**
   * The slice of a bucket whose first sort field lies within `range` (from the filter). The
   * bucket is monotonic in that field, so both ends are binary searches.
   */
  slice(bucket: readonly IndexEntry[], range: KeyRange | null): [number, number] {
    if (!range || this.rest.length === 0) return [0, bucket.length];
    if (this.types[0] !== undefined && this.types[0] !== range.type) return [0, bucket.length];
    const dir = this.rest[0]!.dir;
    const below = (v: SortKey) => (range.lower !== undefined && (v < range.lower || (v === range.lower && !range.lowerInclusive)));
    const above = (v: SortKey) => (range.upper !== undefined && (v > range.upper || (v === range.upper && !range.upperInclusive)));
    // Ascending buckets start below the range and end above it; descending ones the other way round.
    const before = dir === 1 ? below : above;
    const after = dir === 1 ? above : below;
    const start = partitionPoint(bucket, (e) => before(e.keys[0]!));
    const end = partitionPoint(bucket, (e) => !after(e.keys[0]!));
    return [start, Math.max(start, end)];
  }
}

interface KeyRange {
  type: KeyType;
  lower?: SortKey;
  lowerInclusive: boolean;
  upper?: SortKey;
  upperInclusive: boolean;
}

function sameEntry(a: { values: string[]; keys: SortKey[] | null }, b: { values: string[]; keys: SortKey[] | null }): boolean {
  if (a.values.length !== b.values.length || !a.keys || !b.keys) return false;
  for (let i = 0; i < a.values.length; i++) if (a.values[i] !== b.values[i]) return false;
  for (let i = 0; i < a.keys.length; i++) if (a.keys[i] !== b.keys[i]) return false;
  return true;
}

function sortKeyOf(value: unknown): { type: KeyType; value: SortKey } | null {
  if (value instanceof Date) {
    const time = value.getTime();
    return Number.isNaN(time) ? null : { type: "date", value: time };
  }
  if (typeof value === "number") return Number.isFinite(value) ? { type: "number", value } : null;
  if (typeof value === "string") return { type: "string", value };
  return null;
}

/** A plain (non-array) value at a dotted path; arrays on the way make it unorderable here. */
function resolvePath(doc: Doc, parts: string[]): unknown {
  let value: unknown = doc;
  for (const part of parts) {
    if (value === null || typeof value !== "object" || Array.isArray(value) || value instanceof Date) return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return Array.isArray(value) ? undefined : value;
}

/** The first index in `list` where `before` is false (`before` holds for a prefix of the list). */
function partitionPoint<T>(list: readonly T[], before: (item: T) => boolean): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (before(list[mid]!)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The string a filter compares a field with for equality (`"x"` or `{ $eq: "x" }`), if that is all it does. */
function equalityString(condition: unknown): string | undefined {
  if (typeof condition === "string") return condition;
  if (isPlainObject(condition) && Object.keys(condition).length === 1 && typeof condition.$eq === "string") return condition.$eq;
  return undefined;
}

/** A range on one field from a filter condition: `{ $gte: a, $lt: b }`, `{ $eq: v }` or a plain value. */
function rangeOf(condition: unknown): KeyRange | null {
  if (condition === undefined) return null;
  const plain = sortKeyOf(condition);
  if (plain) return { type: plain.type, lower: plain.value, lowerInclusive: true, upper: plain.value, upperInclusive: true };
  if (!isPlainObject(condition)) return null;
  let range: KeyRange | null = null;
  for (const [op, operand] of Object.entries(condition)) {
    const key = sortKeyOf(operand);
    if (!key || (range && range.type !== key.type)) return null;
    range ??= { type: key.type, lowerInclusive: true, upperInclusive: true };
    const v = key.value;
    const tighterLower = (inclusive: boolean) => {
      if (range!.lower === undefined || v > range!.lower || (v === range!.lower && !inclusive)) {
        range!.lower = v;
        range!.lowerInclusive = inclusive;
      }
    };
    const tighterUpper = (inclusive: boolean) => {
      if (range!.upper === undefined || v < range!.upper || (v === range!.upper && !inclusive)) {
        range!.upper = v;
        range!.upperInclusive = inclusive;
      }
    };
    if (op === "$gt") tighterLower(false);
    else if (op === "$gte") tighterLower(true);
    else if (op === "$lt") tighterUpper(false);
    else if (op === "$lte") tighterUpper(true);
    else if (op === "$eq") {
      tighterLower(true);
      tighterUpper(true);
    } else return null;
  }
  return range;
}

function collectValues(value: unknown, parts: string[], i: number, out: unknown[]): void {
  if (i === parts.length) {
    if (Array.isArray(value)) {
      if (value.length === 0) out.push(EMPTY_ARRAY);
      else for (const v of value) out.push(v === undefined ? null : v);
    } else {
      out.push(value === undefined ? null : value);
    }
    return;
  }
  if (Array.isArray(value)) {
    const part = parts[i]!;
    if (/^\d+$/.test(part)) {
      collectValues(value[Number(part)], parts, i + 1, out);
    } else if (value.length === 0) {
      out.push(null);
    } else {
      for (const element of value) collectValues(element, parts, i, out);
    }
    return;
  }
  if (value !== null && typeof value === "object" && !(value instanceof Date)) {
    collectValues((value as Record<string, unknown>)[parts[i]!], parts, i + 1, out);
    return;
  }
  out.push(null);
}

// ---------------------------------------------------------------------------------------------
// Encoding

interface JournalRecord {
  c: string;
  put?: Doc[];
  del?: string[];
}

function dateReplacer(this: Record<string, unknown>, key: string, value: unknown): unknown {
  const original = this[key];
  if (original instanceof Date) return { $date: Number.isNaN(original.getTime()) ? null : original.toISOString() };
  return value;
}

const NON_ASCII = /[^\x00-\x7f]/;
const NON_ASCII_ALL = /[^\x00-\x7f]/g;
const escapeChar = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`;

/**
 * JSON with Dates tagged as `{"$date": "<ISO>"}`, and non-ASCII characters escaped (`\u203a`):
 * an all-ASCII journal decodes several times faster at open, and byte offsets equal characters.
 */
export function encodeJson(value: unknown): string {
  const json = JSON.stringify(value, dateReplacer);
  return NON_ASCII.test(json) ? json.replace(NON_ASCII_ALL, escapeChar) : json;
}

/** Turns `{"$date": ...}` objects back into Dates, in place; returns the (possibly replaced) value. */
export function reviveDates(value: unknown): unknown {
  if (value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const v = value[i];
      if (v !== null && typeof v === "object") value[i] = reviveDates(v);
    }
    return value;
  }
  const obj = value as Record<string, unknown>;
  const tag = obj.$date;
  if (tag !== undefined) {
    let keys = 0;
    for (const _ in obj) keys++;
    if (keys === 1 && (typeof tag === "string" || tag === null)) return new Date(tag === null ? Number.NaN : tag);
  }
  for (const key in obj) {
    const v = obj[key];
    if (v !== null && typeof v === "object") obj[key] = reviveDates(v);
  }
  return obj;
}

/** A deep copy of JSON-like data with Dates (what the store holds). */
function cloneValue<T>(value: T): T {
  if (value === null || typeof value !== "object") return value;
  if (value instanceof Date) return new Date(value.getTime()) as T;
  if (Array.isArray(value)) return value.map(cloneValue) as T;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const copied = cloneValue((value as Record<string, unknown>)[key]);
    if (key === "__proto__") Object.defineProperty(out, key, { value: copied, enumerable: true, writable: true, configurable: true });
    else out[key] = copied;
  }
  return out as T;
}

// ---------------------------------------------------------------------------------------------
// Replay and compaction

interface Replayed {
  buffer: Buffer;
  lines: number;
  /** Lines skipped because they were corrupt in the middle of the file (not a torn tail). */
  corrupt: number;
}

function replayJournal(file: string, state: Map<string, MemCollection>, logger: Logger): Replayed {
  let buffer: Buffer;
  try {
    buffer = fs.readFileSync(file);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") return { buffer: Buffer.alloc(0), lines: 0, corrupt: 0 };
    throw err;
  }
  // The store writes ASCII only (see encodeJson); "latin1" is the fast way to decode that.
  const text = buffer.toString(isAscii(buffer) ? "latin1" : "utf8");
  const result: Replayed = { buffer, lines: 0, corrupt: 0 };
  // Walk bytes (for offsets) and characters (for parsing) in step: "\n" never occurs inside a
  // multi-byte UTF-8 sequence, so the n-th newline is the same line boundary in both.
  let byteStart = 0;
  let charStart = 0;
  let lineNo = 0;
  while (byteStart < buffer.length) {
    const byteNl = buffer.indexOf(10, byteStart);
    const complete = byteNl !== -1;
    const charNl = complete ? text.indexOf("\n", charStart) : text.length;
    const byteEnd = complete ? byteNl : buffer.length;
    const line = text.slice(charStart, charNl);
    lineNo++;
    const where = { file, offset: byteStart, line: lineNo, bytes: byteEnd - byteStart };
    byteStart = byteEnd + 1;
    charStart = charNl + 1;
    if (line.trim() === "") continue;
    result.lines++;

    let record: unknown;
    try {
      record = JSON.parse(line);
    } catch {
      if (complete) {
        result.corrupt++;
        logger.warn(where, "embedded store: skipped a corrupt journal line");
      } else {
        logger.warn(where, "embedded store: skipped a torn last journal line (a write cut short by a crash; it was never acknowledged)");
      }
      continue;
    }
    if (isPlainObject(record) && "format" in record) {
      if (record.format !== JOURNAL_FORMAT) throw new Error(`${file} is not a Quiet Circles journal (format ${String(record.format)})`);
      if (typeof record.version !== "number" || record.version > JOURNAL_VERSION) {
        throw new Error(`${file} was written by a newer version of the embedded store (journal version ${String(record.version)})`);
      }
      continue;
    }
    if (!isValidRecord(record)) {
      if (complete) result.corrupt++;
      logger.warn(where, "embedded store: skipped a journal line that is not a valid record");
      continue;
    }
    let coll = state.get(record.c);
    if (!coll) {
      // A collection no longer declared: keep its data (it is rewritten at compaction), serve nothing.
      coll = new MemCollection(record.c, []);
      state.set(record.c, coll);
      logger.info({ file, collection: record.c }, "embedded store: journal holds an undeclared collection; keeping its data");
    }
    if (record.del) {
      for (const id of record.del) {
        coll.docs.delete(id);
        coll.raw.delete(id);
      }
    }
    if (record.put) {
      const single = complete && record.put.length === 1 && !record.del;
      for (const doc of record.put) {
        coll.docs.set(doc._id, reviveDates(doc) as Doc);
        if (single) coll.raw.set(doc._id, [where.offset, byteEnd + 1]);
        else coll.raw.delete(doc._id);
      }
    }
  }
  return result;
}

function isValidRecord(record: unknown): record is JournalRecord {
  if (!isPlainObject(record) || typeof record.c !== "string") return false;
  const { put, del } = record;
  if (put === undefined && del === undefined) return false;
  if (put !== undefined && !(Array.isArray(put) && put.every((d) => isPlainObject(d) && typeof d._id === "string"))) return false;
  if (del !== undefined && !(Array.isArray(del) && del.every((id) => typeof id === "string"))) return false;
  return true;
}

/**
 * Rewrites the journal with one line per live document: write a temp file, fsync it, rename it
 * over the journal, fsync the directory. Lines that are already a document's latest single-put
 * record are copied byte for byte instead of re-encoded.
 */
function compactJournal(dir: string, file: string, replayed: Replayed, state: Map<string, MemCollection>, logger: Logger): void {
  const tmp = `${file}.tmp`;
  const fd = fs.openSync(tmp, "w");
  try {
    const writer = new ChunkWriter(fd);
    writer.push(Buffer.from(`${JSON.stringify({ format: JOURNAL_FORMAT, version: JOURNAL_VERSION, compactedAt: new Date().toISOString() })}\n`));
    for (const coll of state.values()) {
      for (const doc of coll.docs.values()) {
        const raw = coll.raw.get(doc._id);
        if (raw) writer.push(replayed.buffer.subarray(raw[0], raw[1]));
        else writer.push(Buffer.from(`${encodeJson({ c: coll.name, put: [doc] })}\n`, "utf8"));
      }
    }
    writer.flush();
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  if (replayed.corrupt > 0 && fs.existsSync(file)) {
    const kept = `${file}.corrupt-${new Date().toISOString().replace(/[:.]/g, "-")}`;
    // A copy, not a rename: the journal must exist at every moment until the new one replaces it.
    fs.copyFileSync(file, kept);
    logger.warn({ file, kept, corruptLines: replayed.corrupt }, "embedded store: the journal had corrupt lines; kept a copy of it");
  }
  fs.renameSync(tmp, file);
  fsyncDir(dir);
}

class ChunkWriter {
  private chunks: Buffer[] = [];
  private pending = 0;

  constructor(private readonly fd: number) {}

  push(chunk: Buffer): void {
    this.chunks.push(chunk);
    this.pending += chunk.length;
    if (this.pending >= 4 * 1024 * 1024) this.flush();
  }

  flush(): void {
    if (this.pending === 0) return;
    const data = Buffer.concat(this.chunks, this.pending);
    let written = 0;
    while (written < data.length) written += fs.writeSync(this.fd, data, written, data.length - written);
    this.chunks = [];
    this.pending = 0;
  }
}

function fsyncDir(dir: string): void {
  if (process.platform === "win32") return; // directories cannot be opened for fsync there
  const fd = fs.openSync(dir, "r");
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

// ---------------------------------------------------------------------------------------------
// Lock: one process per data directory

const openDirs = new Set<string>();

function acquireLock(dir: string, logger: Logger): () => void {
  if (openDirs.has(dir)) throw new Error(`embedded store ${dir} is already open in this process`);
  const lockFile = path.join(dir, LOCK_FILE);
  for (let attempt = 0; ; attempt++) {
    try {
      const fd = fs.openSync(lockFile, "wx");
      try {
        fs.writeSync(fd, `${process.pid}\n`);
      } finally {
        fs.closeSync(fd);
      }
      break;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "EEXIST" || attempt > 0) throw err;
    }
    const holder = Number.parseInt(readOrEmpty(lockFile), 10);
    // Our own pid in the lock, while this process has not opened the directory, is a stale lock
    // from an earlier process that had the same pid (pid 1 in a restarted container).
    if (Number.isInteger(holder) && holder > 0 && holder !== process.pid && isAlive(holder)) {
      throw new Error(`embedded store ${dir} is in use by process ${holder} (lock file ${lockFile})`);
    }
    logger.warn({ lockFile, pid: Number.isNaN(holder) ? null : holder }, "embedded store: taking over a stale lock");
    fs.rmSync(lockFile, { force: true });
  }
  openDirs.add(dir);
  let released = false;
  return () => {
    if (released) return;
    released = true;
    openDirs.delete(dir);
    fs.rmSync(lockFile, { force: true });
  };
}

function readOrEmpty(file: string): string {
  try {
    return fs.readFileSync(file, "utf8");
  } catch {
    return "";
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}

function describe(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/**
 * The hot path of compare-and-set updates (`{ _id, version: 3 }`): a filter of top-level fields
 * compared with strings, numbers or booleans, on a document whose values there are not arrays or
 * objects, is decided without building a mingo query. Anything else returns undefined, and mingo
 * decides as MongoDB would.
 */
function plainEquality(filter: Filter, doc: Doc): boolean | undefined {
  let result = true;
  for (const [key, expected] of Object.entries(filter)) {
    if (key.startsWith("$") || key.includes(".")) return undefined;
    const type = typeof expected;
    if (type !== "string" && type !== "number" && type !== "boolean") return undefined;
    const actual = doc[key];
    if (actual !== null && typeof actual === "object") return undefined;
    if (actual !== expected) result = false;
  }
  return result;
}

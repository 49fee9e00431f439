// The MongoDB store: a thin layer over the official driver. It creates the declared indexes at open,
// keeps ids strings, and turns duplicate key errors (code 11000) into DuplicateKeyError.

import { MongoClient, type Collection, type Db, type Document } from "mongodb";
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
  type Logger,
  type Store,
  type StoreCollection,
  type Update,
  type UpdateOptions,
  type UpdateResult,
} from "./types";

export interface MongoStoreOptions<N extends string = CollectionName> {
  /** Collection declarations; defaults to the app's (`collections.ts`). */
  collections?: CollectionSpecs<N>;
}

/**
 * Connects to MongoDB and creates the declared indexes (idempotent). `dbName` defaults to the
 * database named in the URI, else "quiet-circles".
 */
export async function openMongoStore<N extends string = CollectionName>(
  uri: string,
  dbName?: string,
  logger: Logger = consoleLogger,
  options: MongoStoreOptions<N> = {},
): Promise<Store<N>> {
  const specs = (options.collections ?? declaredCollections) as CollectionSpecs<N>;
  // ignoreUndefined: undefined fields are dropped, as the embedded store's JSON journal does.
  const client = new MongoClient(uri, { ignoreUndefined: true, appName: "quiet-circles" });
  await client.connect();
  try {
    const db = client.db(dbName ?? databaseFromUri(uri) ?? "quiet-circles");
    for (const [name, spec] of Object.entries(specs) as [string, CollectionSpecs[string]][]) {
      if (spec.indexes.length === 0) continue;
      await db.collection(name).createIndexes(
        spec.indexes.map((ix) => ({
          key: { ...ix.key },
          name: ix.name,
          ...(ix.unique ? { unique: true } : {}),
          ...(ix.sparse ? { sparse: true } : {}),
        })),
      );
    }
    logger.info({ db: db.databaseName, collections: Object.keys(specs) }, "mongodb store opened");
    return new MongoStore<N>(client, db, specs);
  } catch (err) {
    await client.close().catch(() => {});
    throw err;
  }
}

function databaseFromUri(uri: string): string | undefined {
  const match = /^mongodb(?:\+srv)?:\/\/[^/]*\/([^?]+)/.exec(uri);
  return match ? decodeURIComponent(match[1]!) : undefined;
}

class MongoStore<N extends string> implements Store<N> {
  readonly kind = "mongodb" as const;
  private readonly handles = new Map<string, MongoCollection<Doc>>();

  constructor(
    private readonly client: MongoClient,
    private readonly db: Db,
    private readonly specs: CollectionSpecs<N>,
  ) {}

  collection<T extends Doc>(name: N): StoreCollection<T> {
    if (!Object.prototype.hasOwnProperty.call(this.specs, name)) throw new Error(`unknown collection "${name}": declare it in shared/store/collections.ts`);
    let handle = this.handles.get(name);
    if (!handle) {
      handle = new MongoCollection(name, this.db.collection(name));
      this.handles.set(name, handle);
    }
    return handle as unknown as StoreCollection<T>;
  }

  async ping(): Promise<void> {
    await this.db.command({ ping: 1 });
  }

  async close(): Promise<void> {
    await this.client.close();
  }
}

class MongoCollection<T extends Doc> implements StoreCollection<T> {
  constructor(
    readonly name: string,
    private readonly coll: Collection<Document>,
  ) {}

  find(filter: Filter = {}, options: FindOptions = {}): Promise<T[]> {
    return this.run(() => this.coll.find(filter, findOptions(options)).toArray()) as Promise<unknown> as Promise<T[]>;
  }

  findOne(filter: Filter = {}, options: FindOptions = {}): Promise<T | null> {
    return this.run(() => this.coll.findOne(filter, findOptions(options))) as Promise<unknown> as Promise<T | null>;
  }

  async insertOne(doc: T): Promise<void> {
    // The driver adds an ObjectId _id to the object it is given; ids here are strings.
    const toInsert: Document = { ...doc, _id: doc._id ?? newId() };
    await this.run(() => this.coll.insertOne(toInsert));
  }

  async updateOne(filter: Filter, update: Update, options: UpdateOptions = {}): Promise<UpdateResult> {
    assertUpdateDocument(update);
    const result = await this.run(() => this.coll.updateOne(filter, withStringId(filter, update, options.upsert), updateOptions(options)));
    return { matchedCount: result.matchedCount, modifiedCount: result.modifiedCount, upsertedId: result.upsertedId == null ? null : String(result.upsertedId) };
  }

  async updateMany(filter: Filter, update: Update, options: UpdateOptions = {}): Promise<UpdateResult> {
    assertUpdateDocument(update);
    const result = await this.run(() => this.coll.updateMany(filter, withStringId(filter, update, options.upsert), updateOptions(options)));
    return { matchedCount: result.matchedCount, modifiedCount: result.modifiedCount, upsertedId: result.upsertedId == null ? null : String(result.upsertedId) };
  }

  async findOneAndUpdate(filter: Filter, update: Update, options: FindOneAndUpdateOptions = {}): Promise<T | null> {
    assertUpdateDocument(update);
    const doc = await this.run(() =>
      this.coll.findOneAndUpdate(filter, withStringId(filter, update, options.upsert), {
        ...updateOptions(options),
        ...(options.sort ? { sort: options.sort } : {}),
        returnDocument: options.returnDocument ?? "after",
        includeResultMetadata: false,
      }),
    );
    return doc as T | null;
  }

  async deleteOne(filter: Filter): Promise<{ deletedCount: number }> {
    const { deletedCount } = await this.run(() => this.coll.deleteOne(filter));
    return { deletedCount };
  }

  async deleteMany(filter: Filter): Promise<{ deletedCount: number }> {
    const { deletedCount } = await this.run(() => this.coll.deleteMany(filter));
    return { deletedCount };
  }

  countDocuments(filter: Filter = {}): Promise<number> {
    return this.run(() => this.coll.countDocuments(filter));
  }

  async aggregate<R = Doc>(pipeline: Record<string, unknown>[]): Promise<R[]> {
    assertReadOnlyPipeline(pipeline);
    return (await this.run(() => this.coll.aggregate(pipeline).toArray())) as R[];
  }

  private async run<R>(op: () => Promise<R>): Promise<R> {
    try {
      return await op();
    } catch (err) {
      throw toDuplicateKeyError(this.name, err) ?? err;
    }
  }
}

function findOptions({ sort, skip, limit, projection }: FindOptions): Document {
  return { ...(sort ? { sort } : {}), ...(skip ? { skip } : {}), ...(limit ? { limit } : {}), ...(projection ? { projection } : {}) };
}

function updateOptions({ upsert, arrayFilters }: UpdateOptions): Document {
  return { ...(upsert ? { upsert: true } : {}), ...(arrayFilters ? { arrayFilters } : {}) };
}

/**
 * An upsert whose filter does not fix `_id` would get an ObjectId; give it a string id through
 * `$setOnInsert` instead (operator updates only; a pipeline upsert should put `_id` in its filter).
 */
function withStringId(filter: Filter, update: Update, upsert?: boolean): Update {
  if (!upsert || Array.isArray(update) || upsertSeed(filter)._id !== undefined) return update;
  const set = update.$set;
  const onInsert = update.$setOnInsert;
  if ((isPlainObject(set) && "_id" in set) || (isPlainObject(onInsert) && "_id" in onInsert)) return update;
  return { ...update, $setOnInsert: { ...(isPlainObject(onInsert) ? onInsert : {}), _id: newId() } };
}

function toDuplicateKeyError(collection: string, err: unknown): DuplicateKeyError | undefined {
  if (!err || typeof err !== "object" || (err as { code?: unknown }).code !== 11000) return undefined;
  const message = String((err as { errmsg?: unknown }).errmsg ?? (err as Error).message ?? "");
  const index = /index: (\S+)/.exec(message)?.[1] ?? "unknown";
  const mapped = new DuplicateKeyError(collection, index);
  (mapped as Error).cause = err;
  return mapped;
}

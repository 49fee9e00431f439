// The store's contract: the small subset of the MongoDB driver's Collection that Quiet Circles
// uses. Both implementations (MongoDB and the embedded journal store) satisfy it and execute the
// same filter, update and pipeline documents.

import type { collections } from "./collections";

export type Doc = { _id: string } & Record<string, unknown>;

/** A MongoDB query document, e.g. `{ tenantId: "t1", "members.id": "29:abc" }`. */
export type Filter = Record<string, unknown>;
/** A MongoDB update document with operators (`$set`, `$inc`, `$push`, ...) or a pipeline. */
export type Update = Record<string, unknown> | Record<string, unknown>[];
export type Sort = Record<string, 1 | -1>;
export type Projection = Record<string, 0 | 1>;

export interface FindOptions {
  sort?: Sort;
  skip?: number;
  limit?: number;
  projection?: Projection;
}

export interface UpdateOptions {
  upsert?: boolean;
  /** Filters for the `$[identifier]` positional operator, as in the driver. */
  arrayFilters?: Filter[];
}

export interface FindOneAndUpdateOptions extends UpdateOptions {
  sort?: Sort;
  /** Which version of the document to return; defaults to "after" (unlike the driver). */
  returnDocument?: "before" | "after";
}

export interface UpdateResult {
  matchedCount: number;
  modifiedCount: number;
  upsertedId: string | null;
}

export interface StoreCollection<T extends Doc> {
  readonly name: string;
  find(filter: Filter, options?: FindOptions): Promise<T[]>;
  findOne(filter: Filter, options?: FindOptions): Promise<T | null>;
  /** Fails with DuplicateKeyError when a unique index (or `_id`) is violated. */
  insertOne(doc: T): Promise<void>;
  updateOne(filter: Filter, update: Update, options?: UpdateOptions): Promise<UpdateResult>;
  updateMany(filter: Filter, update: Update, options?: UpdateOptions): Promise<UpdateResult>;
  findOneAndUpdate(filter: Filter, update: Update, options?: FindOneAndUpdateOptions): Promise<T | null>;
  deleteOne(filter: Filter): Promise<{ deletedCount: number }>;
  deleteMany(filter: Filter): Promise<{ deletedCount: number }>;
  countDocuments(filter?: Filter): Promise<number>;
  aggregate<R = Doc>(pipeline: Record<string, unknown>[]): Promise<R[]>;
}

/**
 * The store. `N` is the set of collection names it serves; it defaults to the collections declared
 * in `collections.ts` (tests may open a store over their own declarations).
 */
export interface Store<N extends string = CollectionName> {
  /** "mongodb" or "embedded", for logs and the health endpoint. */
  readonly kind: "mongodb" | "embedded";
  /** Throws for a name that is not declared in the store's collection declarations. */
  collection<T extends Doc>(name: N): StoreCollection<T>;
  /** Resolves when the store can serve requests; rejects with the reason otherwise. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

/** An index as declared in `collections.ts`; created with this name in MongoDB, enforced (when unique) by both stores. */
export interface IndexSpec {
  readonly name: string;
  readonly key: Readonly<Record<string, 1 | -1>>;
  /** Two documents may not have the same key. Missing fields count as `null`, as in MongoDB. */
  readonly unique?: boolean;
  /** Documents missing every field of the key are left out of the index (MongoDB's `sparse`). */
  readonly sparse?: boolean;
}

export interface CollectionSpec {
  readonly indexes: readonly IndexSpec[];
}

/** Collection declarations by name; `collections.ts` holds the app's. */
export type CollectionSpecs<N extends string = string> = Readonly<Record<N, CollectionSpec>>;

/** The names of the collections declared in `collections.ts`. */
export type CollectionName = keyof typeof collections & string;

/** The minimal logger the store needs (pino-compatible). */
export interface Logger {
  warn(obj: object, msg: string): void;
  info(obj: object, msg: string): void;
}

/** A unique index (or `_id`) was violated. Same meaning as MongoDB's error code 11000. */
export class DuplicateKeyError extends Error {
  readonly code = 11000;
  constructor(
    readonly collection: string,
    readonly index: string,
  ) {
    super(`duplicate key in ${collection} for index ${index}`);
    this.name = "DuplicateKeyError";
  }
}

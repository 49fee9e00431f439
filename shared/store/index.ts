// The store entry point: MongoDB when a URI is configured, the embedded store otherwise.

import { openEmbeddedStore } from "./embedded-store";
import { openMongoStore } from "./mongo-store";
import type { Logger, Store } from "./types";

export interface OpenStoreOptions {
  /** `MONGODB_URI`; when set, the store is MongoDB. */
  mongodbUri?: string;
  /** MongoDB database name; defaults to the one in the URI, else "quiet-circles". */
  mongodbDbName?: string;
  /** The embedded store's data directory (used when no MongoDB URI is set), e.g. `./.data`. */
  dataDir: string;
  logger: Logger;
}

export async function openStore(options: OpenStoreOptions): Promise<Store> {
  const uri = options.mongodbUri?.trim();
  if (uri) return openMongoStore(uri, options.mongodbDbName, options.logger);
  return openEmbeddedStore({ dir: options.dataDir, logger: options.logger });
}

export * from "./types";
export { collections } from "./collections";
export { openEmbeddedStore, JournalWriteError, type EmbeddedStoreOptions, type JournalIo } from "./embedded-store";
export { openMongoStore, type MongoStoreOptions } from "./mongo-store";

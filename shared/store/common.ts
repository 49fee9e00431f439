// Small rules both store implementations share, so they behave the same.

import { randomUUID } from "node:crypto";
import type { Filter, Logger, Update } from "./types";

/** A new document id. Ids are strings everywhere (no ObjectId), so both stores make the same kind. */
export function newId(): string {
  return randomUUID();
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== "object") return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/**
 * The document an upsert starts from, as MongoDB builds it: the filter's equality conditions
 * (`{ a: 1 }`, `{ "b.c": 2 }`, `{ d: { $eq: 3 } }`, and those inside a top-level `$and`), with
 * dotted paths expanded into nested objects. Operators other than `$eq` contribute nothing.
 */
export function upsertSeed(filter: Filter): Record<string, unknown> {
  const seed: Record<string, unknown> = {};
  for (const [path, value] of equalityConditions(filter)) setPath(seed, path, structuredClone(value));
  return seed;
}

function equalityConditions(filter: Filter, out: [string, unknown][] = []): [string, unknown][] {
  for (const [key, value] of Object.entries(filter)) {
    if (key === "$and" && Array.isArray(value)) {
      for (const clause of value) if (isPlainObject(clause)) equalityConditions(clause, out);
      continue;
    }
    if (key.startsWith("$")) continue;
    if (value instanceof RegExp) continue;
    if (isPlainObject(value)) {
      const keys = Object.keys(value);
      if (keys.length > 0 && keys.some((k) => k.startsWith("$"))) {
        if ("$eq" in value) out.push([key, value.$eq]);
        continue;
      }
    }
    out.push([key, value]);
  }
  return out;
}

function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const parts = path.split(".");
  let node = target;
  for (let i = 0; i < parts.length - 1; i++) {
    const next = node[parts[i]!];
    if (isPlainObject(next)) {
      node = next;
    } else {
      const created: Record<string, unknown> = {};
      node[parts[i]!] = created;
      node = created;
    }
  }
  node[parts[parts.length - 1]!] = value;
}

/** Rejects what the driver rejects: an empty update, or a replacement document passed as an update. */
export function assertUpdateDocument(update: Update): void {
  if (Array.isArray(update)) {
    if (update.length === 0) throw new TypeError("update pipeline must not be empty");
    return;
  }
  const keys = Object.keys(update ?? {});
  if (keys.length === 0 || !keys.every((k) => k.startsWith("$"))) {
    throw new TypeError("update document requires atomic operators ($set, $inc, ...)");
  }
}

/**
 * `$out` and `$merge` would write around the store's journal and its unique indexes; the app writes
 * through the collection methods only, so both stores refuse them.
 */
export function assertReadOnlyPipeline(pipeline: Record<string, unknown>[]): void {
  for (const stage of pipeline) {
    if ("$out" in stage || "$merge" in stage) throw new TypeError("aggregate: $out and $merge are not supported; write through the collection");
  }
}

/** When a caller passes no logger: warnings go to stderr, info is dropped. */
export const consoleLogger: Logger = {
  warn: (obj, msg) => console.warn(`[store] ${msg}`, obj),
  info: () => {},
};

// Shared pieces of the bad-input campaign: fast-check arbitraries for hostile values (wrong types,
// huge strings, unicode edge cases, prototype-pollution keys, MongoDB operators), a way to put
// `__proto__` into a JSON body as an own key, and the invariants every stored document must keep.

import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { collections } from "../../shared/store/collections";
import type { Store } from "../../shared/store/types";

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** How many cases a fuzz file runs: FUZZ_RUNS when set (to run more), else its default. */
export const fuzzRuns = (fallback: number) => {
  const n = Number(process.env.FUZZ_RUNS);
  return Number.isInteger(n) && n > 0 ? n : fallback;
};

/** The seed: FUZZ_SEED to replay a failure (fast-check prints it), else a fixed one so CI is deterministic. */
export const fuzzSeed = () => {
  const n = Number(process.env.FUZZ_SEED);
  return Number.isInteger(n) ? n : 20_260_308;
};

/** Keys that attack JavaScript objects or MongoDB queries when they reach one unchecked. */
export const HOSTILE_KEYS = ["__proto__", "constructor", "prototype", "$gt", "$ne", "$where", "$set", "$expr", "toString", "hasOwnProperty", "a.b", "$", ""] as const;

/** Unicode that breaks naive code: lone surrogates, RTL overrides, zero-width, combining marks, emoji sequences, NUL. */
export const UNICODE_EDGES = [
  "\uD800",
  "\uDFFF",
  "a\uD83Db",
  "\u202Egnp.exe",
  "\u200B\u200C\u200D\uFEFF",
  "e\u0301\u0301\u0301",
  "👩‍👩‍👧‍👦",
  "🏳️‍🌈",
  "🇳🇱",
  "\u0000",
  "\r\n\t",
  "مرحبا",
  "ﷺ",
  "𝕳𝖊𝖑𝖑𝖔",
  "<at>Ada Lovelace</at>",
  "**bold** [link](javascript:alert(1))",
  "<script>alert(1)</script>",
  "${7*7}{{7*7}}",
  "' OR '1'='1",
] as const;

const operatorObject = fc.constantFrom<Record<string, unknown>>(
  { $gt: "" },
  { $ne: null },
  { $regex: ".*" },
  { $where: "sleep(1000)" },
  { $exists: true },
  { $in: ["a", "b"] },
  { $expr: { $eq: [1, 1] } },
);

/** A string that is wrong in some way: empty, huge, odd unicode, markup, ids of the wrong shape. */
export function hostileString(extra: string[] = []): fc.Arbitrary<string> {
  return fc.oneof(
    fc.constantFrom(...UNICODE_EDGES, ...extra),
    fc.string({ maxLength: 40 }),
    fc.string({ unit: "grapheme", maxLength: 30 }),
    fc.string({ unit: "binary", maxLength: 30 }),
    fc.nat({ max: 300_000 }).map((n) => "x".repeat(n)),
    fc.tuple(fc.constantFrom(...UNICODE_EDGES), fc.nat({ max: 3_000 })).map(([s, n]) => s.repeat(n)),
    fc.constantFrom("", " ", "null", "undefined", "NaN", "-1", "1e309", "0x10", "[]", "{}", "../../etc/passwd", "%00", "19:x@thread.v2|daily-trivia|2026-01-01"),
  );
}

/** Any JSON value a hostile client could send in a field that expects something else. */
export function hostileValue(extra: string[] = []): fc.Arbitrary<unknown> {
  const leaf = fc.oneof(
    hostileString(extra),
    fc.constantFrom(null, true, false, 0, -1, 1.5, 2 ** 53, -(2 ** 31), 1e308),
    fc.integer(),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    operatorObject,
  );
  return fc.oneof(
    { weight: 5, arbitrary: leaf },
    { weight: 1, arbitrary: fc.array(leaf, { maxLength: 5 }) },
    { weight: 1, arbitrary: fc.array(fc.constant("x"), { minLength: 1_000, maxLength: 5_000 }) },
    { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...HOSTILE_KEYS), leaf).map(([key, value]) => withKey({}, key, value)) },
    { weight: 1, arbitrary: fc.dictionary(fc.string({ maxLength: 8 }), leaf, { maxKeys: 4 }) },
  );
}

/** `target` with an own enumerable `key` (also `__proto__`, which `target[key] = value` would not add). */
export function withKey<T extends object>(target: T, key: string, value: unknown): T {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  return target;
}

/** A record of the given fields with hostile (or, with `good`, plausible) values, plus hostile keys. */
export function hostileRecord(fields: readonly string[], good: Record<string, fc.Arbitrary<unknown>> = {}, extra: string[] = []): fc.Arbitrary<Record<string, unknown>> {
  const field = fc.constantFrom(...fields);
  const entry = fc.oneof(
    { weight: 4, arbitrary: fc.tuple(field, fc.oneof(...(Object.keys(good).length ? [fc.constant(undefined)] : []), hostileValue(extra))) },
    { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...HOSTILE_KEYS), hostileValue(extra)) },
  );
  return fc.tuple(fc.array(entry, { maxLength: 6 }), fc.record(good, { requiredKeys: [] })).map(([entries, goodValues]) => {
    const out: Record<string, unknown> = { ...(goodValues as Record<string, unknown>) };
    for (const [key, value] of entries) if (value !== undefined) withKey(out, key, value);
    return out;
  });
}

/** Every key path in a stored document that must never be there: operators, prototype keys. */
export function forbiddenKeys(value: unknown, at = "", out: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((v, i) => forbiddenKeys(v, `${at}[${i}]`, out));
  else if (value !== null && typeof value === "object" && !(value instanceof Date)) {
    if (Object.getPrototypeOf(value) !== Object.prototype && Object.getPrototypeOf(value) !== null) out.push(`${at} (prototype changed)`);
    for (const key of Object.keys(value)) {
      if (key.startsWith("$") || key === "__proto__" || key === "constructor" || key === "prototype") out.push(`${at}.${key}`);
      forbiddenKeys((value as Record<string, unknown>)[key], `${at}.${key}`, out);
    }
  }
  return out;
}

/** Every document of every declared collection. */
export async function everyDocument(store: Store): Promise<{ collection: string; doc: Record<string, unknown> }[]> {
  const all: { collection: string; doc: Record<string, unknown> }[] = [];
  for (const name of Object.keys(collections) as (keyof typeof collections)[]) {
    for (const doc of await store.collection<Record<string, unknown> & { _id: string }>(name).find({})) all.push({ collection: name, doc });
  }
  return all;
}

/** The invariants of stored data after a fuzz run; returns what is wrong (empty: all good). */
export async function storedDataProblems(store: Store, expect: { circles: Record<string, { tenantId: string }> }): Promise<string[]> {
  const problems: string[] = [];
  const circleIds = new Set(Object.keys(expect.circles));
  for (const { collection, doc } of await everyDocument(store)) {
    for (const key of forbiddenKeys(doc)) problems.push(`${collection} ${String(doc._id)}: forbidden key ${key}`);
    if (typeof doc._id !== "string" || doc._id.length === 0) problems.push(`${collection}: _id ${JSON.stringify(doc._id)} is not a string`);
    if (collection === "circles") {
      const known = expect.circles[doc._id as string];
      if (!known) problems.push(`circles: unexpected circle ${String(doc._id).slice(0, 80)}`);
      else if (doc.tenantId !== known.tenantId) problems.push(`circles ${String(doc._id)}: tenant changed to ${JSON.stringify(doc.tenantId)}`);
    }
    if (typeof doc.circleId === "string" && !circleIds.has(doc.circleId)) problems.push(`${collection} ${String(doc._id).slice(0, 80)}: circleId ${doc.circleId.slice(0, 80)} is no circle`);
    if (doc.circleId !== undefined && typeof doc.circleId !== "string") problems.push(`${collection} ${String(doc._id)}: circleId is ${typeof doc.circleId}`);
    if (collection === "shoutouts") {
      if (typeof doc.message !== "string" || doc.message.length > 280 || doc.message.trim().length === 0) problems.push(`shoutouts ${String(doc._id)}: message ${JSON.stringify(doc.message).slice(0, 80)}…`);
    }
    for (const [key, value] of Object.entries(doc)) {
      if (typeof value === "string" && value.length > 20_000) problems.push(`${collection} ${String(doc._id)}: ${key} holds ${value.length} characters`);
    }
  }
  return problems;
}

/** The tab API's routes, read from the routers' source: every GET/POST/PATCH/PUT/DELETE under /api. */
export function tabApiRoutes(): { method: string; path: string }[] {
  const dir = path.join(root, "bot/api");
  const routes: { method: string; path: string }[] = [];
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith(".ts"))) {
    const source = fs.readFileSync(path.join(dir, file), "utf8");
    const constants = new Map([...source.matchAll(/const ([A-Z_]+) = "([^"]+)"/g)].map((m) => [m[1]!, m[2]!]));
    for (const m of source.matchAll(/router\.(get|post|patch|put|delete)\(\s*(?:"([^"]+)"|([A-Z_]+))/g)) {
      const route = m[2] ?? constants.get(m[3]!);
      if (route) routes.push({ method: m[1]!.toUpperCase(), path: route });
    }
  }
  return routes;
}

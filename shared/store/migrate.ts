// Copies every declared collection from one store to another (an embedded data directory into
// MongoDB, or between two directories): each document by its `_id`, so running it again after
// an interruption finishes the job without duplicating anything, then checks that the target
// holds every source document unchanged.

import { collections } from "./collections";
import type { CollectionName, Doc, Store } from "./types";

export interface MigrationReport {
  collection: CollectionName;
  /** Documents in the source. */
  source: number;
  /** Written to the target (new or different there). */
  written: number;
  /** Already identical in the target. */
  unchanged: number;
}

export class MigrationCheckError extends Error {
  constructor(readonly collection: string, readonly id: unknown) {
    super(`after copying, ${collection} document ${JSON.stringify(id)} differs in the target`);
    this.name = "MigrationCheckError";
  }
}

const BATCH = 500;

/** Same fields, same values (Dates by instant); key order does not matter. */
function sameDoc(a: unknown, b: unknown): boolean {
  if (a instanceof Date || b instanceof Date) return a instanceof Date && b instanceof Date && a.getTime() === b.getTime();
  if (Array.isArray(a) || Array.isArray(b)) return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => sameDoc(x, b[i]));
  if (a && b && typeof a === "object" && typeof b === "object") {
    const ka = Object.keys(a).sort();
    const kb = Object.keys(b).sort();
    return ka.length === kb.length && ka.every((k, i) => k === kb[i] && sameDoc((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
  }
  return a === b;
}

export async function migrateStore(source: Store, target: Store, onProgress: (report: MigrationReport) => void = () => undefined): Promise<MigrationReport[]> {
  const reports: MigrationReport[] = [];
  for (const name of Object.keys(collections) as CollectionName[]) {
    const from = source.collection<Doc>(name);
    const to = target.collection<Doc>(name);
    const docs = await from.find({}, { sort: { _id: 1 } });
    const report: MigrationReport = { collection: name, source: docs.length, written: 0, unchanged: 0 };
    for (let i = 0; i < docs.length; i += BATCH) {
      const batch = docs.slice(i, i + BATCH);
      const existing = new Map((await to.find({ _id: { $in: batch.map((d) => d._id) } })).map((d) => [String(d._id), d]));
      for (const doc of batch) {
        const there = existing.get(String(doc._id));
        if (there && sameDoc(there, doc)) {
          report.unchanged++;
          continue;
        }
        // Replace the whole document: fields the target has and the source does not go too.
        if (there) await to.deleteOne({ _id: doc._id });
        await to.insertOne(doc);
        report.written++;
      }
      const copied = new Map((await to.find({ _id: { $in: batch.map((d) => d._id) } })).map((d) => [String(d._id), d]));
      for (const doc of batch) if (!sameDoc(copied.get(String(doc._id)), doc)) throw new MigrationCheckError(name, doc._id);
    }
    reports.push(report);
    onProgress(report);
  }
  return reports;
}

// Leases: a document is worked on by the instance whose id is in `leaseOwner` until `leaseUntil`.
// Claiming is a compare-and-set on "the lease is free or has run out", so of any number of
// instances exactly one wins; a crashed instance's lease simply expires.

import type { Doc, Filter, Sort, Store, StoreCollection } from "../store/types";
import type { ClaimOptions } from "./types";

/** The lease is free (never taken, released) or has run out. `leaseUntil: null` also matches a missing field. */
export function leaseFree(now: Date): Filter {
  return { $or: [{ leaseUntil: null }, { leaseUntil: { $lte: now } }] };
}

export const releaseLease = { $unset: { leaseOwner: "", leaseUntil: "" } } as const;

/**
 * Gives back every schedule and session `owner` still holds (a scheduler that has stopped), so
 * another instance can take them at once instead of waiting for the leases to run out.
 */
export async function releaseAllLeases(store: Store, owner: string): Promise<{ schedules: number; sessions: number }> {
  const schedules = await store.collection("schedules").updateMany({ leaseOwner: owner }, releaseLease);
  const sessions = await store.collection("sessions").updateMany({ leaseOwner: owner }, releaseLease);
  return { schedules: schedules.modifiedCount, sessions: sessions.modifiedCount };
}

/**
 * Finds up to `limit` candidates matching `due` with a free lease, then claims them one by one with
 * a compare-and-set. Candidates another instance took in between are skipped; when it took all of
 * them, the next ones are looked up, so an empty result means nothing is left to claim.
 */
export async function claimMatching<T extends Doc>(collection: StoreCollection<T>, due: Filter, sort: Sort, options: ClaimOptions): Promise<T[]> {
  const { now, owner, leaseMs, limit } = options;
  if (limit <= 0) return [];
  for (;;) {
    const candidates = await collection.find({ $and: [due, leaseFree(now)] }, { sort, limit, projection: { _id: 1 } });
    const claimed: T[] = [];
    for (const candidate of candidates) {
      const doc = await collection.findOneAndUpdate(
        // `_id` at the top level: both stores then look the document up directly.
        { _id: candidate._id, $and: [due, leaseFree(now)] },
        { $set: { leaseOwner: owner, leaseUntil: new Date(now.getTime() + leaseMs) } },
        { returnDocument: "after" },
      );
      if (doc) claimed.push(doc);
    }
    // Lost every candidate to another instance: those are leased now, so the next find sees others.
    if (claimed.length > 0 || candidates.length < limit) return claimed;
  }
}

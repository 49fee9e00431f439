// What the scheduler keeps in the store besides sessions: one schedule per enabled ritual of a
// circle, saying when it is next due and which scheduler instance is working on it.

import type { RitualId } from "../rituals/types";

// A type, not an interface: the store's collections need documents with an implicit index signature.
export type Schedule = {
  /** "<circleId>|<ritualId>". */
  _id: string;
  circleId: string;
  tenantId: string;
  ritualId: RitualId;
  /** The next planned occurrence (UTC). Once it has passed, the schedule is due. */
  nextAt: Date;
  /** That occurrence's local date in the circle's time zone ("YYYY-MM-DD"). */
  localDate: string;
  /** The circle version the schedule was computed from: an older circle never overwrites a newer plan. */
  circleVersion: number;
  /** Changes whenever `nextAt` changes, so a holder of an old plan cannot advance a new one. */
  version: number;
  /** The scheduler instance that claimed the due occurrence, and until when (a crashed holder's lease runs out). */
  leaseOwner?: string;
  leaseUntil?: Date;
  updatedAt: Date;
};

/** How a scheduler instance claims work: who it is, for how long, and how much at once. */
export interface ClaimOptions {
  now: Date;
  /** The claiming instance's id (random per process). */
  owner: string;
  leaseMs: number;
  limit: number;
}

// A session: one occurrence of a ritual in a circle. Written as an outbox record before the bot
// posts it, then carries the posted card's id, its state and the ritual's own results.

import type { RitualId } from "../rituals/types";

export type SessionState =
  /** Written before posting (the outbox): a scheduler instance will post it. */
  | "pending"
  /** Posted; people can take part until `closesAt`. */
  | "open"
  /** The window closed and the summary was posted; kept as history. */
  | "closed"
  /** Found too late after downtime (more than its window): recorded, never posted. */
  | "missed"
  /** Could not be posted (retries exhausted, or the bot was removed); `lastError` says why. */
  | "failed";

export interface Session {
  /** "<circleId>|<ritualId>|<localDate>": at most one session per ritual per local day. */
  _id: string;
  circleId: string;
  tenantId: string;
  ritualId: RitualId;
  /** The planned instant (UTC). */
  scheduledFor: Date;
  /** The local date in the circle's time zone, "YYYY-MM-DD". */
  localDate: string;
  state: SessionState;
  /** True when it was posted after its planned time because the server was down. */
  late: boolean;
  /** "schedule" for the scheduler; "now" for a session opened on demand (play now). */
  trigger: "schedule" | "now";
  /** When the scheduler should next act on it: post (pending), close (open). */
  dueAt: Date;
  /** When people can no longer take part. */
  closesAt: Date;
  /** Which scheduler instance holds it, and until when (a crashed holder's lease runs out). */
  leaseOwner?: string;
  leaseUntil?: Date;
  attempts: number;
  lastError?: string;
  /** The posted card's activity id, to update it in place. */
  activityId?: string;
  postedAt?: Date;
  closedAt?: Date;
  /** Who took part (Teams user ids); the tab's participation figures read this. */
  participants: string[];
  /** The ritual's own state (answers, moves); each ritual defines its shape. */
  data: Record<string, unknown>;
  createdAt: Date;
  version: number;
  [key: string]: unknown;
}

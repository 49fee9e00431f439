// Shoutouts in the store: giving one (with the duplicate check), +1 reactions, deleting by the
// giver, and a circle's wall. Validation is the rules' job; this file adds the store's guarantees.

import { createHash, randomUUID } from "node:crypto";
import type { Circle } from "../circles/types";
import { DuplicateKeyError, type Store } from "../store/types";
import { DUPLICATE_WINDOW_MS, isDuplicate, sameShoutoutKey, shoutoutError, validateShoutout, type Checked, type ShoutoutPerson } from "./rules";

export interface Shoutout {
  _id: string;
  circleId: string;
  tenantId: string;
  giverId: string;
  giverName: string;
  recipients: ShoutoutPerson[];
  message: string;
  tag: string | null;
  createdAt: Date;
  /** Ids of the people who gave a +1; each person once. */
  reactions: string[];
  /** The Teams message that shows it, once posted. */
  activityId?: string;
  /**
   * Unique: hash of giver, recipients, text and the minute. The query in `giveShoutout` finds a
   * duplicate across minute boundaries; this index stops two identical sends racing within the
   * same minute (both pass the query, only one insert wins). A race straddling a minute boundary
   * can still store both — rare, harmless, and not worth a lock.
   */
  dedupKey: string;
  [key: string]: unknown;
}

const shoutouts = (store: Store) => store.collection<Shoutout>("shoutouts");

export interface GiveShoutoutInput {
  circle: Pick<Circle, "_id" | "tenantId">;
  giver: ShoutoutPerson;
  recipients: readonly ShoutoutPerson[];
  message: unknown;
  tag?: unknown;
  now: Date;
  tags?: readonly string[];
}

export async function giveShoutout(store: Store, input: GiveShoutoutInput): Promise<Checked<Shoutout>> {
  const checked = validateShoutout({ giverId: input.giver.id, recipients: input.recipients, message: input.message, tag: input.tag }, input.tags);
  if (!checked.ok) return checked;
  const { recipients, message, tag } = checked.value;
  const recent = await shoutouts(store).find({
    circleId: input.circle._id,
    giverId: input.giver.id,
    createdAt: { $gt: new Date(input.now.getTime() - DUPLICATE_WINDOW_MS) },
  });
  if (isDuplicate({ giverId: input.giver.id, recipients, message }, recent, input.now)) return { ok: false, error: shoutoutError("duplicate") };
  const minute = Math.floor(input.now.getTime() / DUPLICATE_WINDOW_MS);
  const key = sameShoutoutKey(input.giver.id, recipients.map((r) => r.id), message);
  const shoutout: Shoutout = {
    _id: randomUUID(),
    circleId: input.circle._id,
    tenantId: input.circle.tenantId,
    giverId: input.giver.id,
    giverName: input.giver.name,
    recipients,
    message,
    tag,
    createdAt: input.now,
    reactions: [],
    dedupKey: createHash("sha256").update(`${input.circle._id}|${key}|${minute}`).digest("hex"),
  };
  try {
    await shoutouts(store).insertOne(shoutout);
  } catch (error) {
    if (error instanceof DuplicateKeyError) return { ok: false, error: shoutoutError("duplicate") };
    throw error;
  }
  return { ok: true, value: shoutout };
}

/** Adds the person's +1 once; null when the circle has no such shoutout. */
export function react(store: Store, circleId: string, id: string, userId: string): Promise<Shoutout | null> {
  return shoutouts(store).findOneAndUpdate({ _id: id, circleId }, { $addToSet: { reactions: userId } });
}

/** Deletes the shoutout when the person is its giver. */
export async function deleteShoutout(store: Store, circleId: string, id: string, userId: string): Promise<Checked<Shoutout>> {
  const found = await shoutouts(store).findOne({ _id: id, circleId });
  if (!found) return { ok: false, error: shoutoutError("not_found") };
  if (found.giverId !== userId) return { ok: false, error: shoutoutError("not_giver") };
  await shoutouts(store).deleteOne({ _id: id, giverId: userId });
  return { ok: true, value: found };
}

export async function setActivityId(store: Store, id: string, activityId: string): Promise<void> {
  await shoutouts(store).updateOne({ _id: id }, { $set: { activityId } });
}

/** The circle's wall, newest first. */
export function listWall(store: Store, circleId: string, limit = 50): Promise<Shoutout[]> {
  return shoutouts(store).find({ circleId }, { sort: { createdAt: -1, _id: 1 }, limit });
}

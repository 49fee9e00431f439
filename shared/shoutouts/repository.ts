// Shoutouts in the store: giving one (with the duplicate check), +1 reactions, deleting by the
// giver, and a circle's wall. Validation is the rules' job; this file adds the store's guarantees.

import { createHash, randomUUID } from "node:crypto";
import type { Circle, CircleMember } from "../circles/types";
import { DuplicateKeyError, type Store } from "../store/types";
import { DUPLICATE_WINDOW_MS, isDuplicate, sameShoutoutKey, shoutoutError, validateShoutout, type Checked, type ShoutoutPerson } from "./rules";

export interface Shoutout {
  _id: string;
  /** The circle it was given in. */
  circleId: string;
  /**
   * Every circle whose wall shows it: the giver's circle first, then the circles of recipients who
   * are not members of the giver's circle (cross-team thanks show on both sides).
   */
  circleIds: string[];
  /** Set when given in a ritual's session (Friday shoutouts), for its progress and summary. */
  sessionId?: string;
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
  /** The ritual session it is given in (Friday shoutouts). */
  sessionId?: string;
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
  const alsoIn = await recipientCircles(store, input.circle, recipients.map((r) => r.id));
  const shoutout: Shoutout = {
    _id: randomUUID(),
    circleId: input.circle._id,
    circleIds: [input.circle._id, ...alsoIn],
    ...(input.sessionId ? { sessionId: input.sessionId } : {}),
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

/**
 * The other circles of the same organisation where recipients who are not in the giver's circle
 * are members: a thanks across teams shows on the receiving team's wall too. Personal chats are
 * not walls.
 */
async function recipientCircles(store: Store, circle: Pick<Circle, "_id" | "tenantId">, recipientIds: readonly string[]): Promise<string[]> {
  const own = await store.collection<Circle>("circles").findOne({ _id: circle._id }, { projection: { members: 1 } });
  const outside = recipientIds.filter((id) => !own?.members.some((m) => m.id === id));
  if (outside.length === 0) return [];
  const theirs = await store
    .collection<Circle>("circles")
    .find({ tenantId: circle.tenantId, active: true, kind: { $ne: "personal" }, "members.id": { $in: outside } }, { projection: { _id: 1 }, sort: { _id: 1 } });
  return theirs.map((c) => c._id).filter((id) => id !== circle._id);
}

/**
 * The people picked in the shoutout form: members of this circle by Teams id, or — from Teams'
 * people picker, which answers with Entra object ids — anyone in a circle of the same
 * organisation. Someone the bot has never seen cannot be thanked (it could not tell them).
 */
export async function resolveRecipients(store: Store, circle: Pick<Circle, "tenantId" | "members">, ids: readonly string[]): Promise<Checked<ShoutoutPerson[]>> {
  const people: ShoutoutPerson[] = [];
  for (const id of new Set(ids.map((x) => x.trim()).filter((x) => x !== ""))) {
    if (id.length > 200) return { ok: false, error: shoutoutError("not_member") };
    const matches = (m: CircleMember) => m.id === id || m.aadObjectId === id;
    let person = circle.members.find(matches);
    if (!person) {
      const elsewhere = await store.collection<Circle>("circles").findOne(
        { tenantId: circle.tenantId, $or: [{ "members.id": id }, { "members.aadObjectId": id }] },
        { projection: { members: 1 } },
      );
      person = elsewhere?.members.find(matches);
    }
    if (!person) return { ok: false, error: shoutoutError("not_member") };
    if (!people.some((p) => p.id === person!.id)) people.push({ id: person.id, name: person.name });
  }
  return { ok: true, value: people };
}

/** Adds the person's +1 once; null when the circle's wall has no such shoutout. */
export function react(store: Store, circleId: string, id: string, userId: string): Promise<Shoutout | null> {
  return shoutouts(store).findOneAndUpdate({ _id: id, circleIds: circleId }, { $addToSet: { reactions: userId } });
}

/** Deletes the shoutout when the person is its giver. */
export async function deleteShoutout(store: Store, circleId: string, id: string, userId: string): Promise<Checked<Shoutout>> {
  const found = await shoutouts(store).findOne({ _id: id, circleIds: circleId });
  if (!found) return { ok: false, error: shoutoutError("not_found") };
  if (found.giverId !== userId) return { ok: false, error: shoutoutError("not_giver") };
  await shoutouts(store).deleteOne({ _id: id, giverId: userId });
  return { ok: true, value: found };
}

/** Shoutouts stored before walls spanned circles get their own circle as their wall (idempotent). */
export async function backfillCircleIds(store: Store): Promise<number> {
  const old = await shoutouts(store).find({ circleIds: { $exists: false } }, { projection: { _id: 1, circleId: 1 } });
  for (const s of old) await shoutouts(store).updateOne({ _id: s._id, circleIds: { $exists: false } }, { $set: { circleIds: [s.circleId] } });
  return old.length;
}

export async function setActivityId(store: Store, id: string, activityId: string): Promise<void> {
  await shoutouts(store).updateOne({ _id: id }, { $set: { activityId } });
}

/** The circle's wall, newest first: given in it, or across teams to its members. */
export function listWall(store: Store, circleId: string, limit = 50): Promise<Shoutout[]> {
  return shoutouts(store).find({ circleIds: circleId }, { sort: { createdAt: -1, _id: 1 }, limit });
}

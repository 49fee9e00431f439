// "Remove my data": takes one person's data out of one circle, on their own request.
//
// What goes, and why this way:
// - their game moves (plays), leaderboard rows and Week in review answers: deleted;
// - shoutouts they gave in this circle: deleted (with the thanks, their words go);
// - shoutouts they received on this circle's wall: a thank-you to them alone is deleted (it is
//   about them); one that also thanked others keeps the thanks to the others, with them taken off
//   the recipients. Their +1s are taken off every shoutout of the wall;
// - past sessions: their results and contributions are taken out; the head count stays true
//   because their id in `participants` becomes an anonymous placeholder, so the circle's
//   participation history does not shrink;
// - trivia questions they added one by one: deleted; questions of a pack they imported stay in
//   the circle's pool without their name;
// - their role card: deleted (a role card belongs to the person, so it goes from every circle);
// - their walk-and-talk sign-up: deleted (past pairs keep the walk, without their name);
// - a leaderboard opt-out is kept (without their name): it protects them if they play again.
// Kept: their membership (Teams' roster decides who is in the conversation) and messages already
// posted in Teams (Teams keeps those under the organisation's retention policy).
//
// Every step deletes or rewrites only what still names the person, so running it again finds
// nothing and answers zeros.

import type { RemoveMyDataResponse } from "../api/types";
import type { Circle } from "../circles/types";
import { preferenceId } from "../games/results/opt-out";
import { SessionRepository } from "../sessions/repository";
import type { Session } from "../sessions/types";
import type { Shoutout } from "../shoutouts/repository";
import type { Doc, Store } from "../store/types";

export interface RemovedPerson {
  /** Teams user id ("29:…"), the id the bot stores. */
  id: string;
  aadObjectId?: string;
}

/** Stands in for the person where a count must stay right; never derived from who they were. */
export const REMOVED_PREFIX = "removed:";
const REMOVED_NAME = "—";

/**
 * The session without the person: their answers, results and contributions dropped, any other
 * mention of their id in the ritual's data replaced (with the name next to it), and their place
 * in `participants` taken by `placeholder`. Null when the session never mentions them.
 */
export function scrubSession(session: Session, personId: string, placeholder: string): Session | null {
  const data = session.data;
  let changed = false;
  const drop = (key: string, idField: string): unknown => {
    const list = data[key];
    if (!Array.isArray(list)) return list;
    const kept = list.filter((entry) => (entry as Record<string, unknown> | null)?.[idField] !== personId);
    if (kept.length !== list.length) changed = true;
    return kept;
  };
  const nextData: Record<string, unknown> = { ...data, answers: drop("answers", "userId"), results: drop("results", "playerId"), contributors: drop("contributors", "id") };
  for (const key of ["answers", "results", "contributors"]) if (data[key] === undefined) delete nextData[key];
  for (const [key, value] of Object.entries(nextData)) {
    if (key === "answers" || key === "results" || key === "contributors") continue;
    const replaced = replaceId(value, personId, placeholder);
    if (replaced !== value) {
      changed = true;
      nextData[key] = replaced;
    }
  }
  const participants = session.participants.map((id) => (id === personId ? placeholder : id));
  if (participants.some((id, i) => id !== session.participants[i])) changed = true;
  if (!changed) return null;
  return { ...session, participants, data: nextData };
}

/** Counts the answers `scrubSession` dropped (Week in review). */
export function answersOf(session: Session, personId: string): number {
  const list = session.data.answers;
  return Array.isArray(list) ? list.filter((entry) => (entry as { userId?: unknown } | null)?.userId === personId).length : 0;
}

/** A copy of `value` with every string equal to `id` replaced, and the names beside it blanked; the same object when `id` does not occur. */
function replaceId(value: unknown, id: string, placeholder: string): unknown {
  if (value === id) return placeholder;
  if (Array.isArray(value)) {
    const next = value.map((item) => replaceId(item, id, placeholder));
    return next.some((item, i) => item !== value[i]) ? next : value;
  }
  if (value !== null && typeof value === "object" && !(value instanceof Date)) {
    const entries = Object.entries(value as Record<string, unknown>);
    const mentionsId = entries.some(([, v]) => v === id);
    let changed = false;
    const next = entries.map(([key, v]) => {
      const replaced = mentionsId && /name$/i.test(key) && typeof v === "string" ? REMOVED_NAME : replaceId(v, id, placeholder);
      if (replaced !== v) changed = true;
      return [key, replaced] as const;
    });
    return changed ? Object.fromEntries(next) : value;
  }
  return value;
}

export interface RemoveMyDataInput {
  circle: Pick<Circle, "_id" | "tenantId">;
  person: RemovedPerson;
  /** A fresh anonymous placeholder per session (random, so nothing links them back). */
  placeholder: () => string;
}

export async function removeMyData(store: Store, input: RemoveMyDataInput): Promise<RemoveMyDataResponse> {
  const { circle, person } = input;
  const circleId = circle._id;

  const plays = await store.collection("plays").deleteMany({ circleId, playerId: person.id });
  const scores = await store.collection("scores").deleteMany({ circleId, playerId: person.id, gameId: { $ne: "*" } });
  await store.collection("scores").updateOne({ _id: preferenceId(circleId, person.id), name: { $ne: "" } }, { $set: { name: "" } });

  const shoutouts = store.collection<Shoutout>("shoutouts");
  const given = await shoutouts.deleteMany({ circleId, giverId: person.id });
  let receivedDeleted = 0;
  let receivedUpdated = 0;
  const received = await shoutouts.find({ circleIds: circleId, "recipients.id": person.id }, { projection: { _id: 1, recipients: 1 } });
  for (const shoutout of received) {
    if (shoutout.recipients.every((r) => r.id === person.id)) {
      receivedDeleted += (await shoutouts.deleteOne({ _id: shoutout._id, "recipients.id": person.id })).deletedCount;
    } else {
      receivedUpdated += (await shoutouts.updateOne({ _id: shoutout._id }, { $pull: { recipients: { id: person.id } } })).modifiedCount;
    }
  }
  await shoutouts.updateMany({ circleIds: circleId, reactions: person.id }, { $pull: { reactions: person.id } });

  const sessionRepository = new SessionRepository(store);
  const mentioned = await store.collection<Session>("sessions").find(
    {
      circleId,
      $or: [{ participants: person.id }, { "data.answers.userId": person.id }, { "data.results.playerId": person.id }, { "data.contributors.id": person.id }],
    },
    { projection: { _id: 1 } },
  );
  let sessions = 0;
  let answers = 0;
  for (const { _id } of mentioned) {
    let dropped = 0;
    const placeholder = `${REMOVED_PREFIX}${input.placeholder()}`;
    let scrubbed = false;
    await sessionRepository.update(_id, (current) => {
      const next = scrubSession(current, person.id, placeholder);
      dropped = answersOf(current, person.id);
      scrubbed = next !== null;
      return next;
    });
    if (scrubbed) {
      sessions++;
      answers += dropped;
    }
  }

  const questions = store.collection("trivia_questions");
  const ownQuestions = await questions.deleteMany({ circleId, addedBy: person.id, _id: { $regex: "^team-" } });
  await questions.updateMany({ circleId, addedBy: person.id }, { $set: { addedBy: "removed" } });

  const optIns = await store.collection("pair_optins").deleteMany({ circleId, userId: person.id });

  const roleCards = await store
    .collection<Doc>("role_cards")
    .deleteMany({ tenantId: circle.tenantId, $or: [{ userId: person.id }, ...(person.aadObjectId ? [{ aadObjectId: person.aadObjectId }] : [])] });

  return {
    plays: plays.deletedCount,
    scores: scores.deletedCount,
    shoutoutsGiven: given.deletedCount,
    shoutoutsReceivedDeleted: receivedDeleted,
    shoutoutsReceivedUpdated: receivedUpdated,
    answers,
    sessions,
    questions: ownQuestions.deletedCount,
    roleCards: roleCards.deletedCount,
    optIns: optIns.deletedCount,
  };
}

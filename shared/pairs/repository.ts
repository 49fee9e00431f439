// Walk-and-talk in the store: who opted in (one document per person per circle, so people
// choosing at once never touch the same document), the earlier rounds (from the sessions), the
// teams people belong to, and the use cases that change an open round atomically.

import type { Circle } from "../circles/types";
import { SessionRepository } from "../sessions/repository";
import type { Session } from "../sessions/types";
import type { Doc, Store } from "../store/types";
import { makePairs, pairCostModel } from "./pairing";
import { choosePrompts } from "./prompts";
import { historyOf, joinRound, leaveRound, pairRound, promptsOf, type JoinOutcome, type PairPerson, type PairRound } from "./round";

export const WALK_AND_TALK = "walk-and-talk";
/** Rounds read back for the pairing history and the prompts already used: about a year of weeks. */
const HISTORY_ROUNDS = 52;

export interface PairOptIn extends Doc {
  /** "<circleId>|<userId>" */
  _id: string;
  circleId: string;
  userId: string;
  name: string;
  optedIn: boolean;
  updatedAt: Date;
}

const optIns = (store: Store) => store.collection<PairOptIn>("pair_optins");
const sessions = (store: Store) => store.collection<Session>("sessions");

export function optInId(circleId: string, userId: string): string {
  return `${circleId}|${userId}`;
}

/** Records the person's choice; `changed` is false when it already was their choice. */
export async function setOptIn(store: Store, input: { circleId: string; person: PairPerson; optedIn: boolean; now: Date }): Promise<{ changed: boolean }> {
  const { circleId, person, optedIn, now } = input;
  const before = await optIns(store).findOneAndUpdate(
    { _id: optInId(circleId, person.id) },
    { $set: { circleId, userId: person.id, name: person.name, optedIn, updatedAt: now } },
    { upsert: true, returnDocument: "before" },
  );
  return { changed: (before?.optedIn === true) !== optedIn };
}

/** People are out until they opt in. */
export async function isOptedIn(store: Store, circleId: string, userId: string): Promise<boolean> {
  return (await optIns(store).findOne({ _id: optInId(circleId, userId) }))?.optedIn === true;
}

/** The circle's current members who opted in, with the names Teams gives them now. */
export async function optedInMembers(store: Store, circle: Circle): Promise<PairPerson[]> {
  const chosen = await optIns(store).find({ circleId: circle._id, optedIn: true }, { projection: { userId: 1 } });
  const ids = new Set(chosen.map((choice) => choice.userId));
  return circle.members.filter((member) => ids.has(member.id)).map(({ id, name }) => ({ id, name }));
}

/** The earlier rounds of the circle, newest first (the session itself excluded). */
export async function earlierRounds(store: Store, session: Pick<Session, "_id" | "circleId" | "scheduledFor">): Promise<PairRound[]> {
  const found = await sessions(store).find(
    { circleId: session.circleId, ritualId: WALK_AND_TALK, _id: { $ne: session._id }, scheduledFor: { $lte: session.scheduledFor } },
    { sort: { scheduledFor: -1 }, limit: HISTORY_ROUNDS, projection: { data: 1 } },
  );
  return found.map((earlier) => pairRound(earlier.data ?? {}));
}

/**
 * The teams each person belongs to, as far as the bot knows: the teams of the other channels it
 * was added to where that person is a member. The circle's own team is left out — in a channel
 * everyone shares it, so it says nothing about who is from where.
 */
export async function teamsOf(store: Store, circle: Circle, ids: readonly string[]): Promise<Map<string, string[]>> {
  const teams = new Map<string, string[]>(ids.map((id) => [id, []]));
  if (ids.length === 0) return teams;
  const channels = await store
    .collection<Circle>("circles")
    .find({ tenantId: circle.tenantId, kind: "channel", _id: { $ne: circle._id }, "members.id": { $in: [...ids] } }, { projection: { teamId: 1, "members.id": 1 } });
  for (const channel of channels) {
    if (!channel.teamId || channel.teamId === circle.teamId) continue;
    for (const member of channel.members ?? []) {
      const list = teams.get(member.id);
      if (list && !list.includes(channel.teamId)) list.push(channel.teamId);
    }
  }
  return teams;
}

/** The round's groups, computed once before the session is posted: seeded by circle, ritual and date (the session id). */
export async function prepareRound(store: Store, circle: Circle, session: Session): Promise<PairRound> {
  const people = await optedInMembers(store, circle);
  const rounds = await earlierRounds(store, session);
  const teams = await teamsOf(store, circle, people.map((person) => person.id));
  const pairing = makePairs({ people: people.map((person) => ({ id: person.id, teams: teams.get(person.id) ?? [] })), history: historyOf(rounds), seed: session._id });
  const prompts = choosePrompts(circle.locale, pairing.groups.length, promptsOf(rounds), session._id);
  const byId = new Map(people.map((person) => [person.id, person]));
  return {
    groups: pairing.groups.map((ids, i) => ({ people: ids.map((id) => byId.get(id)!), promptId: prompts[i], walked: false })),
    waiting: pairing.alone ? byId.get(pairing.alone)! : null,
  };
}

/** Today's round of the circle while it is open, if any. */
export async function openRound(store: Store, circleId: string, now: Date): Promise<Session | null> {
  const [open] = await sessions(store).find(
    { circleId, ritualId: WALK_AND_TALK, state: "open", closesAt: { $gt: now } },
    { sort: { scheduledFor: -1 }, limit: 1 },
  );
  return open ?? null;
}

export interface RoundChange {
  session: Session;
  outcome: JoinOutcome | "left" | "unchanged";
}

/** Someone opted in while a round is open: they join it (see `joinRound`). Null when no round is open. */
export async function joinOpenRound(store: Store, circle: Circle, person: PairPerson, now: Date): Promise<RoundChange | null> {
  const open = await openRound(store, circle._id, now);
  if (!open) return null;
  const rounds = await earlierRounds(store, open);
  const teams = await teamsOf(store, circle, [person.id, ...pairRound(open.data).groups.flatMap((group) => group.people.map((p) => p.id))]);
  const cost = pairCostModel(historyOf(rounds), teams);
  let outcome: RoundChange["outcome"] = "unchanged";
  const saved = await new SessionRepository(store).update(open._id, (current) => {
    outcome = "unchanged";
    if (current.state !== "open" || now >= current.closesAt) return null;
    const round = pairRound(current.data);
    const used = [...promptsOf([round]), ...promptsOf(rounds)];
    const [promptId] = choosePrompts(circle.locale, 1, used, `${current._id}|${person.id}`);
    const joined = joinRound(round, person, cost, promptId);
    outcome = joined.outcome;
    if (joined.outcome === "already") return null;
    return { ...current, data: { ...current.data, groups: joined.round.groups, waiting: joined.round.waiting } };
  });
  return saved ? { session: saved, outcome } : null;
}

/** Someone opted out while a round is open: they stop waiting for a partner. */
export async function leaveOpenRound(store: Store, circle: Circle, personId: string, now: Date): Promise<RoundChange | null> {
  const open = await openRound(store, circle._id, now);
  if (!open) return null;
  let outcome: RoundChange["outcome"] = "unchanged";
  const saved = await new SessionRepository(store).update(open._id, (current) => {
    outcome = "unchanged";
    if (current.state !== "open" || now >= current.closesAt) return null;
    const left = leaveRound(pairRound(current.data), personId);
    if (!left.changed) return null;
    outcome = "left";
    return { ...current, data: { ...current.data, waiting: left.round.waiting } };
  });
  return saved ? { session: saved, outcome } : null;
}

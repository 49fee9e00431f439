// Two Truths and a Lie in the store: the circle's volunteers (one `storytellers` document per
// circle, changed with a compare-and-set on `version`) and its past turns, read from the boards of
// its earlier sessions. Together they give each new round its order of people to ask.

import type { Circle } from "../../circles/types";
import type { Session } from "../../sessions/types";
import type { Doc, Store } from "../../store/types";
import { DuplicateKeyError } from "../../store/types";
import type { Player } from "../types";
import { activeVolunteers, storytellerOrder, type Turn, type Volunteer } from "./rotation";
import { asked, type TwoTruthsBoard } from "./rules";

/** How many people a round can ask before it gives up (each pass asks the next). */
export const MAX_ASKED = 20;
/** How many earlier rounds the rotation looks at (more than two years of weekly rounds). */
const HISTORY_ROUNDS = 150;
const MAX_ATTEMPTS = 20;

export interface StorytellerList extends Doc {
  /** The circle id. */
  _id: string;
  volunteers: Volunteer[];
  version: number;
}

const listOf = (store: Store) => store.collection<StorytellerList>("storytellers");

/** Everyone asked in the circle's earlier rounds, with the round's time. */
export async function pastTurns(store: Store, circleId: string, exceptSessionId?: string): Promise<Turn[]> {
  const sessions = await store
    .collection<Session>("sessions")
    .find(
      { circleId, ritualId: "two-truths", ...(exceptSessionId ? { _id: { $ne: exceptSessionId } } : {}) },
      { sort: { scheduledFor: -1 }, limit: HISTORY_ROUNDS, projection: { scheduledFor: 1, "data.board.queue": 1, "data.board.turn": 1, "data.board.phase": 1 } },
    );
  return sessions.flatMap((session) => {
    const board = (session.data as { board?: TwoTruthsBoard } | undefined)?.board;
    if (!board || !Array.isArray(board.queue)) return [];
    return asked(board).map((person) => ({ id: person.id, at: session.scheduledFor }));
  });
}

async function volunteersOf(store: Store, circleId: string): Promise<Volunteer[]> {
  return (await listOf(store).findOne({ _id: circleId }))?.volunteers ?? [];
}

/** The order of people to ask in a new round of this circle (volunteers first, then the rotation). */
export async function storytellerQueue(store: Store, circle: Circle, session: Session): Promise<Player[]> {
  const [turns, volunteers] = await Promise.all([pastTurns(store, circle._id, session._id), volunteersOf(store, circle._id)]);
  const members = circle.members.map((member) => ({ id: member.id, name: member.name }));
  return storytellerOrder({ members, turns, volunteers, seed: session._id, limit: MAX_ASKED });
}

/** Applies a change to the circle's volunteer list atomically; `change` returns null to leave it. */
async function changeVolunteers(store: Store, circleId: string, change: (volunteers: Volunteer[]) => Volunteer[] | null): Promise<void> {
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const current = await listOf(store).findOne({ _id: circleId });
    const next = change(current?.volunteers ?? []);
    if (next === null) return;
    if (!current) {
      try {
        await listOf(store).insertOne({ _id: circleId, volunteers: next, version: 1 });
        return;
      } catch (error) {
        if (error instanceof DuplicateKeyError) continue;
        throw error;
      }
    }
    const saved = await listOf(store).updateOne({ _id: circleId, version: current.version }, { $set: { volunteers: next, version: current.version + 1 } });
    if (saved.matchedCount === 1) return;
  }
  throw new Error(`the storyteller list of ${circleId} kept changing; gave up after ${MAX_ATTEMPTS} attempts`);
}

/**
 * `truths volunteer`: puts the person on the list to tell next. Already on it (and not yet asked
 * since): nothing changes. Resolves with their place among the active volunteers.
 */
export async function volunteer(store: Store, circleId: string, person: Player, now: Date): Promise<{ added: boolean; position: number }> {
  const turns = await pastTurns(store, circleId);
  let added = false;
  await changeVolunteers(store, circleId, (volunteers) => {
    added = false;
    const active = activeVolunteers(volunteers, turns);
    if (active.some((v) => v.id === person.id)) return null;
    added = true;
    // Entries of people who have told since they volunteered are done: drop them, keep the list short.
    return [...active, { id: person.id, name: person.name, at: now }];
  });
  const position = activeVolunteers(await volunteersOf(store, circleId), turns).findIndex((v) => v.id === person.id) + 1;
  return { added, position };
}

/** `truths volunteer off`: takes the person off the list. False when they were not on it. */
export async function withdrawVolunteer(store: Store, circleId: string, personId: string): Promise<boolean> {
  const turns = await pastTurns(store, circleId);
  let removed = false;
  await changeVolunteers(store, circleId, (volunteers) => {
    removed = activeVolunteers(volunteers, turns).some((v) => v.id === personId);
    return removed ? volunteers.filter((v) => v.id !== personId) : null;
  });
  return removed;
}

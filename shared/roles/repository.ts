// Role cards in the store. A card belongs to the person, not to one circle (one document per
// tenant and person), so it shows in every circle they are in. Validation is the rules' job.

import type { Circle } from "../circles/types";
import type { Session } from "../sessions/types";
import { DuplicateKeyError, type Store } from "../store/types";
import { parseRoleCard, personKey, roleCardError, type Checked, type RoleCardContent } from "./rules";
import type { PastSpotlight } from "./spotlight";

export interface RoleCard extends RoleCardContent {
  /** "<tenantId>|<Entra object id, or the Teams user id when Teams sent none>" (see `personKey`). */
  _id: string;
  tenantId: string;
  /** Teams user id (`29:…`): the id cards @mention. */
  userId: string;
  aadObjectId?: string;
  /** The name when last saved; `listRoleCards` shows the circle's current name instead. */
  name: string;
  createdAt: Date;
  updatedAt: Date;
  version: number;
  [key: string]: unknown;
}

export interface RolePerson {
  id: string;
  aadObjectId?: string;
  name: string;
}

const roleCards = (store: Store) => store.collection<RoleCard>("role_cards");

/** The person's card, found by either of their ids (Teams does not send the Entra id everywhere). */
function ownerFilter(tenantId: string, person: Pick<RolePerson, "id" | "aadObjectId">) {
  return { tenantId, $or: [{ userId: person.id }, ...(person.aadObjectId ? [{ aadObjectId: person.aadObjectId }] : [])] };
}

export function getRoleCard(store: Store, tenantId: string, person: Pick<RolePerson, "id" | "aadObjectId">): Promise<RoleCard | null> {
  return roleCards(store).findOne(ownerFilter(tenantId, person));
}

export function getRoleCardById(store: Store, id: string): Promise<RoleCard | null> {
  return roleCards(store).findOne({ _id: id });
}

/** Validates and saves the person's card in one atomic upsert (a second save simply replaces the first). */
export async function saveRoleCard(store: Store, input: { tenantId: string; person: RolePerson; values: Record<string, unknown>; now: Date }): Promise<Checked<RoleCard>> {
  const parsed = parseRoleCard(input.values);
  if (!parsed.ok) return parsed;
  const { tenantId, person, now } = input;
  const existing = await getRoleCard(store, tenantId, person);
  const _id = existing?._id ?? personKey(tenantId, person);
  const update = {
    $set: { tenantId, userId: person.id, name: person.name, ...parsed.value, updatedAt: now, ...(person.aadObjectId ? { aadObjectId: person.aadObjectId } : {}) },
    $setOnInsert: { createdAt: now },
    $inc: { version: 1 },
  };
  // Two first saves racing each other: one upsert inserts, the other may hit the unique _id and
  // then updates the document the first one created.
  for (let attempt = 0; ; attempt++) {
    try {
      const saved = await roleCards(store).findOneAndUpdate({ _id }, update, { upsert: true, returnDocument: "after" });
      return { ok: true, value: saved! };
    } catch (error) {
      if (!(error instanceof DuplicateKeyError) || attempt > 0) throw error;
    }
  }
}

/** Removes the person's card; the removed card comes back (so the form can offer to save it again). */
export async function deleteRoleCard(store: Store, tenantId: string, person: Pick<RolePerson, "id" | "aadObjectId">): Promise<Checked<RoleCard>> {
  const found = await getRoleCard(store, tenantId, person);
  if (!found) return { ok: false, error: roleCardError("not_found") };
  await roleCards(store).deleteMany(ownerFilter(tenantId, person));
  return { ok: true, value: found };
}

/** A role card as a circle shows it: with the member's current name and Teams id. */
export interface CircleRoleCard extends RoleCard {
  memberId: string;
}

/** The role cards of a circle's members, by name (the tab's role cards page reads this). */
export async function listRoleCards(store: Store, circle: Pick<Circle, "tenantId" | "members">): Promise<CircleRoleCard[]> {
  if (circle.members.length === 0) return [];
  const ids = circle.members.map((m) => m.id);
  const aads = circle.members.flatMap((m) => (m.aadObjectId ? [m.aadObjectId] : []));
  const found = await roleCards(store).find({
    tenantId: circle.tenantId,
    $or: [{ userId: { $in: ids } }, ...(aads.length > 0 ? [{ aadObjectId: { $in: aads } }] : [])],
  });
  const byUser = new Map(found.map((c) => [c.userId, c]));
  const byAad = new Map(found.flatMap((c) => (c.aadObjectId ? [[c.aadObjectId, c] as const] : [])));
  const seen = new Set<string>();
  const cards: CircleRoleCard[] = [];
  for (const member of circle.members) {
    const card = (member.aadObjectId ? byAad.get(member.aadObjectId) : undefined) ?? byUser.get(member.id);
    if (!card || seen.has(card._id)) continue;
    seen.add(card._id);
    cards.push({ ...card, name: member.name || card.name, memberId: member.id });
  }
  return cards.sort((a, b) => a.name.localeCompare(b.name) || a._id.localeCompare(b._id));
}

/** Who this circle's Perspectives sessions put in the spotlight, and when (posted sessions only). */
export async function spotlightHistory(store: Store, circleId: string): Promise<PastSpotlight[]> {
  const sessions = await store
    .collection<Session>("sessions")
    .find({ circleId, ritualId: "perspectives", state: { $in: ["open", "closed"] } }, { sort: { scheduledFor: -1 }, limit: 1000 });
  return sessions.flatMap((session) => {
    const key = (session.data.spotlight as { key?: unknown } | null | undefined)?.key;
    return typeof key === "string" ? [{ key, at: session.postedAt ?? session.scheduledFor }] : [];
  });
}

// Who tells next in Two Truths and a Lie. Volunteers go first (oldest volunteer first); then a
// fair rotation: fewest turns, then the longest ago, ties broken by the round's seed. A turn is
// being asked as the storyteller, whether the person told, passed or let the round lapse — so
// everyone is asked once before anyone is asked twice, and someone who is away does not hold up
// every week. Pure: the history comes in as data.

import { hashSeed } from "../random";
import type { Player } from "../types";

/** One time a person was asked to tell (a past round). */
export interface Turn {
  id: string;
  at: Date;
}

export interface Volunteer {
  id: string;
  name: string;
  /** When they said they would tell next. */
  at: Date;
}

export interface RotationInput {
  /** The people who can be asked (the circle's members now). */
  members: readonly Player[];
  /** Every past turn of the circle (people who left are ignored). */
  turns: readonly Turn[];
  volunteers: readonly Volunteer[];
  /** The round's seed: the same seed gives the same order. */
  seed: string;
  /** At most this many people in the order. */
  limit?: number;
}

/** A volunteer counts until they have had a turn after volunteering. */
export function activeVolunteers(volunteers: readonly Volunteer[], turns: readonly Turn[]): Volunteer[] {
  return volunteers
    .filter((volunteer) => !turns.some((turn) => turn.id === volunteer.id && turn.at.getTime() >= volunteer.at.getTime()))
    .sort((a, b) => a.at.getTime() - b.at.getTime());
}

/** The order in which people are asked this round: the first is the storyteller, a pass moves to the next. */
export function storytellerOrder(input: RotationInput): Player[] {
  const { members, turns, volunteers, seed, limit = members.length } = input;
  const byId = new Map<string, Player>();
  for (const member of members) if (!byId.has(member.id)) byId.set(member.id, member);

  const first = activeVolunteers(volunteers, turns)
    .map((volunteer) => byId.get(volunteer.id))
    .filter((member): member is Player => member !== undefined);
  const chosen = new Set(first.map((member) => member.id));

  const stats = new Map<string, { count: number; last: number }>();
  for (const turn of turns) {
    const stat = stats.get(turn.id) ?? { count: 0, last: Number.NEGATIVE_INFINITY };
    stats.set(turn.id, { count: stat.count + 1, last: Math.max(stat.last, turn.at.getTime()) });
  }
  const none = { count: 0, last: Number.NEGATIVE_INFINITY };
  const rest = [...byId.values()]
    .filter((member) => !chosen.has(member.id))
    .map((member) => ({ member, ...(stats.get(member.id) ?? none), tie: hashSeed(`${seed}|${member.id}`) }))
    .sort((a, b) => a.count - b.count || a.last - b.last || a.tie - b.tie || (a.member.id < b.member.id ? -1 : 1))
    .map((entry) => entry.member);

  return [...first, ...rest].slice(0, Math.max(0, limit));
}

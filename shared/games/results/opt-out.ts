// Leaving leaderboards. The choice is per circle, for every game (also games added later), kept in
// one preference document per person in the `scores` collection: `_id` "<circleId>|*|<playerId>",
// `gameId` "*". Score rows do not carry it, so counting a session can never overwrite it, and
// boards filter score rows by a real game id, so a preference is never read as a score.
// Opted-out players still play and see their own score; they are left out of what others see.

import type { Doc, Store } from "../../store/types";

export interface LeaderboardPreference extends Doc {
  /** "<circleId>|*|<playerId>" */
  _id: string;
  circleId: string;
  gameId: "*";
  playerId: string;
  name: string;
  optedOut: boolean;
}

export function preferenceId(circleId: string, playerId: string): string {
  return `${circleId}|*|${playerId}`;
}

export async function setLeaderboardOptOut(
  store: Store,
  input: { circleId: string; playerId: string; name: string; optedOut: boolean },
): Promise<void> {
  const { circleId, playerId, name, optedOut } = input;
  await store
    .collection<LeaderboardPreference>("scores")
    .updateOne({ _id: preferenceId(circleId, playerId) }, { $set: { circleId, gameId: "*", playerId, name, optedOut } }, { upsert: true });
}

export async function isOptedOut(store: Store, key: { circleId: string; playerId: string }): Promise<boolean> {
  const preference = await store.collection<LeaderboardPreference>("scores").findOne({ _id: preferenceId(key.circleId, key.playerId) });
  return preference?.optedOut === true;
}

/** The players of a circle who opted out, for `visibleResults` and the boards. */
export async function optedOutPlayers(store: Store, circleId: string): Promise<Set<string>> {
  const preferences = await store
    .collection<LeaderboardPreference>("scores")
    .find({ circleId, gameId: "*", optedOut: true }, { projection: { playerId: 1 } });
  return new Set(preferences.map((preference) => preference.playerId));
}

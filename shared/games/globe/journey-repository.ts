// The circles' journeys in the store (`journeys`, one document per circle, `_id` = circleId). A
// stop is added with a compare-and-set on `version` (or an insert for the first one), and a round
// adds its stop once however often its close is retried or raced.

import { DuplicateKeyError, type Store } from "../../store/types";
import type { Country } from "./countries";
import { addStop, emptyJourney, type Journey } from "./journey";

const MAX_ATTEMPTS = 20;

const journeysOf = (store: Store) => store.collection<Journey>("journeys");

/** The circle's journey, or null before its first solved round. */
export function getJourney(store: Store, circleId: string): Promise<Journey | null> {
  return journeysOf(store).findOne({ _id: circleId });
}

/** Adds the country found by round `sessionId` to the circle's journey (once per round); returns the journey after it. */
export async function recordStop(store: Store, input: { circleId: string; tenantId: string; country: Country; sessionId: string; at: Date }): Promise<Journey> {
  const journeys = journeysOf(store);
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const current = await journeys.findOne({ _id: input.circleId });
    const { journey, added } = addStop(current ?? emptyJourney(input.circleId, input.tenantId), input.country, input.sessionId, input.at);
    if (!added) return journey;
    if (!current) {
      try {
        const first = { ...journey, version: 1 };
        await journeys.insertOne(first);
        return first;
      } catch (error) {
        if (error instanceof DuplicateKeyError) continue;
        throw error;
      }
    }
    const { _id, version, ...fields } = journey;
    const saved = await journeys.findOneAndUpdate({ _id, version }, { $set: { ...fields, version: version + 1 } }, { returnDocument: "after" });
    if (saved) return saved;
  }
  throw new Error(`journey ${input.circleId} kept changing; gave up after ${MAX_ATTEMPTS} attempts`);
}

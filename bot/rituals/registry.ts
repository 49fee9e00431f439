// The rituals that can open a session, by id. A ritual without an entry here is "coming soon"
// in the catalog and can never be switched on.

import type { RitualId } from "../../shared/rituals/types";
import type { RitualOpener } from "./types";
import { weekInReviewOpener } from "./week-in-review";

export function createRitualOpeners(games: Partial<Record<RitualId, RitualOpener>>): Partial<Record<RitualId, RitualOpener>> {
  return { "week-in-review": weekInReviewOpener, ...games };
}

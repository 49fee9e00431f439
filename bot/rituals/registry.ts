// The rituals that can open a session, by id. A ritual without an entry here is "coming soon"
// in the catalog and can never be switched on.

import type { RitualId } from "../../shared/rituals/types";
import type { Store } from "../../shared/store/types";
import { fridayShoutoutsOpener } from "./friday-shoutouts";
import { perspectivesOpener } from "./perspectives";
import { walkAndTalkOpener } from "./walk-and-talk";
import type { RitualOpener } from "./types";
import { weekInReviewOpener } from "./week-in-review";

/** `store` is only read when a session is prepared or closed (building the openers touches nothing). */
export function createRitualOpeners(games: Partial<Record<RitualId, RitualOpener>>, store: Store): Partial<Record<RitualId, RitualOpener>> {
  return { "week-in-review": weekInReviewOpener, "friday-shoutouts": fridayShoutoutsOpener(store), perspectives: perspectivesOpener(store), "walk-and-talk": walkAndTalkOpener(store), ...games };
}

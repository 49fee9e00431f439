// The meeting side panel: open today's round of a quick game in the meeting's chat with one
// press, and glance at the circle's newest shoutouts. Opening goes through the same path as the
// `trivia` and `wordl6` commands (openRitualNow), so a round opens once per day however many
// people press at the same moment, and the scheduler posts it.

import { Router } from "express";
import { z } from "zod";
import type { MeetingPanelResponse, QuickGameStartResponse, QuickGameState, QuickGameView } from "../../shared/api/types";
import type { Circle, Locale } from "../../shared/circles/types";
import { ritualCatalog } from "../../shared/rituals/catalog";
import { localDateTime } from "../../shared/rituals/schedule";
import type { RitualId } from "../../shared/rituals/types";
import { sessionId } from "../../shared/scheduler/sessions";
import type { Session } from "../../shared/sessions/types";
import { listWall } from "../../shared/shoutouts/repository";
import type { Store } from "../../shared/store/types";
import { openRitualNow, type StartDeps } from "../actions/start";
import { HttpError } from "./errors";
import { shortShoutoutView } from "./wall";
import type { CircleScopeDeps } from "./insights";

export interface MeetingPanelDeps extends CircleScopeDeps {
  start: StartDeps;
}

const WALL_SIZE = 10;

/** Games that can be opened now: the available rituals that open a game. */
const quickGames = () => ritualCatalog.filter((ritual) => ritual.available && ritual.opens === "game");

const ritualParam = z.string().max(40);

const notAGame = {
  en: "That is not a game this circle can open now.",
  nl: "Dat is geen spel dat deze cirkel nu kan openen.",
} satisfies Record<Locale, string>;

export function meetingPanelRouter(deps: MeetingPanelDeps): Router {
  const router = Router();

  router.get("/circles/:id/meeting-panel", async (req, res) => {
    const scope = await deps.scope(req);
    const [games, wall] = await Promise.all([gameStates(deps.store, scope.circle, scope.language, deps.now()), listWall(deps.store, scope.circle._id, WALL_SIZE)]);
    const body: MeetingPanelResponse = {
      circleId: scope.circle._id,
      games,
      shoutouts: wall.map(shortShoutoutView),
    };
    res.json(body);
  });

  router.post("/circles/:id/meeting-panel/games/:ritualId", async (req, res) => {
    const scope = await deps.scope(req);
    const id = ritualParam.safeParse(req.params.ritualId);
    const game = id.success ? quickGames().find((ritual) => ritual.id === id.data) : undefined;
    if (!game) throw new HttpError(400, "not_a_quick_game", notAGame[scope.language]);
    const now = deps.now();
    const before = await todaysSession(deps.store, scope.circle, game.id, now);
    await openRitualNow(deps.start, scope.circle, game.id, now);
    const after = await todaysSession(deps.store, scope.circle, game.id, now);
    const body: QuickGameStartResponse = {
      ritualId: game.id,
      outcome: before === null || before.state === "pending" ? "opened" : before.state === "open" ? "alreadyOpen" : "alreadyDone",
      state: stateOf(after),
    };
    res.json(body);
  });

  return router;
}

function todaysSession(store: Store, circle: Circle, ritualId: RitualId, now: Date): Promise<Session | null> {
  const { localDate } = localDateTime(circle.settings.timeZone, now);
  return store.collection<Session>("sessions").findOne({ _id: sessionId(circle._id, ritualId, localDate) }, { projection: { _id: 1, state: 1 } });
}

/** Not opened today, on its way or open, or over (closed, missed or failed: today's round is spent). */
function stateOf(session: Pick<Session, "state"> | null): QuickGameState {
  if (!session) return "ready";
  return session.state === "pending" || session.state === "open" ? "open" : "done";
}

async function gameStates(store: Store, circle: Circle, locale: Locale, now: Date): Promise<QuickGameView[]> {
  return Promise.all(
    quickGames().map(async (ritual) => ({
      ritualId: ritual.id,
      name: ritual.name[locale],
      description: ritual.description[locale],
      state: stateOf(await todaysSession(store, circle, ritual.id, now)),
    })),
  );
}

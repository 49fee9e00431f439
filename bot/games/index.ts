// The games as the server runs them: engine dependencies on the store and the Teams poster, and
// each game's adapter, opener and card actions.

import { PlayRepository } from "../../shared/games/plays";
import { optedOutPlayers, recordResults } from "../../shared/games/results";
import type { TriviaQuestion } from "../../shared/games/trivia/content/types";
import { fullPool, selectQuestions } from "../../shared/games/trivia/content/select";
import { SessionRepository } from "../../shared/sessions/repository";
import type { Session } from "../../shared/sessions/types";
import type { Store } from "../../shared/store/types";
import type { ActionHandler } from "../actions/types";
import type { RitualOpener } from "../rituals/types";
import type { CardPoster } from "../scheduler";
import type { RitualId } from "../../shared/rituals/types";
import { circleGameActions, circleGameOpener, type CircleGameDeps } from "./circle-game";
import { gameActions, gameOpener, type SharedCardUpdates } from "./engine";
import { triviaAdapter, type TriviaContent } from "./trivia";
import { wordl6Adapter } from "./wordl6";
import { globeAdapter } from "./globe";
import { puzzleAdapter, storePuzzleHistory } from "./puzzle";
import { twoTruthsActions, twoTruthsAdapter } from "./two-truths";

const DAY = 86_400_000;
/** A circle does not see a question again within this many days, while the pool allows it. */
const NO_REPEAT_DAYS = 60;

export type TeamQuestion = TriviaQuestion & { _id: string; circleId: string; addedBy: string; addedAt: Date; [key: string]: unknown };

/** Today's questions: the built-in pool plus the circle's own, minus what it saw in the last 60 days. */
export function storeTriviaContent(store: Store): TriviaContent {
  return {
    async questionsFor(circleId, locale, seed, now) {
      const since = new Date(now.getTime() - NO_REPEAT_DAYS * DAY);
      const recent = await store
        .collection<Session>("sessions")
        .find({ circleId, ritualId: "daily-trivia", createdAt: { $gte: since } }, { projection: { _id: 1, createdAt: 1, data: 1 } });
      const seen = recent.flatMap((session) =>
        ((session.data.round as { questions?: { id: string }[] } | undefined)?.questions ?? []).map((q) => ({ id: q.id, at: session.createdAt })),
      );
      const team = await store.collection<TeamQuestion>("trivia_questions").find({ circleId });
      const own: TriviaQuestion[] = team.map(({ _id, circleId: _c, addedBy: _a, addedAt: _t, ...question }) => ({ ...(question as TriviaQuestion), id: _id }));
      return selectQuestions({ pool: [...fullPool(locale), ...own], seen, seed, now });
    },
  };
}

/**
 * Every game the server runs: its ritual opener and its card actions. `wakeScheduler` lets a
 * circle game that is solved early have its results posted at once.
 */
export function createGames(
  store: Store,
  poster: CardPoster,
  wakeScheduler: () => void = () => undefined,
  sharedUpdates?: SharedCardUpdates,
): { openers: Partial<Record<RitualId, RitualOpener>>; actions: Record<string, ActionHandler> } {
  const deps: CircleGameDeps = {
    sharedUpdates,
    sessions: new SessionRepository(store),
    plays: new PlayRepository(store),
    poster,
    recordResults: async ({ circle, session, gameId, players, now }) => {
      await recordResults(store, {
        circleId: circle._id,
        gameId,
        sessionId: session._id,
        localDate: session.localDate,
        workingDays: circle.settings.workingDays,
        results: players.map(({ playerId, name, points, won }) => ({ playerId, name, points, won })),
        now,
      });
    },
    optedOut: (circleId) => optedOutPlayers(store, circleId),
    wakeScheduler,
  };
  const trivia = triviaAdapter(storeTriviaContent(store));
  const wordl6 = wordl6Adapter();
  const globe = globeAdapter(store);
  const twoTruths = twoTruthsAdapter(store);
  const puzzle = puzzleAdapter(storePuzzleHistory(store));
  return {
    openers: { "daily-trivia": gameOpener(trivia, deps), wordl6: gameOpener(wordl6, deps), "two-truths": circleGameOpener(twoTruths, deps), "walk-the-globe": circleGameOpener(globe, deps), "team-puzzle": circleGameOpener(puzzle, deps) },
    actions: { ...gameActions(trivia, deps), ...gameActions(wordl6, deps), ...circleGameActions(twoTruths, deps), ...twoTruthsActions(twoTruths, deps), ...circleGameActions(globe, deps), ...circleGameActions(puzzle, deps) },
  };
}

// Leaderboards in the tab: per game the circle plays, today's and this week's boards (added up
// from the closed rounds' results as the channel saw them) and the all-time board, with streaks.
// People who left leaderboards (`leaderboard off`) are on none of them.

import { Router } from "express";
import { z } from "zod";
import type { GameLeaderboards, LeaderboardEntry, LeaderboardsResponse } from "../../shared/api/types";
import { leaderboard, optedOutPlayers, weeklyTotals, type WeekSession } from "../../shared/games/results";
import { currentStreak } from "../../shared/games/results/streaks";
import type { GameId } from "../../shared/games/types";
import { localDayStart } from "../../shared/history/calendar";
import { ritualName } from "../../shared/history/session-view";
import { weekStartOf } from "../../shared/insights/insights";
import { localDateTime } from "../../shared/rituals/schedule";
import type { Session } from "../../shared/sessions/types";
import type { CirclePagesDeps } from "./history";
import { parseQuery } from "./validate";

const GAMES: readonly GameId[] = ["daily-trivia", "wordl6", "walk-the-globe", "team-puzzle", "two-truths"];
const BOARD_SIZE = 10;
const STREAKS_SHOWN = 5;
/** All-time rows read per game: enough for any circle's board and its streaks. */
const ROWS_READ = 1000;

const leaderboardsQuery = z
  .object({
    lang: z.enum(["en", "nl"]).optional(),
    game: z.enum(GAMES as [GameId, ...GameId[]]).optional(),
  })
  .strict();

export function leaderboardsRouter(deps: CirclePagesDeps): Router {
  const router = Router();

  router.get("/circles/:id/leaderboards", async (req, res) => {
    const scope = await deps.scope(req);
    const query = parseQuery(leaderboardsQuery, req);
    const { circle, language } = scope;
    const { timeZone, workingDays } = circle.settings;
    const today = localDateTime(timeZone, deps.now()).localDate;
    const weekStart = weekStartOf(today);
    const [hidden, weekSessions] = await Promise.all([
      optedOutPlayers(deps.store, circle._id),
      deps.store.collection<Session>("sessions").find(
        { circleId: circle._id, scheduledFor: { $gte: localDayStart(weekStart, timeZone) }, state: "closed" },
        { sort: { scheduledFor: -1, _id: 1 }, projection: { _id: 1, circleId: 1, ritualId: 1, localDate: 1, "data.results": 1 } },
      ),
    ]);
    const enabled = new Set(circle.settings.rituals.filter((r) => r.enabled).map((r) => r.ritualId as string));
    const games: GameLeaderboards[] = [];
    for (const gameId of query.game ? [query.game] : GAMES) {
      const rows = await leaderboard(deps.store, { circleId: circle._id, gameId, limit: ROWS_READ });
      const played = weekSessions.filter((s) => s.ritualId === gameId) as WeekSession[];
      if (rows.length === 0 && played.length === 0 && !enabled.has(gameId) && !query.game) continue;
      const board = (sessions: WeekSession[]) =>
        weeklyTotals({ circleId: circle._id, gameId, sessions }, hidden).slice(0, BOARD_SIZE).map(entryOf);
      games.push({
        gameId,
        name: ritualName(gameId, language),
        today: board(played.filter((s) => s.localDate === today)),
        week: board(played),
        allTime: rows.slice(0, BOARD_SIZE).map(entryOf),
        streaks: rows
          .map((row) => ({ name: row.name, current: currentStreak(row.streak, today, workingDays), best: row.streak.best }))
          .filter((s) => s.current > 0)
          .sort((a, b) => b.current - a.current || b.best - a.best || a.name.localeCompare(b.name))
          .slice(0, STREAKS_SHOWN),
      });
    }
    const body: LeaderboardsResponse = { circleId: circle._id, today, games };
    res.json(body);
  });

  return router;
}

function entryOf(row: { rank: number; name: string; points: number; wins: number; games: number }): LeaderboardEntry {
  return { rank: row.rank, name: row.name, points: row.points, wins: row.wins, games: row.games };
}

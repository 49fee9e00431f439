// The circle's Home in the tab: next rituals, this week's sessions, what happened today, the
// consistency figures (shared/history/consistency.ts) and the newest shoutouts.

import { Router } from "express";
import { z } from "zod";
import type { HomeResponse } from "../../shared/api/types";
import { optedOutPlayers } from "../../shared/games/results/opt-out";
import { addLocalDays, localDayStart, localToday } from "../../shared/history/calendar";
import { consistency, consistencyFrom, needsLongerHistory, STREAK_WEEKS_MAX, type ConsistencySession } from "../../shared/history/consistency";
import { ritualName, sessionSummary, type SummarySession } from "../../shared/history/session-view";
import { weekStartOf } from "../../shared/insights/insights";
import { upcoming } from "../../shared/rituals/schedule";
import type { Session } from "../../shared/sessions/types";
import { openPlayers, SUMMARY_PROJECTION, type CirclePagesDeps } from "./history";
import { parseQuery } from "./validate";
import { actingMember, newestShoutouts, wallTotals } from "./wall";

const NEXT_MOMENTS = 5;
const NEWEST_SHOUTOUTS = 3;
/** Today's shoutouts are counted up to this many ("100+"). */
const TODAY_SHOUTOUTS_MAX = 100;
/** A week of sessions: every ritual of the catalog daily is 70; Home shows the newest of them. */
const WEEK_SESSIONS_MAX = 50;

export function homeRouter(deps: CirclePagesDeps): Router {
  const router = Router();

  router.get("/circles/:id/home", async (req, res) => {
    const scope = await deps.scope(req);
    parseQuery(z.object({ lang: z.enum(["en", "nl"]).optional(), as: z.string().optional() }).strict(), req);
    const { circle, language } = scope;
    const { timeZone } = circle.settings;
    const now = deps.now();
    const today = localToday(timeZone, now);
    const me = actingMember(scope, req);
    const sessions = deps.store.collection<Session>("sessions");
    const byTime = { scheduledFor: -1, _id: 1 } as const;
    // A day earlier than the local dates asked for: a session's instant and its local date may
    // straddle midnight UTC; the local date decides.
    const since = (localDate: string) => localDayStart(addLocalDays(localDate, -1), timeZone);

    const recentSessions = (from: string) =>
      sessions.find({ circleId: circle._id, scheduledFor: { $gte: since(from) } }, { sort: byTime, projection: { localDate: 1, state: 1, trigger: 1 } }) as Promise<ConsistencySession[]>;

    const [week, history, optedOut, todayShoutouts, shoutouts, totals] = await Promise.all([
      sessions.find({ circleId: circle._id, scheduledFor: { $gte: since(weekStartOf(today.localDate)) } }, { sort: byTime, limit: WEEK_SESSIONS_MAX, projection: SUMMARY_PROJECTION }),
      recentSessions(consistencyFrom(today.localDate)),
      optedOutPlayers(deps.store, circle._id),
      deps.store.collection("shoutouts").find({ circleIds: circle._id, createdAt: { $gte: today.from } }, { sort: { createdAt: -1, _id: 1 }, limit: TODAY_SHOUTOUTS_MAX, projection: { _id: 1 } }),
      newestShoutouts(deps.store, circle._id, me, NEWEST_SHOUTOUTS),
      wallTotals(deps.store, circle._id, me),
    ]);
    const thisWeek = (week as SummarySession[]).filter((s) => weekStartOf(s.localDate) === weekStartOf(today.localDate) && s.localDate <= today.localDate);
    const players = await openPlayers(deps.store, thisWeek);
    const views = thisWeek.map((s) => sessionSummary(s, { locale: language, optedOut, openPlayers: players.get(s._id) }));

    // Eight weeks tell the chart and the 28 days; the run of full weeks may need the whole year.
    const consistencyOf = async (recent: ConsistencySession[]) => {
      const result = consistency(recent, today.localDate);
      return needsLongerHistory(result) ? consistency(await recentSessions(consistencyFrom(today.localDate, STREAK_WEEKS_MAX)), today.localDate) : result;
    };
    const body: HomeResponse = {
      circleId: circle._id,
      name: circle.name,
      timeZone,
      paused: circle.settings.paused,
      upcoming: upcoming(circle.settings, now, NEXT_MOMENTS).map((m) => ({ ritualId: m.ritualId, ritualName: ritualName(m.ritualId, language), at: m.at.toISOString() })),
      thisWeek: views,
      today: { localDate: today.localDate, sessions: views.filter((s) => s.localDate === today.localDate), shoutouts: todayShoutouts.length },
      consistency: await consistencyOf(history),
      shoutouts,
      shoutoutTotal: totals.total,
      milestone: totals.milestone,
    };
    res.json(body);
  });

  return router;
}

// The circle's history in the tab: every session newest first, filtered by ritual and month, in
// pages read by the sessions' indexed keys (circle, scheduledFor, then _id), and one session's
// details. What a session may show of its ritual's data is decided in shared/history.

import { Router } from "express";
import { z } from "zod";
import type { HistoryResponse } from "../../shared/api/types";
import { optedOutPlayers } from "../../shared/games/results/opt-out";
import { monthRange } from "../../shared/history/calendar";
import { afterCursor, decodeCursor, encodeCursor } from "../../shared/history/cursor";
import { sessionDetails, sessionSummary, type SummarySession } from "../../shared/history/session-view";
import { ritualIds } from "../../shared/rituals/catalog";
import type { Session } from "../../shared/sessions/types";
import type { Filter, Store } from "../../shared/store/types";
import { HttpError } from "./errors";
import type { CircleRequestScope } from "./trivia-questions";
import { parseQuery } from "./validate";

export interface CirclePagesDeps {
  store: Store;
  now: () => Date;
  /** The circle the caller may see (or a 404 HttpError), with who they are and their language. */
  scope: (req: import("express").Request) => Promise<CircleRequestScope>;
}

/** What a list shows of a session; the ritual's round (questions, the secret word) is never loaded for it. */
export const SUMMARY_PROJECTION = {
  _id: 1, circleId: 1, ritualId: 1, scheduledFor: 1, localDate: 1, state: 1, late: 1, trigger: 1, participants: 1, "data.results": 1, "data.answers": 1,
} as const;

const lang = z.enum(["en", "nl"]).optional();
export const cursorParam = z
  .string()
  .max(800)
  .transform((text, ctx) => {
    const cursor = decodeCursor(text);
    if (!cursor) ctx.addIssue({ code: "custom", message: "not a cursor this API gave out" });
    return cursor!;
  })
  .optional();
export const limitParam = z.coerce.number().int().min(1).max(50).default(20);

const historyQuery = z
  .object({
    lang,
    ritual: z.enum(ritualIds as [string, ...string[]]).optional(),
    month: z
      .string()
      .regex(/^\d{4}-(0[1-9]|1[0-2])$/, "expected a month as YYYY-MM")
      .optional(),
    cursor: cursorParam,
    limit: limitParam,
  })
  .strict();

const sessionIdParam = z.string().min(1).max(600);

/** Players of open game rounds, counted from their plays (participants are recorded at the close). */
export async function openPlayers(store: Store, sessions: readonly Pick<Session, "_id" | "state">[]): Promise<Map<string, number>> {
  const open = sessions.filter((s) => s.state === "open");
  const counts = await Promise.all(open.map((s) => store.collection("plays").countDocuments({ sessionId: s._id })));
  return new Map(open.map((s, i) => [s._id, counts[i]!]));
}

export function historyRouter(deps: CirclePagesDeps): Router {
  const router = Router();
  const sessions = () => deps.store.collection<Session>("sessions");

  router.get("/circles/:id/history", async (req, res) => {
    const scope = await deps.scope(req);
    const query = parseQuery(historyQuery, req);
    const { circle, language } = scope;
    const scheduledFor: Record<string, Date> = {};
    let filter: Filter = { circleId: circle._id };
    if (query.ritual) filter.ritualId = query.ritual;
    if (query.month) {
      const range = monthRange(query.month, circle.settings.timeZone);
      Object.assign(scheduledFor, { $gte: range.from, $lt: range.to });
    }
    if (query.cursor) {
      const after = afterCursor("scheduledFor", query.cursor);
      Object.assign(scheduledFor, after.bound);
      filter = { ...filter, ...after.rest };
    }
    if (Object.keys(scheduledFor).length > 0) filter.scheduledFor = scheduledFor;
    const found = (await sessions().find(filter, {
      sort: { scheduledFor: -1, _id: 1 },
      limit: query.limit + 1,
      projection: SUMMARY_PROJECTION,
    })) as SummarySession[];
    const page = found.slice(0, query.limit);
    const [optedOut, players] = await Promise.all([optedOutPlayers(deps.store, circle._id), openPlayers(deps.store, page)]);
    const last = page[page.length - 1];
    const body: HistoryResponse = {
      circleId: circle._id,
      timeZone: circle.settings.timeZone,
      items: page.map((session) => sessionSummary(session, { locale: language, optedOut, openPlayers: players.get(session._id) })),
      nextCursor: found.length > query.limit && last ? encodeCursor({ at: last.scheduledFor, id: last._id }) : null,
    };
    res.json(body);
  });

  router.get("/circles/:id/sessions/:sessionId", async (req, res) => {
    const scope = await deps.scope(req);
    parseQuery(z.object({ lang }).strict(), req);
    const id = sessionIdParam.safeParse(req.params.sessionId);
    // Only a session of this circle: another circle's id finds nothing, the same as a missing one.
    const session = id.success && id.data.startsWith(`${scope.circle._id}|`) ? await sessions().findOne({ _id: id.data, circleId: scope.circle._id }) : null;
    if (!session) {
      const message = scope.language === "nl" ? "Deze sessie bestaat niet (meer) in deze cirkel." : "This session is not (or no longer) in this circle.";
      throw new HttpError(404, "session_not_found", message);
    }
    const [optedOut, plays, shoutouts] = await Promise.all([
      optedOutPlayers(deps.store, scope.circle._id),
      // An open round records who played only at its close; until then its plays tell.
      session.state === "open" ? deps.store.collection("plays").find({ sessionId: session._id }, { projection: { playerId: 1 } }) : Promise.resolve([]),
      session.ritualId === "friday-shoutouts" ? deps.store.collection("shoutouts").countDocuments({ sessionId: session._id }) : Promise.resolve(0),
    ]);
    res.json(
      sessionDetails({ ...session, participants: [...session.participants, ...plays.map((play) => String(play.playerId))] }, {
        locale: scope.language,
        optedOut,
        members: scope.circle.members,
        timeZone: scope.circle.settings.timeZone,
        shoutouts,
      }),
    );
  });

  return router;
}

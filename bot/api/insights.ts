// Insights for the circle's facilitators: consistency, participation per ritual and thanks across
// teams over the last twelve weeks. The numbers are computed by shared/insights from the
// circle's own sessions, wall and walk-and-talk rounds; this file loads the period and decides
// who may see it.

import { Router, type Request } from "express";
import type { InsightsResponse } from "../../shared/api/types";
import { facilitatorNames, isFacilitator } from "../../shared/circles/settings-service";
import type { Circle, Locale } from "../../shared/circles/types";
import { computeInsights, insightsPeriod, pairStats, type InsightSession, type InsightShoutout } from "../../shared/insights/insights";
import { teamsOf } from "../../shared/pairs/repository";
import { pairRound } from "../../shared/pairs/round";
import type { Session } from "../../shared/sessions/types";
import type { Store } from "../../shared/store/types";
import { HttpError } from "./errors";
import type { CircleRequestScope } from "./trivia-questions";

export interface CircleScopeDeps {
  store: Store;
  now: () => Date;
  /** The circle the caller may see (or a 404 HttpError), with who they are and their language. */
  scope: (req: Request) => Promise<CircleRequestScope>;
}

const DAY_MS = 86_400_000;

export const facilitatorsOnly = (what: Record<Locale, string>, names: string[]): Record<Locale, string> => ({
  en: `${what.en} are for the circle's facilitators${names.length ? ` (${names.join(", ")})` : ""}.`,
  nl: `${what.nl} zijn voor de facilitators van de cirkel${names.length ? ` (${names.join(", ")})` : ""}.`,
});

/** Refuses everyone but the circle's facilitators with a 403 that names them. */
export function requireFacilitator(scope: CircleRequestScope, what: Record<Locale, string>): void {
  if (!isFacilitator(scope.circle, scope.actor)) {
    throw new HttpError(403, "facilitators_only", facilitatorsOnly(what, facilitatorNames(scope.circle))[scope.language]);
  }
}

export function insightsRouter(deps: CircleScopeDeps): Router {
  const router = Router();

  router.get("/circles/:id/insights", async (req, res) => {
    const scope = await deps.scope(req);
    requireFacilitator(scope, { en: "Insights", nl: "Inzichten" });
    const body = await loadInsights(deps.store, scope.circle, scope.language, deps.now());
    res.json(body);
  });

  return router;
}

async function loadInsights(store: Store, circle: Circle, locale: Locale, now: Date): Promise<InsightsResponse> {
  const { from } = insightsPeriod(circle.settings.timeZone, now);
  // A day's margin either side of the local dates: the pure rules filter by local date exactly.
  const since = new Date(Date.parse(`${from}T00:00:00Z`) - DAY_MS);
  const [sessions, shoutouts] = await Promise.all([
    store.collection<Session>("sessions").find(
      { circleId: circle._id, scheduledFor: { $gte: since } },
      { projection: { _id: 1, ritualId: 1, localDate: 1, state: 1, trigger: 1, participants: 1 } },
    ) as Promise<InsightSession[]>,
    store
      .collection("shoutouts")
      .find({ circleIds: circle._id, createdAt: { $gte: since }, "circleIds.1": { $exists: true } }, { projection: { circleId: 1, circleIds: 1, createdAt: 1 } }) as unknown as Promise<
      InsightShoutout[]
    >,
  ]);
  const walks = await store
    .collection<Session>("sessions")
    .find({ circleId: circle._id, ritualId: "walk-and-talk", scheduledFor: { $gte: since } }, { projection: { _id: 1, data: 1 } });
  const groups = walks.flatMap((session) => pairRound(session.data).groups);
  const teams = await teamsOf(store, circle, [...new Set(groups.flatMap((group) => group.people.map((person) => person.id)))]);
  const otherIds = [...new Set(shoutouts.flatMap((s) => [s.circleId, ...s.circleIds]))].filter((id) => id !== circle._id);
  const others = otherIds.length
    ? await store.collection<Circle>("circles").find({ _id: { $in: otherIds }, tenantId: circle.tenantId, kind: "channel" }, { projection: { _id: 1, name: 1 } })
    : [];
  return computeInsights({
    circleId: circle._id,
    settings: circle.settings,
    memberCount: circle.members.length,
    sessions,
    shoutouts,
    circleNames: new Map(others.map((c) => [c._id, c.name])),
    pairs: pairStats(groups, teams),
    locale,
    now,
  });
}

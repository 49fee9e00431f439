// The tab's JSON API. Every route validates its parameters, asks who the caller is, and shows
// only circles the caller belongs to (every circle in local mode).

import { Router, type NextFunction, type Request, type Response } from "express";
import type { Logger } from "pino";
import { randomUUID } from "node:crypto";
import { z } from "zod";
import type {
  CircleDetailsResponse,
  CircleListResponse,
  CircleMemberView,
  CircleSettingsResponse,
  CircleSummary,
  SessionInfo,
} from "../../shared/api/types";
import type { CircleRepository } from "../../shared/circles/repository";
import type { Circle, CircleMember, Locale } from "../../shared/circles/types";
import { changeSettings, isFacilitator, type Actor, type SettingsDeps } from "../../shared/circles/settings-service";
import { circleTemplates, ritualCatalog } from "../../shared/rituals/catalog";
import { upcoming } from "../../shared/rituals/schedule";
import type { Filter, Store } from "../../shared/store/types";
import type { Caller } from "./auth";
import { HttpError } from "./errors";
import { triviaQuestionsRouter } from "./trivia-questions";
import type { StartDeps } from "../actions/start";
import { circleDataRouter } from "./export";
import { insightsRouter } from "./insights";
import { journeyRouter } from "./journey";
import { meRouter } from "./me";
import { meetingPanelRouter } from "./meeting-panel";
import type { ShoutoutDeps } from "../actions/shoutouts";
import { historyRouter } from "./history";
import { homeRouter } from "./home";
import { leaderboardsRouter } from "./leaderboards";
import { wallRouter } from "./wall";

export interface ApiDeps {
  circles: CircleRepository;
  settings: SettingsDeps;
  /** For the circle's own trivia questions. */
  store: Store;
  now: () => Date;
  authenticate: (req: Request) => Promise<Caller>;
  localMode: boolean;
  logger: Logger;
  /** Opens a ritual's session now (the meeting side panel's quick games). */
  start: StartDeps;
  /** Posts shoutouts given in the tab the way the bot posts them. */
  shoutouts: ShoutoutDeps;
}

/** Teams conversation ids: "19:…@thread.tacv2", "a:…", "29:…" and the like. */
const circleIdSchema = z.string().min(1).max(400).regex(/^[A-Za-z0-9:@._\-=+/]+$/);

export function apiRouter(deps: ApiDeps): Router {
  const router = Router();

  router.get("/session", (_req, res) => {
    const body: SessionInfo = { mode: deps.localMode ? "local" : "teams" };
    res.json(body);
  });

  router.get("/circles", async (req, res) => {
    const caller = await deps.authenticate(req);
    const circles = await deps.circles.list({ ...visibleTo(caller), active: true });
    const body: CircleListResponse = { circles: circles.map(summaryOf) };
    res.json(body);
  });

  router.get("/circles/:id", async (req, res) => {
    const { circle } = await visibleCircle(req);
    const body: CircleDetailsResponse = {
      ...summaryOf(circle),
      locale: circle.locale,
      installedAt: circle.installedAt.toISOString(),
      members: circle.members.map(memberView),
      facilitators: circle.members.filter((member) => member.role === "facilitator").map(memberView),
    };
    res.json(body);
  });

  /** The circle the caller may see, or 404 — the same answer whether it does not exist or is not theirs. */
  async function visibleCircle(req: Request): Promise<{ circle: Circle; caller: Caller }> {
    const caller = await deps.authenticate(req);
    const id = circleIdSchema.safeParse(req.params.id);
    if (!id.success) throw new HttpError(400, "bad_circle_id", "That is not a valid circle id.");
    const [circle] = await deps.circles.list({ ...visibleTo(caller), _id: id.data });
    if (!circle) throw new HttpError(404, "circle_not_found", "This conversation has no circle you belong to yet. Add the Quiet Circles bot to it first.");
    return { circle, caller };
  }

  router.get("/circles/:id/settings", async (req, res) => {
    const { circle, caller } = await visibleCircle(req);
    res.json(settingsResponse(circle, actorOf(caller), languageOf(req, circle), deps.now()));
  });

  router.patch("/circles/:id/settings", async (req, res) => {
    const { circle, caller } = await visibleCircle(req);
    const language = languageOf(req, circle);
    const result = await changeSettings(deps.settings, circle._id, actorOf(caller), req.body, deps.now());
    if (!result.ok) throw new HttpError(result.status, result.error.code, result.error.message[language]);
    res.json(settingsResponse(result.circle, actorOf(caller), languageOf(req, result.circle), deps.now()));
  });

  // --- Daily Trivia: the circle's own questions and packs (handlers in trivia-questions.ts) ---
  router.use(
    triviaQuestionsRouter({
      store: deps.store,
      now: deps.now,
      scope: async (req) => {
        const { circle, caller } = await visibleCircle(req);
        return { circle, caller, actor: actorOf(caller), language: languageOf(req, circle) };
      },
    }),
  );
  // --- end Daily Trivia ---

  // --- Insights, the circle's data (export, remove my data), personal tab, meeting side panel, journey ---
  const circleScope = async (req: Request) => {
    const { circle, caller } = await visibleCircle(req);
    return { circle, caller, actor: actorOf(caller), language: languageOf(req, circle) };
  };
  router.use(insightsRouter({ store: deps.store, now: deps.now, scope: circleScope }));
  router.use(circleDataRouter({ store: deps.store, now: deps.now, scope: circleScope, logger: deps.logger }));
  router.use(meetingPanelRouter({ store: deps.store, now: deps.now, scope: circleScope, start: deps.start }));
  router.use(journeyRouter({ store: deps.store, now: deps.now, scope: circleScope }));
  router.use(
    meRouter({
      store: deps.store,
      now: deps.now,
      authenticate: deps.authenticate,
      visibleCircles: (caller) => deps.circles.list({ ...visibleTo(caller), active: true }),
      summaryOf,
    }),
  );
  // --- end insights, circle data, personal tab, meeting side panel, journey ---

  // --- Home, history and session details, shoutout wall, leaderboards ---
  const circlePages = { store: deps.store, now: deps.now, scope: circleScope };
  router.use(homeRouter(circlePages));
  router.use(historyRouter(circlePages));
  router.use(wallRouter({ ...circlePages, shoutouts: deps.shoutouts }));
  router.use(leaderboardsRouter(circlePages));
  // --- end home, history, shoutout wall, leaderboards ---

  router.use((_req, _res, next) => next(new HttpError(404, "not_found", "There is no such API route.")));
  return router;
}

function actorOf(caller: Caller): Actor {
  return caller.kind === "local" ? { kind: "local" } : { kind: "person", tenantId: caller.tenantId, aadObjectId: caller.aadObjectId };
}

/** The tab's language (`?lang=nl`), else the circle's. */
function languageOf(req: Request, circle: Circle): Locale {
  const lang = req.query.lang;
  return lang === "en" || lang === "nl" ? lang : circle.locale;
}

function settingsResponse(circle: Circle, actor: Actor, locale: Locale, now: Date): CircleSettingsResponse {
  return {
    circleId: circle._id,
    canEdit: isFacilitator(circle, actor),
    facilitators: circle.members.filter((member) => member.role === "facilitator").map(memberView),
    locale: circle.locale,
    settings: circle.settings,
    catalog: ritualCatalog.map((ritual) => ({
      id: ritual.id,
      name: ritual.name[locale],
      description: ritual.description[locale],
      cadence: ritual.cadence.kind,
      opens: ritual.opens,
      windowMinutes: ritual.windowMinutes,
      available: ritual.available,
    })),
    templates: circleTemplates.map((template) => ({
      id: template.id,
      name: template.name[locale],
      description: template.description[locale],
      rituals: template.rituals,
    })),
    upcoming: upcoming(circle.settings, now, 5).map((moment) => ({
      ritualId: moment.ritualId,
      at: moment.at.toISOString(),
      localDate: moment.localDate,
      localTime: moment.localTime,
    })),
  };
}

/**
 * Every API error as JSON with the right status: our HttpErrors as they are, unreadable bodies as
 * 400, anything else as 500 with a reference (details only in the log, never a stack trace).
 */
export function apiErrorHandler(logger: Logger) {
  return (error: unknown, _req: Request, res: Response, _next: NextFunction) => {
    if (error instanceof HttpError) {
      res.status(error.status).json(error.body());
      return;
    }
    const status = (error as { status?: number }).status;
    if (status && status >= 400 && status < 500) {
      const message = status === 413 ? "The request body is too large." : "The request body could not be read: send a JSON object.";
      res.status(status).json({ error: { code: status === 413 ? "too_large" : "bad_request", message } });
      return;
    }
    const ref = randomUUID().slice(0, 8);
    logger.error({ err: error, ref }, "api request failed");
    res.status(500).json({ error: { code: "internal", message: `Something went wrong on our side (reference ${ref}).` } });
  };
}

/** The store query that limits a caller to their own circles. */
function visibleTo(caller: Caller): Filter {
  if (caller.kind === "local") return {};
  return { tenantId: caller.tenantId, "members.aadObjectId": caller.aadObjectId };
}

function summaryOf(circle: Circle): CircleSummary {
  return {
    id: circle._id,
    name: circle.name,
    kind: circle.kind,
    isMeeting: Boolean(circle.meetingId),
    ...(circle.teamName ? { teamName: circle.teamName } : {}),
    ...(circle.channelName ? { channelName: circle.channelName } : {}),
    memberCount: circle.members.length,
    active: circle.active,
  };
}

function memberView(member: CircleMember): CircleMemberView {
  return { id: member.id, name: member.name, role: member.role };
}

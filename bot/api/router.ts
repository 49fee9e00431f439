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
  CircleSummary,
  SessionInfo,
} from "../../shared/api/types";
import type { CircleRepository } from "../../shared/circles/repository";
import type { Circle, CircleMember } from "../../shared/circles/types";
import type { Filter } from "../../shared/store/types";
import type { Caller } from "./auth";
import { HttpError } from "./errors";

export interface ApiDeps {
  circles: CircleRepository;
  authenticate: (req: Request) => Promise<Caller>;
  localMode: boolean;
  logger: Logger;
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
    const caller = await deps.authenticate(req);
    const id = circleIdSchema.safeParse(req.params.id);
    if (!id.success) throw new HttpError(400, "bad_circle_id", "That is not a valid circle id.");
    const [circle] = await deps.circles.list({ ...visibleTo(caller), _id: id.data });
    // Same answer for "does not exist" and "not yours": ids of other circles reveal nothing.
    if (!circle) throw new HttpError(404, "circle_not_found", "This conversation has no circle you belong to yet. Add the Quiet Circles bot to it first.");
    const body: CircleDetailsResponse = {
      ...summaryOf(circle),
      locale: circle.locale,
      installedAt: circle.installedAt.toISOString(),
      members: circle.members.map(memberView),
      facilitators: circle.members.filter((member) => member.role === "facilitator").map(memberView),
      history: [],
      shoutouts: [],
    };
    res.json(body);
  });

  router.use((_req, _res, next) => next(new HttpError(404, "not_found", "There is no such API route.")));
  router.use((error: unknown, _req: Request, res: Response, _next: NextFunction) => {
    if (error instanceof HttpError) {
      res.status(error.status).json(error.body());
      return;
    }
    const status = (error as { status?: number; type?: string }).status;
    if (status && status >= 400 && status < 500) {
      res.status(status).json({ error: { code: "bad_request", message: "The request could not be read." } });
      return;
    }
    const ref = randomUUID().slice(0, 8);
    deps.logger.error({ err: error, ref }, "api request failed");
    res.status(500).json({ error: { code: "internal", message: `Something went wrong on our side (reference ${ref}).` } });
  });
  return router;
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

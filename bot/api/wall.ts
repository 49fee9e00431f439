// The shoutout wall in the tab: the circle's wall newest first (shoutouts given in it, and thanks
// from other circles to its people), filtered by person, value tag and ISO week, in pages read by
// the wall's indexed keys (circleIds, createdAt, then _id); giving a shoutout with the bot's rules,
// posted to the conversation the way the bot posts it; a +1 once per person; milestones.

import { Router, type Request } from "express";
import { z } from "zod";
import type { GiveShoutoutResponse, ShoutoutCardView, ShoutoutMilestone, WallResponse, WallShoutoutView } from "../../shared/api/types";
import type { Circle, Locale } from "../../shared/circles/types";
import { isoWeekRange } from "../../shared/history/calendar";
import { afterCursor, encodeCursor } from "../../shared/history/cursor";
import { isMilestone, milestoneOffset } from "../../shared/shoutouts/milestones";
import { giveShoutout, react, resolveRecipients, type Shoutout } from "../../shared/shoutouts/repository";
import { shoutoutError } from "../../shared/shoutouts/rules";
import type { Filter, Store } from "../../shared/store/types";
import { postedShoutoutCard, publishShoutout, type ShoutoutDeps } from "../actions/shoutouts";
import { HttpError } from "./errors";
import { memberOf } from "./person";
import { cursorParam, limitParam, type CirclePagesDeps } from "./history";
import type { CircleRequestScope } from "./trivia-questions";
import { parseBody, parseQuery } from "./validate";

export interface WallDeps extends CirclePagesDeps {
  shoutouts: ShoutoutDeps;
}

const WALL_SORT = { createdAt: -1, _id: 1 } as const;
const memberId = z.string().min(1).max(200);

const wallQuery = z
  .object({
    lang: z.enum(["en", "nl"]).optional(),
    as: z.string().optional(),
    person: memberId.optional(),
    tag: z
      .string()
      .regex(/^[a-z0-9][a-z0-9-]{1,29}$/, "expected a value tag")
      .optional(),
    week: z
      .string()
      .regex(/^\d{4}-W\d{2}$/, "expected an ISO week as YYYY-Www")
      .optional(),
    cursor: cursorParam,
    limit: limitParam,
  })
  .strict();

const giveBody = z
  .object({
    recipients: z.array(memberId).max(20),
    message: z.string().max(4000),
    tag: z.string().max(40).nullable().optional(),
  })
  .strict();

/** Writes take no query but the reader's language and the preview's person. */
const writeQuery = z.object({ lang: z.enum(["en", "nl"]).optional(), as: z.string().optional() }).strict();

const MESSAGES = {
  pickGiver: {
    en: "The local preview has no signed-in person: pick who you are first.",
    nl: "De lokale preview heeft geen aangemelde persoon: kies eerst wie je bent.",
  },
  notMember: {
    en: "You are not among this circle's members yet, so you cannot give or +1 shoutouts here.",
    nl: "Je staat nog niet tussen de leden van deze cirkel, dus je kunt hier geen shoutouts geven of +1'en.",
  },
} satisfies Record<string, Record<Locale, string>>;

const shoutoutCollection = (store: Store) => store.collection<Shoutout>("shoutouts");

/** The caller's Teams user id in the circle (the preview's pick, `?as=`, in local mode), or null. */
export function actingMember(scope: CircleRequestScope, req: Request): string | null {
  return memberOf(scope.circle, scope.caller, req)?.id ?? null;
}

/** A shoutout in short, recipients by name: the meeting side panel and the personal tab. */
export function shortShoutoutView(shoutout: Shoutout): WallShoutoutView {
  return {
    id: shoutout._id,
    giverName: shoutout.giverName,
    recipients: shoutout.recipients.map((r) => r.name),
    message: shoutout.message,
    tag: shoutout.tag,
    createdAt: new Date(shoutout.createdAt).toISOString(),
    reactions: shoutout.reactions.length,
  };
}

export function shoutoutCardView(shoutout: Shoutout, circleId: string, me: string | null): ShoutoutCardView {
  return {
    id: shoutout._id,
    giverName: shoutout.giverName,
    recipients: shoutout.recipients.map(({ id, name }) => ({ id, name })),
    message: shoutout.message,
    tag: shoutout.tag,
    createdAt: new Date(shoutout.createdAt).toISOString(),
    reactions: shoutout.reactions.length,
    reactedByMe: me !== null && shoutout.reactions.includes(me),
    fromOtherCircle: shoutout.circleId !== circleId,
  };
}

/** The wall's size, and its milestone shoutout while that is among the newest. */
export async function wallTotals(store: Store, circleId: string, me: string | null): Promise<{ total: number; milestone: ShoutoutMilestone | null }> {
  const total = await shoutoutCollection(store).countDocuments({ circleIds: circleId });
  const offset = milestoneOffset(total);
  if (!offset) return { total, milestone: null };
  const [shoutout] = await shoutoutCollection(store).find({ circleIds: circleId }, { sort: WALL_SORT, skip: offset.newer, limit: 1 });
  return { total, milestone: shoutout ? { count: offset.count, shoutout: shoutoutCardView(shoutout, circleId, me) } : null };
}

/** The newest shoutouts of a wall (Home). */
export async function newestShoutouts(store: Store, circleId: string, me: string | null, limit: number): Promise<ShoutoutCardView[]> {
  const found = await shoutoutCollection(store).find({ circleIds: circleId }, { sort: WALL_SORT, limit });
  return found.map((s) => shoutoutCardView(s, circleId, me));
}

export function wallRouter(deps: WallDeps): Router {
  const router = Router();
  const shoutouts = () => shoutoutCollection(deps.store);

  router.get("/circles/:id/shoutouts", async (req, res) => {
    const scope = await deps.scope(req);
    const query = parseQuery(wallQuery, req);
    const { circle } = scope;
    const me = actingMember(scope, req);
    const filter: Filter = { circleIds: circle._id };
    const and: Filter[] = [];
    const createdAt: Record<string, Date> = {};
    if (query.tag) {
      if (!deps.shoutouts.tags.includes(query.tag)) throw new HttpError(400, "bad_query", `The query parameter "tag" is not valid: ${query.tag} is not one of this app's value tags.`);
      filter.tag = query.tag;
    }
    if (query.person) and.push({ $or: [{ giverId: query.person }, { "recipients.id": query.person }] });
    if (query.week) {
      const range = isoWeekRange(query.week, circle.settings.timeZone);
      if (!range) throw new HttpError(400, "bad_query", `The query parameter "week" is not valid: ${query.week} does not exist.`);
      Object.assign(createdAt, { $gte: range.from, $lt: range.to });
    }
    if (query.cursor) {
      const after = afterCursor("createdAt", query.cursor);
      Object.assign(createdAt, after.bound);
      and.push(after.rest);
    }
    if (Object.keys(createdAt).length > 0) filter.createdAt = createdAt;
    if (and.length > 0) filter.$and = and;

    const [found, totals] = await Promise.all([shoutouts().find(filter, { sort: WALL_SORT, limit: query.limit + 1 }), wallTotals(deps.store, circle._id, me)]);
    const page = found.slice(0, query.limit);
    const last = page[page.length - 1];
    const body: WallResponse = {
      circleId: circle._id,
      timeZone: circle.settings.timeZone,
      items: page.map((s) => shoutoutCardView(s, circle._id, me)),
      nextCursor: found.length > query.limit && last ? encodeCursor({ at: new Date(last.createdAt), id: last._id }) : null,
      total: totals.total,
      milestone: totals.milestone,
      tags: [...deps.shoutouts.tags],
      people: circle.members.map(({ id, name }) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name)),
      me,
    };
    res.json(body);
  });

  router.post("/circles/:id/shoutouts", async (req, res) => {
    const scope = await deps.scope(req);
    parseQuery(writeQuery, req);
    const input = parseBody(giveBody, req);
    const { circle, language } = scope;
    const giverId = actingMember(scope, req);
    if (!giverId) throw refusal(scope);
    const giver = circle.members.find((m) => m.id === giverId)!;
    const recipients = await resolveRecipients(deps.store, circle, input.recipients);
    if (!recipients.ok) throw new HttpError(400, recipients.error.code, recipients.error.message[language]);
    const given = await giveShoutout(deps.store, {
      circle,
      giver: { id: giver.id, name: giver.name },
      recipients: recipients.value,
      message: input.message,
      tag: input.tag ?? null,
      now: deps.now(),
      tags: deps.shoutouts.tags,
    });
    if (!given.ok) throw new HttpError(given.error.code === "duplicate" ? 409 : 400, given.error.code, given.error.message[language]);
    const { posted } = await publishShoutout(deps.shoutouts, circle, given.value);
    const total = await shoutouts().countDocuments({ circleIds: circle._id });
    const body: GiveShoutoutResponse = { shoutout: shoutoutCardView(given.value, circle._id, giverId), posted, milestone: isMilestone(total) ? total : null };
    res.status(201).json(body);
  });

  router.post("/circles/:id/shoutouts/:shoutoutId/reactions", async (req, res) => {
    const scope = await deps.scope(req);
    parseQuery(writeQuery, req);
    const userId = actingMember(scope, req);
    if (!userId) throw refusal(scope);
    const id = z.string().min(1).max(80).safeParse(req.params.shoutoutId);
    const shoutout = id.success ? await react(deps.store, scope.circle._id, id.data, userId) : null;
    if (!shoutout) throw new HttpError(404, "shoutout_not_found", shoutoutError("not_found").message[scope.language]);
    void refreshPostedCard(deps.shoutouts, scope.circle, shoutout);
    res.json(shoutoutCardView(shoutout, scope.circle._id, userId));
  });

  return router;
}

function refusal(scope: CircleRequestScope): HttpError {
  if (scope.caller.kind === "local") return new HttpError(400, "pick_person", MESSAGES.pickGiver[scope.language]);
  return new HttpError(403, "not_member", MESSAGES.notMember[scope.language]);
}

/** The posted card shows the new +1 count, in the conversation it was given in; failures only cost the count. */
async function refreshPostedCard(deps: ShoutoutDeps, circle: Circle, shoutout: Shoutout): Promise<void> {
  if (!shoutout.activityId) return;
  try {
    const home = shoutout.circleId === circle._id ? circle : await deps.store.collection<Circle>("circles").findOne({ _id: shoutout.circleId });
    if (!home) return;
    const outcome = await deps.poster.updateCard(home, shoutout.activityId, postedShoutoutCard(home, shoutout));
    if (!outcome.ok) deps.logger.info({ shoutoutId: shoutout._id, reason: outcome.reason }, "shoutout card not updated after a +1 in the tab");
  } catch (error) {
    deps.logger.warn({ err: error, shoutoutId: shoutout._id }, "shoutout card not updated after a +1 in the tab");
  }
}

// The personal tab's API: the caller's circles across teams, their streaks per game, and the
// shoutouts they received and gave, newest first, a page at a time. Everything is limited to the
// circles the bot recorded them in (of their own tenant).

import { Router, type Request } from "express";
import { z } from "zod";
import type { CircleSummary, MeResponse, MyShoutoutsResponse, MyShoutoutView, PersonView, StreakView } from "../../shared/api/types";
import type { Circle, Locale } from "../../shared/circles/types";
import { currentStreak } from "../../shared/games/results/streaks";
import type { ScoreRow } from "../../shared/games/results/scores";
import { isRitualId, ritualTemplate } from "../../shared/rituals/catalog";
import { localDateTime } from "../../shared/rituals/schedule";
import type { Shoutout } from "../../shared/shoutouts/repository";
import type { Filter, Store } from "../../shared/store/types";
import type { Caller } from "./auth";
import { decodeCursor, encodeCursor, type PageCursor } from "../../shared/history/cursor";
import { HttpError } from "./errors";
import { shortShoutoutView } from "./wall";
import { previewPersonId } from "./person";

export interface MeDeps {
  store: Store;
  now: () => Date;
  authenticate: (req: Request) => Promise<Caller>;
  /** The active circles the caller may see (all of them in local mode). */
  visibleCircles: (caller: Caller) => Promise<Circle[]>;
  summaryOf: (circle: Circle) => CircleSummary;
}

const PAGE_DEFAULT = 20;
const querySchema = z.object({
  direction: z.enum(["received", "given"]).default("received"),
  before: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(50).default(PAGE_DEFAULT),
});

interface Me {
  person: PersonView | null;
  /** The person's Teams user ids (one per bot, so normally one). */
  ids: string[];
  circles: Circle[];
}

export function meRouter(deps: MeDeps): Router {
  const router = Router();

  /** The caller, their ids and their circles. The preview shows whoever `?as=` picks. */
  async function whoAmI(req: Request): Promise<{ me: Me; caller: Caller; visible: Circle[] }> {
    const caller = await deps.authenticate(req);
    const visible = await deps.visibleCircles(caller);
    if (caller.kind === "local") {
      const id = previewPersonId(req, caller);
      const circles = id === undefined ? [] : visible.filter((c) => c.members.some((m) => m.id === id));
      const member = circles.flatMap((c) => c.members).find((m) => m.id === id);
      return { me: { person: member ? { id: member.id, name: member.name } : null, ids: member ? [member.id] : [], circles }, caller, visible };
    }
    const mine = visible.flatMap((c) => c.members.filter((m) => m.aadObjectId === caller.aadObjectId));
    const person = mine[0] ? { id: mine[0].id, name: mine[0].name } : null;
    return { me: { person, ids: [...new Set(mine.map((m) => m.id))], circles: visible }, caller, visible };
  }

  router.get("/me", async (req, res) => {
    const { me, caller, visible } = await whoAmI(req);
    const body: MeResponse = {
      person: me.person,
      ...(caller.kind === "local" ? { people: peopleOf(visible) } : {}),
      circles: me.circles.map(deps.summaryOf),
      streaks: await streaksOf(deps.store, me, languageOf(req), deps.now()),
    };
    res.json(body);
  });

  router.get("/me/shoutouts", async (req, res) => {
    const query = querySchema.safeParse(req.query);
    if (!query.success) throw new HttpError(400, "bad_query", "Ask for `direction=received` or `direction=given`, with `limit` 1–50 and an optional `before` cursor.");
    const { direction, before, limit } = query.data;
    const after = before === undefined ? null : parseCursor(before);
    const { me } = await whoAmI(req);
    const names = new Map(me.circles.map((c) => [c._id, c.name]));
    if (me.ids.length === 0 || me.circles.length === 0) {
      res.json({ direction, items: [], next: null } satisfies MyShoutoutsResponse);
      return;
    }
    const circleIds = [...names.keys()];
    const whose: Filter =
      direction === "received" ? { "recipients.id": { $in: me.ids }, circleIds: { $in: circleIds } } : { giverId: { $in: me.ids }, circleId: { $in: circleIds } };
    const cursor: Filter = after ? { $or: [{ createdAt: { $lt: after.at } }, { createdAt: after.at, _id: { $gt: after.id } }] } : {};
    const found = await deps.store.collection<Shoutout>("shoutouts").find({ ...whose, ...cursor }, { sort: { createdAt: -1, _id: 1 }, limit: limit + 1 });
    const page = found.slice(0, limit);
    const last = page[page.length - 1];
    const body: MyShoutoutsResponse = {
      direction,
      items: page.map((s) => viewOf(s, names)),
      next: found.length > limit && last ? encodeCursor({ at: new Date(last.createdAt), id: last._id }) : null,
    };
    res.json(body);
  });

  return router;
}

function languageOf(req: Request): Locale {
  return req.query.lang === "nl" ? "nl" : "en";
}

/** Everyone in the local store, once, by name (the preview's "view as" list). */
function peopleOf(circles: readonly Circle[]): PersonView[] {
  const people = new Map<string, PersonView>();
  for (const circle of circles) for (const m of circle.members) if (!people.has(m.id)) people.set(m.id, { id: m.id, name: m.name });
  return [...people.values()].sort((a, b) => a.name.localeCompare(b.name));
}

async function streaksOf(store: Store, me: Me, locale: Locale, now: Date): Promise<StreakView[]> {
  if (me.ids.length === 0 || me.circles.length === 0) return [];
  const byId = new Map(me.circles.map((c) => [c._id, c]));
  const rows = await store
    .collection<ScoreRow>("scores")
    .find({ circleId: { $in: [...byId.keys()] }, playerId: { $in: me.ids }, gameId: { $ne: "*" } }, { sort: { circleId: 1, gameId: 1 } });
  return rows.flatMap((row) => {
    const circle = byId.get(row.circleId);
    if (!circle) return [];
    const today = localDateTime(circle.settings.timeZone, now).localDate;
    return [
      {
        circleId: circle._id,
        circleName: circle.name,
        gameId: row.gameId,
        gameName: isRitualId(row.gameId) ? ritualTemplate(row.gameId).name[locale] : row.gameId,
        current: currentStreak(row.streak, today, circle.settings.workingDays),
        best: row.streak.best,
        points: row.points,
        games: row.games,
        ...(row.streak.lastDate ? { lastDate: row.streak.lastDate } : {}),
      },
    ];
  });
}

function viewOf(shoutout: Shoutout, names: ReadonlyMap<string, string>): MyShoutoutView {
  // A thanks across teams is shown under the reader's circle it reached, else where it was given.
  const circleId = shoutout.circleIds.find((id) => names.has(id)) ?? shoutout.circleId;
  return { ...shortShoutoutView(shoutout), circleId, circleName: names.get(circleId) ?? "" };
}

function parseCursor(value: string): PageCursor {
  const cursor = decodeCursor(value);
  if (!cursor) throw new HttpError(400, "bad_cursor", "That page cursor is not one this API gave out.");
  return cursor;
}

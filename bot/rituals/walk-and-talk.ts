// Walk & talk in Teams: when the session opens, the people who opted in are paired and the round
// is posted with everyone @mentioned; each pair marks "we walked"; people opt in or out from the
// card or with `pairs on|off` (joining today's round while it is open); at the close the card
// shows how many pairs walked and a short summary is posted.

import { MessageFactory, type TurnContext } from "botbuilder";
import type { Circle } from "../../shared/circles/types";
import { botT } from "../../shared/i18n";
import {
  WALK_AND_TALK,
  isOptedIn,
  joinOpenRound,
  leaveOpenRound,
  openRound,
  optedInMembers,
  prepareRound,
  setOptIn,
  type RoundChange,
} from "../../shared/pairs/repository";
import { groupOf, markWalked, pairRound, pairsError, type PairPerson, type PairsError } from "../../shared/pairs/round";
import { SessionRepository } from "../../shared/sessions/repository";
import type { Session } from "../../shared/sessions/types";
import type { Store } from "../../shared/store/types";
import type { ActionHandler, ActionResult } from "../actions/types";
import { cardAttachment } from "../cards/card";
import { momentLabel } from "../cards/format";
import { cadenceLabel } from "../cards/setup-card";
import { joinNames, pairsStatusCard, roundCard, roundSummaryCard, type PairsStatusView } from "../cards/walk-and-talk-card";
import { SharedCardUpdates } from "../games/engine";
import type { CardPoster } from "../scheduler";
import type { RitualOpener } from "./types";

export interface WalkAndTalkDeps {
  store: Store;
  poster: CardPoster;
  /** Minimum time between two refreshes of one round card after "we walked" (Teams' rate limits). */
  sharedUpdateMs?: number;
  /** The server's one queue of shared-card updates (flushed on shutdown). */
  sharedUpdates?: SharedCardUpdates;
}

type Reply = Parameters<TurnContext["sendActivity"]>[0];

const isOpen = (session: Session, now: Date) => (session.state === "open" || session.state === "pending") && now < session.closesAt;

function roundCardFor(circle: Circle, session: Session, now: Date) {
  return roundCard({
    locale: circle.locale,
    circleId: circle._id,
    sessionId: session._id,
    round: pairRound(session.data),
    open: isOpen(session, now),
    late: session.late,
    closesAt: momentLabel(circle.locale, circle.settings.timeZone, session.closesAt),
  });
}

export function walkAndTalkOpener(store: Store): RitualOpener {
  return {
    prepare: async ({ circle, session }) => ({ ...(await prepareRound(store, circle, session)) }),
    open: ({ circle, session, now }) => roundCardFor(circle, session, now),
    close: ({ circle, session, now }) => {
      const round = pairRound(session.data);
      return {
        replaceWith: roundCardFor(circle, { ...session, state: "closed" }, now),
        ...(round.groups.length > 0 ? { summary: roundSummaryCard(circle.locale, round) } : {}),
      };
    },
  };
}

/** The person as the circle knows them (Teams' current name), or as the activity names them. */
function personIn(circle: Circle, id: string, name: string): PairPerson {
  const member = circle.members.find((m) => m.id === id);
  return { id, name: member?.name || name || id };
}

/** Names of the others in the person's group of the round, or null when they are in none. */
function partnersOf(session: Session | null, personId: string): string[] | null {
  if (!session) return null;
  const round = pairRound(session.data);
  const index = groupOf(round, personId);
  if (index < 0) return null;
  return round.groups[index].people.filter((p) => p.id !== personId).map((p) => p.name);
}

async function statusView(store: Store, circle: Circle, personId: string, now: Date, notice?: PairsStatusView["notice"]): Promise<PairsStatusView> {
  const [optedIn, members, open] = await Promise.all([isOptedIn(store, circle._id, personId), optedInMembers(store, circle), openRound(store, circle._id, now)]);
  const setting = circle.settings.rituals.find((r) => r.ritualId === WALK_AND_TALK && r.enabled);
  let today: PairsStatusView["today"];
  if (open) {
    const round = pairRound(open.data);
    const index = groupOf(round, personId);
    const group = index >= 0 ? round.groups[index] : null;
    today = { sessionId: open._id, group, waiting: round.waiting?.id === personId, others: partnersOf(open, personId) ?? [] };
  }
  return {
    locale: circle.locale,
    circleId: circle._id,
    circleName: circle.name,
    optedIn,
    count: members.length,
    schedule: setting ? cadenceLabel(circle.locale, setting.cadence, setting.time) : null,
    today,
    notice,
  };
}

/**
 * Opting in or out, from a card or a command: the choice is stored, today's open round (if any)
 * takes the person in or lets them stop waiting, and the round's card is updated. Returns what to
 * tell the person.
 */
async function choose(deps: WalkAndTalkDeps, circle: Circle, person: PairPerson, optedIn: boolean, now: Date): Promise<string> {
  const t = botT(circle.locale, "pairs");
  const { changed } = await setOptIn(deps.store, { circleId: circle._id, person, optedIn, now });
  const change: RoundChange | null = optedIn ? await joinOpenRound(deps.store, circle, person, now) : await leaveOpenRound(deps.store, circle, person.id, now);
  if (change && change.outcome !== "unchanged" && change.outcome !== "already") await refreshRound(deps, circle, change.session._id, now);
  const partners = partnersOf(change?.session ?? null, person.id);
  if (optedIn) {
    if (change?.outcome === "paired" || change?.outcome === "joined") return t(`confirm.${change.outcome}`, { names: joinNames(partners ?? [], t) });
    if (change?.outcome === "waiting") return t("confirm.waiting");
    return changed ? t("confirm.in") : t("confirm.alreadyIn");
  }
  if (partners) return t("confirm.outPaired", { names: joinNames(partners, t) });
  return changed ? t("confirm.out") : t("confirm.alreadyOut");
}

/** Redraws the posted round card from the stored session (the latest state wins). */
async function refreshRound(deps: WalkAndTalkDeps, circle: Circle, sessionId: string, now: Date): Promise<void> {
  const latest = await deps.store.collection<Session>("sessions").findOne({ _id: sessionId });
  if (!latest?.activityId || latest.state !== "open") return;
  await deps.poster.updateCard(circle, latest.activityId, roundCardFor(circle, latest, now));
}

/** `pairs` (status and how it works), `pairs on`, `pairs off`. */
export async function pairsCommand(deps: WalkAndTalkDeps, turn: TurnContext, circle: Circle, args: string, now: Date): Promise<Reply> {
  const from = turn.activity.from;
  const person = personIn(circle, from.id, from.name ?? "");
  const word = args.trim().toLowerCase();
  if (/^(on|in|aan|yes|ja|mee)$/.test(word)) return choose(deps, circle, person, true, now);
  if (/^(off|out|uit|no|nee)$/.test(word)) return choose(deps, circle, person, false, now);
  const notice = word === "" ? undefined : { kind: "Attention" as const, text: botT(circle.locale, "pairs")("unknownArg") };
  return MessageFactory.attachment(cardAttachment(pairsStatusCard(await statusView(deps.store, circle, person.id, now, notice))));
}

const MAX_GROUP_INDEX = 10_000;

export function walkAndTalkActions(deps: WalkAndTalkDeps): Record<string, ActionHandler> {
  const sessions = new SessionRepository(deps.store);
  const updates = deps.sharedUpdates ?? new SharedCardUpdates(deps.sharedUpdateMs ?? 3_000);

  const sessionOf = async (circle: Circle, data: Record<string, unknown>): Promise<Session | null> => {
    const id = data.sessionId;
    // Only a round of this circle: a forged id of another circle finds nothing.
    if (typeof id !== "string" || id.length > 500 || !id.startsWith(`${circle._id}|${WALK_AND_TALK}|`)) return null;
    return sessions.get(id);
  };
  const stale = (circle: Circle): ActionResult => ({ kind: "message", text: botT(circle.locale)("actions.stale") });
  const invalid = (circle: Circle): ActionResult => ({ kind: "message", text: botT(circle.locale)("actions.invalid") });
  /** Pressed on the round card (it carries the session); otherwise on the `pairs` card. */
  const onRoundCard = (data: Record<string, unknown>) => typeof data.sessionId === "string" && data.view !== "status";

  const optAction =
    (optedIn: boolean): ActionHandler =>
    async ({ circle, data, actor, now }) => {
      if (data.sessionId !== undefined && typeof data.sessionId !== "string") return invalid(circle);
      const text = await choose(deps, circle, personIn(circle, actor.id!, actor.name), optedIn, now);
      if (onRoundCard(data)) return { kind: "message", text };
      return { kind: "card", card: pairsStatusCard(await statusView(deps.store, circle, actor.id!, now, { kind: "Good", text })) };
    };

  return {
    "pairs.join": optAction(true),
    "pairs.leave": optAction(false),
    "pairs.walked": async ({ circle, data, actor, now, turn }) => {
      const raw = data.group;
      if (raw !== undefined && raw !== null && !(Number.isInteger(raw) && (raw as number) >= 0 && (raw as number) <= MAX_GROUP_INDEX)) return invalid(circle);
      const groupIndex = typeof raw === "number" ? raw : null;
      const session = await sessionOf(circle, data);
      if (!session) return stale(circle);
      const t = botT(circle.locale, "pairs");
      let refusal: PairsError | null = null;
      let changed = false;
      const saved = await sessions.update(session._id, (current) => {
        refusal = null;
        changed = false;
        if (current.state !== "open" || now >= current.closesAt) {
          refusal = pairsError("closed");
          return null;
        }
        const marked = markWalked(pairRound(current.data), actor.id!, groupIndex, now);
        if (!marked.ok) {
          refusal = marked.error;
          return null;
        }
        if (!marked.value.changed) return null;
        changed = true;
        const walkers = marked.value.round.groups[marked.value.group].people.map((p) => p.id);
        const participants = [...new Set([...current.participants, ...walkers])];
        return { ...current, participants, data: { ...current.data, groups: marked.value.round.groups } };
      });
      if (!saved) return stale(circle);
      const refused = refusal as PairsError | null;
      if (refused) return { kind: "message", text: refused.message[circle.locale] };
      const notice = changed ? t("confirm.walked") : t("confirm.alreadyWalked");
      // Action.Submit (clients without Universal Actions) answers with a message: redraw the round card now.
      const viaSubmit = turn.activity.type === "message";
      if (changed && (viaSubmit || !onRoundCard(data))) await refreshRound(deps, circle, saved._id, now);
      // Two pairs marking at once each replace the card with their own snapshot; a later redraw from the store settles it.
      else if (changed) updates.request(saved._id, () => refreshRound(deps, circle, saved._id, now));
      if (!onRoundCard(data)) return { kind: "card", card: pairsStatusCard(await statusView(deps.store, circle, actor.id!, now, { kind: "Good", text: notice })) };
      if (!changed || viaSubmit) return { kind: "message", text: notice };
      const card = roundCardFor(circle, saved, now);
      return { kind: "card", card, forAll: card };
    },
  };
}


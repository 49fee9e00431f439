// The shoutout command and card actions: `shoutout @Name … for …` posts a thanks with the
// recipients @mentioned; `shoutout` alone opens the form; +1 and Delete act on a posted shoutout.
// `publishShoutout` is the one way a stored shoutout reaches people (bot, ritual and tab).

import { MessageFactory, type TurnContext } from "botbuilder";
import type { Logger } from "pino";
import { z } from "zod";
import type { Circle } from "../../shared/circles/types";
import { deleteShoutout, giveShoutout, react, resolveRecipients, setActivityId, type Shoutout } from "../../shared/shoutouts/repository";
import { parseShoutoutText, shoutoutError } from "../../shared/shoutouts/rules";
import type { Store } from "../../shared/store/types";
import { botT } from "../../shared/i18n";
import { cardAttachment } from "../cards/card";
import { deletedShoutoutCard, shoutoutCard, shoutoutFormCard, shoutoutNoteCard } from "../cards/shoutout-card";
import type { CardPoster } from "../scheduler";
import type { ActionHandler } from "./types";

export interface ShoutoutDeps {
  store: Store;
  /** Posts into conversations outside the current turn: the tab's shoutouts, the recipients' notes. */
  poster: CardPoster;
  logger: Logger;
  /** The value tags people can pick (configuration: SHOUTOUT_TAGS). */
  tags: readonly string[];
}

type Reply = Parameters<TurnContext["sendActivity"]>[0];

/** The card that shows a shoutout in the conversation it was given in. */
export const postedShoutoutCard = (circle: Circle, shoutout: Shoutout) =>
  shoutoutCard({
    locale: circle.locale,
    circleId: circle._id,
    id: shoutout._id,
    giverName: shoutout.giverName,
    recipients: shoutout.recipients,
    message: shoutout.message,
    tag: shoutout.tag,
    reactions: shoutout.reactions.length,
  });

const formFor = (deps: ShoutoutDeps, circle: Circle, extra: Pick<Parameters<typeof shoutoutFormCard>[0], "notice" | "draft"> = {}) =>
  shoutoutFormCard({ locale: circle.locale, circleId: circle._id, circleName: circle.name, members: circle.members.map(({ id, name, aadObjectId }) => ({ id, name, aadObjectId })), tags: deps.tags, ...extra });

const giverOf = (turn: TurnContext) => ({ id: turn.activity.from.id, name: turn.activity.from.name ?? "" });

/** `shoutout …` typed in chat. The text still carries its `<at>` tags (the bot's own mention is already removed). */
export async function shoutoutCommand(deps: ShoutoutDeps, turn: TurnContext, circle: Circle, now: Date): Promise<Reply | null> {
  const parsed = parseShoutoutText(turn.activity.text ?? "", turn.activity.entities ?? [], turn.activity.recipient?.id);
  if (parsed.recipients.length === 0) return MessageFactory.attachment(cardAttachment(formFor(deps, circle, { draft: { message: parsed.message } })));
  const given = await giveShoutout(deps.store, { circle, giver: giverOf(turn), recipients: parsed.recipients, message: parsed.message, now, tags: deps.tags });
  if (!given.ok) return given.error.message[circle.locale];
  await publishShoutout(deps, circle, given.value, turn);
  return null;
}

/**
 * Posts a stored shoutout as a new message in the circle's conversation (so Teams notifies the
 * people mentioned) — as part of the current turn when there is one, proactively otherwise (the
 * tab) — remembers where it is, and sends each recipient a personal note where the bot can reach
 * them. The notes go out after the post without holding it up. Returns whether the post landed.
 */
export async function publishShoutout(deps: ShoutoutDeps, circle: Circle, shoutout: Shoutout, turn?: TurnContext): Promise<{ posted: boolean }> {
  const card = postedShoutoutCard(circle, shoutout);
  let activityId: string | undefined;
  if (turn) {
    activityId = (await turn.sendActivity(MessageFactory.attachment(cardAttachment(card))))?.id;
  } else {
    const outcome = await deps.poster.post(circle, card);
    if (outcome.ok) activityId = outcome.activityId;
    else deps.logger.warn({ circleId: circle._id, shoutoutId: shoutout._id, reason: outcome.reason }, "shoutout stored but not posted");
  }
  if (activityId) await setActivityId(deps.store, shoutout._id, activityId);
  void notifyRecipients(deps, circle, shoutout).catch((error: unknown) => deps.logger.warn({ err: error, shoutoutId: shoutout._id }, "shoutout notes not sent"));
  return { posted: activityId !== undefined };
}

/** A note in each recipient's personal chat with the bot, when they have one. */
export async function notifyRecipients(deps: ShoutoutDeps, circle: Circle, shoutout: Shoutout): Promise<number> {
  let sent = 0;
  for (const recipient of shoutout.recipients) {
    const personal = await deps.store
      .collection<Circle>("circles")
      .findOne({ tenantId: circle.tenantId, kind: "personal", active: true, "members.id": recipient.id });
    if (!personal || personal._id === circle._id) continue;
    const note = shoutoutNoteCard({ locale: personal.locale, giverName: shoutout.giverName, circleName: circle.name, message: shoutout.message, tag: shoutout.tag });
    const outcome = await deps.poster.post(personal, note);
    if (outcome.ok) sent++;
    else deps.logger.info({ shoutoutId: shoutout._id, reason: outcome.reason }, "shoutout note not delivered");
  }
  return sent;
}

const formInput = z.object({
  recipients: z.string().max(4000).default(""),
  message: z.string().max(4000).default(""),
  tag: z.string().max(40).default(""),
});
const shoutoutRef = z.object({ shoutoutId: z.string().min(1).max(80) });

export function shoutoutActions(deps: ShoutoutDeps): Record<string, ActionHandler> {
  const { store } = deps;
  return {
    "shoutout.give": async ({ circle, data, actor, now, turn }) => {
      const input = formInput.safeParse(data);
      if (!input.success) return { kind: "message", text: botT(circle.locale)("actions.invalid") };
      const draft = input.data;
      const attention = (text: string) => ({ kind: "card" as const, card: formFor(deps, circle, { notice: { kind: "Attention", text }, draft }) });
      const recipients = await resolveRecipients(store, circle, draft.recipients.split(","));
      if (!recipients.ok) return attention(recipients.error.message[circle.locale]);
      const given = await giveShoutout(store, { circle, giver: { id: actor.id!, name: actor.name }, recipients: recipients.value, message: draft.message, tag: draft.tag, now, tags: deps.tags });
      if (!given.ok) return attention(given.error.message[circle.locale]);
      await publishShoutout(deps, circle, given.value, turn);
      return { kind: "card", card: formFor(deps, circle, { notice: { kind: "Good", text: botT(circle.locale, "shoutouts")("form.posted") } }) };
    },
    "shoutout.react": async ({ circle, data, actor }) => {
      const ref = shoutoutRef.safeParse(data);
      if (!ref.success) return { kind: "message", text: botT(circle.locale)("actions.invalid") };
      const shoutout = await react(store, circle._id, ref.data.shoutoutId, actor.id!);
      if (!shoutout) return { kind: "message", text: shoutoutError("not_found").message[circle.locale] };
      const card = postedShoutoutCard(circle, shoutout);
      return { kind: "card", card, forAll: card };
    },
    "shoutout.delete": async ({ circle, data, actor }) => {
      const ref = shoutoutRef.safeParse(data);
      if (!ref.success) return { kind: "message", text: botT(circle.locale)("actions.invalid") };
      const deleted = await deleteShoutout(store, circle._id, ref.data.shoutoutId, actor.id!);
      if (!deleted.ok) return { kind: "message", text: deleted.error.message[circle.locale] };
      const card = deletedShoutoutCard(circle.locale, deleted.value.giverName);
      return { kind: "card", card, forAll: card };
    },
  };
}

// The shoutout command and card actions: `shoutout @Name … for …` posts a thanks with the
// recipients @mentioned; `shoutout` alone opens the form; +1 and Delete act on a posted shoutout.

import { MessageFactory, type TurnContext } from "botbuilder";
import { z } from "zod";
import type { Circle } from "../../shared/circles/types";
import { deleteShoutout, giveShoutout, react, setActivityId, type Shoutout } from "../../shared/shoutouts/repository";
import { parseShoutoutText, recipientsFromMembers, shoutoutError } from "../../shared/shoutouts/rules";
import type { Store } from "../../shared/store/types";
import { botT } from "../../shared/i18n";
import { cardAttachment } from "../cards/card";
import { deletedShoutoutCard, shoutoutCard, shoutoutFormCard } from "../cards/shoutout-card";
import type { ActionHandler } from "./types";

type Reply = Parameters<TurnContext["sendActivity"]>[0];

const viewOf = (circle: Circle, shoutout: Shoutout) => ({
  locale: circle.locale,
  circleId: circle._id,
  id: shoutout._id,
  giverName: shoutout.giverName,
  recipients: shoutout.recipients,
  message: shoutout.message,
  tag: shoutout.tag,
  reactions: shoutout.reactions.length,
});

const formFor = (circle: Circle, extra: Pick<Parameters<typeof shoutoutFormCard>[0], "notice" | "draft"> = {}) =>
  shoutoutFormCard({ locale: circle.locale, circleId: circle._id, circleName: circle.name, members: circle.members.map(({ id, name }) => ({ id, name })), ...extra });

const giverOf = (turn: TurnContext) => ({ id: turn.activity.from.id, name: turn.activity.from.name ?? "" });

/** `shoutout …` typed in chat. The text still carries its `<at>` tags (the bot's own mention is already removed). */
export async function shoutoutCommand(store: Store, turn: TurnContext, circle: Circle, now: Date): Promise<Reply | null> {
  const parsed = parseShoutoutText(turn.activity.text ?? "", turn.activity.entities ?? [], turn.activity.recipient?.id);
  if (parsed.recipients.length === 0) return MessageFactory.attachment(cardAttachment(formFor(circle, { draft: { message: parsed.message } })));
  const given = await giveShoutout(store, { circle, giver: giverOf(turn), recipients: parsed.recipients, message: parsed.message, now });
  if (!given.ok) return given.error.message[circle.locale];
  await postShoutout(store, turn, circle, given.value);
  return null;
}

/** Posts as a new message (so Teams notifies the people mentioned) and remembers where it is. */
async function postShoutout(store: Store, turn: TurnContext, circle: Circle, shoutout: Shoutout): Promise<void> {
  const sent = await turn.sendActivity(MessageFactory.attachment(cardAttachment(shoutoutCard(viewOf(circle, shoutout)))));
  if (sent?.id) await setActivityId(store, shoutout._id, sent.id);
}

const formInput = z.object({
  recipients: z.string().max(4000).default(""),
  message: z.string().max(4000).default(""),
  tag: z.string().max(40).default(""),
});
const shoutoutRef = z.object({ shoutoutId: z.string().min(1).max(80) });

export function shoutoutActions(store: Store): Record<string, ActionHandler> {
  return {
    "shoutout.give": async ({ circle, data, actor, now, turn }) => {
      const input = formInput.safeParse(data);
      if (!input.success) return { kind: "message", text: botT(circle.locale)("actions.invalid") };
      const draft = input.data;
      const attention = (text: string) => ({ kind: "card" as const, card: formFor(circle, { notice: { kind: "Attention", text }, draft }) });
      const recipients = recipientsFromMembers(draft.recipients.split(","), circle.members);
      if (!recipients.ok) return attention(recipients.error.message[circle.locale]);
      const given = await giveShoutout(store, { circle, giver: { id: actor.id!, name: actor.name }, recipients: recipients.value, message: draft.message, tag: draft.tag, now });
      if (!given.ok) return attention(given.error.message[circle.locale]);
      await postShoutout(store, turn, circle, given.value);
      return { kind: "card", card: formFor(circle, { notice: { kind: "Good", text: botT(circle.locale, "shoutouts")("form.posted") } }) };
    },
    "shoutout.react": async ({ circle, data, actor }) => {
      const ref = shoutoutRef.safeParse(data);
      if (!ref.success) return { kind: "message", text: botT(circle.locale)("actions.invalid") };
      const shoutout = await react(store, circle._id, ref.data.shoutoutId, actor.id!);
      if (!shoutout) return { kind: "message", text: shoutoutError("not_found").message[circle.locale] };
      const card = shoutoutCard(viewOf(circle, shoutout));
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

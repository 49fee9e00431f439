// The `role` command and the role card actions: open my form, save, delete. A card always belongs
// to the person who pressed or typed — never to an id in the card's data.

import { MessageFactory, type TurnContext } from "botbuilder";
import { z } from "zod";
import type { Circle } from "../../shared/circles/types";
import { botT } from "../../shared/i18n";
import { deleteRoleCard, getRoleCard, saveRoleCard, type RoleCard, type RolePerson } from "../../shared/roles/repository";
import { ANSWER_MAX, ROLE_MAX, consentOf } from "../../shared/roles/rules";
import type { Store } from "../../shared/store/types";
import { cardAttachment } from "../cards/card";
import { roleFormCard, roleOpenCard, type RoleFormValues } from "../cards/role-card";
import type { ActionHandler, ActionRequest, ActionResult } from "./types";

type Reply = Parameters<TurnContext["sendActivity"]>[0];

const DELETE_WORDS = new Set(["delete", "remove", "verwijder", "verwijderen", "wis"]);

const valuesOf = (card: RoleCard): RoleFormValues => ({ role: card.role, cares: card.cares, why: card.why, help: card.help, spotlight: card.spotlight });

const personOf = (actor: ActionRequest["actor"]): RolePerson => ({ id: actor.id!, aadObjectId: actor.aadObjectId, name: actor.name });

/**
 * The answer to a save or delete: the person's form, or — pressed through the Action.Submit
 * fallback in a group, where a personal form is never put on the shared message — the outcome as
 * a message, so a refusal is not lost.
 */
function answer(turn: TurnContext, card: ReturnType<typeof roleFormCard>, text: string): ActionResult {
  const submittedInGroup = turn.activity.type === "message" && turn.activity.conversation.conversationType !== "personal";
  return submittedInGroup ? { kind: "message", text } : { kind: "card", card };
}

/** `role` typed in chat: in a personal chat the person's own form; in a group a card whose button opens it privately. */
export async function roleCommand(store: Store, turn: TurnContext, circle: Circle, args: string): Promise<Reply> {
  const from = turn.activity.from;
  const person = { id: from.id, aadObjectId: from.aadObjectId };
  if (DELETE_WORDS.has(args.toLowerCase().split(/\s+/)[0] ?? "")) {
    const deleted = await deleteRoleCard(store, circle.tenantId, person);
    return deleted.ok ? botT(circle.locale, "roles")("command.deleted") : deleted.error.message[circle.locale];
  }
  if (circle.kind !== "personal") return MessageFactory.attachment(cardAttachment(roleOpenCard(circle.locale, circle._id)));
  const mine = await getRoleCard(store, circle.tenantId, person);
  return MessageFactory.attachment(cardAttachment(roleFormCard({ locale: circle.locale, circleId: circle._id, values: mine ? valuesOf(mine) : undefined, saved: mine !== null })));
}

// Generous bounds: the rules give the real limits with a message; these only stop junk.
const field = z.string().max(4000).default("");
const formInput = z.object({
  role: field,
  cares: field,
  why: field,
  help: field,
  spotlight: z.union([z.string().max(10), z.boolean()]).optional(),
});

export function roleActions(store: Store): Record<string, ActionHandler> {
  return {
    "role.open": async ({ circle, actor }) => {
      const mine = await getRoleCard(store, circle.tenantId, personOf(actor));
      return { kind: "card", card: roleFormCard({ locale: circle.locale, circleId: circle._id, values: mine ? valuesOf(mine) : undefined, saved: mine !== null }) };
    },
    "role.save": async ({ circle, data, actor, now, turn }) => {
      const input = formInput.safeParse(data);
      if (!input.success) return { kind: "message", text: botT(circle.locale)("actions.invalid") };
      const saved = await saveRoleCard(store, { tenantId: circle.tenantId, person: personOf(actor), values: input.data, now });
      if (!saved.ok) {
        const { role, cares, why, help, spotlight } = input.data;
        const draft = { role: role.slice(0, ROLE_MAX * 2), cares: cares.slice(0, ANSWER_MAX * 2), why: why.slice(0, ANSWER_MAX * 2), help: help.slice(0, ANSWER_MAX * 2), spotlight: consentOf(spotlight) };
        const had = await getRoleCard(store, circle.tenantId, personOf(actor));
        const text = saved.error.message[circle.locale];
        return answer(turn, roleFormCard({ locale: circle.locale, circleId: circle._id, values: draft, saved: had !== null, notice: { kind: "Attention", text } }), text);
      }
      const t = botT(circle.locale, "roles");
      const text = saved.value.spotlight ? t("form.savedSpotlight") : t("form.savedQuiet");
      return answer(turn, roleFormCard({ locale: circle.locale, circleId: circle._id, values: valuesOf(saved.value), saved: true, notice: { kind: "Good", text } }), text);
    },
    "role.delete": async ({ circle, actor, turn }) => {
      const deleted = await deleteRoleCard(store, circle.tenantId, personOf(actor));
      if (!deleted.ok) {
        const text = deleted.error.message[circle.locale];
        return answer(turn, roleFormCard({ locale: circle.locale, circleId: circle._id, saved: false, notice: { kind: "Attention", text } }), text);
      }
      // The answers stay in the form, so a mistaken press is undone with Save.
      const notice = { kind: "Good" as const, text: botT(circle.locale, "roles")("form.deleted") };
      return answer(turn, roleFormCard({ locale: circle.locale, circleId: circle._id, values: valuesOf(deleted.value), saved: false, notice }), botT(circle.locale, "roles")("command.deleted"));
    },
  };
}

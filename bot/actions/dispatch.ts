// Runs a card action: finds its handler, checks that the card belongs to this conversation's
// circle, and turns the result into the answer Teams expects (invoke response or message).

import { CardFactory, MessageFactory, type TurnContext } from "botbuilder";
import type { Logger } from "pino";
import { botT } from "../../shared/i18n";
import type { Circle, Locale } from "../../shared/circles/types";
import { cardAttachment } from "../cards/card";
import type { ActionHandler, ActionResult } from "./types";

export interface ParsedAction {
  verb: string;
  data: Record<string, unknown>;
}

const VERB = /^[a-z][a-z0-9]*(\.[a-z][a-z0-9]*)*$/;

/** Reads verb and data from an Action.Execute invoke value or an Action.Submit message value. */
export function parseAction(value: unknown, invoke: boolean): ParsedAction | null {
  if (!isRecord(value)) return null;
  const source = invoke ? value.action : value;
  if (!isRecord(source)) return null;
  const data = invoke ? source.data : source;
  const verb = invoke ? source.verb : (data as Record<string, unknown>).verb;
  if (typeof verb !== "string" || verb.length > 40 || !VERB.test(verb) || !isRecord(data)) return null;
  return { verb, data };
}

export interface DispatchDeps {
  handlers: Record<string, ActionHandler>;
  logger: Logger;
  now: () => Date;
}

/** Runs the action against this conversation's circle (read once by the caller). */
export async function runAction(deps: DispatchDeps, turn: TurnContext, action: ParsedAction, circle: Circle | null, fallbackLocale: Locale): Promise<ActionResult> {
  const handler = Object.hasOwn(deps.handlers, action.verb) ? deps.handlers[action.verb] : undefined;
  const locale = circle?.locale ?? fallbackLocale;
  const t = botT(locale);
  if (!handler) return { kind: "message", text: t("actions.invalid") };
  if (!circle) return { kind: "message", text: t("commands.noCircle") };
  // A card copied or forged from another conversation must not act on this one, or that one.
  if (action.data.circleId !== circle._id) return { kind: "message", text: t("actions.stale") };
  const from = turn.activity.from;
  return handler({
    verb: action.verb,
    data: action.data,
    circle,
    actor: { kind: "person", tenantId: circle.tenantId, id: from.id, aadObjectId: from.aadObjectId, name: from.name ?? "" },
    locale,
    now: deps.now(),
    turn,
  });
}

/** Replaces the card message for everyone (the message the action was pressed on). */
export async function replaceCard(turn: TurnContext, card: Parameters<typeof cardAttachment>[0]): Promise<void> {
  const id = turn.activity.replyToId;
  if (!id) return;
  await turn.updateActivity({ ...MessageFactory.attachment(CardFactory.adaptiveCard(card)), id });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

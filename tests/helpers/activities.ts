// Bot Framework activities as Teams sends them, for a channel, a group chat, a meeting chat and
// a personal chat. Only what differs per test is a parameter.

import { randomUUID } from "node:crypto";

export const BOT = { id: "28:quiet-circles-bot", name: "Quiet Circles" };
export const TENANT = "72f988bf-86f1-41af-91ab-2d7cd011db47";

export interface Where {
  kind: "channel" | "groupChat" | "meeting" | "personal";
  conversationId: string;
  teamId?: string;
  teamName?: string;
  channelName?: string;
  tenantId?: string;
}

export const channel = (n = 1): Where => ({
  kind: "channel",
  conversationId: `19:channel${n}@thread.tacv2`,
  teamId: `19:team${n}@thread.tacv2`,
  teamName: `Team ${n}`,
  channelName: "Coffee corner",
});
export const groupChat = (n = 1): Where => ({ kind: "groupChat", conversationId: `19:chat${n}@thread.v2` });
export const meetingChat = (n = 1): Where => ({ kind: "meeting", conversationId: `19:meeting_${n}@thread.v2` });
export const personalChat = (userId: string): Where => ({ kind: "personal", conversationId: `a:personal-${userId}` });

export interface Person {
  id: string;
  name: string;
  aadObjectId?: string;
}

function base(where: Where, from: Person, serviceUrl: string, locale = "en-US") {
  const tenantId = where.tenantId ?? TENANT;
  return {
    id: randomUUID(),
    channelId: "msteams",
    serviceUrl,
    timestamp: new Date().toISOString(),
    locale,
    from: { id: from.id, name: from.name, aadObjectId: from.aadObjectId },
    recipient: BOT,
    conversation: {
      id: where.conversationId,
      conversationType: where.kind === "meeting" ? "groupChat" : where.kind,
      tenantId,
      isGroup: where.kind !== "personal",
    },
    channelData: {
      tenant: { id: tenantId },
      ...(where.kind === "channel"
        ? { team: { id: where.teamId, name: where.teamName }, channel: { id: where.conversationId, name: where.channelName } }
        : {}),
      ...(where.kind === "meeting" ? { meeting: { id: `meeting-${where.conversationId}` } } : {}),
    },
  };
}

export function installed(where: Where, by: Person, serviceUrl: string, locale?: string) {
  return { ...base(where, by, serviceUrl, locale), type: "installationUpdate", action: "add" };
}

export function uninstalled(where: Where, by: Person, serviceUrl: string) {
  return { ...base(where, by, serviceUrl), type: "installationUpdate", action: "remove" };
}

export function membersAdded(where: Where, by: Person, added: { id: string; name?: string }[], serviceUrl: string) {
  return { ...base(where, by, serviceUrl), type: "conversationUpdate", membersAdded: added };
}

export function membersRemoved(where: Where, by: Person, removed: { id: string; name?: string }[], serviceUrl: string) {
  return { ...base(where, by, serviceUrl), type: "conversationUpdate", membersRemoved: removed };
}

/** A message; in channels it carries the bot's @mention, as Teams requires. */
export function message(where: Where, from: Person, text: string, serviceUrl: string, extra: Record<string, unknown> = {}) {
  const mention = where.kind === "channel" || where.kind === "groupChat";
  return {
    ...base(where, from, serviceUrl),
    type: "message",
    text: mention ? `<at>${BOT.name}</at> ${text}` : text,
    entities: mention
      ? [{ type: "mention", text: `<at>${BOT.name}</at>`, mentioned: { id: BOT.id, name: BOT.name } }]
      : [],
    ...extra,
  };
}

/** A press on an Action.Execute button: Teams sends an adaptiveCard/action invoke. */
export function cardAction(where: Where, from: Person, verb: string, data: Record<string, unknown>, serviceUrl: string, replyToId = "card-1") {
  return {
    ...base(where, from, serviceUrl),
    type: "invoke",
    name: "adaptiveCard/action",
    replyToId,
    value: { action: { type: "Action.Execute", verb, data: { ...data, verb } }, trigger: "manual" },
  };
}

/** The same press through the Action.Submit fallback (clients without Universal Actions). */
export function cardSubmit(where: Where, from: Person, verb: string, data: Record<string, unknown>, serviceUrl: string, replyToId = "card-1") {
  return { ...base(where, from, serviceUrl), type: "message", replyToId, value: { ...data, verb } };
}

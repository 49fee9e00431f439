// Reads the facts about a Teams conversation from an incoming activity, validated at the edge.

import { TurnContext, type Activity, type ChannelAccount } from "botbuilder";
import { z } from "zod";
import type { ConversationKind, StoredConversationReference } from "../../shared/circles/types";
import type { ConversationFacts, Person } from "../../shared/circles/rules";
import { pickLocale } from "../../shared/i18n";

const channelDataSchema = z
  .object({
    tenant: z.object({ id: z.string().min(1).max(200) }).partial().optional(),
    team: z.object({ id: z.string().max(500), name: z.string().max(500) }).partial().optional(),
    channel: z.object({ id: z.string().max(500), name: z.string().max(500) }).partial().optional(),
    meeting: z.object({ id: z.string().max(2000) }).partial().optional(),
  })
  .passthrough();

export class ConversationError extends Error {}

/** "19:abc@thread.tacv2;messageid=123" → "19:abc@thread.tacv2": one circle per channel, not per thread. */
export function circleIdOf(conversationId: string): string {
  return conversationId.split(";")[0];
}

export function conversationFacts(activity: Activity, localMode: boolean): ConversationFacts {
  const conversation = activity.conversation;
  if (!conversation?.id) throw new ConversationError("activity has no conversation id");
  const channelData = channelDataSchema.safeParse(activity.channelData ?? {});
  const data = channelData.success ? channelData.data : {};
  const tenantId = data.tenant?.id ?? conversation.tenantId ?? (localMode ? "local" : undefined);
  if (!tenantId) throw new ConversationError("activity has no tenant id");
  const kind = conversationKind(conversation.conversationType, conversation.isGroup);
  const reference = TurnContext.getConversationReference(activity);
  const stored: StoredConversationReference = {
    bot: { id: reference.bot?.id ?? activity.recipient?.id ?? "", name: reference.bot?.name },
    channelId: reference.channelId ?? "msteams",
    conversation: {
      id: circleIdOf(conversation.id),
      conversationType: conversation.conversationType,
      tenantId,
      ...(conversation.isGroup !== undefined ? { isGroup: conversation.isGroup } : {}),
      ...(conversation.name ? { name: conversation.name } : {}),
    },
    serviceUrl: reference.serviceUrl ?? activity.serviceUrl,
    ...(activity.locale ? { locale: activity.locale } : {}),
  };
  return {
    conversationId: circleIdOf(conversation.id),
    tenantId,
    kind,
    meetingId: data.meeting?.id,
    teamId: data.team?.id,
    teamName: data.team?.name,
    channelId: data.channel?.id,
    // Teams leaves the name of a team's General channel out; the circle's name fills it in. Some
    // clients (Agents Playground) name the channel on the conversation instead.
    channelName: data.channel?.name ?? (kind === "channel" ? conversation.name : undefined),
    chatName: conversation.name,
    timeZone: timeZoneOf(activity),
    locale: pickLocale(activity.locale),
    reference: stored,
  };
}

/** Teams sends the sender's zone as `localTimezone`, and in a clientInfo entity. */
function timeZoneOf(activity: Activity): string | undefined {
  const fromEntity = activity.entities?.find((entity) => entity.type === "clientInfo")?.timezone;
  const zone = activity.localTimezone ?? fromEntity;
  return typeof zone === "string" && zone.length <= 64 ? zone : undefined;
}

function conversationKind(type: string | undefined, isGroup: boolean | undefined): ConversationKind {
  if (type === "channel" || type === "personal" || type === "groupChat") return type;
  return isGroup ? "groupChat" : "personal";
}

/** A person as Teams describes them in an activity or a member list. */
export function personOf(account: ChannelAccount & { email?: string; userPrincipalName?: string }): Person {
  return {
    id: account.id,
    name: account.name?.slice(0, 200) ?? "",
    ...(account.aadObjectId ? { aadObjectId: account.aadObjectId } : {}),
    ...(account.email ? { email: account.email } : {}),
  };
}

// A circle: the people bound to one Teams conversation, and where the bot can reach them.

import type { CircleSettings } from "../rituals/types";

export type ConversationKind = "personal" | "groupChat" | "channel";
export type Locale = "en" | "nl";
export type MemberRole = "facilitator" | "member";

export interface CircleMember {
  /** Teams user id (`29:...`), the id the bot sees in activities. */
  id: string;
  /** Entra object id; the tab's SSO token carries it as `oid`. */
  aadObjectId?: string;
  name: string;
  email?: string;
  role: MemberRole;
}

/** What the bot needs to post into the conversation later (a ConversationReference, stored as plain data). */
export interface StoredConversationReference {
  activityId?: string;
  bot: { id: string; name?: string };
  channelId: string;
  conversation: { id: string; conversationType?: string; tenantId?: string; isGroup?: boolean; name?: string };
  serviceUrl: string;
  locale?: string;
}

export interface Circle {
  /** The Teams conversation id: one circle per conversation. */
  _id: string;
  tenantId: string;
  kind: ConversationKind;
  /** Set when the conversation is a meeting chat. */
  meetingId?: string;
  teamId?: string;
  teamName?: string;
  channelId?: string;
  channelName?: string;
  /** The name people see: "Team › Channel", the chat's topic, or the person's name. */
  name: string;
  locale: Locale;
  active: boolean;
  reference: StoredConversationReference;
  members: CircleMember[];
  installedBy?: string;
  installedAt: Date;
  updatedAt: Date;
  removedAt?: Date;
  /** Time zone, working days, quiet hours, pause and rituals; set when the circle is created. */
  settings: CircleSettings;
  version: number;
  [key: string]: unknown;
}

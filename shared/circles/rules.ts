// Pure rules for circles: how a circle is named, and how its member list changes when Teams tells
// us who is in the conversation. No I/O here; the repository applies these atomically.

import { botT } from "../i18n";
import { defaultSettings } from "../rituals/settings";
import type { Circle, CircleMember } from "./types";

/** What the bot learns about a conversation from an activity (validated at the edge). */
export type ConversationFacts = Pick<
  Circle,
  "tenantId" | "kind" | "meetingId" | "teamId" | "teamName" | "channelId" | "channelName" | "locale" | "reference"
> & {
  conversationId: string;
  /** The group chat's topic, when people gave it one. */
  chatName?: string;
  /** The sender's IANA time zone from their Teams client; a new circle starts in it. */
  timeZone?: string;
};

export interface Person {
  id: string;
  aadObjectId?: string;
  name: string;
  email?: string;
}

/** The name people recognise: "Team › Channel", the chat's topic, or whose personal circle it is. */
export function circleName(facts: ConversationFacts, installer?: { name: string }): string {
  const t = botT(facts.locale);
  if (facts.kind === "channel") {
    const team = facts.teamName?.trim();
    const channel = facts.channelName?.trim() || t("circle.general");
    return team ? `${team} › ${channel}` : channel;
  }
  if (facts.chatName?.trim()) return facts.chatName.trim();
  if (facts.kind === "personal") return installer?.name?.trim() || t("circle.personal");
  return facts.meetingId ? t("circle.meetingChat") : t("circle.groupChat");
}

/**
 * The member list after Teams reported who is in the conversation. Roles people already had are
 * kept; the installer becomes a facilitator; a circle always keeps at least one facilitator.
 */
export function mergeMembers(existing: CircleMember[], reported: Person[], installer?: Person): CircleMember[] {
  const byId = new Map(existing.map((member) => [member.id, member]));
  const result: CircleMember[] = [];
  const seen = new Set<string>();
  for (const person of installer ? [...reported, installer] : reported) {
    if (seen.has(person.id)) continue;
    seen.add(person.id);
    const before = byId.get(person.id);
    const role = person.id === installer?.id ? "facilitator" : (before?.role ?? "member");
    result.push(memberFrom(person, role, before));
  }
  return ensureFacilitator(result);
}

export function addMembers(existing: CircleMember[], people: Person[]): CircleMember[] {
  const result = existing.map((member) => ({ ...member }));
  for (const person of people) {
    const index = result.findIndex((member) => member.id === person.id);
    if (index >= 0) result[index] = memberFrom(person, result[index].role, result[index]);
    else result.push(memberFrom(person, "member"));
  }
  return ensureFacilitator(result);
}

export function removeMembers(existing: CircleMember[], ids: string[]): CircleMember[] {
  const gone = new Set(ids);
  return ensureFacilitator(existing.filter((member) => !gone.has(member.id)));
}

/** A new circle, or the existing one re-activated with fresh facts from Teams. */
export function activatedCircle(
  current: Circle | null,
  facts: ConversationFacts,
  reported: Person[],
  installer: Person | undefined,
  now: Date,
): Circle {
  const members = mergeMembers(current?.members ?? [], reported, current?.active ? undefined : installer);
  // Install events do not always carry the installer's name; the member list does.
  const named = members.find((member) => member.id === installer?.id && member.name) ?? members[0];
  const name = circleName(facts, named);
  const { removedAt: _removed, ...rest } = current ?? ({} as Partial<Circle>);
  return {
    ...rest,
    _id: facts.conversationId,
    tenantId: facts.tenantId,
    kind: facts.kind,
    ...optional("meetingId", facts.meetingId),
    ...optional("teamId", facts.teamId),
    ...optional("teamName", facts.teamName),
    ...optional("channelId", facts.channelId),
    ...optional("channelName", facts.channelName),
    name,
    locale: current?.locale ?? facts.locale,
    active: true,
    reference: facts.reference,
    members,
    installedBy: current?.active ? current.installedBy : (installer?.id ?? current?.installedBy),
    installedAt: current?.active ? current.installedAt : now,
    updatedAt: now,
    settings: current?.settings ?? defaultSettings({ timeZone: facts.timeZone }),
    version: current?.version ?? 0,
  };
}

function memberFrom(person: Person, role: CircleMember["role"], before?: CircleMember): CircleMember {
  const aadObjectId = person.aadObjectId ?? before?.aadObjectId;
  const email = person.email ?? before?.email;
  return {
    id: person.id,
    name: person.name || before?.name || "Unknown",
    role,
    ...(aadObjectId ? { aadObjectId } : {}),
    ...(email ? { email } : {}),
  };
}

function ensureFacilitator(members: CircleMember[]): CircleMember[] {
  if (members.length === 0 || members.some((member) => member.role === "facilitator")) return members;
  return [{ ...members[0], role: "facilitator" }, ...members.slice(1)];
}

function optional<K extends string>(key: K, value: string | undefined): { [P in K]?: string } {
  return (value ? { [key]: value } : {}) as { [P in K]?: string };
}

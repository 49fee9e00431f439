// Shoutout rules: reading recipients and the message from a Teams message, and deciding whether a
// shoutout may be given. Pure: the clock comes in as `now`, the store's recent shoutouts as data.

import type { Locale } from "../circles/types";
import { cleanText } from "../rituals/week-in-review";

export interface ShoutoutPerson {
  id: string;
  name: string;
}

/** The value tags a shoutout may carry; a circle could pass its own list to `validateShoutout`. */
export const DEFAULT_SHOUTOUT_TAGS = ["helped-me", "teamwork", "brave", "kind", "creative"] as const;

export const MESSAGE_MAX = 280;
/** Same giver, same recipients, same text within this window is a double send, not a second thanks. */
export const DUPLICATE_WINDOW_MS = 60_000;

export type ShoutoutErrorCode = "no_recipient" | "self" | "empty" | "too_long" | "unknown_tag" | "not_member" | "duplicate" | "not_found" | "not_giver";

export interface ShoutoutError {
  code: ShoutoutErrorCode;
  message: Record<Locale, string>;
}

const errors: Record<ShoutoutErrorCode, Record<Locale, string>> = {
  no_recipient: { en: "Mention at least one person to thank, like `shoutout @Ada for the demo`.", nl: "Noem minstens één persoon om te bedanken, zoals `shoutout @Ada voor de demo`." },
  self: { en: "You cannot thank yourself — pick a colleague.", nl: "Je kunt jezelf niet bedanken — kies een collega." },
  empty: { en: "Add a few words about what you are thankful for.", nl: "Schrijf er een paar woorden bij waarvoor je dankbaar bent." },
  too_long: { en: `Keep a shoutout under ${MESSAGE_MAX} characters.`, nl: `Houd een shoutout onder de ${MESSAGE_MAX} tekens.` },
  unknown_tag: { en: "That value tag is not one of the choices; pick one from the list.", nl: "Dat waardelabel hoort niet bij de keuzes; kies er een uit de lijst." },
  not_member: {
    en: "Quiet Circles does not know one of the people you picked yet, so the thanks could not reach them. Pick someone from a circle that uses Quiet Circles.",
    nl: "Quiet Circles kent een van de gekozen mensen nog niet, dus het bedankje zou niet aankomen. Kies iemand uit een cirkel die Quiet Circles gebruikt.",
  },
  duplicate: { en: "You just sent this shoutout — it is posted once.", nl: "Je hebt deze shoutout net verstuurd — hij wordt één keer geplaatst." },
  not_found: { en: "That shoutout is no longer here.", nl: "Die shoutout is er niet meer." },
  not_giver: { en: "Only the person who gave a shoutout can delete it.", nl: "Alleen wie de shoutout gaf, kan hem verwijderen." },
};

export function shoutoutError(code: ShoutoutErrorCode): ShoutoutError {
  return { code, message: errors[code] };
}

export type Checked<T> = { ok: true; value: T } | { ok: false; error: ShoutoutError };

interface MentionEntity {
  text: string;
  mentioned: ShoutoutPerson;
}

function mentionsOf(entities: readonly unknown[]): MentionEntity[] {
  return entities.flatMap((entity) => {
    const e = entity as { type?: unknown; text?: unknown; mentioned?: { id?: unknown; name?: unknown } } | null;
    if (e?.type !== "mention" || typeof e.mentioned?.id !== "string" || e.mentioned.id === "") return [];
    const name = typeof e.mentioned.name === "string" ? cleanText(e.mentioned.name) : "";
    return [{ text: typeof e.text === "string" ? e.text : "", mentioned: { id: e.mentioned.id, name } }];
  });
}

/**
 * Reads `shoutout @Ada @Bob for helping with the release` as Teams sends it: `<at>Name</at>` in the
 * text and one mention entity per tag. The bot's own mention is dropped, a person mentioned twice
 * counts once, and the command word and a leading "for"/"voor" are not part of the message.
 */
export function parseShoutoutText(text: string, entities: readonly unknown[], botId?: string): { recipients: ShoutoutPerson[]; message: string } {
  const mentions = mentionsOf(entities);
  const recipients: ShoutoutPerson[] = [];
  for (const { mentioned } of mentions) {
    if (mentioned.id !== botId && !recipients.some((r) => r.id === mentioned.id)) recipients.push(mentioned);
  }
  let rest = text;
  for (const { text: tag } of mentions) if (tag) rest = rest.split(tag).join(" ");
  // A tag Teams sent without an entity keeps its name as plain text.
  rest = rest.replace(/<at[^>]*>([\s\S]*?)<\/at>/gi, "$1");
  const message = cleanText(rest)
    .replace(/^\/?shout-?outs?[!?.:]*(\s+|$)/i, "")
    .replace(/^[,:;–—-]\s*/, "")
    .replace(/^(for|voor)\b[\s:,]*/i, "");
  return { recipients, message };
}

export interface ShoutoutDraft {
  giverId: string;
  recipients: readonly ShoutoutPerson[];
  message: unknown;
  tag?: unknown;
}

/** Checks a shoutout before it is stored; the message comes back cleaned, the tag as null when none. */
export function validateShoutout(draft: ShoutoutDraft, tags: readonly string[] = DEFAULT_SHOUTOUT_TAGS): Checked<{ recipients: ShoutoutPerson[]; message: string; tag: string | null }> {
  if (draft.recipients.length === 0) return { ok: false, error: shoutoutError("no_recipient") };
  if (draft.recipients.some((r) => r.id === draft.giverId)) return { ok: false, error: shoutoutError("self") };
  const message = cleanText(draft.message);
  if (message === "") return { ok: false, error: shoutoutError("empty") };
  if ([...message].length > MESSAGE_MAX) return { ok: false, error: shoutoutError("too_long") };
  const tag = typeof draft.tag === "string" && draft.tag !== "" ? draft.tag : null;
  if (tag !== null && !tags.includes(tag)) return { ok: false, error: shoutoutError("unknown_tag") };
  return { ok: true, value: { recipients: [...draft.recipients], message, tag } };
}

export interface GivenShoutout {
  giverId: string;
  recipients: readonly { id: string }[];
  message: string;
  createdAt: Date;
}

/** The recipients and text that make two shoutouts "the same" (order of mentions and letter case do not matter). */
export function sameShoutoutKey(giverId: string, recipientIds: readonly string[], message: string): string {
  return [giverId, [...new Set(recipientIds)].sort().join(","), message.toLowerCase()].join("|");
}

/** True when the giver sent the same shoutout less than a minute before `now`. */
export function isDuplicate(candidate: Omit<GivenShoutout, "createdAt">, recent: readonly GivenShoutout[], now: Date): boolean {
  const key = sameShoutoutKey(candidate.giverId, candidate.recipients.map((r) => r.id), candidate.message);
  return recent.some(
    (s) =>
      Math.abs(now.getTime() - s.createdAt.getTime()) < DUPLICATE_WINDOW_MS &&
      sameShoutoutKey(s.giverId, s.recipients.map((r) => r.id), s.message) === key,
  );
}

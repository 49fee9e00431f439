// Friday shoutouts: the weekly card's three slots (who + what for), read from the card's inputs,
// and the week in shoutouts for the closing summary. Pure: the store's shoutouts come in as data.

import type { Locale } from "../circles/types";
import type { ShoutoutError } from "./rules";
import { cleanText } from "../rituals/week-in-review";

export const SLOTS = [1, 2, 3] as const;
/** The summary looks back this far from the close: the week's shoutouts, however they were given. */
export const WEEK_MS = 7 * 86_400_000;

export interface Slot {
  /** 1, 2 or 3: the slot's place on the card, for messages. */
  n: number;
  /** A member's Teams id, or an Entra object id from Teams' people picker. */
  to: string;
  message: string;
}

const partial: Record<"who" | "what", Record<Locale, string>> = {
  who: { en: "Shoutout {{n}}: pick who you are thanking.", nl: "Shoutout {{n}}: kies wie je bedankt." },
  what: { en: "Shoutout {{n}}: add a few words about what for.", nl: "Shoutout {{n}}: schrijf er een paar woorden bij waarvoor." },
};
const none: Record<Locale, string> = {
  en: "Fill in at least one shoutout: who, and what for.",
  nl: "Vul minstens één shoutout in: wie, en waarvoor.",
};

const text = (value: unknown) => (typeof value === "string" ? value.slice(0, 4000) : "");

/**
 * Reads the filled slots (`to1`/`for1` … `to3`/`for3`). Empty slots are skipped; a slot with only
 * one half is refused with its number, so the person knows which one to fix.
 */
export function readSlots(input: Record<string, unknown>): { ok: true; slots: Slot[] } | { ok: false; message: Record<Locale, string> } {
  const slots: Slot[] = [];
  for (const n of SLOTS) {
    const to = text(input[`to${n}`]).trim();
    const message = text(input[`for${n}`]);
    const hasMessage = cleanText(message) !== "";
    if (to === "" && !hasMessage) continue;
    if (to === "") return { ok: false, message: numbered(partial.who, n) };
    if (!hasMessage) return { ok: false, message: numbered(partial.what, n) };
    slots.push({ n, to, message });
  }
  if (slots.length === 0) return { ok: false, message: none };
  return { ok: true, slots };
}

/** Prefixes a shoutout rule's message with the slot it is about. */
export function slotError(n: number, error: ShoutoutError): Record<Locale, string> {
  return { en: `Shoutout ${n}: ${error.message.en}`, nl: `Shoutout ${n}: ${error.message.nl}` };
}

function numbered(message: Record<Locale, string>, n: number): Record<Locale, string> {
  return { en: message.en.replace("{{n}}", String(n)), nl: message.nl.replace("{{n}}", String(n)) };
}

export interface GivenThanks {
  giverId: string;
  giverName: string;
  recipients: { id: string; name: string }[];
  message: string;
  createdAt: Date;
}

export interface Progress {
  people: number;
  shoutouts: number;
}

/** "7 people gave 15 shoutouts": distinct givers and shoutouts given in the session. */
export function progressOf(given: readonly Pick<GivenThanks, "giverId">[]): Progress {
  return { people: new Set(given.map((s) => s.giverId)).size, shoutouts: given.length };
}

export interface WeekSummary {
  shoutouts: number;
  givers: number;
  /** Everyone thanked, most thanked first (then by name), with how often. */
  thanked: { id: string; name: string; count: number }[];
  /** Oldest first: the week told in order. */
  entries: GivenThanks[];
}

export function weekSummary(week: readonly GivenThanks[]): WeekSummary {
  const counts = new Map<string, { id: string; name: string; count: number }>();
  for (const s of week)
    for (const r of s.recipients) {
      const entry = counts.get(r.id) ?? { id: r.id, name: r.name, count: 0 };
      entry.count++;
      counts.set(r.id, entry);
    }
  return {
    shoutouts: week.length,
    givers: new Set(week.map((s) => s.giverId)).size,
    thanked: [...counts.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name)),
    entries: [...week].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime()),
  };
}

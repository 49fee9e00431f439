// The walk-and-talk prompt banks and how a round picks its prompts: seeded, and a circle sees no
// prompt again until it has seen the whole bank (then the ones it saw longest ago come back first).

import type { Locale } from "../circles/types";
import { seededRandom, shuffle } from "../games/random";
import { promptsEn } from "./prompts.en";
import { promptsNl } from "./prompts.nl";

/** Short enough to read at a glance on a phone. */
export const PROMPT_MAX = 140;

export const promptBanks: Readonly<Record<Locale, readonly string[]>> = { en: promptsEn, nl: promptsNl };

/** "en:12": the bank's language and the prompt's position in it. */
export function promptId(locale: Locale, index: number): string {
  return `${locale}:${index}`;
}

/** The prompt's text, in the language it was picked in; null for an id no bank has. */
export function promptText(id: unknown): string | null {
  if (typeof id !== "string") return null;
  const match = /^(en|nl):(\d{1,4})$/.exec(id);
  if (!match) return null;
  return promptBanks[match[1] as Locale][Number(match[2])] ?? null;
}

/**
 * `count` prompts for a round. `usedNewestFirst` are the prompt ids of earlier rounds, the latest
 * round first. Never-used prompts come first (in seeded order), then the ones used longest ago.
 * A round larger than the bank repeats prompts only after using every one.
 */
export function choosePrompts(locale: Locale, count: number, usedNewestFirst: readonly string[], seed: string): string[] {
  const bank = promptBanks[locale].map((_, index) => promptId(locale, index));
  const lastUsed = new Map<string, number>();
  usedNewestFirst.forEach((id, position) => {
    if (!lastUsed.has(id)) lastUsed.set(id, position);
  });
  const recency = (id: string) => lastUsed.get(id) ?? Number.POSITIVE_INFINITY;
  // A stable sort of a seeded shuffle: equally fresh prompts stay in random order.
  const ordered = shuffle(bank, seededRandom(`prompts|${seed}`)).sort((a, b) => recency(b) - recency(a) || 0);
  return Array.from({ length: Math.max(0, count) }, (_, i) => ordered[i % ordered.length]);
}

// English and Dutch strings for bot cards ("bot" namespace) and the tab ("tab" namespace),
// served by one i18next setup so both sides pick languages the same way.

import i18next, { type i18n, type TFunction } from "i18next";
import type { Locale } from "../circles/types";
import botEn from "./bot.en";
import botNl from "./bot.nl";
import tabEn from "./tab.en";
import tabNl from "./tab.nl";
import gamesEn from "./games.en";
import gamesNl from "./games.nl";
import triviaEn from "./trivia.en";
import triviaNl from "./trivia.nl";
import wordl6En from "./wordl6.en";
import wordl6Nl from "./wordl6.nl";
import shoutoutsEn from "./shoutouts.en";
import shoutoutsNl from "./shoutouts.nl";
import puzzleEn from "./puzzle.en";
import puzzleNl from "./puzzle.nl";
import rolesEn from "./roles.en";
import rolesNl from "./roles.nl";
import truthsEn from "./truths.en";
import truthsNl from "./truths.nl";
import pairsEn from "./pairs.en";
import pairsNl from "./pairs.nl";

import globeEn from "./globe.en";
import globeNl from "./globe.nl";
export const locales: readonly Locale[] = ["en", "nl"];

export const resources = {
  en: { bot: botEn, tab: tabEn, games: gamesEn, trivia: triviaEn, wordl6: wordl6En, shoutouts: shoutoutsEn, puzzle: puzzleEn, roles: rolesEn, truths: truthsEn, pairs: pairsEn, globe: globeEn },
  nl: { bot: botNl, tab: tabNl, games: gamesNl, trivia: triviaNl, wordl6: wordl6Nl, shoutouts: shoutoutsNl, puzzle: puzzleNl, roles: rolesNl, truths: truthsNl, pairs: pairsNl, globe: globeNl },
} as const;

/** Namespaces of the bot's strings: its own, the game engine's, one per game, shoutouts and role cards. */
export type BotNamespace = "bot" | "games" | "trivia" | "wordl6" | "shoutouts" | "puzzle" | "roles" | "truths" | "pairs" | "globe";

/** Maps a Teams/browser locale ("nl-NL", "nl-be", "en-US", undefined) to a supported language. */
export function pickLocale(tag: string | undefined | null): Locale {
  const language = (tag ?? "").toLowerCase().split(/[-_]/)[0];
  return language === "nl" ? "nl" : "en";
}

/** A new, initialised i18next instance (one per app or test; never the global singleton). */
export function createI18n(locale: Locale): i18n {
  const instance = i18next.createInstance();
  void instance.init({
    resources,
    lng: locale,
    fallbackLng: "en",
    ns: ["bot", "tab", "games", "trivia", "wordl6", "shoutouts", "puzzle", "roles", "truths", "pairs", "globe"],
    defaultNS: "tab",
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
}

const translators = new Map<string, TFunction<BotNamespace>>();

/** The bot's translation function for a locale and namespace (cached; instances are immutable after init). */
export function botT<N extends BotNamespace = "bot">(locale: Locale, namespace: N = "bot" as N): TFunction<N> {
  const key = `${locale}|${namespace}`;
  let t = translators.get(key);
  if (!t) {
    t = createI18n(locale).getFixedT(locale, namespace) as TFunction<BotNamespace>;
    translators.set(key, t);
  }
  return t as TFunction<N>;
}

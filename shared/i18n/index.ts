// English and Dutch strings for bot cards ("bot" namespace) and the tab ("tab" namespace),
// served by one i18next setup so both sides pick languages the same way.

import i18next, { type i18n, type TFunction } from "i18next";
import type { Locale } from "../circles/types";
import botEn from "./bot.en";
import botNl from "./bot.nl";
import tabEn from "./tab.en";
import tabNl from "./tab.nl";

export const locales: readonly Locale[] = ["en", "nl"];

export const resources = {
  en: { bot: botEn, tab: tabEn },
  nl: { bot: botNl, tab: tabNl },
} as const;

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
    ns: ["bot", "tab"],
    defaultNS: "tab",
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
}

const botTranslators = new Map<Locale, TFunction<"bot">>();

/** The bot's translation function for a locale (cached; instances are immutable after init). */
export function botT(locale: Locale): TFunction<"bot"> {
  let t = botTranslators.get(locale);
  if (!t) {
    t = createI18n(locale).getFixedT(locale, "bot");
    botTranslators.set(locale, t);
  }
  return t;
}

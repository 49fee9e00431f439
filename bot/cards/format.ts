// Dates, times and weekdays as people read them, in the circle's language and time zone.

import type { Locale } from "../../shared/circles/types";
import type { Weekday } from "../../shared/rituals/types";

const MONDAY = Date.UTC(2024, 0, 1); // 2024-01-01 was a Monday.

export function weekdayName(locale: Locale, weekday: Weekday, width: "short" | "long" = "long"): string {
  return new Intl.DateTimeFormat(locale, { weekday: width, timeZone: "UTC" }).format(new Date(MONDAY + (weekday - 1) * 86_400_000));
}

export function momentLabel(locale: Locale, timeZone: string, at: Date): string {
  return new Intl.DateTimeFormat(locale === "nl" ? "nl-NL" : "en-GB", {
    timeZone,
    weekday: "short",
    day: "numeric",
    month: "short",
    hour: "2-digit",
    minute: "2-digit",
  }).format(at);
}

export function timeLabel(locale: Locale, timeZone: string, at: Date): string {
  return new Intl.DateTimeFormat(locale === "nl" ? "nl-NL" : "en-GB", { timeZone, hour: "2-digit", minute: "2-digit" }).format(at);
}

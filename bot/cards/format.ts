// Dates, times and weekdays as people read them, in the circle's language and time zone.
// Intl formatters are costly to build, so each combination is made once.

import type { Locale } from "../../shared/circles/types";
import type { Weekday } from "../../shared/rituals/types";

const MONDAY = Date.UTC(2024, 0, 1); // 2024-01-01 was a Monday.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: Locale, timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone}|${JSON.stringify(options)}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale === "nl" ? "nl-NL" : "en-GB", { ...options, timeZone });
    formatters.set(key, format);
  }
  return format;
}

export function weekdayName(locale: Locale, weekday: Weekday, width: "short" | "long" = "long"): string {
  return formatter(locale, "UTC", { weekday: width }).format(new Date(MONDAY + (weekday - 1) * 86_400_000));
}

/** "Fri 27 Nov, 15:30" / "vr 27 nov, 15:30" */
export function momentLabel(locale: Locale, timeZone: string, at: Date): string {
  return formatter(locale, timeZone, { weekday: "short", day: "numeric", month: "short", hour: "2-digit", minute: "2-digit" }).format(at);
}

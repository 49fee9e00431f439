// Weekday names in the reader's language, for ISO weekdays (1 = Monday … 7 = Sunday).

import type { Weekday } from "../../../shared/rituals/types";

export const weekdays: readonly Weekday[] = [1, 2, 3, 4, 5, 6, 7];

export function weekdayName(locale: string, weekday: Weekday, width: "short" | "long"): string {
  // 1 January 2024 was a Monday.
  return new Intl.DateTimeFormat(locale, { weekday: width, timeZone: "UTC" }).format(new Date(Date.UTC(2024, 0, weekday)));
}

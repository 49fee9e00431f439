// Dates as the circle lives them: in the circle's time zone, in the reader's language.

import { useTranslation } from "react-i18next";

export interface CircleDates {
  /** "Thu 12 Mar, 09:00" */
  moment: (iso: string) => string;
  /** "Thursday 12 March 2026" from a local date "YYYY-MM-DD". */
  day: (localDate: string) => string;
  /** "12 Mar" from a local date. */
  shortDay: (localDate: string) => string;
}

export function useCircleDates(timeZone: string): CircleDates {
  const { i18n } = useTranslation();
  const moment = new Intl.DateTimeFormat(i18n.language, { timeZone, weekday: "short", day: "numeric", month: "short", hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
  // Local dates are calendar days: format them at noon UTC so no zone moves them.
  const day = new Intl.DateTimeFormat(i18n.language, { timeZone: "UTC", weekday: "long", day: "numeric", month: "long", year: "numeric" });
  const shortDay = new Intl.DateTimeFormat(i18n.language, { timeZone: "UTC", day: "numeric", month: "short" });
  const atNoon = (localDate: string) => new Date(`${localDate}T12:00:00Z`);
  return {
    moment: (iso) => moment.format(new Date(iso)),
    day: (localDate) => day.format(atNoon(localDate)),
    shortDay: (localDate) => shortDay.format(atNoon(localDate)),
  };
}

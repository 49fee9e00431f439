// A ritual's rhythm in words ("Every Friday at 15:30", "First Tuesday of the month at 14:00"),
// and the choices of a monthly ritual's week.

import type { TFunction } from "i18next";
import type { RitualSetting } from "../../../shared/rituals/types";
import type { MonthlyNth } from "../settings/settings-patch";
import { weekdayName } from "./weekday-names";

export const monthlyWeeks: readonly { nth: MonthlyNth; key: string }[] = [
  { nth: 1, key: "settings.rituals.nthOption.first" },
  { nth: 2, key: "settings.rituals.nthOption.second" },
  { nth: 3, key: "settings.rituals.nthOption.third" },
  { nth: 4, key: "settings.rituals.nthOption.fourth" },
  { nth: -1, key: "settings.rituals.nthOption.last" },
];

export function rhythmOf(setting: RitualSetting, t: TFunction, locale: string): string {
  const { cadence, time } = setting;
  switch (cadence.kind) {
    case "daily":
      return t("settings.rituals.rhythm.daily", { time });
    case "weekly":
      return t("settings.rituals.rhythm.weekly", { time, weekday: weekdayName(locale, cadence.weekday, "long") });
    case "monthly": {
      const week = monthlyWeeks.find((option) => option.nth === cadence.nth);
      const nth = week ? t(week.key) : String(cadence.nth);
      return t("settings.rituals.rhythm.monthly", { time, nth, weekday: weekdayName(locale, cadence.weekday, "long") });
    }
  }
}

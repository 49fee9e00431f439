// When a switched-on ritual happens: its time, the day of a weekly ritual, the week and day of
// a monthly one. Labelled by the ritual's name, so "Time" is never ambiguous.

import { Field, Input, Select, makeStyles, tokens } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import type { Cadence, RitualSetting, Weekday } from "../../../shared/rituals/types";
import type { MonthlyNth } from "../settings/settings-patch";
import { monthlyWeeks } from "./ritual-rhythm";
import { weekdayName, weekdays } from "./weekday-names";

const useStyles = makeStyles({
  fields: { display: "flex", flexWrap: "wrap", gap: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}` },
  time: { width: "148px" },
  select: { minWidth: "120px" },
});

interface RitualTimingProps {
  setting: RitualSetting;
  /** The id of the ritual's name, which labels the group. */
  labelledBy: string;
  onChange: (setting: RitualSetting) => void;
}

export function RitualTiming({ setting, labelledBy, onChange }: RitualTimingProps) {
  const { t, i18n } = useTranslation();
  const styles = useStyles();
  const { cadence } = setting;
  const setCadence = (next: Cadence) => onChange({ ...setting, cadence: next });

  return (
    <div role="group" aria-labelledby={labelledBy} className={styles.fields}>
      {cadence.kind === "monthly" && (
        <Field label={t("settings.rituals.nth")}>
          <Select
            className={styles.select}
            value={String(cadence.nth)}
            onChange={(_, data) => setCadence({ ...cadence, nth: Number(data.value) as MonthlyNth })}
          >
            {monthlyWeeks.map((week) => (
              <option key={week.nth} value={week.nth}>
                {t(week.key)}
              </option>
            ))}
          </Select>
        </Field>
      )}
      {cadence.kind !== "daily" && (
        <Field label={t("settings.rituals.weekday")}>
          <Select
            className={styles.select}
            value={String(cadence.weekday)}
            onChange={(_, data) => setCadence({ ...cadence, weekday: Number(data.value) as Weekday })}
          >
            {weekdays.map((day) => (
              <option key={day} value={day}>
                {weekdayName(i18n.language, day, "long")}
              </option>
            ))}
          </Select>
        </Field>
      )}
      <Field label={t("settings.rituals.time")}>
        <Input
          type="time"
          className={styles.time}
          value={setting.time}
          onChange={(_, data) => onChange({ ...setting, time: data.value })}
        />
      </Field>
    </div>
  );
}

// The circle's working days: seven toggles, Monday to Sunday, in the reader's language.

import { Caption1, Label, ToggleButton, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import type { Weekday } from "../../../shared/rituals/types";
import { weekdayName, weekdays } from "./weekday-names";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  days: { display: "grid", gridTemplateColumns: "repeat(7, minmax(0, 1fr))", gap: tokens.spacingHorizontalXS, maxWidth: "420px" },
  day: { minWidth: 0, paddingInline: 0 },
  // Disabled buttons all look alike; a member still needs to see which days are on.
  readOnlyOn: {
    backgroundColor: tokens.colorBrandBackground2,
    color: tokens.colorBrandForeground2,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorBrandStroke2}`,
  },
  hint: { color: tokens.colorNeutralForeground3 },
});

interface WorkingDaysPickerProps {
  value: Weekday[];
  readOnly: boolean;
  onChange: (days: Weekday[]) => void;
}

export function WorkingDaysPicker({ value, readOnly, onChange }: WorkingDaysPickerProps) {
  const { t, i18n } = useTranslation();
  const styles = useStyles();
  const labelId = useId();
  const hintId = useId();
  const toggle = (day: Weekday) => onChange(weekdays.filter((d) => (d === day ? !value.includes(d) : value.includes(d))));

  return (
    <div className={styles.root}>
      <Label id={labelId} disabled={readOnly}>
        {t("settings.schedule.workingDays")}
      </Label>
      <div role="group" aria-labelledby={labelId} aria-describedby={hintId} className={styles.days}>
        {weekdays.map((day) => (
          <ToggleButton
            key={day}
            appearance={value.includes(day) ? "primary" : "secondary"}
            className={mergeClasses(styles.day, readOnly && value.includes(day) && styles.readOnlyOn)}
            checked={value.includes(day)}
            disabled={readOnly}
            // The visible short name is the button's name (what voice control users say); the full name is the tooltip.
            title={weekdayName(i18n.language, day, "long")}
            onClick={() => toggle(day)}
          >
            {weekdayName(i18n.language, day, "short")}
          </ToggleButton>
        ))}
      </div>
      <Caption1 id={hintId} className={styles.hint}>
        {t("settings.schedule.workingDaysHint")}
      </Caption1>
    </div>
  );
}

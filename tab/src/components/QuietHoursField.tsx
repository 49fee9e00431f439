// The circle's quiet hours: off, or a period (possibly across midnight) when nothing is posted.

import { Caption1, Field, Input, Switch, makeStyles, tokens } from "@fluentui/react-components";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import type { QuietHours } from "../../../shared/rituals/types";

/** What switching quiet hours on offers before anyone picks times: the evening and night. */
const eveningAndNight: QuietHours = { start: "18:00", end: "08:00" };

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  times: { display: "flex", flexWrap: "wrap", gap: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}` },
  time: { width: "148px" },
  hint: { color: tokens.colorNeutralForeground3 },
});

interface QuietHoursFieldProps {
  value: QuietHours | undefined;
  /** What switching them back on brings back (the saved quiet hours, if any). */
  previous: QuietHours | undefined;
  readOnly: boolean;
  onChange: (quietHours: QuietHours | undefined) => void;
}

export function QuietHoursField({ value, previous, readOnly, onChange }: QuietHoursFieldProps) {
  const { t } = useTranslation();
  const styles = useStyles();
  const hintId = useId();

  return (
    <div className={styles.root}>
      <Switch
        label={t("settings.schedule.quietHours")}
        checked={value !== undefined}
        disabled={readOnly}
        aria-describedby={hintId}
        onChange={(_, data) => onChange(data.checked ? (previous ?? eveningAndNight) : undefined)}
      />
      {value && (
        <div role="group" aria-label={t("settings.schedule.quietHours")} className={styles.times}>
          <Field label={t("settings.schedule.quietFrom")}>
            <Input type="time" className={styles.time} value={value.start} disabled={readOnly} onChange={(_, data) => onChange({ ...value, start: data.value })} />
          </Field>
          <Field label={t("settings.schedule.quietUntil")}>
            <Input type="time" className={styles.time} value={value.end} disabled={readOnly} onChange={(_, data) => onChange({ ...value, end: data.value })} />
          </Field>
        </div>
      )}
      <Caption1 id={hintId} className={styles.hint}>
        {t("settings.schedule.quietHoursHint")}
      </Caption1>
    </div>
  );
}

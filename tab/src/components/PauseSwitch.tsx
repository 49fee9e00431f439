// Pauses or resumes all of the circle's rituals, and says what pausing does.

import { Caption1, Switch, makeStyles, tokens } from "@fluentui/react-components";
import { useId } from "react";
import { useTranslation } from "react-i18next";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  hint: { color: tokens.colorNeutralForeground3 },
});

export function PauseSwitch({ paused, readOnly, onChange }: { paused: boolean; readOnly: boolean; onChange: (paused: boolean) => void }) {
  const { t } = useTranslation();
  const styles = useStyles();
  const hintId = useId();
  return (
    <div className={styles.root}>
      <Switch
        label={t("settings.pause.label")}
        checked={paused}
        disabled={readOnly}
        aria-describedby={hintId}
        onChange={(_, data) => onChange(data.checked)}
      />
      <Caption1 id={hintId} className={styles.hint}>
        {t("settings.pause.hint")}
      </Caption1>
    </div>
  );
}

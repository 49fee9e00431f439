// One ritual as the circle set it up: what it is, a switch to turn it on and, once on, when it
// happens (in words when it can't be changed here). Coming-soon rituals show a badge and can't
// be switched on.

import { Badge, Body1Strong, Caption1, Switch, makeStyles, tokens } from "@fluentui/react-components";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import type { RitualInfo } from "../../../shared/api/types";
import type { RitualSetting } from "../../../shared/rituals/types";
import { rhythmOf } from "./ritual-rhythm";
import { RitualTiming } from "./RitualTiming";

const useStyles = makeStyles({
  row: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, padding: `${tokens.spacingVerticalM} 0` },
  head: { display: "flex", alignItems: "flex-start", gap: tokens.spacingHorizontalM },
  text: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, minWidth: 0, flexGrow: 1 },
  nameLine: { display: "flex", alignItems: "center", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  description: { color: tokens.colorNeutralForeground2 },
  rhythm: { color: tokens.colorNeutralForeground3 },
  switch: { flexShrink: 0, marginTop: `calc(-1 * ${tokens.spacingVerticalXS})` },
});

interface RitualRowProps {
  ritual: RitualInfo;
  setting: RitualSetting;
  readOnly: boolean;
  onChange: (setting: RitualSetting) => void;
}

export function RitualRow({ ritual, setting, readOnly, onChange }: RitualRowProps) {
  const { t, i18n } = useTranslation();
  const styles = useStyles();
  const nameId = useId();
  const badgeId = useId();
  const descriptionId = useId();
  // A coming-soon ritual that is somehow on can still be switched off.
  const switchable = !readOnly && (ritual.available || setting.enabled);
  const editableTiming = setting.enabled && !readOnly;

  return (
    <li className={styles.row}>
      <div className={styles.head}>
        <div className={styles.text}>
          <div className={styles.nameLine}>
            <Body1Strong id={nameId}>{ritual.name}</Body1Strong>
            {!ritual.available && (
              <Badge id={badgeId} appearance="tint" color="informative" size="small">
                {t("settings.rituals.comingSoon")}
              </Badge>
            )}
          </div>
          <Caption1 id={descriptionId} className={styles.description}>
            {ritual.description}
          </Caption1>
          {!editableTiming && <Caption1 className={styles.rhythm}>{rhythmOf(setting, t, i18n.language)}</Caption1>}
        </div>
        <Switch
          className={styles.switch}
          checked={setting.enabled}
          disabled={!switchable}
          aria-labelledby={nameId}
          aria-describedby={ritual.available ? descriptionId : `${badgeId} ${descriptionId}`}
          onChange={(_, data) => onChange({ ...setting, enabled: data.checked })}
        />
      </div>
      {editableTiming && <RitualTiming setting={setting} labelledBy={nameId} onChange={onChange} />}
    </li>
  );
}

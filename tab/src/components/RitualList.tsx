// The catalog's rituals grouped by rhythm (daily, weekly, monthly), each as the circle set it up.

import { Body1, Body1Strong, makeStyles, tokens } from "@fluentui/react-components";
import { useId, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { RitualInfo } from "../../../shared/api/types";
import type { RitualSetting } from "../../../shared/rituals/types";
import { CircleSection } from "./CircleSection";
import { EmptyState } from "./EmptyState";
import { RitualRow } from "./RitualRow";

const cadences = ["daily", "weekly", "monthly"] as const;

const useStyles = makeStyles({
  intro: { color: tokens.colorNeutralForeground2 },
  group: { display: "flex", flexDirection: "column" },
  heading: { margin: 0, paddingTop: tokens.spacingVerticalS, color: tokens.colorNeutralForeground2 },
  list: {
    margin: 0,
    padding: 0,
    listStyleType: "none",
    "& > li + li": { borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  },
});

interface RitualListProps {
  catalog: RitualInfo[];
  settings: RitualSetting[];
  readOnly: boolean;
  onChange: (setting: RitualSetting) => void;
  compact: boolean;
}

export function RitualList({ catalog, settings, readOnly, onChange, compact }: RitualListProps) {
  const { t } = useTranslation();
  const styles = useStyles();
  // The API sends a setting for every ritual of the catalog; one without cannot be shown.
  const rows = catalog.flatMap((ritual) => {
    const setting = settings.find((candidate) => candidate.ritualId === ritual.id);
    return setting ? [{ ritual, setting }] : [];
  });

  return (
    <CircleSection title={t("settings.rituals.title")} compact={compact}>
      <Body1 className={styles.intro}>{t("settings.rituals.intro")}</Body1>
      {rows.length === 0 && <EmptyState compact={compact}>{t("settings.rituals.empty")}</EmptyState>}
      {cadences.map((cadence) => {
        const group = rows.filter((row) => row.ritual.cadence === cadence);
        return (
          group.length > 0 && (
            <RitualGroup key={cadence} title={t(`settings.rituals.${cadence}`)}>
              {group.map(({ ritual, setting }) => (
                <RitualRow key={ritual.id} ritual={ritual} setting={setting} readOnly={readOnly} onChange={onChange} />
              ))}
            </RitualGroup>
          )
        );
      })}
    </CircleSection>
  );
}

function RitualGroup({ title, children }: { title: string; children: ReactNode }) {
  const styles = useStyles();
  const headingId = useId();
  return (
    <div className={styles.group}>
      <Body1Strong as="h3" id={headingId} className={styles.heading}>
        {title}
      </Body1Strong>
      <ul aria-labelledby={headingId} className={styles.list}>
        {children}
      </ul>
    </div>
  );
}

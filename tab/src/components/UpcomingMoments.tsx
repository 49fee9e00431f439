// The circle's next scheduled moments ("Fri, Nov 28, 15:30 — Week in review"), told in the
// circle's time zone and the reader's language. They follow the saved settings only.

import { Body1, Body1Strong, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import type { RitualInfo, UpcomingMoment } from "../../../shared/api/types";
import { CircleSection } from "./CircleSection";
import { EmptyState } from "./EmptyState";

const useStyles = makeStyles({
  zone: { color: tokens.colorNeutralForeground3 },
  list: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, margin: 0, padding: 0, listStyleType: "none" },
  unsaved: { color: tokens.colorNeutralForeground2, fontStyle: "italic" },
});

interface UpcomingMomentsProps {
  moments: UpcomingMoment[];
  catalog: RitualInfo[];
  timeZone: string;
  paused: boolean;
  /** The facilitator has changes these moments don't show yet. */
  unsaved: boolean;
  compact: boolean;
}

export function UpcomingMoments({ moments, catalog, timeZone, paused, unsaved, compact }: UpcomingMomentsProps) {
  const { t, i18n } = useTranslation();
  const styles = useStyles();
  const when = new Intl.DateTimeFormat(i18n.language, {
    timeZone,
    weekday: "short",
    day: "numeric",
    month: "short",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  });
  const nameOf = (moment: UpcomingMoment) => catalog.find((ritual) => ritual.id === moment.ritualId)?.name ?? moment.ritualId;

  return (
    <CircleSection title={t("settings.upcoming.title")} compact={compact}>
      <Caption1 className={styles.zone}>{t("settings.upcoming.timeZone", { timeZone })}</Caption1>
      {moments.length === 0 ? (
        <EmptyState compact>{t(paused ? "settings.upcoming.paused" : "settings.upcoming.empty")}</EmptyState>
      ) : (
        <ol className={styles.list}>
          {moments.map((moment) => (
            <li key={`${moment.ritualId} ${moment.at}`}>
              <Body1Strong>
                <time dateTime={moment.at}>{when.format(new Date(moment.at))}</time>
              </Body1Strong>
              <Body1> — {nameOf(moment)}</Body1>
            </li>
          ))}
        </ol>
      )}
      {unsaved && <Caption1 className={styles.unsaved}>{t("settings.upcoming.unsaved")}</Caption1>}
    </CircleSection>
  );
}

// The circle's next scheduled rituals on Home, in the circle's time zone.

import { Body1, Body1Strong, makeStyles, tokens } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import type { HomeMoment } from "../../../shared/api/types";
import { CircleSection } from "./CircleSection";
import { useCircleDates } from "./dates";
import { EmptyState } from "./EmptyState";

const useStyles = makeStyles({
  list: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, margin: 0, padding: 0, listStyleType: "none" },
});

export function NextRituals({ moments, timeZone, paused, compact }: { moments: HomeMoment[]; timeZone: string; paused: boolean; compact: boolean }) {
  const { t } = useTranslation();
  const styles = useStyles();
  const dates = useCircleDates(timeZone);
  return (
    <CircleSection title={t("home.next.title")} compact={compact}>
      {moments.length === 0 ? (
        <EmptyState compact>{t(paused ? "home.next.paused" : "home.next.empty")}</EmptyState>
      ) : (
        <ol className={styles.list}>
          {moments.map((moment) => (
            <li key={`${moment.ritualId} ${moment.at}`}>
              <Body1Strong>
                <time dateTime={moment.at}>{dates.moment(moment.at)}</time>
              </Body1Strong>
              <Body1> — {moment.ritualName}</Body1>
            </li>
          ))}
        </ol>
      )}
    </CircleSection>
  );
}

// Participation per ritual: the share of the circle's members who took part in its sessions,
// week by week. One small chart per ritual; never who did or did not.

import { Body1, Caption1, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import type { InsightsResponse, RitualParticipation } from "../../../../shared/api/types";
import { CircleSection } from "../CircleSection";
import { EmptyState } from "../EmptyState";
import { NumbersTable } from "./NumbersTable";
import { WeekBars } from "./WeekBars";
import { longWeek, shortWeek } from "./week-label";

const useStyles = makeStyles({
  list: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL, margin: 0, padding: 0, listStyleType: "none" },
  item: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  name: { margin: 0 },
  average: { color: tokens.colorNeutralForeground3 },
});

const percentOf = (rate: number) => Math.round(rate * 100);

export function ParticipationTrend({ insights, compact }: { insights: InsightsResponse; compact: boolean }) {
  const { t } = useTranslation();
  const styles = useStyles();
  const withSessions = insights.participation.filter((ritual) => ritual.weeks.some((w) => w.sessions > 0));
  return (
    <CircleSection title={t("insights.participation.title")} compact={compact}>
      {withSessions.length === 0 ? (
        <EmptyState compact={compact}>{t("insights.participation.none")}</EmptyState>
      ) : (
        <>
          <Body1>{t("insights.participation.intro", { count: insights.memberCount })}</Body1>
          <ul className={styles.list}>
            {withSessions.map((ritual) => (
              <li key={ritual.ritualId} className={styles.item}>
                <Subtitle2 as="h3" className={styles.name}>
                  {ritual.name}
                </Subtitle2>
                <RitualBars ritual={ritual} compact={compact} />
              </li>
            ))}
          </ul>
        </>
      )}
    </CircleSection>
  );
}

function RitualBars({ ritual, compact }: { ritual: RitualParticipation; compact: boolean }) {
  const { t, i18n } = useTranslation();
  const styles = useStyles();
  const rated = ritual.weeks.filter((w) => w.rate !== null);
  const average = rated.length ? rated.reduce((sum, w) => sum + w.rate!, 0) / rated.length : null;
  const sessions = ritual.weeks.reduce((sum, w) => sum + w.sessions, 0);
  return (
    <>
      {average !== null && <Caption1 className={styles.average}>{t("insights.participation.average", { percent: percentOf(average), count: sessions })}</Caption1>}
      <WeekBars
        label={`${t("insights.participation.chartLabel", { ritual: ritual.name })}${average !== null ? ` — ${t("insights.participation.percent", { percent: percentOf(average) })}` : ""}`}
        max={1}
        compact={compact}
        bars={ritual.weeks.map((w) => ({ label: shortWeek(w.weekStart, i18n.language), segments: [{ value: w.rate ?? 0, tone: "share" }] }))}
      />
      <NumbersTable
        caption={t("insights.participation.chartLabel", { ritual: ritual.name })}
        columns={[t("insights.weekOf"), t("insights.participation.sessions"), t("insights.participation.share")]}
        rows={ritual.weeks.map((w) => ({
          key: w.weekStart,
          cells: [longWeek(w.weekStart, i18n.language), w.sessions, w.rate === null ? t("insights.participation.noSession") : t("insights.participation.percent", { percent: percentOf(w.rate) })],
        }))}
      />
    </>
  );
}

// Thanks across team lines: shoutouts this circle sent to people in other circles and received
// from them, per week; the circles it connected with; walk-and-talk pairs across teams when the
// circle has pairing data.

import { Body1, Caption1, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import type { InsightsResponse } from "../../../../shared/api/types";
import { CircleSection } from "../CircleSection";
import { EmptyState } from "../EmptyState";
import { NumbersTable } from "./NumbersTable";
import { BarLegend, WeekBars } from "./WeekBars";
import { longWeek, shortWeek } from "./week-label";

const useStyles = makeStyles({
  totals: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXXL, margin: 0 },
  total: { display: "flex", flexDirection: "column-reverse", margin: 0 },
  number: { fontSize: tokens.fontSizeHero700, lineHeight: tokens.lineHeightHero700, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  label: { color: tokens.colorNeutralForeground3 },
  circles: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  heading: { margin: 0 },
});

export function CrossTeamConnections({ insights, compact }: { insights: InsightsResponse; compact: boolean }) {
  const { t, i18n } = useTranslation();
  const styles = useStyles();
  const { crossTeam } = insights;
  const none = crossTeam.sent + crossTeam.received === 0;
  return (
    <CircleSection title={t("insights.crossTeam.title")} compact={compact}>
      <dl className={styles.totals}>
        {(["sent", "received"] as const).map((key) => (
          <div key={key} className={styles.total}>
            <dt className={styles.label}>
              <Caption1>{t(`insights.crossTeam.${key}`)}</Caption1>
            </dt>
            <dd className={styles.number}>{crossTeam[key]}</dd>
          </div>
        ))}
      </dl>
      {none ? (
        <EmptyState compact={compact}>{t("insights.crossTeam.none")}</EmptyState>
      ) : (
        <>
          <WeekBars
            label={t("insights.crossTeam.chartLabel")}
            max={Math.max(...crossTeam.weeks.map((w) => w.sent + w.received))}
            compact={compact}
            bars={crossTeam.weeks.map((w) => ({
              label: shortWeek(w.weekStart, i18n.language),
              segments: [
                { value: w.sent, tone: "sent" },
                { value: w.received, tone: "received" },
              ],
            }))}
          />
          <BarLegend
            items={[
              { tone: "sent", label: t("insights.crossTeam.sent") },
              { tone: "received", label: t("insights.crossTeam.received") },
            ]}
          />
          <NumbersTable
            caption={t("insights.crossTeam.chartLabel")}
            columns={[t("insights.weekOf"), t("insights.crossTeam.sent"), t("insights.crossTeam.received")]}
            rows={crossTeam.weeks.map((w) => ({ key: w.weekStart, cells: [longWeek(w.weekStart, i18n.language), w.sent, w.received] }))}
          />
          {crossTeam.circles.length > 0 && (
            <>
              <Subtitle2 as="h3" className={styles.heading}>
                {t("insights.crossTeam.circles")}
              </Subtitle2>
              <ul className={styles.circles}>
                {crossTeam.circles.map((circle) => (
                  <li key={circle.name}>
                    <Body1>
                      {circle.name || t("insights.crossTeam.otherChats")} — {t("insights.crossTeam.shoutoutCount", { count: circle.shoutouts })}
                    </Body1>
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
      {crossTeam.pairs && crossTeam.pairs.total > 0 && <Body1>{t("insights.crossTeam.pairs", crossTeam.pairs)}</Body1>}
    </CircleSection>
  );
}

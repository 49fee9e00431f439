// Consistency: per week, the planned moments held, not held and still to come, plus the ones
// opened on demand — and the share of the plan held so far.

import { Body1, Caption1 } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import type { InsightsResponse } from "../../../../shared/api/types";
import { CircleSection } from "../CircleSection";
import { EmptyState } from "../EmptyState";
import { NumbersTable } from "./NumbersTable";
import { BarLegend, WeekBars } from "./WeekBars";
import { longWeek, shortWeek } from "./week-label";

export function ConsistencyChart({ insights, compact }: { insights: InsightsResponse; compact: boolean }) {
  const { t, i18n } = useTranslation();
  const { weeks, consistency } = insights;
  const anything = weeks.some((w) => w.planned > 0 || w.extra > 0);
  const max = Math.max(...weeks.map((w) => w.planned + w.extra));
  return (
    <CircleSection title={t("insights.consistency.title")} compact={compact}>
      {!anything ? (
        <EmptyState compact={compact}>{t("insights.consistency.none")}</EmptyState>
      ) : (
        <>
          {consistency.percent !== null && <Body1>{t("insights.consistency.summary", consistency)}</Body1>}
          <WeekBars
            label={`${t("insights.consistency.chartLabel")}${consistency.percent !== null ? ` — ${t("insights.consistency.summary", consistency)}` : ""}`}
            max={max}
            compact={compact}
            bars={weeks.map((w) => ({
              label: shortWeek(w.weekStart, i18n.language),
              segments: [
                { value: w.held, tone: "held" },
                { value: w.planned - w.held - w.upcoming, tone: "missed" },
                { value: w.upcoming, tone: "upcoming" },
                { value: w.extra, tone: "extra" },
              ],
            }))}
          />
          <BarLegend
            items={[
              { tone: "held", label: t("insights.consistency.held") },
              { tone: "missed", label: t("insights.consistency.missed") },
              { tone: "upcoming", label: t("insights.consistency.upcoming") },
              { tone: "extra", label: t("insights.consistency.extra") },
            ]}
          />
          <Caption1>{t("insights.consistency.extraHint")}</Caption1>
          <NumbersTable
            caption={t("insights.consistency.chartLabel")}
            columns={[t("insights.weekOf"), t("insights.consistency.planned"), t("insights.consistency.held"), t("insights.consistency.upcoming"), t("insights.consistency.extra")]}
            rows={weeks.map((w) => ({ key: w.weekStart, cells: [longWeek(w.weekStart, i18n.language), w.planned, w.held, w.upcoming, w.extra] }))}
          />
        </>
      )}
    </CircleSection>
  );
}

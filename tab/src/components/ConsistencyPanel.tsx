// The circle's consistency on Home: the share of planned rituals held in the last 28 days, the
// run of weeks in which every planned ritual was held, and eight weeks as small bars (their
// numbers are read out to screen readers).

import { Body1, Caption1, LargeTitle, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import type { HomeResponse } from "../../../shared/api/types";
import { CircleSection } from "./CircleSection";
import { useCircleDates } from "./dates";
import { useVisuallyHiddenStyles } from "./visually-hidden";

const BAR_HEIGHT = 48;

const useStyles = makeStyles({
  figure: { display: "flex", alignItems: "baseline", gap: tokens.spacingHorizontalM, flexWrap: "wrap" },
  percent: { color: tokens.colorBrandForeground1 },
  muted: { color: tokens.colorNeutralForeground3 },
  bars: { display: "flex", alignItems: "flex-end", gap: tokens.spacingHorizontalXS, margin: 0, padding: 0, listStyleType: "none" },
  bar: { display: "flex", flexDirection: "column", alignItems: "center", gap: tokens.spacingVerticalXXS, flex: "1 1 0", minWidth: 0 },
  track: {
    position: "relative",
    width: "100%",
    maxWidth: "28px",
    height: `${BAR_HEIGHT}px`,
    backgroundColor: tokens.colorNeutralBackground4,
    borderRadius: tokens.borderRadiusSmall,
    overflow: "hidden",
  },
  fill: { position: "absolute", left: 0, right: 0, bottom: 0, backgroundColor: tokens.colorBrandBackground },
  fillMissed: { backgroundColor: tokens.colorPaletteMarigoldBackground3 },
  label: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase100, whiteSpace: "nowrap" },
});

export function ConsistencyPanel({ consistency, timeZone, compact }: { consistency: HomeResponse["consistency"]; timeZone: string; compact: boolean }) {
  const { t } = useTranslation();
  const styles = useStyles();
  const hidden = useVisuallyHiddenStyles();
  const dates = useCircleDates(timeZone);
  const { percent, planned, held, days, extra, weekStreak, weeks } = consistency;
  return (
    <CircleSection title={t("home.consistency.title")} compact={compact}>
      <div className={styles.figure}>
        {percent !== null && <LargeTitle className={styles.percent}>{percent}%</LargeTitle>}
        <Body1>
          {percent === null ? t("home.consistency.none", { days }) : t("home.consistency.summary", { held, planned, days })}
          {extra > 0 && ` (${t("home.consistency.extra", { count: extra })})`}
        </Body1>
      </div>
      <Body1>{weekStreak > 0 ? t("home.consistency.streak", { count: weekStreak }) : t("home.consistency.streakNone")}</Body1>
      <ol className={styles.bars} aria-label={t("home.consistency.chartLabel")}>
        {weeks.map((week) => {
          const share = week.planned === 0 ? 0 : week.held / week.planned;
          const date = dates.shortDay(week.weekStart);
          return (
            <li key={week.weekStart} className={styles.bar}>
              <span className={hidden.hidden}>
                {week.planned === 0 ? t("home.consistency.weekNone", { date }) : t("home.consistency.week", { date, held: week.held, planned: week.planned })}
              </span>
              <div className={styles.track} aria-hidden="true">
                <div className={mergeClasses(styles.fill, share < 1 && styles.fillMissed)} style={{ height: `${Math.round(share * BAR_HEIGHT)}px` }} />
              </div>
              <Caption1 className={styles.label} aria-hidden="true">
                {date}
              </Caption1>
            </li>
          );
        })}
      </ol>
    </CircleSection>
  );
}

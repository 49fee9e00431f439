// The circle's Home (`#/circle`, the default): the circle at a glance — its consistency, the
// next rituals, what happened today, this week's sessions and the newest shoutouts — above the
// people in it.

import { Body1, Link, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import type { HomeResponse } from "../../../shared/api/types";
import { useCircle } from "../api/useCircle";
import { useHome } from "../api/useCirclePages";
import { CircleDetails } from "../components/CircleDetails";
import { CircleSection } from "../components/CircleSection";
import { ConsistencyPanel } from "../components/ConsistencyPanel";
import { useCircleDates } from "../components/dates";
import { EmptyState } from "../components/EmptyState";
import { MilestoneBanner } from "../components/MilestoneBanner";
import { NextRituals } from "../components/NextRituals";
import { ResourceView } from "../components/ResourceView";
import { SessionList } from "../components/SessionList";
import { ShoutoutCard } from "../components/ShoutoutCard";
import { useCompactLayout } from "../teams/useCompactLayout";
import { useNotifyLoaded } from "../teams/useNotifyLoaded";
import { CircleScope, useCirclePageHref } from "./CircleScope";

const useStyles = makeStyles({
  grid: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) minmax(0, 1fr)",
    gap: tokens.spacingHorizontalL,
    alignItems: "start",
    "@media (max-width: 720px)": { gridTemplateColumns: "minmax(0, 1fr)" },
  },
  compactGrid: { gridTemplateColumns: "minmax(0, 1fr)", gap: tokens.spacingVerticalM },
  wide: { gridColumn: "1 / -1" },
  cards: { display: "grid", gridTemplateColumns: "repeat(auto-fill, minmax(240px, 1fr))", gap: tokens.spacingHorizontalM, margin: 0, padding: 0, listStyleType: "none" },
});

export function HomePage({ previewCircleId }: { previewCircleId?: string }) {
  return (
    <CircleScope page="circle" previewCircleId={previewCircleId}>
      {(circleId) => <CircleHome key={circleId} circleId={circleId} />}
    </CircleScope>
  );
}

function CircleHome({ circleId }: { circleId: string }) {
  const { t } = useTranslation();
  const compact = useCompactLayout();
  const circle = useCircle(circleId);
  const home = useHome(circleId);
  const pageHref = useCirclePageHref();
  useNotifyLoaded(circle.status === "ready" || circle.status === "error");
  return (
    <ResourceView resource={circle} loadingLabel={t("circle.loading")} errorTitle={t("circle.error")}>
      {(details) => (
        <CircleDetails circle={details} settingsHref={pageHref("settings", circleId)} triviaHref={pageHref("trivia", circleId)} compact={compact}>
          <ResourceView resource={home} loadingLabel={t("home.loading")} errorTitle={t("home.error")}>
            {(data) => <AtAGlance home={data} wallHref={pageHref("wall", circleId)} compact={compact} />}
          </ResourceView>
        </CircleDetails>
      )}
    </ResourceView>
  );
}

function AtAGlance({ home, wallHref, compact }: { home: HomeResponse; wallHref: string; compact: boolean }) {
  const { t } = useTranslation();
  const styles = useStyles();
  const dates = useCircleDates(home.timeZone);
  const { today } = home;
  return (
    <>
      {home.milestone && <MilestoneBanner milestone={home.milestone} />}
      <div className={mergeClasses(styles.grid, compact && styles.compactGrid)}>
        <ConsistencyPanel consistency={home.consistency} timeZone={home.timeZone} compact={compact} />
        <NextRituals moments={home.upcoming} timeZone={home.timeZone} paused={home.paused} compact={compact} />
        <CircleSection title={t("home.today.title")} compact={compact}>
          {today.sessions.length === 0 && today.shoutouts === 0 ? (
            <EmptyState compact>{t("home.today.empty")}</EmptyState>
          ) : (
            <>
              {today.sessions.length > 0 && <SessionList sessions={today.sessions} timeZone={home.timeZone} label={t("home.today.title")} />}
              {today.shoutouts > 0 && <Body1>{today.shoutouts >= 100 ? t("home.today.shoutoutsMany") : t("home.today.shoutouts", { count: today.shoutouts })}</Body1>}
            </>
          )}
        </CircleSection>
        <CircleSection title={t("home.week.title")} compact={compact}>
          {home.thisWeek.length === 0 ? (
            <EmptyState compact>{t("home.week.empty")}</EmptyState>
          ) : (
            <SessionList sessions={home.thisWeek} timeZone={home.timeZone} label={t("home.week.title")} />
          )}
        </CircleSection>
        <div className={styles.wide}>
          <CircleSection title={t("home.shoutouts.title")} compact={compact}>
            {home.shoutouts.length === 0 ? (
              <EmptyState compact>{t("shoutouts.empty")}</EmptyState>
            ) : (
              <>
                <ul className={styles.cards}>
                  {home.shoutouts.map((shoutout) => (
                    <li key={shoutout.id}>
                      <ShoutoutCard shoutout={shoutout} formatMoment={dates.moment} />
                    </li>
                  ))}
                </ul>
                <Link href={wallHref}>{t("home.shoutouts.all", { count: home.shoutoutTotal })}</Link>
              </>
            )}
          </CircleSection>
        </div>
      </div>
    </>
  );
}

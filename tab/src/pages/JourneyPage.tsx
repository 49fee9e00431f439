// The journey map (`#/journey`): the circle's Walk the Globe route on a world map, with its
// totals, stops and milestones. Loaded as its own chunk, map data included.

import { Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import { useJourney } from "../api/useJourney";
import { BackHeader } from "../components/BackHeader";
import { CircleSection } from "../components/CircleSection";
import { EmptyState } from "../components/EmptyState";
import { JourneyMilestones, JourneyStops, JourneyTotals } from "../components/journey/JourneyDetails";
import { JourneyMap } from "../components/journey/JourneyMap";
import { ResourceView } from "../components/ResourceView";
import { TwoColumns } from "../components/TwoColumns";
import { useCompactLayout } from "../teams/useCompactLayout";
import { useNotifyLoaded } from "../teams/useNotifyLoaded";
import { CircleScope, useCirclePageHref } from "./CircleScope";

const useStyles = makeStyles({
  body: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  credits: { color: tokens.colorNeutralForeground3 },
});

export function JourneyPage({ previewCircleId }: { previewCircleId?: string }) {
  return (
    <CircleScope page="journey" previewCircleId={previewCircleId}>
      {(circleId) => <CircleJourney key={circleId} circleId={circleId} />}
    </CircleScope>
  );
}

function CircleJourney({ circleId }: { circleId: string }) {
  const { t, i18n } = useTranslation();
  const styles = useStyles();
  const compact = useCompactLayout();
  const pageHref = useCirclePageHref();
  const journey = useJourney(circleId);
  useNotifyLoaded(journey.status === "ready" || journey.status === "error");
  const locale = i18n.language === "nl" ? "nl" : "en";

  return (
    <>
      <BackHeader backHref={pageHref("circle", circleId)} backLabel={t("journey.back")} compact={compact}>
        {t("journey.title")}
      </BackHeader>
      <ResourceView resource={journey} loadingLabel={t("journey.loading")} errorTitle={t("journey.error")}>
        {({ journey: data }) =>
          data === null ? (
            <EmptyState title={t("journey.emptyTitle")}>{t("journey.empty")}</EmptyState>
          ) : (
            <div className={styles.body}>
              <CircleSection title={t("journey.totals.label")} compact={compact}>
                <JourneyTotals journey={data} />
                <JourneyMap stops={data.stops} locale={locale} label={t("journey.mapLabel", { count: data.stops.length })} />
                <Caption1 className={styles.credits}>{t("journey.credits")}</Caption1>
              </CircleSection>
              <TwoColumns compact={compact} main={<JourneyStops journey={data} compact={compact} />} side={<JourneyMilestones journey={data} compact={compact} />} />
            </div>
          )
        }
      </ResourceView>
    </>
  );
}

export default JourneyPage;

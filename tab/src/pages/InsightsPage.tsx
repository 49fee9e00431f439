// Insights for facilitators (`#/insights`): the circle's consistency, participation per ritual and
// connections across teams over twelve weeks — totals only. Loaded as its own chunk. Members get
// the API's refusal, which names the facilitators to ask.

import { Body1, makeStyles, tokens } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import { useInsights } from "../api/useInsights";
import { BackHeader } from "../components/BackHeader";
import { EmptyState } from "../components/EmptyState";
import { ConsistencyChart } from "../components/insights/ConsistencyChart";
import { CrossTeamConnections } from "../components/insights/CrossTeamConnections";
import { ParticipationTrend } from "../components/insights/ParticipationTrend";
import { ResourceView } from "../components/ResourceView";
import { useCompactLayout } from "../teams/useCompactLayout";
import { useNotifyLoaded } from "../teams/useNotifyLoaded";
import { CircleScope, useCirclePageHref } from "./CircleScope";

const useStyles = makeStyles({
  body: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  intro: { color: tokens.colorNeutralForeground2, maxWidth: "70ch" },
});

export function InsightsPage({ previewCircleId }: { previewCircleId?: string }) {
  return (
    <CircleScope page="insights" previewCircleId={previewCircleId}>
      {(circleId) => <CircleInsights key={circleId} circleId={circleId} />}
    </CircleScope>
  );
}

function CircleInsights({ circleId }: { circleId: string }) {
  const { t } = useTranslation();
  const styles = useStyles();
  const compact = useCompactLayout();
  const pageHref = useCirclePageHref();
  const insights = useInsights(circleId);
  useNotifyLoaded(insights.status === "ready" || insights.status === "error");
  const forbidden = insights.status === "error" && insights.error.kind === "api" && insights.error.status === 403 ? insights.error.message : null;

  return (
    <>
      <BackHeader backHref={pageHref("circle", circleId)} backLabel={t("insights.back")} compact={compact}>
        {t("insights.title")}
      </BackHeader>
      {forbidden !== null ? (
        <EmptyState title={t("insights.forbiddenTitle")}>{forbidden}</EmptyState>
      ) : (
        <ResourceView resource={insights} loadingLabel={t("insights.loading")} errorTitle={t("insights.error")}>
          {(data) => (
            <div className={styles.body}>
              <Body1 className={styles.intro}>{t("insights.intro")}</Body1>
              <ConsistencyChart insights={data} compact={compact} />
              <ParticipationTrend insights={data} compact={compact} />
              <CrossTeamConnections insights={data} compact={compact} />
            </div>
          )}
        </ResourceView>
      )}
    </>
  );
}

export default InsightsPage;

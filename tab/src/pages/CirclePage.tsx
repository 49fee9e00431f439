// The circle page (default route): the circle's people, history and shoutouts, with links to
// its settings and its own trivia questions.

import { useTranslation } from "react-i18next";
import { useCircle } from "../api/useCircle";
import { CircleDetails } from "../components/CircleDetails";
import { ResourceView } from "../components/ResourceView";
import { useCompactLayout } from "../teams/useCompactLayout";
import { useNotifyLoaded } from "../teams/useNotifyLoaded";
import { CircleScope, useCirclePageHref } from "./CircleScope";

export function CirclePage({ previewCircleId }: { previewCircleId?: string }) {
  return (
    <CircleScope page="circle" previewCircleId={previewCircleId}>
      {(circleId) => <CircleView circleId={circleId} />}
    </CircleScope>
  );
}

function CircleView({ circleId }: { circleId: string }) {
  const { t } = useTranslation();
  const compact = useCompactLayout();
  const circle = useCircle(circleId);
  const pageHref = useCirclePageHref();
  useNotifyLoaded(circle.status === "ready" || circle.status === "error");
  return (
    <ResourceView resource={circle} loadingLabel={t("circle.loading")} errorTitle={t("circle.error")}>
      {(details) => (
        <CircleDetails circle={details} settingsHref={pageHref("settings", circleId)} triviaHref={pageHref("trivia", circleId)} compact={compact} />
      )}
    </ResourceView>
  );
}

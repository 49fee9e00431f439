// The circle page (default route): inside Teams the conversation's own circle; in the local
// preview the circle picked from the local data store.

import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { useCircle } from "../api/useCircle";
import { useCircles } from "../api/useCircles";
import { CircleDetails } from "../components/CircleDetails";
import { CirclePicker } from "../components/CirclePicker";
import { EmptyState } from "../components/EmptyState";
import { ResourceView } from "../components/ResourceView";
import { navigate } from "../routing/useRoute";
import { useTabHost } from "../teams/TabHostContext";
import { useCompactLayout } from "../teams/useCompactLayout";
import { useNotifyLoaded } from "../teams/useNotifyLoaded";

export function CirclePage({ previewCircleId }: { previewCircleId?: string }) {
  const host = useTabHost();
  if (host.kind === "browser") return <PreviewCircle selectedId={previewCircleId} />;
  const { circleId } = host.teams.context;
  return circleId ? <CircleView circleId={circleId} /> : <NoCircleHere />;
}

function PreviewCircle({ selectedId }: { selectedId: string | undefined }) {
  const { t } = useTranslation();
  const circles = useCircles();
  const first = circles.status === "ready" ? circles.data.circles[0] : undefined;

  // Open the first circle rather than an empty page; the picker switches to another one.
  useEffect(() => {
    if (!selectedId && first) navigate({ page: "circle", circleId: first.id }, { replace: true });
  }, [selectedId, first]);

  return (
    <>
      <ResourceView resource={circles} loadingLabel={t("picker.loading")} errorTitle={t("picker.error")}>
        {({ circles: list }) => (
          <CirclePicker circles={list} selectedId={selectedId} onSelect={(circleId) => navigate({ page: "circle", circleId })} />
        )}
      </ResourceView>
      {selectedId && <CircleView circleId={selectedId} />}
    </>
  );
}

function CircleView({ circleId }: { circleId: string }) {
  const { t } = useTranslation();
  const compact = useCompactLayout();
  const circle = useCircle(circleId);
  useNotifyLoaded(circle.status === "ready" || circle.status === "error");
  return (
    <ResourceView resource={circle} loadingLabel={t("circle.loading")} errorTitle={t("circle.error")}>
      {(details) => <CircleDetails circle={details} compact={compact} />}
    </ResourceView>
  );
}

function NoCircleHere() {
  const { t } = useTranslation();
  useNotifyLoaded(true);
  return <EmptyState title={t("circle.none.title")}>{t("circle.none.body")}</EmptyState>;
}

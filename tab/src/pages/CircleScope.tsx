// The circle a page is about (the circle page, its settings): inside Teams the conversation's
// own circle; in the local preview the circle picked from the local data store.

import { useEffect, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useCircles } from "../api/useCircles";
import { CirclePicker } from "../components/CirclePicker";
import { EmptyState } from "../components/EmptyState";
import { ResourceView } from "../components/ResourceView";
import { hrefOf, type CirclePageName } from "../routing/route";
import { navigate } from "../routing/useRoute";
import { useTabHost } from "../teams/TabHostContext";
import { useNotifyLoaded } from "../teams/useNotifyLoaded";

interface CircleScopeProps {
  page: CirclePageName;
  previewCircleId: string | undefined;
  children: (circleId: string) => ReactNode;
}

export function CircleScope({ page, previewCircleId, children }: CircleScopeProps) {
  const host = useTabHost();
  if (host.kind === "browser") {
    return (
      <PreviewCircle page={page} selectedId={previewCircleId}>
        {children}
      </PreviewCircle>
    );
  }
  const { circleId } = host.teams.context;
  return circleId ? <>{children(circleId)}</> : <NoCircleHere />;
}

/** Links to a page of the same circle: inside Teams the page alone, in the preview with the circle's id. */
export function useCirclePageHref(): (page: CirclePageName, circleId: string) => string {
  const host = useTabHost();
  return (page, circleId) => hrefOf(host.kind === "browser" ? { page, circleId } : { page });
}

function PreviewCircle({ page, selectedId, children }: { page: CirclePageName; selectedId: string | undefined; children: (circleId: string) => ReactNode }) {
  const { t } = useTranslation();
  const circles = useCircles();
  const first = circles.status === "ready" ? circles.data.circles[0] : undefined;

  // Open the first circle rather than an empty page; the picker switches to another one.
  useEffect(() => {
    if (!selectedId && first) navigate({ page, circleId: first.id }, { replace: true });
  }, [page, selectedId, first]);

  return (
    <>
      <ResourceView resource={circles} loadingLabel={t("picker.loading")} errorTitle={t("picker.error")}>
        {({ circles: list }) => <CirclePicker circles={list} selectedId={selectedId} onSelect={(circleId) => navigate({ page, circleId })} />}
      </ResourceView>
      {selectedId && children(selectedId)}
    </>
  );
}

function NoCircleHere() {
  const { t } = useTranslation();
  useNotifyLoaded(true);
  return <EmptyState title={t("circle.none.title")}>{t("circle.none.body")}</EmptyState>;
}

// The circle a page is about (Home, history, wall, …): inside Teams the conversation's own
// circle; in the local preview the circle picked from the local data store. Above the page, the
// circle's navigation between its pages (not in the meeting side panel, which is one page).

import { useEffect, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useCircles } from "../api/useCircles";
import { CircleNav } from "../components/CircleNav";
import { CirclePicker } from "../components/CirclePicker";
import { EmptyState } from "../components/EmptyState";
import { ResourceView } from "../components/ResourceView";
import { hrefOf, type CirclePageName } from "../routing/route";
import { navigate } from "../routing/useRoute";
import { useTabHost } from "../teams/TabHostContext";
import { useCompactLayout } from "../teams/useCompactLayout";
import { useNotifyLoaded } from "../teams/useNotifyLoaded";

interface CircleScopeProps {
  page: CirclePageName;
  previewCircleId: string | undefined;
  children: (circleId: string) => ReactNode;
}

export function CircleScope({ page, previewCircleId, children }: CircleScopeProps) {
  const host = useTabHost();
  const withNav = (circleId: string) => <CirclePageWithNav page={page} circleId={circleId}>{children(circleId)}</CirclePageWithNav>;
  if (host.kind === "browser") {
    return (
      <PreviewCircle page={page} selectedId={previewCircleId}>
        {withNav}
      </PreviewCircle>
    );
  }
  const { circleId } = host.teams.context;
  return circleId ? withNav(circleId) : <NoCircleHere />;
}

function CirclePageWithNav({ page, circleId, children }: { page: CirclePageName; circleId: string; children: ReactNode }) {
  const pageHref = useCirclePageHref();
  const compact = useCompactLayout();
  if (page === "panel") return <>{children}</>;
  return (
    <>
      <CircleNav current={page} hrefOf={(target) => pageHref(target, circleId)} compact={compact} />
      {children}
    </>
  );
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

// The personal tab: the circles the user belongs to.

import { useTranslation } from "react-i18next";
import { useCircles } from "../api/useCircles";
import { CircleList } from "../components/CircleList";
import { EmptyState } from "../components/EmptyState";
import { PageTitle } from "../components/PageTitle";
import { ResourceView } from "../components/ResourceView";
import { hrefOf } from "../routing/route";
import { useTabHost } from "../teams/TabHostContext";
import { useCompactLayout } from "../teams/useCompactLayout";
import { useNotifyLoaded } from "../teams/useNotifyLoaded";

const previewHref = (circleId: string) => hrefOf({ page: "circle", circleId });

export function MyCirclesPage() {
  const { t } = useTranslation();
  const host = useTabHost();
  const compact = useCompactLayout();
  const circles = useCircles();
  useNotifyLoaded(circles.status === "ready" || circles.status === "error");

  return (
    <>
      <PageTitle compact={compact}>{t("myCircles.title")}</PageTitle>
      <ResourceView resource={circles} loadingLabel={t("myCircles.loading")} errorTitle={t("myCircles.error")}>
        {({ circles: list }) =>
          list.length === 0 ? (
            <EmptyState>{t("myCircles.empty")}</EmptyState>
          ) : (
            <CircleList label={t("myCircles.listLabel")} circles={list} hrefOf={host.kind === "browser" ? previewHref : undefined} />
          )
        }
      </ResourceView>
    </>
  );
}

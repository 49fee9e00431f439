// The personal tab (`#/me`): the user's circles across teams, their streaks per game, and the
// shoutouts they received and gave. The local preview has nobody signed in: it lists every
// circle of the local store and lets you pick whose streaks and shoutouts to show.

import { makeStyles, tokens } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import type { CircleSummary } from "../../../shared/api/types";
import { useCircles } from "../api/useCircles";
import { useMe } from "../api/useMe";
import { usePreviewPerson } from "../api/usePreviewPerson";
import { CircleList } from "../components/CircleList";
import { CircleSection } from "../components/CircleSection";
import { EmptyState } from "../components/EmptyState";
import { MyShoutouts } from "../components/me/MyShoutouts";
import { MyStreaks } from "../components/me/MyStreaks";
import { PersonPicker } from "../components/me/PersonPicker";
import { PageTitle } from "../components/PageTitle";
import { ResourceView } from "../components/ResourceView";
import { TwoColumns } from "../components/TwoColumns";
import { hrefOf } from "../routing/route";
import { useTabHost } from "../teams/TabHostContext";
import { useCompactLayout } from "../teams/useCompactLayout";
import { useNotifyLoaded } from "../teams/useNotifyLoaded";

const previewHref = (circleId: string) => hrefOf({ page: "circle", circleId });

const useStyles = makeStyles({
  page: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
});

export function MyCirclesPage() {
  const { t } = useTranslation();
  const styles = useStyles();
  const host = useTabHost();
  const compact = useCompactLayout();
  const { personId, setPersonId, isPreview } = usePreviewPerson();
  const circles = useCircles();
  const me = useMe(personId);
  useNotifyLoaded(circles.status === "ready" || circles.status === "error");
  const people = me.status === "ready" ? (me.data.people ?? []) : [];
  // In the preview, once someone is picked, their circles; otherwise everything the API shows.
  const picked = isPreview && personId !== undefined && me.status === "ready" && me.data.person ? me.data.circles : null;

  const circleList = (list: CircleSummary[]) =>
    list.length === 0 ? (
      <EmptyState>{t("myCircles.empty")}</EmptyState>
    ) : (
      <CircleList label={t("myCircles.listLabel")} circles={list} hrefOf={host.kind === "browser" ? previewHref : undefined} />
    );

  return (
    <div className={styles.page}>
      <PageTitle compact={compact}>{t("myCircles.title")}</PageTitle>
      {isPreview && people.length > 0 && (
        <PersonPicker label={t("me.viewAs")} hint={t("me.viewAsHint")} placeholder={t("me.viewAsPlaceholder")} people={people} selectedId={personId} onSelect={setPersonId} />
      )}
      <TwoColumns
        compact={compact}
        main={
          <>
            {picked ? (
              circleList(picked)
            ) : (
              <ResourceView resource={circles} loadingLabel={t("myCircles.loading")} errorTitle={t("myCircles.error")}>
                {({ circles: list }) => circleList(list)}
              </ResourceView>
            )}
          </>
        }
        side={
          <>
            <CircleSection title={t("me.streaks.title")} compact={compact}>
              {isPreview && !personId ? (
                <EmptyState compact>{t("me.viewAsHint")}</EmptyState>
              ) : (
                <ResourceView resource={me} loadingLabel={t("me.loading")} errorTitle={t("me.error")}>
                  {(data) => <MyStreaks streaks={data.streaks} compact={compact} />}
                </ResourceView>
              )}
            </CircleSection>
            <CircleSection title={t("me.shoutouts.title")} compact={compact}>
              {isPreview && !personId ? <EmptyState compact>{t("me.viewAsHint")}</EmptyState> : <MyShoutouts personId={personId} compact={compact} />}
            </CircleSection>
          </>
        }
      />
    </div>
  );
}

// The circle's settings page (`#/settings`): which rituals run and when, in which time zone, on
// which days, in which language, or paused. The API decides who may change them; the page
// only shows members what they can't change. Below: export the circle's data (facilitators)
// and remove your own (everyone).

import { Link, makeStyles, tokens } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import { useCircle } from "../api/useCircle";
import { useCircleSettings } from "../api/useCircleSettings";
import { usePreviewPerson } from "../api/usePreviewPerson";
import { CircleDataSection } from "../components/circle-data/CircleDataSection";
import { PageTitle } from "../components/PageTitle";
import { ResourceView } from "../components/ResourceView";
import { SettingsForm } from "../components/SettingsForm";
import { useCompactLayout } from "../teams/useCompactLayout";
import { useNotifyLoaded } from "../teams/useNotifyLoaded";
import { CircleScope, useCirclePageHref } from "./CircleScope";

const useStyles = makeStyles({
  header: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  back: { alignSelf: "flex-start" },
});

export function SettingsPage({ previewCircleId }: { previewCircleId?: string }) {
  return (
    <CircleScope page="settings" previewCircleId={previewCircleId}>
      {(circleId) => <CircleSettings key={circleId} circleId={circleId} />}
    </CircleScope>
  );
}

function CircleSettings({ circleId }: { circleId: string }) {
  const { t } = useTranslation();
  const styles = useStyles();
  const compact = useCompactLayout();
  const pageHref = useCirclePageHref();
  const settings = useCircleSettings(circleId);
  // The preview picks whose data to remove from the circle's members (nobody is signed in there).
  const { isPreview } = usePreviewPerson();
  const circle = useCircle(isPreview ? circleId : undefined);
  const people = circle.status === "ready" ? circle.data.members.map(({ id, name }) => ({ id, name })) : [];
  useNotifyLoaded(settings.status === "ready" || settings.status === "error");

  return (
    <>
      <header className={styles.header}>
        <Link href={pageHref("circle", circleId)} className={styles.back}>
          <span aria-hidden="true">← </span>
          {t("settings.back")}
        </Link>
        <PageTitle compact={compact}>{t("settings.title")}</PageTitle>
      </header>
      <ResourceView resource={settings} loadingLabel={t("settings.loading")} errorTitle={t("settings.error")}>
        {(data) => (
          <>
            <SettingsForm initial={data} save={settings.save} compact={compact} />
            <CircleDataSection circleId={circleId} canExport={data.canEdit} people={people} compact={compact} />
          </>
        )}
      </ResourceView>
    </>
  );
}

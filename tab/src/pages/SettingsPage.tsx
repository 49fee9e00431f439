// The circle's settings page (`#/settings`): which rituals run and when, in which time zone, on
// which days, in which language, or paused. The API decides who may change them; the page
// only shows members what they can't change.

import { Link, makeStyles, tokens } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import { useCircleSettings } from "../api/useCircleSettings";
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
        {(data) => <SettingsForm initial={data} save={settings.save} compact={compact} />}
      </ResourceView>
    </>
  );
}

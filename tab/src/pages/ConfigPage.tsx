// The configurable tab's settings page: says what the tab shows and saves it when the user
// selects Save in Teams.

import { Body1, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { PageTitle } from "../components/PageTitle";
import { hrefOf } from "../routing/route";
import { useTabHost } from "../teams/TabHostContext";
import { useCompactLayout } from "../teams/useCompactLayout";
import { useNotifyLoaded } from "../teams/useNotifyLoaded";

const useStyles = makeStyles({
  text: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, maxWidth: "60ch" },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL },
  note: { color: tokens.colorNeutralForeground3 },
});

/** The saved tab opens the circle page of the conversation it was added to. */
export function tabConfigFor(origin: string) {
  const contentUrl = `${origin}/index.html${hrefOf({ page: "circle" })}`;
  return { contentUrl, websiteUrl: contentUrl, entityId: "quiet-circles", suggestedDisplayName: "Quiet Circles" };
}

export function ConfigPage() {
  const { t } = useTranslation();
  const styles = useStyles();
  const host = useTabHost();
  const compact = useCompactLayout();
  useNotifyLoaded(true);

  useEffect(() => {
    if (host.kind === "teams") host.teams.enableTabSave(tabConfigFor(window.location.origin));
  }, [host]);

  return (
    <>
      <PageTitle compact={compact}>{t("config.title")}</PageTitle>
      <div className={styles.text}>
        <Body1>{t("config.intro")}</Body1>
        <ul className={styles.list}>
          <li>
            <Body1>{t("config.history")}</Body1>
          </li>
          <li>
            <Body1>{t("config.shoutouts")}</Body1>
          </li>
        </ul>
        <Body1 className={host.kind === "browser" ? styles.note : undefined}>
          {host.kind === "teams" ? t("config.save") : t("config.previewNote")}
        </Body1>
      </div>
    </>
  );
}

// The meeting side panel (Teams opens the tab with frameContext "sidePanel"; `#/panel` in the
// preview): start a quick game in the meeting chat, and see the circle's newest shoutouts. A
// narrow, single-column layout.

import { Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { useId, useRef } from "react";
import type { MeetingPanelResponse } from "../../../shared/api/types";
import type { Resource } from "../api/useApiResource";
import { useTranslation } from "react-i18next";
import { useMeetingPanel } from "../api/useMeetingPanel";
import { PageTitle } from "../components/PageTitle";
import { QuickGames } from "../components/panel/QuickGames";
import { WallList } from "../components/panel/WallList";
import { ResourceView } from "../components/ResourceView";
import { useNotifyLoaded } from "../teams/useNotifyLoaded";
import { CircleScope } from "./CircleScope";

const useStyles = makeStyles({
  body: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL, maxWidth: "420px" },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  heading: { margin: 0 },
});

export function MeetingPanelPage({ previewCircleId }: { previewCircleId?: string }) {
  return (
    <CircleScope page="panel" previewCircleId={previewCircleId}>
      {(circleId) => <CirclePanel key={circleId} circleId={circleId} />}
    </CircleScope>
  );
}

function CirclePanel({ circleId }: { circleId: string }) {
  const { t } = useTranslation();
  const styles = useStyles();
  const panel = useMeetingPanel(circleId);
  const gamesId = useId();
  const wallId = useId();
  useNotifyLoaded(panel.status === "ready" || panel.status === "error");
  // After a game opens the panel reloads; it keeps showing what it had meanwhile, so the buttons
  // and the announcement of what happened stay in place.
  const lastReady = useRef<MeetingPanelResponse | null>(null);
  if (panel.status === "ready") lastReady.current = panel.data;
  const shown: Resource<MeetingPanelResponse> = panel.status === "loading" && lastReady.current ? { status: "ready", data: lastReady.current, reload: panel.reload } : panel;

  return (
    <div className={styles.body}>
      <PageTitle compact>{t("panel.title")}</PageTitle>
      <ResourceView resource={shown} loadingLabel={t("panel.loading")} errorTitle={t("panel.error")}>
        {(data) => (
          <>
            <section aria-labelledby={gamesId} className={styles.section}>
              <Subtitle2 as="h2" id={gamesId} className={styles.heading}>
                {t("panel.games")}
              </Subtitle2>
              <QuickGames games={data.games} start={panel.start} onStarted={panel.reload} />
            </section>
            <section aria-labelledby={wallId} className={styles.section}>
              <Subtitle2 as="h2" id={wallId} className={styles.heading}>
                {t("panel.wall")}
              </Subtitle2>
              <WallList shoutouts={data.shoutouts} />
            </section>
          </>
        )}
      </ResourceView>
    </div>
  );
}

export default MeetingPanelPage;

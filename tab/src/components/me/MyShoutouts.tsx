// The person's shoutouts, received or given, newest first across their circles, with "Show
// more" for the next page.

import { Body1, Button, Caption1, Tab, TabList, makeStyles, tokens } from "@fluentui/react-components";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import type { MyShoutoutView } from "../../../../shared/api/types";
import { useMyShoutouts, type ShoutoutDirection } from "../../api/useMyShoutouts";
import { EmptyState } from "../EmptyState";
import { ErrorState } from "../ErrorState";
import { LoadingState } from "../LoadingState";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  list: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, margin: 0, padding: 0, listStyleType: "none" },
  card: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusLarge,
  },
  who: { fontWeight: tokens.fontWeightSemibold },
  message: { overflowWrap: "anywhere" },
  meta: { color: tokens.colorNeutralForeground3 },
  more: { alignSelf: "flex-start" },
});

export function MyShoutouts({ personId, compact }: { personId: string | undefined; compact: boolean }) {
  const { t } = useTranslation();
  const styles = useStyles();
  const [direction, setDirection] = useState<ShoutoutDirection>("received");
  const panelId = useId();
  const shoutouts = useMyShoutouts(direction, personId);

  return (
    <div className={styles.root}>
      <TabList selectedValue={direction} onTabSelect={(_, data) => setDirection(data.value as ShoutoutDirection)} aria-label={t("me.shoutouts.tabsLabel")} size="small">
        <Tab value="received" aria-controls={panelId}>
          {t("me.shoutouts.received")}
        </Tab>
        <Tab value="given" aria-controls={panelId}>
          {t("me.shoutouts.given")}
        </Tab>
      </TabList>
      <div id={panelId} role="tabpanel" className={styles.root}>
        {shoutouts.status === "loading" ? (
          <LoadingState label={t("me.shoutouts.loading")} />
        ) : shoutouts.status === "error" ? (
          <ErrorState title={t("me.shoutouts.error")} error={shoutouts.error!} onRetry={shoutouts.reload} />
        ) : shoutouts.items.length === 0 ? (
          <EmptyState compact={compact}>{direction === "received" ? t("me.shoutouts.emptyReceived") : t("me.shoutouts.emptyGiven")}</EmptyState>
        ) : (
          <>
            <ul className={styles.list}>
              {shoutouts.items.map((shoutout) => (
                <ShoutoutItem key={shoutout.id} shoutout={shoutout} direction={direction} />
              ))}
            </ul>
            {shoutouts.error && <ErrorState title={t("me.shoutouts.error")} error={shoutouts.error} />}
            {shoutouts.hasMore && (
              <Button className={styles.more} onClick={shoutouts.loadMore} disabled={shoutouts.loadingMore}>
                {shoutouts.loadingMore ? t("me.shoutouts.loadingMore") : t("me.shoutouts.more")}
              </Button>
            )}
          </>
        )}
      </div>
    </div>
  );
}

function ShoutoutItem({ shoutout, direction }: { shoutout: MyShoutoutView; direction: ShoutoutDirection }) {
  const { t, i18n } = useTranslation();
  const styles = useStyles();
  const when = new Date(shoutout.createdAt).toLocaleDateString(i18n.language, { day: "numeric", month: "short", year: "numeric" });
  return (
    <li className={styles.card}>
      <Body1 className={styles.who}>
        {direction === "received" ? t("me.shoutouts.from", { name: shoutout.giverName }) : t("me.shoutouts.to", { names: shoutout.recipients.join(", ") })}
      </Body1>
      <Body1 className={styles.message}>{shoutout.message}</Body1>
      <Caption1 className={styles.meta}>
        {[t("me.shoutouts.inCircle", { circle: shoutout.circleName }), when, shoutout.reactions > 0 ? t("me.shoutouts.reactions", { count: shoutout.reactions }) : null]
          .filter(Boolean)
          .join(" · ")}
      </Caption1>
    </li>
  );
}

// The circle's newest shoutouts, narrow: who thanked whom, for what, and when.

import { Body1, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import type { WallShoutoutView } from "../../../../shared/api/types";
import { EmptyState } from "../EmptyState";

const useStyles = makeStyles({
  list: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, margin: 0, padding: 0, listStyleType: "none" },
  card: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusLarge,
  },
  who: { fontWeight: tokens.fontWeightSemibold },
  meta: { color: tokens.colorNeutralForeground3 },
  message: { overflowWrap: "anywhere" },
});

export function WallList({ shoutouts }: { shoutouts: WallShoutoutView[] }) {
  const { t, i18n } = useTranslation();
  const styles = useStyles();
  if (shoutouts.length === 0) return <EmptyState compact>{t("panel.wallEmpty")}</EmptyState>;
  return (
    <ul className={styles.list}>
      {shoutouts.map((s) => (
        <li key={s.id} className={styles.card}>
          <Body1 className={styles.who}>
            {s.giverName} {t("panel.to", { names: s.recipients.join(", ") })}
          </Body1>
          <Body1 className={styles.message}>{s.message}</Body1>
          <Caption1 className={styles.meta}>
            <time dateTime={s.createdAt}>{new Date(s.createdAt).toLocaleString(i18n.language, { day: "numeric", month: "short", hour: "2-digit", minute: "2-digit" })}</time>
          </Caption1>
        </li>
      ))}
    </ul>
  );
}

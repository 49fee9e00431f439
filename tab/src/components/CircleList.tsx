// A list of circles (the personal tab's "My circles"); each row says what and how big it is.

import { Avatar, Badge, Body1Strong, Caption1, Link, makeStyles, tokens } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import type { CircleSummary } from "../../../shared/api/types";
import { circleKindKey } from "./circle-kind";

const useStyles = makeStyles({
  list: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, margin: 0, padding: 0, listStyleType: "none" },
  row: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorTransparentStroke}`,
    borderRadius: tokens.borderRadiusLarge,
    boxShadow: tokens.shadow2,
  },
  text: { display: "flex", flexDirection: "column", minWidth: 0, flexGrow: 1 },
  name: { overflowWrap: "anywhere" },
  detail: { color: tokens.colorNeutralForeground3 },
  badge: { flexShrink: 0 },
});

interface CircleListProps {
  label: string;
  circles: CircleSummary[];
  /** Where a row links to (the local preview's circle page); rows are plain text without it. */
  hrefOf?: (circleId: string) => string;
}

export function CircleList({ label, circles, hrefOf }: CircleListProps) {
  const { t } = useTranslation();
  const styles = useStyles();
  return (
    <ul aria-label={label} className={styles.list}>
      {circles.map((circle) => (
        <li key={circle.id} className={styles.row}>
          <Avatar name={circle.name} shape="square" color="colorful" aria-hidden />
          <div className={styles.text}>
            <Body1Strong className={styles.name}>{hrefOf ? <Link href={hrefOf(circle.id)}>{circle.name}</Link> : circle.name}</Body1Strong>
            <Caption1 className={styles.detail}>
              {t(circleKindKey(circle))} · {t("circle.memberCount", { count: circle.memberCount })}
            </Caption1>
          </div>
          {!circle.active && (
            <Badge appearance="tint" color="warning" title={t("circle.inactiveHint")} className={styles.badge}>
              {t("circle.inactive")}
            </Badge>
          )}
        </li>
      ))}
    </ul>
  );
}

// The circle's name, what kind of conversation it lives in, its size and since when, and the
// ways to its settings and its own trivia questions.

import { Badge, Body1, Button, makeStyles, tokens } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import type { CircleDetailsResponse } from "../../../shared/api/types";
import { circleKindKey } from "./circle-kind";
import { PageTitle } from "./PageTitle";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, minWidth: 0 },
  titleRow: { display: "flex", alignItems: "center", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  links: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, marginInlineStart: "auto" },
  facts: { color: tokens.colorNeutralForeground2 },
});

type CircleHeaderProps = {
  circle: Pick<CircleDetailsResponse, "name" | "kind" | "isMeeting" | "memberCount" | "installedAt" | "active">;
  settingsHref: string;
  triviaHref: string;
  compact: boolean;
};

export function CircleHeader({ circle, settingsHref, triviaHref, compact }: CircleHeaderProps) {
  const { t, i18n } = useTranslation();
  const styles = useStyles();
  const installedAt = new Date(circle.installedAt);
  const facts = [t(circleKindKey(circle)), t("circle.memberCount", { count: circle.memberCount })];
  if (!Number.isNaN(installedAt.getTime())) {
    facts.push(t("circle.addedOn", { date: new Intl.DateTimeFormat(i18n.language, { dateStyle: "medium" }).format(installedAt) }));
  }

  return (
    <header className={styles.root}>
      <div className={styles.titleRow}>
        <PageTitle compact={compact}>{circle.name}</PageTitle>
        {!circle.active && (
          <Badge appearance="tint" color="warning" title={t("circle.inactiveHint")}>
            {t("circle.inactive")}
          </Badge>
        )}
        <div className={styles.links}>
          <Button as="a" href={triviaHref} size="small">
            {t("trivia.link")}
          </Button>
          <Button as="a" href={settingsHref} size="small">
            {t("settings.link")}
          </Button>
        </div>
      </div>
      <Body1 className={styles.facts}>{facts.join(" · ")}</Body1>
    </header>
  );
}

// One circle: its header (with the way to its settings and trivia questions), what the page shows
// of it (Home: the circle at a glance), the people in it, and the credits for the data its games use.

import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { CircleDetailsResponse } from "../../../shared/api/types";
import { CircleHeader } from "./CircleHeader";
import { CircleSection } from "./CircleSection";
import { Credits } from "./Credits";
import { MemberList } from "./MemberList";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  compactRoot: { gap: tokens.spacingVerticalM },
  columns: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) minmax(0, 1fr)",
    gap: tokens.spacingHorizontalL,
    alignItems: "start",
    "@media (max-width: 720px)": { gridTemplateColumns: "minmax(0, 1fr)" },
  },
  compactColumns: { gridTemplateColumns: "minmax(0, 1fr)", gap: tokens.spacingVerticalM },
});

interface CircleDetailsProps {
  circle: CircleDetailsResponse;
  /** Where the circle's settings page is. */
  settingsHref: string;
  /** Where the circle's own trivia questions are. */
  triviaHref: string;
  compact: boolean;
  children?: ReactNode;
}

export function CircleDetails({ circle, settingsHref, triviaHref, compact, children }: CircleDetailsProps) {
  const { t } = useTranslation();
  const styles = useStyles();
  return (
    <article className={mergeClasses(styles.root, compact && styles.compactRoot)}>
      <CircleHeader circle={circle} settingsHref={settingsHref} triviaHref={triviaHref} compact={compact} />
      {children}
      <CircleSection title={t("people.title")} compact={compact}>
        <div className={mergeClasses(styles.columns, compact && styles.compactColumns)}>
          <MemberList title={t("people.facilitators")} people={circle.facilitators} emptyText={t("people.noFacilitators")} compact={compact} />
          <MemberList title={t("people.members")} people={circle.members} emptyText={t("people.noMembers")} compact={compact} />
        </div>
      </CircleSection>
      <Credits />
    </article>
  );
}

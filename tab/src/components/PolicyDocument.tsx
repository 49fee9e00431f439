// A page of plain reading (privacy, terms): its title and sections with their own headings, in
// a column narrow enough to read comfortably. Needs no API, so it renders even when the server
// is down; in a browser it links back to the circle page (inside Teams, Teams navigates).

import { Body1, Link, Subtitle2, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useId, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { hrefOf } from "../routing/route";
import { useTabHost } from "../teams/TabHostContext";
import { useCompactLayout } from "../teams/useCompactLayout";
import { useNotifyLoaded } from "../teams/useNotifyLoaded";
import { PageTitle } from "./PageTitle";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXL, maxWidth: "60ch", minWidth: 0 },
  compact: { gap: tokens.spacingVerticalL },
  header: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  back: { alignSelf: "flex-start" },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  heading: { margin: 0 },
  paragraph: { margin: 0 },
  lead: { color: tokens.colorNeutralForeground2 },
  list: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    margin: 0,
    paddingInlineStart: tokens.spacingHorizontalXL,
  },
});

export function PolicyDocument({ title, intro, children }: { title: string; intro: string; children: ReactNode }) {
  const { t } = useTranslation();
  const styles = useStyles();
  const host = useTabHost();
  const compact = useCompactLayout();
  useNotifyLoaded(true);

  return (
    <article className={mergeClasses(styles.root, compact && styles.compact)}>
      <header className={styles.header}>
        {host.kind === "browser" && (
          <Link href={hrefOf({ page: "circle" })} className={styles.back}>
            <span aria-hidden="true">← </span>
            {t("policy.back")}
          </Link>
        )}
        <PageTitle compact={compact}>{title}</PageTitle>
        <PolicyText className={styles.lead}>{intro}</PolicyText>
      </header>
      {children}
    </article>
  );
}

export function PolicySection({ title, children }: { title: string; children: ReactNode }) {
  const styles = useStyles();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className={styles.section}>
      <Subtitle2 as="h2" id={headingId} className={styles.heading}>
        {title}
      </Subtitle2>
      {children}
    </section>
  );
}

export function PolicyText({ className, children }: { className?: string; children: ReactNode }) {
  const styles = useStyles();
  return (
    <Body1 as="p" className={mergeClasses(styles.paragraph, className)}>
      {children}
    </Body1>
  );
}

export function PolicyList({ items }: { items: string[] }) {
  const styles = useStyles();
  return (
    <ul className={styles.list}>
      {items.map((item) => (
        <li key={item}>
          <Body1>{item}</Body1>
        </li>
      ))}
    </ul>
  );
}

// A circle page's heading with a line that says what the page is for.

import { Body1, makeStyles, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { PageTitle } from "./PageTitle";

const useStyles = makeStyles({
  header: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  intro: { color: tokens.colorNeutralForeground2 },
});

export function PageHeader({ title, intro, compact, children }: { title: string; intro?: string; compact: boolean; children?: ReactNode }) {
  const styles = useStyles();
  return (
    <header className={styles.header}>
      {children}
      <PageTitle compact={compact}>{title}</PageTitle>
      {intro && <Body1 className={styles.intro}>{intro}</Body1>}
    </header>
  );
}

// A circle sub-page's header: the way back to the circle, then the page's title.

import { Link, makeStyles, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { PageTitle } from "./PageTitle";

const useStyles = makeStyles({
  header: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  back: { alignSelf: "flex-start" },
});

export function BackHeader({ backHref, backLabel, compact, children }: { backHref: string; backLabel: string; compact: boolean; children: ReactNode }) {
  const styles = useStyles();
  return (
    <header className={styles.header}>
      <Link href={backHref} className={styles.back}>
        <span aria-hidden="true">← </span>
        {backLabel}
      </Link>
      <PageTitle compact={compact}>{children}</PageTitle>
    </header>
  );
}

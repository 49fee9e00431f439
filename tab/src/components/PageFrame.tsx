// The page's canvas and its main landmark: Teams-like spacing that tightens in the side panel
// and on narrow screens.

import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { useCompactLayout } from "../teams/useCompactLayout";

const useStyles = makeStyles({
  stack: {
    boxSizing: "border-box",
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalL,
    minWidth: 0,
  },
  compactStack: { gap: tokens.spacingVerticalM },
  frame: {
    maxWidth: "1040px",
    margin: "0 auto",
    padding: `${tokens.spacingVerticalXXL} ${tokens.spacingHorizontalXXL}`,
  },
  compactFrame: { padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}` },
});

export function PageFrame({ children }: { children: ReactNode }) {
  const styles = useStyles();
  const compact = useCompactLayout();
  return (
    <div className={mergeClasses(styles.stack, styles.frame, compact && styles.compactStack, compact && styles.compactFrame)}>
      {children}
    </div>
  );
}

export function PageMain({ children }: { children: ReactNode }) {
  const styles = useStyles();
  const compact = useCompactLayout();
  return <main className={mergeClasses(styles.stack, compact && styles.compactStack)}>{children}</main>;
}

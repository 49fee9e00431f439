// The two-column page body (main list on the left, a stack of side panels on the right) that
// collapses to one column below 720px and in the meeting side panel.

import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";

const useStyles = makeStyles({
  columns: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 3fr) minmax(0, 2fr)",
    gap: tokens.spacingHorizontalL,
    alignItems: "start",
    "@media (max-width: 720px)": { gridTemplateColumns: "minmax(0, 1fr)", rowGap: tokens.spacingVerticalL },
  },
  compactColumns: { gridTemplateColumns: "minmax(0, 1fr)", gap: tokens.spacingVerticalM },
  stack: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL, minWidth: 0 },
  compactStack: { gap: tokens.spacingVerticalM },
});

export function TwoColumns({ main, side, compact }: { main: ReactNode; side: ReactNode; compact: boolean }) {
  const styles = useStyles();
  return (
    <div className={mergeClasses(styles.columns, compact && styles.compactColumns)}>
      {main}
      <div className={mergeClasses(styles.stack, compact && styles.compactStack)}>{side}</div>
    </div>
  );
}

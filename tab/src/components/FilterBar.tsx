// A row of labelled filters for a list, with "Clear filters" when any is set.

import { Button, makeStyles, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";

const useStyles = makeStyles({
  root: { display: "flex", flexWrap: "wrap", alignItems: "flex-end", gap: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`, margin: 0, padding: 0, border: "none" },
  legend: { position: "absolute", width: "1px", height: "1px", overflow: "hidden", clip: "rect(0 0 0 0)", whiteSpace: "nowrap" },
});

export function FilterBar({ label, clearLabel, active, onClear, children }: { label: string; clearLabel: string; active: boolean; onClear: () => void; children: ReactNode }) {
  const styles = useStyles();
  return (
    <fieldset className={styles.root}>
      <legend className={styles.legend}>{label}</legend>
      {children}
      {active && (
        <Button appearance="subtle" onClick={onClear}>
          {clearLabel}
        </Button>
      )}
    </fieldset>
  );
}

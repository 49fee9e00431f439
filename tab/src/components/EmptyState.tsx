// An honest "nothing here yet" for a list, saying what will appear and when.

import { Text, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL}`,
    border: `${tokens.strokeWidthThin} dashed ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusLarge,
    color: tokens.colorNeutralForeground3,
  },
  compact: { padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}` },
  title: { color: tokens.colorNeutralForeground2 },
});

export function EmptyState({ title, children, compact = false }: { title?: string; children: ReactNode; compact?: boolean }) {
  const styles = useStyles();
  return (
    <div className={mergeClasses(styles.root, compact && styles.compact)}>
      {title && (
        <Text weight="semibold" className={styles.title}>
          {title}
        </Text>
      )}
      <Text>{children}</Text>
    </div>
  );
}

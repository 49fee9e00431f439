// A page's main heading, smaller in compact layouts.

import { Subtitle1, Title3, makeStyles } from "@fluentui/react-components";
import type { ReactNode } from "react";

const useStyles = makeStyles({ title: { margin: 0, overflowWrap: "anywhere" } });

export function PageTitle({ compact, children }: { compact: boolean; children: ReactNode }) {
  const styles = useStyles();
  const Title = compact ? Subtitle1 : Title3;
  return (
    <Title as="h1" className={styles.title}>
      {children}
    </Title>
  );
}

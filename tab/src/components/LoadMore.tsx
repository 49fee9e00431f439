// The end of a paged list: "Load more" while there is more (announcing the loading), the reason
// when the next page failed, or how many are shown once all are there.

import { Button, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import type { TabError } from "../api/api-client";
import { ErrorState } from "./ErrorState";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", alignItems: "flex-start", gap: tokens.spacingVerticalS },
  end: { color: tokens.colorNeutralForeground3 },
});

interface LoadMoreProps {
  hasMore: boolean;
  loading: boolean;
  error: TabError | null;
  onLoad: () => void;
  shown: number;
  labels: { more: string; loading: string; error: string; end: string };
}

export function LoadMore({ hasMore, loading, error, onLoad, shown, labels }: LoadMoreProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  if (!hasMore) return shown > 0 ? <Caption1 className={styles.end}>{t(labels.end, { count: shown })}</Caption1> : null;
  return (
    <div className={styles.root}>
      {error && <ErrorState title={labels.error} error={error} />}
      <Button onClick={onLoad} disabled={loading} aria-busy={loading}>
        {loading ? labels.loading : labels.more}
      </Button>
    </div>
  );
}

// What a list or page shows while its data is on the way.

import { Spinner, makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  root: { display: "flex", justifyContent: "flex-start", padding: `${tokens.spacingVerticalM} 0` },
});

export function LoadingState({ label }: { label: string }) {
  const styles = useStyles();
  return (
    <div className={styles.root} aria-live="polite">
      <Spinner size="tiny" label={label} labelPosition="after" />
    </div>
  );
}

// The open data Quiet Circles' games are made from, credited as their licences ask; the full
// notices ship in THIRD_PARTY_NOTICES.

import { Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";

const useStyles = makeStyles({
  root: { color: tokens.colorNeutralForeground3, paddingTop: tokens.spacingVerticalS },
});

export function Credits() {
  const { t } = useTranslation();
  const styles = useStyles();
  return (
    <footer className={styles.root}>
      <Caption1>{t("credits")}</Caption1>
    </footer>
  );
}

// Stays at the bottom of the settings while there is something to say: unsaved changes (with
// Save and Discard), "Saved", or why saving failed. Its live region announces each of them.

import { Body1, Button, MessageBar, MessageBarBody, MessageBarTitle, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import type { SettingsForm } from "../settings/useSettingsForm";
import { errorMessageOf } from "./ErrorState";

const useStyles = makeStyles({
  region: { position: "sticky", bottom: tokens.spacingVerticalM, zIndex: 1 },
  compactRegion: { bottom: tokens.spacingVerticalS },
  bar: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusXLarge,
    boxShadow: tokens.shadow16,
  },
  compactBar: { padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}` },
  actions: { display: "flex", alignItems: "center", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  unsaved: { flexGrow: 1, color: tokens.colorNeutralForeground2 },
});

type SaveBarProps = Pick<SettingsForm, "dirty" | "status" | "discard"> & { compact: boolean };

export function SaveBar({ dirty, status, discard, compact }: SaveBarProps) {
  const { t } = useTranslation();
  const styles = useStyles();
  const saving = status.kind === "saving";
  const visible = dirty || status.kind !== "idle";

  return (
    <div className={mergeClasses(styles.region, compact && styles.compactRegion)} aria-live="polite">
      {visible && (
        <div className={mergeClasses(styles.bar, compact && styles.compactBar)}>
          {status.kind === "failed" && (
            <MessageBar intent="error" layout="multiline">
              <MessageBarBody>
                <MessageBarTitle>{t("settings.save.failed")}</MessageBarTitle>
                {errorMessageOf(status.error, t)}
              </MessageBarBody>
            </MessageBar>
          )}
          {status.kind === "saved" && (
            <MessageBar intent="success" layout="multiline">
              <MessageBarBody>{t("settings.save.saved")}</MessageBarBody>
            </MessageBar>
          )}
          {(dirty || saving) && (
            <div className={styles.actions}>
              <Body1 className={styles.unsaved}>{t("settings.save.unsaved")}</Body1>
              <Button onClick={discard} disabled={saving}>
                {t("settings.save.discard")}
              </Button>
              <Button type="submit" appearance="primary" disabledFocusable={saving}>
                {saving ? t("settings.save.saving") : t("settings.save.label")}
              </Button>
            </div>
          )}
        </div>
      )}
    </div>
  );
}

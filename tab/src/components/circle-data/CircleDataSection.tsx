// The settings page's data section: facilitators export the circle as a JSON file; everyone can
// remove their own data from the circle, after confirming, and sees what was removed.

import {
  Body1,
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  DialogTrigger,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import type { PersonView, RemoveMyDataResponse } from "../../../../shared/api/types";
import type { TabError } from "../../api/api-client";
import { useCircleData } from "../../api/useCircleData";
import { usePreviewPerson } from "../../api/usePreviewPerson";
import { CircleSection } from "../CircleSection";
import { ErrorState } from "../ErrorState";
import { PersonPicker } from "../me/PersonPicker";

const useStyles = makeStyles({
  part: { display: "flex", flexDirection: "column", alignItems: "flex-start", gap: tokens.spacingVerticalS },
  heading: { margin: 0 },
  text: { color: tokens.colorNeutralForeground2, maxWidth: "70ch" },
  summary: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL },
  status: { minHeight: tokens.lineHeightBase300 },
});

/** The summary's lines, in the order people care about them. */
const SUMMARY_KEYS = ["shoutoutsGiven", "shoutoutsReceivedDeleted", "shoutoutsReceivedUpdated", "answers", "plays", "scores", "sessions", "questions", "roleCards", "optIns"] as const satisfies readonly (keyof RemoveMyDataResponse)[];

export function CircleDataSection({ circleId, canExport, people, compact }: { circleId: string; canExport: boolean; people: PersonView[]; compact: boolean }) {
  const { t } = useTranslation();
  const styles = useStyles();
  const { personId, setPersonId, isPreview } = usePreviewPerson();
  const data = useCircleData(circleId, personId);
  const exportId = useId();
  const removeId = useId();
  const [exportState, setExportState] = useState<{ kind: "idle" | "working" | "started" } | { kind: "error"; error: TabError }>({ kind: "idle" });
  const [removeState, setRemoveState] = useState<{ kind: "idle" | "working" } | { kind: "done"; result: RemoveMyDataResponse } | { kind: "error"; error: TabError }>({ kind: "idle" });
  const [confirming, setConfirming] = useState(false);

  const startExport = async () => {
    setExportState({ kind: "working" });
    const result = await data.exportLink();
    if (!result.ok) {
      setExportState({ kind: "error", error: result.error });
      return;
    }
    // A plain link to an attachment: the browser (or the one Teams hands it to) downloads it.
    const link = document.createElement("a");
    link.href = result.data.url;
    link.rel = "noopener";
    document.body.appendChild(link);
    link.click();
    link.remove();
    setExportState({ kind: "started" });
  };

  const remove = async () => {
    setConfirming(false);
    setRemoveState({ kind: "working" });
    const result = await data.removeMyData();
    setRemoveState(result.ok ? { kind: "done", result: result.data } : { kind: "error", error: result.error });
  };

  const lines = removeState.kind === "done" ? SUMMARY_KEYS.filter((key) => removeState.result[key] > 0) : [];
  const canRemove = !isPreview || personId !== undefined;

  return (
    <CircleSection title={t("circleData.title")} compact={compact}>
      <div className={styles.part} role="group" aria-labelledby={exportId}>
        <Subtitle2 as="h3" id={exportId} className={styles.heading}>
          {t("circleData.export.title")}
        </Subtitle2>
        <Body1 className={styles.text}>{t("circleData.export.body")}</Body1>
        {canExport ? (
          <Button onClick={() => void startExport()} disabled={exportState.kind === "working"}>
            {exportState.kind === "working" ? t("circleData.export.working") : t("circleData.export.button")}
          </Button>
        ) : (
          <Body1 className={styles.text}>{t("circleData.export.facilitatorsOnly")}</Body1>
        )}
        <div role="status" aria-live="polite" className={styles.status}>
          {exportState.kind === "started" && <Body1>{t("circleData.export.started")}</Body1>}
        </div>
        {exportState.kind === "error" && <ErrorState title={t("circleData.export.title")} error={exportState.error} />}
      </div>

      <div className={styles.part} role="group" aria-labelledby={removeId}>
        <Subtitle2 as="h3" id={removeId} className={styles.heading}>
          {t("circleData.remove.title")}
        </Subtitle2>
        <Body1 className={styles.text}>{t("circleData.remove.body")}</Body1>
        {isPreview && (
          <PersonPicker
            label={t("circleData.remove.previewPerson")}
            hint={t("circleData.remove.previewHint")}
            placeholder={t("me.viewAsPlaceholder")}
            people={people}
            selectedId={personId}
            onSelect={(id) => {
              setPersonId(id);
              setRemoveState({ kind: "idle" });
            }}
          />
        )}
        <Dialog open={confirming} onOpenChange={(_, state) => setConfirming(state.open)} modalType="alert">
          <DialogTrigger disableButtonEnhancement>
            <Button disabled={!canRemove || removeState.kind === "working"}>{removeState.kind === "working" ? t("circleData.remove.working") : t("circleData.remove.button")}</Button>
          </DialogTrigger>
          <DialogSurface>
            <DialogBody>
              <DialogTitle>{t("circleData.remove.confirmTitle")}</DialogTitle>
              <DialogContent>{t("circleData.remove.confirmBody")}</DialogContent>
              <DialogActions>
                <DialogTrigger disableButtonEnhancement>
                  <Button appearance="secondary">{t("circleData.remove.cancel")}</Button>
                </DialogTrigger>
                <Button appearance="primary" onClick={() => void remove()}>
                  {t("circleData.remove.confirm")}
                </Button>
              </DialogActions>
            </DialogBody>
          </DialogSurface>
        </Dialog>
        <div role="status" aria-live="polite">
          {removeState.kind === "done" && (
            <MessageBar intent="success" layout="multiline">
              <MessageBarBody>
                <MessageBarTitle>{t("circleData.remove.doneTitle")}</MessageBarTitle>
                {lines.length === 0 ? (
                  t("circleData.remove.nothing")
                ) : (
                  <ul className={styles.summary}>
                    {lines.map((key) => (
                      <li key={key}>{t(`circleData.remove.${key}`, { count: removeState.result[key] })}</li>
                    ))}
                  </ul>
                )}
              </MessageBarBody>
            </MessageBar>
          )}
        </div>
        {removeState.kind === "error" && <ErrorState title={t("circleData.remove.title")} error={removeState.error} />}
      </div>
    </CircleSection>
  );
}

// A facilitator imports a pack of questions: picks the format, pastes the text or picks a file
// (read here in the browser, at most 1 MB), and sees what the import did.

import {
  Button,
  Body1,
  Caption1,
  Field,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Select,
  Textarea,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { TriviaPackFormat, TriviaPackImport, TriviaPackImportResponse } from "../../../shared/api/types";
import type { ApiResult, TabError } from "../api/api-client";
import { formatSize, likelyFormat, MAX_PACK_BYTES, packBytes, readTextFile } from "../trivia/pack-file";
import { CircleSection } from "./CircleSection";
import { errorMessageOf } from "./ErrorState";
import { PackImportResult } from "./PackImportResult";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  intro: { color: tokens.colorNeutralForeground2 },
  text: { fontFamily: tokens.fontFamilyMonospace },
  file: { display: "flex", alignItems: "center", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  fileName: { color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
  // The native file input stays in the page for the browser, out of sight and out of the tab order.
  hiddenInput: { display: "none" },
  actions: { display: "flex", justifyContent: "flex-start" },
});

const formats: readonly TriviaPackFormat[] = ["json", "csv", "opentdb"];

type Status =
  | { kind: "idle" }
  | { kind: "importing" }
  | { kind: "done"; result: TriviaPackImportResponse; format: TriviaPackFormat }
  | { kind: "failed"; error: TabError }
  /** A problem found here, before anything was sent. */
  | { kind: "refused"; message: string };

interface PackImportFormProps {
  importPack: (pack: TriviaPackImport) => Promise<ApiResult<TriviaPackImportResponse>>;
  compact: boolean;
}

export function PackImportForm({ importPack, compact }: PackImportFormProps) {
  const { t, i18n } = useTranslation();
  const styles = useStyles();
  const fileInput = useRef<HTMLInputElement>(null);
  const fileNameId = useId();
  const [format, setFormat] = useState<TriviaPackFormat>("json");
  const [text, setText] = useState("");
  const [file, setFile] = useState<{ name: string; size: number } | null>(null);
  const [status, setStatus] = useState<Status>({ kind: "idle" });
  const importing = status.kind === "importing";

  const pickFile = async (picked: File | undefined) => {
    if (!picked) return;
    if (picked.size > MAX_PACK_BYTES) {
      setStatus({ kind: "refused", message: t("trivia.import.fileTooLarge", { name: picked.name }) });
      return;
    }
    try {
      const content = await readTextFile(picked);
      setText(content);
      setFile({ name: picked.name, size: picked.size });
      setFormat((chosen) => likelyFormat(picked.name, content, chosen));
      setStatus({ kind: "idle" });
    } catch {
      setStatus({ kind: "refused", message: t("trivia.import.fileUnreadable", { name: picked.name }) });
    }
  };

  const submit = async () => {
    if (importing) return;
    if (!text.trim()) return setStatus({ kind: "refused", message: t("trivia.import.empty") });
    if (packBytes(text) > MAX_PACK_BYTES) return setStatus({ kind: "refused", message: t("trivia.import.tooLarge") });
    setStatus({ kind: "importing" });
    const result = await importPack({ format, text });
    setStatus(result.ok ? { kind: "done", result: result.data, format } : { kind: "failed", error: result.error });
  };

  // The server's own words, except for a body too large for it, which it can only say in English.
  const failure = (error: TabError) => (error.kind !== "network" && error.kind !== "sign-in" && error.status === 413 ? t("trivia.import.tooLarge") : errorMessageOf(error, t));

  return (
    <CircleSection title={t("trivia.import.title")} compact={compact}>
      <Body1 className={styles.intro}>{t("trivia.import.intro")}</Body1>
      <form
        className={styles.form}
        aria-label={t("trivia.import.title")}
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <Field label={t("trivia.import.format")} hint={t(`trivia.import.formatHint.${format}`)}>
          <Select value={format} onChange={(_, data) => setFormat(data.value as TriviaPackFormat)}>
            {formats.map((option) => (
              <option key={option} value={option}>
                {t(`trivia.import.formats.${option}`)}
              </option>
            ))}
          </Select>
        </Field>
        <div className={styles.file}>
          <Button onClick={() => fileInput.current?.click()} aria-describedby={file ? fileNameId : undefined}>
            {t("trivia.import.file")}
          </Button>
          <input
            ref={fileInput}
            type="file"
            accept=".json,.csv,.tsv,.txt,application/json,text/csv,text/plain"
            className={styles.hiddenInput}
            tabIndex={-1}
            aria-hidden="true"
            onChange={(event) => {
              void pickFile(event.target.files?.[0]);
              event.target.value = "";
            }}
          />
          {file && (
            <Caption1 id={fileNameId} className={styles.fileName}>
              {t("trivia.import.fileChosen", { name: file.name, size: formatSize(file.size, i18n.language) })}
            </Caption1>
          )}
        </div>
        <Field label={t("trivia.import.text")} hint={t("trivia.import.textHint")}>
          <Textarea
            value={text}
            resize="vertical"
            rows={compact ? 5 : 8}
            textarea={{ className: styles.text, spellCheck: false, wrap: "off" }}
            onChange={(_, data) => {
              setText(data.value);
              setFile(null);
            }}
          />
        </Field>
        <div aria-live="polite">
          {status.kind === "done" && <PackImportResult result={status.result} format={status.format} />}
          {status.kind === "refused" && (
            <MessageBar intent="error" layout="multiline">
              <MessageBarBody>{status.message}</MessageBarBody>
            </MessageBar>
          )}
          {status.kind === "failed" && (
            <MessageBar intent="error" layout="multiline">
              <MessageBarBody>
                <MessageBarTitle>{t("trivia.import.failed")}</MessageBarTitle>
                {failure(status.error)}
              </MessageBarBody>
            </MessageBar>
          )}
        </div>
        <div className={styles.actions}>
          <Button type="submit" appearance="primary" disabledFocusable={importing}>
            {importing ? t("trivia.import.importing") : t("trivia.import.submit")}
          </Button>
        </div>
      </form>
    </CircleSection>
  );
}

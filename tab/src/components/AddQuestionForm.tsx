// Anyone in the circle adds a question here: the question, the right answer and three wrong
// ones, as with `trivia add` in chat. The server checks the rest (lengths, equal answers) and
// its refusal is shown with what was typed kept.

import { Body1, Button, Field, Input, MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { NewTeamQuestion, TeamQuestionView } from "../../../shared/api/types";
import type { ApiResult, TabError } from "../api/api-client";
import { CircleSection } from "./CircleSection";
import { errorMessageOf } from "./ErrorState";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  intro: { color: tokens.colorNeutralForeground2 },
  actions: { display: "flex", justifyContent: "flex-start" },
});

/** The same limits as the chat card; the server enforces them too. */
const fields = [
  { key: "question", max: 200 },
  { key: "correct", max: 80 },
  { key: "wrong1", max: 80 },
  { key: "wrong2", max: 80 },
  { key: "wrong3", max: 80 },
] as const;

const blank: NewTeamQuestion = { question: "", correct: "", wrong1: "", wrong2: "", wrong3: "" };

/** How long "Added" stays before it gets out of the way. */
const addedNoticeMs = 6000;

type Status = { kind: "idle" } | { kind: "saving" } | { kind: "added" } | { kind: "failed"; error: TabError };

interface AddQuestionFormProps {
  add: (question: NewTeamQuestion) => Promise<ApiResult<TeamQuestionView>>;
  compact: boolean;
}

export function AddQuestionForm({ add, compact }: AddQuestionFormProps) {
  const { t } = useTranslation();
  const styles = useStyles();
  const [draft, setDraft] = useState(blank);
  const [missing, setMissing] = useState<ReadonlySet<keyof NewTeamQuestion>>(new Set());
  const [status, setStatus] = useState<Status>({ kind: "idle" });
  const inputs = useRef<Partial<Record<keyof NewTeamQuestion, HTMLInputElement | null>>>({});
  useEffect(() => {
    if (status.kind !== "added") return;
    const timer = setTimeout(() => setStatus({ kind: "idle" }), addedNoticeMs);
    return () => clearTimeout(timer);
  }, [status]);

  const labelOf = (key: keyof NewTeamQuestion) =>
    key === "question" ? t("trivia.add.question") : key === "correct" ? t("trivia.add.correct") : t("trivia.add.wrong", { n: key.slice(-1) });

  const submit = async () => {
    if (status.kind === "saving") return;
    const empty = fields.filter(({ key }) => !draft[key].trim()).map(({ key }) => key);
    setMissing(new Set(empty));
    if (empty.length > 0) {
      inputs.current[empty[0]]?.focus();
      return;
    }
    setStatus({ kind: "saving" });
    const result = await add(draft);
    if (!result.ok) {
      setStatus({ kind: "failed", error: result.error });
      return;
    }
    setDraft(blank);
    setStatus({ kind: "added" });
    inputs.current.question?.focus();
  };

  return (
    <CircleSection title={t("trivia.add.title")} compact={compact}>
      <Body1 className={styles.intro}>{t("trivia.add.intro")}</Body1>
      <form
        className={styles.form}
        aria-label={t("trivia.add.title")}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        {fields.map(({ key, max }) => (
          <Field key={key} label={labelOf(key)} required validationMessage={missing.has(key) ? t("trivia.add.required") : undefined}>
            <Input
              ref={(element) => {
                inputs.current[key] = element;
              }}
              value={draft[key]}
              maxLength={max}
              onChange={(_, data) => {
                setDraft((before) => ({ ...before, [key]: data.value }));
                if (data.value.trim()) setMissing((before) => new Set([...before].filter((name) => name !== key)));
                if (status.kind === "added") setStatus({ kind: "idle" });
              }}
            />
          </Field>
        ))}
        <div aria-live="polite">
          {status.kind === "added" && (
            <MessageBar intent="success" layout="multiline">
              <MessageBarBody>{t("trivia.add.added")}</MessageBarBody>
            </MessageBar>
          )}
          {status.kind === "failed" && (
            <MessageBar intent="error" layout="multiline">
              <MessageBarBody>
                <MessageBarTitle>{t("trivia.add.failed")}</MessageBarTitle>
                {errorMessageOf(status.error, t)}
              </MessageBarBody>
            </MessageBar>
          )}
        </div>
        <div className={styles.actions}>
          <Button type="submit" appearance="primary" disabledFocusable={status.kind === "saving"}>
            {status.kind === "saving" ? t("trivia.add.saving") : t("trivia.add.submit")}
          </Button>
        </div>
      </form>
    </CircleSection>
  );
}

// One of the circle's own questions: its text, its four answers with the right one marked, where
// it came from, and — for a facilitator or its author — a delete button that asks first.

import { Badge, Body1Strong, Button, Caption1, MessageBar, MessageBarBody, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import type { TeamQuestionView } from "../../../shared/api/types";
import type { ApiResult, TabError } from "../api/api-client";
import { errorMessageOf } from "./ErrorState";

const useStyles = makeStyles({
  item: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalM} 0`,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    ":first-child": { borderTopStyle: "none", paddingTop: 0 },
  },
  head: { display: "flex", alignItems: "flex-start", gap: tokens.spacingHorizontalM },
  question: { flexGrow: 1, minWidth: 0, overflowWrap: "anywhere" },
  delete: { flexShrink: 0 },
  answers: {
    display: "grid",
    gridTemplateColumns: "repeat(2, minmax(0, 1fr))",
    gap: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalM}`,
    margin: 0,
    padding: 0,
    listStyleType: "none",
    "@media (max-width: 480px)": { gridTemplateColumns: "minmax(0, 1fr)" },
  },
  answer: { color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
  right: { color: tokens.colorPaletteGreenForeground1, fontWeight: tokens.fontWeightSemibold },
  mark: { display: "inline-block", width: "1.2em" },
  meta: { display: "flex", alignItems: "center", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  added: { color: tokens.colorNeutralForeground3 },
  confirm: { display: "flex", alignItems: "center", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  // Read by screen readers, not shown: the check mark says it to sighted readers.
  visuallyHidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clipPath: "inset(50%)",
    whiteSpace: "nowrap",
  },
});

type DeleteState = { kind: "idle" } | { kind: "confirming" } | { kind: "deleting" } | { kind: "failed"; error: TabError };

interface TeamQuestionItemProps {
  question: TeamQuestionView;
  remove: (questionId: string) => Promise<ApiResult<undefined>>;
}

export function TeamQuestionItem({ question, remove }: TeamQuestionItemProps) {
  const { t, i18n } = useTranslation();
  const styles = useStyles();
  const textId = useId();
  const [deletion, setDeletion] = useState<DeleteState>({ kind: "idle" });
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: "medium" }).format(new Date(question.addedAt));

  const confirmDelete = async () => {
    setDeletion({ kind: "deleting" });
    const result = await remove(question.id);
    // On success the question leaves the list, and this item with it.
    if (!result.ok) setDeletion({ kind: "failed", error: result.error });
  };

  return (
    <li className={styles.item}>
      <div className={styles.head}>
        <Body1Strong id={textId} className={styles.question}>
          {question.question}
        </Body1Strong>
        {question.canDelete && deletion.kind !== "confirming" && deletion.kind !== "deleting" && (
          <Button className={styles.delete} size="small" appearance="subtle" aria-label={t("trivia.list.deleteLabel", { question: question.question })} onClick={() => setDeletion({ kind: "confirming" })}>
            {t("trivia.list.delete")}
          </Button>
        )}
      </div>
      <ul className={styles.answers} aria-label={t("trivia.list.answers")}>
        {question.choices.map((choice, index) => (
          <li key={index} className={mergeClasses(styles.answer, index === question.answer && styles.right)}>
            <span className={styles.mark} aria-hidden="true">
              {index === question.answer ? "✓" : "·"}
            </span>
            {choice}
            {index === question.answer && <span className={styles.visuallyHidden}> ({t("trivia.list.right")})</span>}
          </li>
        ))}
      </ul>
      <div className={styles.meta}>
        <Badge appearance="tint" color="brand" size="small">
          {question.categoryName}
        </Badge>
        <Badge appearance="tint" color="informative" size="small">
          {t(`trivia.difficulty.${question.difficulty}`)}
        </Badge>
        <Caption1 className={styles.added}>
          {question.addedBy ? t("trivia.list.addedBy", { name: question.addedBy, date }) : t("trivia.list.addedOn", { date })}
        </Caption1>
      </div>
      {(deletion.kind === "confirming" || deletion.kind === "deleting") && (
        <div className={styles.confirm} role="group" aria-label={t("trivia.list.confirm")}>
          <Caption1>{t("trivia.list.confirm")}</Caption1>
          <Button size="small" appearance="primary" disabledFocusable={deletion.kind === "deleting"} onClick={() => void confirmDelete()}>
            {deletion.kind === "deleting" ? t("trivia.list.deleting") : t("trivia.list.confirmDelete")}
          </Button>
          <Button size="small" autoFocus disabled={deletion.kind === "deleting"} onClick={() => setDeletion({ kind: "idle" })}>
            {t("trivia.list.cancel")}
          </Button>
        </div>
      )}
      {deletion.kind === "failed" && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            {t("trivia.list.deleteFailed")}: {errorMessageOf(deletion.error, t)}
          </MessageBarBody>
        </MessageBar>
      )}
    </li>
  );
}

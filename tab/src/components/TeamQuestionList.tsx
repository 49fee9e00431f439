// The circle's own questions, newest first, or an invitation to write the first one.

import { Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import type { TeamQuestionsResponse } from "../../../shared/api/types";
import type { ApiResult } from "../api/api-client";
import { CircleSection } from "./CircleSection";
import { EmptyState } from "./EmptyState";
import { TeamQuestionItem } from "./TeamQuestionItem";

const useStyles = makeStyles({
  count: { color: tokens.colorNeutralForeground3 },
  list: { display: "flex", flexDirection: "column", margin: 0, padding: 0, listStyleType: "none" },
});

interface TeamQuestionListProps {
  list: TeamQuestionsResponse;
  remove: (questionId: string) => Promise<ApiResult<undefined>>;
  compact: boolean;
}

export function TeamQuestionList({ list, remove, compact }: TeamQuestionListProps) {
  const { t } = useTranslation();
  const styles = useStyles();
  const shown = list.questions.length;
  return (
    <CircleSection title={t("trivia.list.title")} compact={compact}>
      {shown === 0 ? (
        <EmptyState compact={compact}>{t("trivia.list.empty")}</EmptyState>
      ) : (
        <>
          <Caption1 className={styles.count}>
            {shown < list.total ? t("trivia.list.showing", { shown, total: list.total }) : t("trivia.list.count", { count: list.total })}
          </Caption1>
          <ul className={styles.list} aria-label={t("trivia.list.title")}>
            {list.questions.map((question) => (
              <TeamQuestionItem key={question.id} question={question} remove={remove} />
            ))}
          </ul>
        </>
      )}
    </CircleSection>
  );
}

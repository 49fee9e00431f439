// The circle's own trivia questions (`#/trivia`): everyone reads them and adds one; facilitators
// import packs. The API decides who may import and delete; the page only shows what is allowed.

import { Body1, Link, makeStyles, tokens } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import { useTeamQuestions } from "../api/useTeamQuestions";
import { AddQuestionForm } from "../components/AddQuestionForm";
import { PackImportForm } from "../components/PackImportForm";
import { PageTitle } from "../components/PageTitle";
import { ResourceView } from "../components/ResourceView";
import { TeamQuestionList } from "../components/TeamQuestionList";
import { useCompactLayout } from "../teams/useCompactLayout";
import { useNotifyLoaded } from "../teams/useNotifyLoaded";
import { CircleScope, useCirclePageHref } from "./CircleScope";
import { TwoColumns } from "../components/TwoColumns";

const useStyles = makeStyles({
  header: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  back: { alignSelf: "flex-start" },
  intro: { color: tokens.colorNeutralForeground2 },
});

export function TriviaQuestionsPage({ previewCircleId }: { previewCircleId?: string }) {
  return (
    <CircleScope page="trivia" previewCircleId={previewCircleId}>
      {(circleId) => <CircleTriviaQuestions key={circleId} circleId={circleId} />}
    </CircleScope>
  );
}

function CircleTriviaQuestions({ circleId }: { circleId: string }) {
  const { t } = useTranslation();
  const styles = useStyles();
  const compact = useCompactLayout();
  const pageHref = useCirclePageHref();
  const { list, add, importPack, remove } = useTeamQuestions(circleId);
  useNotifyLoaded(list.status === "ready" || list.status === "error");

  return (
    <>
      <header className={styles.header}>
        <Link href={pageHref("circle", circleId)} className={styles.back}>
          <span aria-hidden="true">← </span>
          {t("trivia.back")}
        </Link>
        <PageTitle compact={compact}>{t("trivia.title")}</PageTitle>
        <Body1 className={styles.intro}>{t("trivia.intro")}</Body1>
      </header>
      <ResourceView resource={list} loadingLabel={t("trivia.loading")} errorTitle={t("trivia.error")}>
        {(data) => (
          <TwoColumns
            compact={compact}
            main={<TeamQuestionList list={data} remove={remove} compact={compact} />}
            side={
              <>
                <AddQuestionForm add={add} compact={compact} />
                {data.canImport && <PackImportForm importPack={importPack} compact={compact} />}
              </>
            }
          />
        )}
      </ResourceView>
    </>
  );
}

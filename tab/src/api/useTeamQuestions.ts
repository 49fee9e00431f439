// GET /api/circles/:id/trivia/questions: the circle's own trivia questions, with adding one,
// importing a pack (facilitators) and deleting. Each change is applied to the loaded list in
// place, so the page never flashes back to "loading"; texts come in the reader's language.

import { useCallback, useState } from "react";
import { useTranslation } from "react-i18next";
import type {
  NewTeamQuestion,
  TeamQuestionsResponse,
  TeamQuestionView,
  TriviaPackImport,
  TriviaPackImportResponse,
} from "../../../shared/api/types";
import type { ApiResult } from "./api-client";
import { useApiClient } from "./ApiClientContext";
import { useApiResource, type Resource } from "./useApiResource";

export interface TeamQuestions {
  list: Resource<TeamQuestionsResponse>;
  add: (question: NewTeamQuestion) => Promise<ApiResult<TeamQuestionView>>;
  importPack: (pack: TriviaPackImport) => Promise<ApiResult<TriviaPackImportResponse>>;
  remove: (questionId: string) => Promise<ApiResult<undefined>>;
}

type Change = (list: TeamQuestionsResponse) => TeamQuestionsResponse;

export function useTeamQuestions(circleId: string): TeamQuestions {
  const client = useApiClient();
  const { i18n } = useTranslation();
  const base = `/api/circles/${encodeURIComponent(circleId)}/trivia`;
  const lang = `?lang=${i18n.language}`;
  const listPath = `${base}/questions${lang}`;
  const resource = useApiResource<TeamQuestionsResponse>(listPath);
  const loaded = resource.status === "ready" ? resource.data : undefined;

  // The list as changed on this page since it was loaded; a new load (retry, other language) replaces it.
  const [changed, setChanged] = useState<{ from: TeamQuestionsResponse; list: TeamQuestionsResponse } | null>(null);
  const current = changed && changed.from === loaded ? changed.list : loaded;
  const change = useCallback(
    (apply: Change) =>
      setChanged((before) => {
        if (!loaded) return before;
        return { from: loaded, list: apply(before && before.from === loaded ? before.list : loaded) };
      }),
    [loaded],
  );

  const add = useCallback(
    async (question: NewTeamQuestion) => {
      const result = await client.post<TeamQuestionView>(`${base}/questions${lang}`, question);
      if (result.ok) change((list) => ({ ...list, total: list.total + 1, questions: [result.data, ...list.questions] }));
      return result;
    },
    [client, base, lang, change],
  );

  const importPack = useCallback(
    async (pack: TriviaPackImport) => {
      const result = await client.post<TriviaPackImportResponse>(`${base}/packs${lang}`, pack);
      if (result.ok && result.data.imported > 0) {
        const fresh = await client.get<TeamQuestionsResponse>(listPath);
        if (fresh.ok) change(() => fresh.data);
      }
      return result;
    },
    [client, base, lang, listPath, change],
  );

  const remove = useCallback(
    async (questionId: string) => {
      const result = await client.delete(`${base}/questions/${encodeURIComponent(questionId)}${lang}`);
      if (result.ok) {
        change((list) => ({ ...list, total: list.total - 1, questions: list.questions.filter((question) => question.id !== questionId) }));
      }
      return result;
    },
    [client, base, lang, change],
  );

  const list: Resource<TeamQuestionsResponse> = current ? { status: "ready", data: current, reload: resource.reload } : resource;
  return { list, add, importPack, remove };
}

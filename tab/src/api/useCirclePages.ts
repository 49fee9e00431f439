// The circle pages' API resources: Home, the history, one session, the leaderboards. Texts (ritual
// names) come in the reader's language (`?lang=`).

import { useTranslation } from "react-i18next";
import type { HistoryResponse, HomeResponse, LeaderboardsResponse, SessionDetailsResponse } from "../../../shared/api/types";
import { useApiResource, type Resource } from "./useApiResource";
import { usePagedList, type PagedList } from "./usePagedList";
import { usePreviewPerson, withPerson } from "./usePreviewPerson";

const circlePath = (circleId: string) => `/api/circles/${encodeURIComponent(circleId)}`;

/** A query string from the filters that are set, plus the reader's language. */
export function queryOf(params: Record<string, string | undefined>, language: string): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value) search.set(key, value);
  search.set("lang", language);
  return `?${search.toString()}`;
}

export function useHome(circleId: string): Resource<HomeResponse> {
  const { i18n } = useTranslation();
  const { personId } = usePreviewPerson();
  return useApiResource<HomeResponse>(withPerson(`${circlePath(circleId)}/home?lang=${i18n.language}`, personId));
}

export interface HistoryFilters {
  ritual?: string;
  /** "YYYY-MM" */
  month?: string;
}

export function useHistory(circleId: string, filters: HistoryFilters): PagedList<HistoryResponse> {
  const { i18n } = useTranslation();
  return usePagedList<HistoryResponse>(`${circlePath(circleId)}/history${queryOf({ ritual: filters.ritual, month: filters.month }, i18n.language)}`);
}

export function useSessionDetails(circleId: string, sessionId: string): Resource<SessionDetailsResponse> {
  const { i18n } = useTranslation();
  return useApiResource<SessionDetailsResponse>(`${circlePath(circleId)}/sessions/${encodeURIComponent(sessionId)}?lang=${i18n.language}`);
}

export function useLeaderboards(circleId: string): Resource<LeaderboardsResponse> {
  const { i18n } = useTranslation();
  return useApiResource<LeaderboardsResponse>(`${circlePath(circleId)}/leaderboards?lang=${i18n.language}`);
}

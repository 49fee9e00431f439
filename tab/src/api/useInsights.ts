// GET /api/circles/:id/insights: twelve weeks of the circle's rhythm (facilitators only; a member
// gets the API's 403 with who to ask).

import { useTranslation } from "react-i18next";
import type { InsightsResponse } from "../../../shared/api/types";
import { useApiResource, type Resource } from "./useApiResource";

export function useInsights(circleId: string): Resource<InsightsResponse> {
  const { i18n } = useTranslation();
  return useApiResource<InsightsResponse>(`/api/circles/${encodeURIComponent(circleId)}/insights?lang=${i18n.language}`);
}

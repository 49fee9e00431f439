// GET /api/circles/:id/journey: the circle's Walk the Globe route (null before the first stop).

import type { JourneyResponse } from "../../../shared/api/types";
import { useApiResource, type Resource } from "./useApiResource";

export function useJourney(circleId: string): Resource<JourneyResponse> {
  return useApiResource<JourneyResponse>(`/api/circles/${encodeURIComponent(circleId)}/journey`);
}

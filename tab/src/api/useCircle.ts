// GET /api/circles/:id: one circle with its people, history and shoutouts.

import type { CircleDetailsResponse } from "../../../shared/api/types";
import { useApiResource, type Resource } from "./useApiResource";

export function useCircle(circleId: string | undefined): Resource<CircleDetailsResponse> {
  return useApiResource<CircleDetailsResponse>(circleId ? `/api/circles/${encodeURIComponent(circleId)}` : null);
}

// GET /api/circles: the circles the user may see (every circle in the local preview).

import type { CircleListResponse } from "../../../shared/api/types";
import { useApiResource, type Resource } from "./useApiResource";

export function useCircles(): Resource<CircleListResponse> {
  return useApiResource<CircleListResponse>("/api/circles");
}

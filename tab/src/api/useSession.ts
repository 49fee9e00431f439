// GET /api/session: whether the server runs locally (preview allowed) or for Teams.

import type { SessionInfo } from "../../../shared/api/types";
import { useApiResource, type Resource } from "./useApiResource";

export function useSession(): Resource<SessionInfo> {
  return useApiResource<SessionInfo>("/api/session");
}

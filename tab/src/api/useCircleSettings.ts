// GET /api/circles/:id/settings: the circle's rituals and rhythm, with the catalog and the next
// moments; `save` sends a patch (PATCH, facilitators only) and answers the saved settings.

import { useCallback } from "react";
import type { CircleSettingsResponse } from "../../../shared/api/types";
import type { SettingsPatch } from "../settings/settings-patch";
import type { ApiResult } from "./api-client";
import { useApiClient } from "./ApiClientContext";
import { useApiResource, type Resource } from "./useApiResource";

export type SaveSettings = (patch: SettingsPatch) => Promise<ApiResult<CircleSettingsResponse>>;

export function useCircleSettings(circleId: string): Resource<CircleSettingsResponse> & { save: SaveSettings } {
  const client = useApiClient();
  const path = `/api/circles/${encodeURIComponent(circleId)}/settings`;
  const resource = useApiResource<CircleSettingsResponse>(path);
  const save = useCallback<SaveSettings>((patch) => client.patch<CircleSettingsResponse>(path, patch), [client, path]);
  return { ...resource, save };
}

// GET /api/circles/:id/settings: the circle's rituals and rhythm, with the catalog and the next
// moments; `save` sends a patch (PATCH, facilitators only) and answers the saved settings.
// Ritual names and refusals come in the reader's language (`?lang=`), whatever the circle's.

import { useCallback } from "react";
import { useTranslation } from "react-i18next";
import type { CircleSettingsResponse } from "../../../shared/api/types";
import type { SettingsPatch } from "../../../shared/rituals";
import type { ApiResult } from "./api-client";
import { useApiClient } from "./ApiClientContext";
import { useApiResource, type Resource } from "./useApiResource";

export type SaveSettings = (patch: SettingsPatch) => Promise<ApiResult<CircleSettingsResponse>>;

export function useCircleSettings(circleId: string): Resource<CircleSettingsResponse> & { save: SaveSettings } {
  const client = useApiClient();
  const { i18n } = useTranslation();
  const path = `/api/circles/${encodeURIComponent(circleId)}/settings?lang=${i18n.language}`;
  const resource = useApiResource<CircleSettingsResponse>(path);
  const save = useCallback<SaveSettings>((patch) => client.patch<CircleSettingsResponse>(path, patch), [client, path]);
  return { ...resource, save };
}

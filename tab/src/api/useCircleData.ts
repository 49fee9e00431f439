// The circle's data: `exportLink` asks for a one-time download link (facilitators), and
// `removeMyData` removes the caller's own data in the circle (in the preview, of the person picked).

import { useCallback } from "react";
import { useTranslation } from "react-i18next";
import type { ExportLinkResponse, RemoveMyDataResponse } from "../../../shared/api/types";
import type { ApiResult } from "./api-client";
import { useApiClient } from "./ApiClientContext";
import { withPerson } from "./usePreviewPerson";

export function useCircleData(circleId: string, personId: string | undefined) {
  const client = useApiClient();
  const { i18n } = useTranslation();
  const base = `/api/circles/${encodeURIComponent(circleId)}`;
  const exportLink = useCallback(
    (): Promise<ApiResult<ExportLinkResponse>> => client.post<ExportLinkResponse>(`${base}/export?lang=${i18n.language}`, {}),
    [client, base, i18n.language],
  );
  const removeMyData = useCallback(
    (): Promise<ApiResult<RemoveMyDataResponse>> => client.post<RemoveMyDataResponse>(withPerson(`${base}/my-data/remove?lang=${i18n.language}`, personId), {}),
    [client, base, i18n.language, personId],
  );
  return { exportLink, removeMyData };
}

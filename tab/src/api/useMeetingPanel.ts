// GET /api/circles/:id/meeting-panel: today's quick games and the newest shoutouts; `start`
// opens a game's round in the meeting chat (POST) and the panel reloads to show its state.

import { useCallback } from "react";
import { useTranslation } from "react-i18next";
import type { MeetingPanelResponse, QuickGameStartResponse } from "../../../shared/api/types";
import type { RitualId } from "../../../shared/rituals/types";
import type { ApiResult } from "./api-client";
import { useApiClient } from "./ApiClientContext";
import { useApiResource, type Resource } from "./useApiResource";

export type StartGame = (ritualId: RitualId) => Promise<ApiResult<QuickGameStartResponse>>;

export function useMeetingPanel(circleId: string): Resource<MeetingPanelResponse> & { start: StartGame } {
  const client = useApiClient();
  const { i18n } = useTranslation();
  const base = `/api/circles/${encodeURIComponent(circleId)}/meeting-panel`;
  const resource = useApiResource<MeetingPanelResponse>(`${base}?lang=${i18n.language}`);
  const start = useCallback<StartGame>(
    (ritualId) => client.post<QuickGameStartResponse>(`${base}/games/${encodeURIComponent(ritualId)}?lang=${i18n.language}`, {}),
    [client, base, i18n.language],
  );
  return { ...resource, start };
}

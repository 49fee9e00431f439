// GET /api/circles/:id/shoutouts: the wall in pages, with giving a shoutout (POST) and a +1
// (POST …/reactions) applied to the loaded wall in place. In the local preview the person picked
// as "you" (`?as=`) gives and reacts.

import { useCallback } from "react";
import { useTranslation } from "react-i18next";
import type { GiveShoutoutResponse, NewShoutout, ShoutoutCardView, WallResponse } from "../../../shared/api/types";
import type { ApiResult } from "./api-client";
import { useApiClient } from "./ApiClientContext";
import { queryOf } from "./useCirclePages";
import { usePagedList, type PagedList } from "./usePagedList";
import { usePreviewPerson, withPerson } from "./usePreviewPerson";

export interface WallFilters {
  person?: string;
  tag?: string;
  /** ISO week "YYYY-Www". */
  week?: string;
}

export interface Wall extends PagedList<WallResponse> {
  give: (shoutout: NewShoutout) => Promise<ApiResult<GiveShoutoutResponse>>;
  react: (shoutoutId: string) => Promise<ApiResult<ShoutoutCardView>>;
}

export function useWall(circleId: string, filters: WallFilters): Wall {
  const client = useApiClient();
  const { i18n } = useTranslation();
  const { personId } = usePreviewPerson();
  const base = `/api/circles/${encodeURIComponent(circleId)}/shoutouts`;
  const paged = usePagedList<WallResponse>(withPerson(`${base}${queryOf({ person: filters.person, tag: filters.tag, week: filters.week }, i18n.language)}`, personId));
  const { update } = paged;
  const lang = `?lang=${i18n.language}`;

  const give = useCallback(
    async (shoutout: NewShoutout) => {
      const result = await client.post<GiveShoutoutResponse>(withPerson(`${base}${lang}`, personId), shoutout);
      if (result.ok) update((page) => ({ ...page, total: page.total + 1, items: [result.data.shoutout, ...page.items] }));
      return result;
    },
    [client, base, lang, personId, update],
  );

  const react = useCallback(
    async (shoutoutId: string) => {
      const result = await client.post<ShoutoutCardView>(withPerson(`${base}/${encodeURIComponent(shoutoutId)}/reactions${lang}`, personId), {});
      if (result.ok) update((page) => ({ ...page, items: page.items.map((item) => (item.id === shoutoutId ? result.data : item)) }));
      return result;
    },
    [client, base, lang, personId, update],
  );

  return { ...paged, give, react };
}

// GET /api/me: the person's circles across teams and their streaks (in the preview, of the
// person picked with usePreviewPerson).

import { useTranslation } from "react-i18next";
import type { MeResponse } from "../../../shared/api/types";
import { useApiResource, type Resource } from "./useApiResource";
import { withPerson } from "./usePreviewPerson";

export function useMe(personId: string | undefined): Resource<MeResponse> {
  const { i18n } = useTranslation();
  return useApiResource<MeResponse>(withPerson(`/api/me?lang=${i18n.language}`, personId));
}

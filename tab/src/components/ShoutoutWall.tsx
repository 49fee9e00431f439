// The circle's shoutout wall, newest first. Shoutouts can't be given yet, so the API sends an
// empty list and this says what will appear here.

import { useTranslation } from "react-i18next";
import type { CircleDetailsResponse } from "../../../shared/api/types";
import { CircleSection } from "./CircleSection";
import { EmptyState } from "./EmptyState";

export function ShoutoutWall({ shoutouts, compact }: { shoutouts: CircleDetailsResponse["shoutouts"]; compact: boolean }) {
  const { t } = useTranslation();
  return (
    <CircleSection title={t("shoutouts.title")} compact={compact}>
      {shoutouts.length === 0 && <EmptyState compact={compact}>{t("shoutouts.empty")}</EmptyState>}
    </CircleSection>
  );
}

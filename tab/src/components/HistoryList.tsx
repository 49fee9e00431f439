// The circle's history of ritual sessions, newest first. Rituals don't run yet, so the API
// sends an empty list and this shows what will appear instead of inventing anything.

import { useTranslation } from "react-i18next";
import type { CircleDetailsResponse } from "../../../shared/api/types";
import { CircleSection } from "./CircleSection";
import { EmptyState } from "./EmptyState";

export function HistoryList({ sessions, compact }: { sessions: CircleDetailsResponse["history"]; compact: boolean }) {
  const { t } = useTranslation();
  return (
    <CircleSection title={t("history.title")} compact={compact}>
      {sessions.length === 0 && <EmptyState compact={compact}>{t("history.empty")}</EmptyState>}
    </CircleSection>
  );
}

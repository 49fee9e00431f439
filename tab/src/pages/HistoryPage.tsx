// The circle's history (`#/history`): every session newest first, filtered by ritual and month,
// "Load more" for older ones; a session opens its details.

import { Field, Input, Select } from "@fluentui/react-components";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ritualCatalog } from "../../../shared/rituals/catalog";
import { useHistory, type HistoryFilters } from "../api/useCirclePages";
import { CircleSection } from "../components/CircleSection";
import { EmptyState } from "../components/EmptyState";
import { FilterBar } from "../components/FilterBar";
import { LoadMore } from "../components/LoadMore";
import { PageHeader } from "../components/PageHeader";
import { ResourceView } from "../components/ResourceView";
import { SessionList } from "../components/SessionList";
import { useCompactLayout } from "../teams/useCompactLayout";
import { useNotifyLoaded } from "../teams/useNotifyLoaded";
import { CircleScope } from "./CircleScope";

export function HistoryPage({ previewCircleId }: { previewCircleId?: string }) {
  return (
    <CircleScope page="history" previewCircleId={previewCircleId}>
      {(circleId) => <CircleHistory key={circleId} circleId={circleId} />}
    </CircleScope>
  );
}

function CircleHistory({ circleId }: { circleId: string }) {
  const { t, i18n } = useTranslation();
  const compact = useCompactLayout();
  const [filters, setFilters] = useState<HistoryFilters>({});
  const history = useHistory(circleId, filters);
  useNotifyLoaded(history.list.status === "ready" || history.list.status === "error");
  const filtered = Boolean(filters.ritual || filters.month);
  const language = i18n.language === "nl" ? "nl" : "en";

  return (
    <>
      <PageHeader title={t("history.title")} intro={t("historyPage.intro")} compact={compact} />
      <FilterBar label={t("historyPage.filters")} clearLabel={t("historyPage.clear")} active={filtered} onClear={() => setFilters({})}>
        <Field label={t("historyPage.ritual")}>
          <Select value={filters.ritual ?? ""} onChange={(_, data) => setFilters((f) => ({ ...f, ritual: data.value || undefined }))}>
            <option value="">{t("historyPage.allRituals")}</option>
            {ritualCatalog.map((ritual) => (
              <option key={ritual.id} value={ritual.id}>
                {ritual.name[language]}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t("historyPage.month")}>
          <Input
            type="month"
            value={filters.month ?? ""}
            onChange={(_, data) => setFilters((f) => ({ ...f, month: /^\d{4}-\d{2}$/.test(data.value) ? data.value : undefined }))}
          />
        </Field>
      </FilterBar>
      <CircleSection title={t("historyPage.listLabel")} compact={compact}>
        <ResourceView resource={history.list} loadingLabel={t("historyPage.loading")} errorTitle={t("historyPage.error")}>
          {(page) =>
            page.items.length === 0 ? (
              <EmptyState compact={compact}>{filtered ? t("historyPage.emptyFiltered") : t("history.empty")}</EmptyState>
            ) : (
              <>
                <SessionList sessions={page.items} timeZone={page.timeZone} label={t("historyPage.listLabel")} />
                <LoadMore
                  hasMore={page.nextCursor !== null}
                  loading={history.loadingMore}
                  error={history.moreError}
                  onLoad={history.loadMore}
                  shown={page.items.length}
                  labels={{ more: t("historyPage.more"), loading: t("historyPage.loadingMore"), error: t("historyPage.moreError"), end: "historyPage.end" }}
                />
              </>
            )
          }
        </ResourceView>
      </CircleSection>
    </>
  );
}

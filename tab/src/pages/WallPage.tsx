// The shoutout wall (`#/wall`): the circle's shoutouts newest first as cards, filtered by person,
// value tag and week; give one (posted in the chat too), +1 one; milestones celebrated.

import { Caption1, Field, Input, Select, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { usePreviewPerson } from "../api/usePreviewPerson";
import { useWall, type WallFilters } from "../api/useWall";
import { CircleSection } from "../components/CircleSection";
import { useCircleDates } from "../components/dates";
import { EmptyState } from "../components/EmptyState";
import { FilterBar } from "../components/FilterBar";
import { GiveShoutoutForm } from "../components/GiveShoutoutForm";
import { LoadMore } from "../components/LoadMore";
import { MilestoneBanner } from "../components/MilestoneBanner";
import { PageHeader } from "../components/PageHeader";
import { ResourceView } from "../components/ResourceView";
import { ShoutoutCard } from "../components/ShoutoutCard";
import { TwoColumns } from "../components/TwoColumns";
import { useCompactLayout } from "../teams/useCompactLayout";
import { useNotifyLoaded } from "../teams/useNotifyLoaded";
import { CircleScope } from "./CircleScope";

const useStyles = makeStyles({
  cards: { display: "grid", gridTemplateColumns: "repeat(auto-fill, minmax(240px, 1fr))", gap: tokens.spacingHorizontalM, margin: 0, padding: 0, listStyleType: "none" },
  total: { color: tokens.colorNeutralForeground3 },
  main: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL, minWidth: 0 },
});

export function WallPage({ previewCircleId }: { previewCircleId?: string }) {
  return (
    <CircleScope page="wall" previewCircleId={previewCircleId}>
      {(circleId) => <CircleWall key={circleId} circleId={circleId} />}
    </CircleScope>
  );
}

function CircleWall({ circleId }: { circleId: string }) {
  const { t } = useTranslation();
  const styles = useStyles();
  const compact = useCompactLayout();
  const [filters, setFilters] = useState<WallFilters>({});
  // The people and tags stay as first loaded while filters reload the list.
  const [known, setKnown] = useState<{ people: { id: string; name: string }[]; tags: string[]; timeZone: string } | null>(null);
  const wall = useWall(circleId, filters);
  const preview = usePreviewPerson();
  useNotifyLoaded(wall.list.status === "ready" || wall.list.status === "error");
  const loaded = wall.list.status === "ready" ? wall.list.data : null;
  if (loaded && known === null) setKnown({ people: loaded.people, tags: loaded.tags, timeZone: loaded.timeZone });
  const people = known?.people ?? [];
  const tags = known?.tags ?? [];
  const filtered = Boolean(filters.person || filters.tag || filters.week);
  const dates = useCircleDates(known?.timeZone ?? "UTC");

  return (
    <>
      <PageHeader title={t("shoutouts.title")} intro={t("wall.intro")} compact={compact} />
      <TwoColumns
        compact={compact}
        main={
          <div className={styles.main}>
            <FilterBar label={t("wall.filters")} clearLabel={t("wall.clear")} active={filtered} onClear={() => setFilters({})}>
              <Field label={t("wall.person")}>
                <Select value={filters.person ?? ""} onChange={(_, data) => setFilters((f) => ({ ...f, person: data.value || undefined }))}>
                  <option value="">{t("wall.anyone")}</option>
                  {people.map((person) => (
                    <option key={person.id} value={person.id}>
                      {person.name}
                    </option>
                  ))}
                </Select>
              </Field>
              <Field label={t("wall.tag")}>
                <Select value={filters.tag ?? ""} onChange={(_, data) => setFilters((f) => ({ ...f, tag: data.value || undefined }))}>
                  <option value="">{t("wall.anyTag")}</option>
                  {tags.map((tag) => (
                    <option key={tag} value={tag}>
                      {t(`shoutouts:tags.${tag}`, { defaultValue: tag })}
                    </option>
                  ))}
                </Select>
              </Field>
              <Field label={t("wall.week")}>
                <Input type="week" value={filters.week ?? ""} onChange={(_, data) => setFilters((f) => ({ ...f, week: /^\d{4}-W\d{2}$/.test(data.value) ? data.value : undefined }))} />
              </Field>
            </FilterBar>
            <ResourceView resource={wall.list} loadingLabel={t("wall.loading")} errorTitle={t("wall.error")}>
              {(page) => (
                <>
                  {page.milestone && !filtered && <MilestoneBanner milestone={page.milestone} />}
                  <CircleSection title={t("wall.listLabel")} compact={compact}>
                    <Caption1 className={styles.total}>{t("wall.total", { count: page.total })}</Caption1>
                    {page.items.length === 0 ? (
                      <EmptyState compact={compact}>{filtered ? t("wall.emptyFiltered") : t("shoutouts.empty")}</EmptyState>
                    ) : (
                      <>
                        <ul className={styles.cards} aria-label={t("wall.listLabel")}>
                          {page.items.map((shoutout) => (
                            <li key={shoutout.id}>
                              <ShoutoutCard shoutout={shoutout} formatMoment={dates.moment} onReact={wall.react} />
                            </li>
                          ))}
                        </ul>
                        <LoadMore
                          hasMore={page.nextCursor !== null}
                          loading={wall.loadingMore}
                          error={wall.moreError}
                          onLoad={wall.loadMore}
                          shown={page.items.length}
                          labels={{ more: t("wall.more"), loading: t("wall.loadingMore"), error: t("wall.moreError"), end: "historyPage.end" }}
                        />
                      </>
                    )}
                  </CircleSection>
                </>
              )}
            </ResourceView>
          </div>
        }
        side={
          known ? (
            <GiveShoutoutForm
              people={people}
              tags={tags}
              me={loaded?.me ?? null}
              preview={preview.isPreview ? { personId: preview.personId, setPersonId: preview.setPersonId } : null}
              give={wall.give}
              compact={compact}
            />
          ) : null
        }
      />
    </>
  );
}

// The journey in words: totals, every stop with its leg, and the milestones reached — the text
// alternative of the map, and the place to read the route closely.

import { Body1, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import type { JourneyView } from "../../../../shared/api/types";
import { CircleSection } from "../CircleSection";

const useStyles = makeStyles({
  totals: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXXXL, margin: 0 },
  total: { display: "flex", flexDirection: "column-reverse", margin: 0 },
  number: { fontSize: tokens.fontSizeHero700, lineHeight: tokens.lineHeightHero700, fontWeight: tokens.fontWeightSemibold, margin: 0, fontVariantNumeric: "tabular-nums" },
  label: { color: tokens.colorNeutralForeground3 },
  continents: { color: tokens.colorNeutralForeground2 },
  stops: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, margin: 0, paddingInlineStart: tokens.spacingHorizontalXL },
  milestones: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, margin: 0, padding: 0, listStyleType: "none" },
  item: { display: "flex", flexDirection: "column" },
  // The stop's number stays visible: the list item keeps its marker.
  stop: { display: "list-item", "::marker": { color: tokens.colorNeutralForeground3 } },
  meta: { color: tokens.colorNeutralForeground3 },
});

const numberFormats = new Map<string, Intl.NumberFormat>();
export function formatKm(km: number, locale: string): string {
  let format = numberFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
    numberFormats.set(locale, format);
  }
  return format.format(km);
}

function formatDate(iso: string, locale: string): string {
  return new Date(iso).toLocaleDateString(locale, { day: "numeric", month: "long", year: "numeric" });
}

export function JourneyTotals({ journey }: { journey: JourneyView }) {
  const { t, i18n } = useTranslation();
  const styles = useStyles();
  const continents = journey.continents.map((code) => t(`journey.continent.${code}`, { defaultValue: code })).join(", ");
  return (
    <>
      <dl className={styles.totals} aria-label={t("journey.totals.label")}>
        <div className={styles.total}>
          <dt className={styles.label}>
            <Caption1>{t("journey.totals.km")}</Caption1>
          </dt>
          <dd className={styles.number}>{t("journey.km", { km: formatKm(journey.totalKm, i18n.language) })}</dd>
        </div>
        <div className={styles.total}>
          <dt className={styles.label}>
            <Caption1>{t("journey.totals.countries")}</Caption1>
          </dt>
          <dd className={styles.number}>{journey.countries}</dd>
        </div>
        <div className={styles.total}>
          <dt className={styles.label}>
            <Caption1>{t("journey.totals.continents")}</Caption1>
          </dt>
          <dd className={styles.number}>{journey.continents.length}</dd>
        </div>
      </dl>
      <Body1 className={styles.continents}>{continents}</Body1>
    </>
  );
}

export function JourneyStops({ journey, compact }: { journey: JourneyView; compact: boolean }) {
  const { t, i18n } = useTranslation();
  const styles = useStyles();
  const locale = i18n.language === "nl" ? "nl" : "en";
  return (
    <CircleSection title={t("journey.stops")} compact={compact}>
      <ol className={styles.stops}>
        {journey.stops.map((stop, index) => (
          <li key={`${stop.code}-${index}`} className={styles.stop}>
            <div className={styles.item}>
              <Body1>{t("journey.stopLine", { name: stop.name[locale] })}</Body1>
              <Caption1 className={styles.meta}>
                {index === 0 ? t("journey.start") : t("journey.leg", { km: formatKm(stop.legKm, i18n.language) })} · {formatDate(stop.at, i18n.language)}
              </Caption1>
            </div>
          </li>
        ))}
      </ol>
    </CircleSection>
  );
}

export function JourneyMilestones({ journey, compact }: { journey: JourneyView; compact: boolean }) {
  const { t, i18n } = useTranslation();
  const styles = useStyles();
  if (journey.milestones.length === 0) return null;
  return (
    <CircleSection title={t("journey.milestones")} compact={compact}>
      <ul className={styles.milestones}>
        {journey.milestones.map((milestone) => (
          <li key={milestone.id} className={styles.item}>
            <Body1>{t(`globe:milestones.${milestone.id}`, { defaultValue: milestone.id })}</Body1>
            <Caption1 className={styles.meta}>{formatDate(milestone.at, i18n.language)}</Caption1>
          </li>
        ))}
      </ul>
    </CircleSection>
  );
}

// Week-by-week bars drawn with plain elements and Fluent tokens (no chart library): each bar is a
// stack of segments, sized against `max`. The drawing is hidden from screen readers — it carries a
// one-line summary as its label, and the numbers are in the table next to it (NumbersTable).

import { Caption1, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";

export type BarTone = "held" | "missed" | "upcoming" | "extra" | "share" | "sent" | "received";

export interface BarSegment {
  value: number;
  tone: BarTone;
}

export interface WeekBar {
  /** Short label under the bar ("23/11"). */
  label: string;
  segments: BarSegment[];
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, minWidth: 0 },
  plot: {
    display: "grid",
    gridAutoFlow: "column",
    gridAutoColumns: "minmax(0, 1fr)",
    alignItems: "end",
    gap: tokens.spacingHorizontalXS,
    height: "120px",
    paddingBottom: tokens.spacingVerticalXXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
  },
  compactPlot: { height: "80px", gap: "2px" },
  bar: { display: "flex", flexDirection: "column-reverse", height: "100%", justifyContent: "flex-start" },
  segment: { width: "100%", minHeight: 0, boxSizing: "border-box" },
  labels: { display: "grid", gridAutoFlow: "column", gridAutoColumns: "minmax(0, 1fr)", gap: tokens.spacingHorizontalXS },
  label: { color: tokens.colorNeutralForeground3, textAlign: "center", overflow: "hidden", whiteSpace: "nowrap", fontSize: tokens.fontSizeBase100 },
  held: { backgroundColor: tokens.colorBrandBackground },
  share: { backgroundColor: tokens.colorBrandBackground },
  sent: { backgroundColor: tokens.colorBrandBackground },
  received: { backgroundColor: tokens.colorPaletteLightTealBackground2, border: `${tokens.strokeWidthThin} solid ${tokens.colorPaletteLightTealBorderActive}` },
  extra: { backgroundColor: tokens.colorPaletteLightTealBackground2, border: `${tokens.strokeWidthThin} solid ${tokens.colorPaletteLightTealBorderActive}` },
  missed: { border: `${tokens.strokeWidthThick} dashed ${tokens.colorNeutralStroke1}`, backgroundColor: tokens.colorTransparentBackground },
  upcoming: { backgroundColor: tokens.colorNeutralStencil1, border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}` },
  legend: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalXXS, margin: 0, padding: 0, listStyleType: "none" },
  legendItem: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalXS, color: tokens.colorNeutralForeground2 },
  swatch: { width: "12px", height: "12px", borderRadius: tokens.borderRadiusSmall, flexShrink: 0, boxSizing: "border-box" },
});

export function WeekBars({ label, bars, max, compact = false }: { label: string; bars: WeekBar[]; max: number; compact?: boolean }) {
  const styles = useStyles();
  const scale = max > 0 ? max : 1;
  return (
    <div role="img" aria-label={label} className={styles.root}>
      <div className={mergeClasses(styles.plot, compact && styles.compactPlot)} aria-hidden="true">
        {bars.map((bar, index) => (
          <div key={index} className={styles.bar}>
            {bar.segments
              .filter((segment) => segment.value > 0)
              .map((segment, i) => (
                <div key={i} className={mergeClasses(styles.segment, styles[segment.tone])} style={{ height: `${(100 * segment.value) / scale}%` }} />
              ))}
          </div>
        ))}
      </div>
      <div className={styles.labels} aria-hidden="true">
        {bars.map((bar, index) => (
          <span key={index} className={styles.label}>
            {/* Every other label when narrow, so they stay readable. */}
            {compact && index % 2 === 1 ? "" : bar.label}
          </span>
        ))}
      </div>
    </div>
  );
}

/** The colours' meaning; visible to everyone (the table says the same in numbers). */
export function BarLegend({ items }: { items: { tone: BarTone; label: string }[] }) {
  const styles = useStyles();
  return (
    <ul className={styles.legend}>
      {items.map((item) => (
        <li key={item.tone} className={styles.legendItem}>
          <span aria-hidden="true" className={mergeClasses(styles.swatch, styles[item.tone])} />
          <Caption1>{item.label}</Caption1>
        </li>
      ))}
    </ul>
  );
}

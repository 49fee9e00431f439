// The circle's route on a world map, drawn in SVG with d3-geo from world-atlas's 1:110m country
// shapes, bundled with the tab (no map service, no network). Legs are great-circle arcs: d3-geo
// draws a line between two coordinates along the shortest path on the sphere. Colours come from
// Fluent tokens, so the map follows light, dark and high contrast. The drawing is one image for
// screen readers; the stops, legs and totals are listed in text next to it.

import { makeStyles, tokens } from "@fluentui/react-components";
import { geoEqualEarth, geoGraticule10, geoPath } from "d3-geo";
import type { Feature, FeatureCollection, Geometry, LineString } from "geojson";
import { useMemo } from "react";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import world from "world-atlas/countries-110m.json";
import type { JourneyStopView } from "../../../../shared/api/types";

const WIDTH = 960;
/** Above this many stops only the first and the latest carry their names (the list has them all). */
const LABEL_ALL_UP_TO = 12;

const useStyles = makeStyles({
  svg: { display: "block", width: "100%", height: "auto", borderRadius: tokens.borderRadiusLarge },
  sphere: { fill: tokens.colorNeutralBackground2, stroke: tokens.colorNeutralStroke2, strokeWidth: 1 },
  graticule: { fill: "none", stroke: tokens.colorNeutralStroke3, strokeWidth: 0.5 },
  // Background6 is darker than the sea in light themes and lighter in dark ones: land stands out in both.
  land: { fill: tokens.colorNeutralBackground6, stroke: tokens.colorNeutralStroke1, strokeWidth: 0.4 },
  leg: { fill: "none", stroke: tokens.colorBrandForeground1, strokeWidth: 2.5, strokeLinecap: "round" },
  stop: { fill: tokens.colorBrandBackground, stroke: tokens.colorNeutralBackground1, strokeWidth: 2 },
  latest: { fill: tokens.colorPaletteMarigoldBackground3, stroke: tokens.colorNeutralForeground1, strokeWidth: 2 },
  label: {
    fill: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: "15px",
    fontWeight: tokens.fontWeightSemibold,
    stroke: tokens.colorNeutralBackground1,
    strokeWidth: 4,
    paintOrder: "stroke",
    strokeLinejoin: "round",
  },
});

const topology = world as unknown as Topology<{ countries: GeometryCollection }>;
const countries = feature(topology, topology.objects.countries) as FeatureCollection<Geometry>;

export function JourneyMap({ stops, label, locale }: { stops: JourneyStopView[]; label: string; locale: "en" | "nl" }) {
  const styles = useStyles();
  const centre = centreLongitude(stops);
  const { projection, path, height } = useMemo(() => {
    // Centred on the route, so a journey across the Pacific is not cut in two at the map's edge.
    const projection = geoEqualEarth().rotate([-centre, 0]).fitWidth(WIDTH, { type: "Sphere" });
    const path = geoPath(projection);
    const [[, top], [, bottom]] = path.bounds({ type: "Sphere" });
    return { projection, path, height: Math.ceil(bottom - top) };
  }, [centre]);

  const legs: Feature<LineString>[] = stops.slice(1).map((stop, i) => ({
    type: "Feature",
    properties: {},
    geometry: {
      type: "LineString",
      coordinates: [
        [stops[i]!.lon, stops[i]!.lat],
        [stop.lon, stop.lat],
      ],
    },
  }));
  const labelled = (index: number) => stops.length <= LABEL_ALL_UP_TO || index === 0 || index === stops.length - 1;

  return (
    <svg className={styles.svg} viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-label={label}>
      <path className={styles.sphere} d={path({ type: "Sphere" }) ?? undefined} />
      <path className={styles.graticule} d={path(geoGraticule10()) ?? undefined} />
      <g>
        {countries.features.map((country, index) => (
          <path key={String(country.id ?? index)} className={styles.land} d={path(country) ?? undefined} />
        ))}
      </g>
      <g>
        {legs.map((leg, index) => (
          <path key={index} className={styles.leg} d={path(leg) ?? undefined} />
        ))}
      </g>
      <g>
        {stops.map((stop, index) => {
          const point = projection([stop.lon, stop.lat]);
          if (!point) return null;
          const [x, y] = point;
          const latest = index === stops.length - 1;
          return (
            <g key={`${stop.code}-${index}`}>
              <circle cx={x} cy={y} r={latest ? 8 : 6} className={latest ? styles.latest : styles.stop} />
              {labelled(index) && (
                <text x={x + 10} y={y - 8} className={styles.label}>
                  {stop.name[locale]}
                </text>
              )}
            </g>
          );
        })}
      </g>
    </svg>
  );
}

/** The stops' mean longitude on the circle (so 170° and −170° average to 180°, not 0°), rounded to 10°. */
function centreLongitude(stops: readonly JourneyStopView[]): number {
  if (stops.length === 0) return 0;
  const radians = (deg: number) => (deg * Math.PI) / 180;
  const x = stops.reduce((sum, s) => sum + Math.cos(radians(s.lon)), 0);
  const y = stops.reduce((sum, s) => sum + Math.sin(radians(s.lon)), 0);
  if (Math.hypot(x, y) < 1e-9) return 0;
  return Math.round((Math.atan2(y, x) * 180) / Math.PI / 10) * 10;
}

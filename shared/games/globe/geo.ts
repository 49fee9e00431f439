// Geometry of a guess on the sphere: great-circle distance (haversine), the initial bearing from
// the guessed country towards the mystery country as an eight-point compass direction, and how
// close the guess is (100% only for the country itself, 0% for the far side of the Earth).

/** Mean Earth radius (IUGG), km. */
export const EARTH_RADIUS_KM = 6371.0088;
/** Half the circumference: the largest possible distance between two places. */
export const MAX_DISTANCE_KM = Math.PI * EARTH_RADIUS_KM;

export interface LatLon {
  lat: number;
  lon: number;
}

export type Compass = "N" | "NE" | "E" | "SE" | "S" | "SW" | "W" | "NW";

const COMPASS: readonly Compass[] = ["N", "NE", "E", "SE", "S", "SW", "W", "NW"];

export const ARROWS: Record<Compass, string> = { N: "⬆️", NE: "↗️", E: "➡️", SE: "↘️", S: "⬇️", SW: "↙️", W: "⬅️", NW: "↖️" };

const rad = (deg: number) => (deg * Math.PI) / 180;
const deg = (rad: number) => (rad * 180) / Math.PI;

/** The great-circle distance in km. */
export function distanceKm(a: LatLon, b: LatLon): number {
  const dLat = rad(b.lat - a.lat);
  const dLon = rad(b.lon - a.lon);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** The direction to set off in from `from` to reach `to` along the great circle, degrees from north (0–360). */
export function initialBearing(from: LatLon, to: LatLon): number {
  const lat1 = rad(from.lat);
  const lat2 = rad(to.lat);
  const dLon = rad(to.lon - from.lon);
  const y = Math.sin(dLon) * Math.cos(lat2);
  const x = Math.cos(lat1) * Math.sin(lat2) - Math.sin(lat1) * Math.cos(lat2) * Math.cos(dLon);
  return (deg(Math.atan2(y, x)) + 360) % 360;
}

/** The nearest of the eight compass points. */
export function compass(bearing: number): Compass {
  const normal = ((bearing % 360) + 360) % 360;
  return COMPASS[Math.round(normal / 45) % 8]!;
}

/** Whole percent, 100 only for a distance of 0 (the country itself), 0 at the far side of the Earth. */
export function closeness(km: number): number {
  if (km <= 0) return 100;
  return Math.max(0, Math.min(99, Math.floor(100 * (1 - km / MAX_DISTANCE_KM))));
}

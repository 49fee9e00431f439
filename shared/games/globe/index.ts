// Walk the Globe: the shared geography sprint. Its public surface for the engine, the cards and
// the tab (the journey).

export { answerPool, countries, countryByCode, flagEmoji, INHABITED_CONTINENTS, type ContinentCode, type Country } from "./countries";
export { ARROWS, closeness, compass, distanceKm, initialBearing, MAX_DISTANCE_KM, type Compass, type LatLon } from "./geo";
export { addStop, crossesOcean, emptyJourney, legOf, MILESTONES, type Journey, type JourneyMilestone, type JourneyStop, type MilestoneId } from "./journey";
export { getJourney, recordStop } from "./journey-repository";
export { findCountry, suggestCountries, type NameMatch } from "./names";
export { normaliseName } from "./normalise";
export {
  directionOf,
  formatKm,
  isSolved,
  MAX_NAME_LENGTH,
  measure,
  orList,
  parseMove,
  play,
  POINTS,
  rankedGuesses,
  startBoard,
  summarise,
  type GlobeBoard,
  type GlobeGuess,
  type GlobeMove,
  type GlobeSummary,
} from "./rules";
export { answerAt, answerOrder } from "./sequence";

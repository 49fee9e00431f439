// Rituals: the catalog, a circle's ritual settings, and when rituals happen. Pure functions only.

export type * from "./types";
export { circleTemplate, circleTemplates, isCircleTemplateId, isRitualId, ritualCatalog, ritualIds, ritualTemplate } from "./catalog";
export {
  applySettingsPatch,
  applyTemplate,
  defaultSettings,
  isValidTimeZone,
  parseSettingsPatch,
  type RitualPatch,
  type SettingsError,
  type SettingsPatch,
} from "./settings";
export { isQuietTime, localDateTime, nextOccurrence, occurrencesBetween, silencedRituals, upcoming, workingWeekday } from "./schedule";

// A circle's ritual settings: the defaults a new circle starts with, applying a circle template,
// and validating and applying edits that come from a card or the tab API. Everything a user can
// get wrong comes back as a SettingsError with a message in English and Dutch; nothing here throws
// on user input.

import { z } from "zod";
import type { Locale } from "../circles/types";
import { circleTemplate, ritualCatalog, ritualIds, ritualTemplate } from "./catalog";
import type { Cadence, CircleSettings, CircleTemplateId, QuietHours, RitualId, RitualSetting, Weekday } from "./types";

export interface SettingsError {
  /** Stable, for code and tests: "invalid-time", "coming-soon", … */
  code: string;
  /** Where in the patch, e.g. "rituals.0.time". */
  field?: string;
  message: Record<Locale, string>;
}

const workweek: Weekday[] = [1, 2, 3, 4, 5];

// IANA's own regions. Names outside them are legacy links ("US/Eastern") or abbreviations ("CET").
const timeZoneAreas = new Set(["Africa", "America", "Antarctica", "Arctic", "Asia", "Atlantic", "Australia", "Europe", "Indian", "Pacific", "Etc"]);
const timeZoneShape = /^([A-Z][A-Za-z]+)(\/[A-Z][A-Za-z0-9_+-]*){1,2}$/;

/**
 * True for IANA zone names as people and browsers send them: "UTC" and Area/Location names such as
 * "Europe/Amsterdam" that the runtime knows, spelled with their real casing. Aliases the runtime
 * itself reports (Node 20 says "Asia/Calcutta", newer ones "Asia/Kolkata") are both accepted;
 * legacy names ("US/Eastern", "CET"), offsets and unknown places ("Mars/Base") are not.
 */
export function isValidTimeZone(tz: string): boolean {
  if (typeof tz !== "string" || tz.length > 64) return false;
  if (tz === "UTC") return true;
  const shape = timeZoneShape.exec(tz);
  if (!shape || !timeZoneAreas.has(shape[1])) return false;
  let resolved: string;
  try {
    resolved = new Intl.DateTimeFormat("en", { timeZone: tz }).resolvedOptions().timeZone;
  } catch {
    return false;
  }
  // Intl ignores case ("Europe/AMSTERDAM" works); a stored zone should be spelled as IANA does.
  return resolved === tz || resolved.toLowerCase() !== tz.toLowerCase();
}

/** A new circle's settings: nothing switched on yet, every catalog ritual at its default rhythm. */
export function defaultSettings(options: { timeZone?: string }): CircleSettings {
  const timeZone = options.timeZone !== undefined && isValidTimeZone(options.timeZone) ? options.timeZone : "UTC";
  return { timeZone, workingDays: [...workweek], paused: false, rituals: ritualCatalog.map(defaultRitualSetting) };
}

function defaultRitualSetting(template: (typeof ritualCatalog)[number]): RitualSetting {
  return { ritualId: template.id, enabled: false, time: template.defaultTime, cadence: { ...template.cadence } };
}

/**
 * Switches on the template's available rituals; every other ritual is left as it was.
 * Returns the new settings, `enabled`: the rituals this switched on (that were off before), and
 * `comingSoon`: the template's rituals that are not available yet, so the card can say so.
 */
export function applyTemplate(
  settings: CircleSettings,
  templateId: CircleTemplateId,
): { settings: CircleSettings; enabled: RitualId[]; comingSoon: RitualId[] } {
  const template = circleTemplate(templateId);
  const enabled: RitualId[] = [];
  const comingSoon: RitualId[] = [];
  let rituals = withEveryRitual(settings.rituals);
  for (const id of template.rituals) {
    if (!ritualTemplate(id).available) {
      comingSoon.push(id);
      continue;
    }
    rituals = rituals.map((ritual) => {
      if (ritual.ritualId !== id || ritual.enabled) return ritual;
      enabled.push(id);
      return { ...ritual, enabled: true };
    });
  }
  return { settings: { ...settings, rituals }, enabled, comingSoon };
}

/** Settings stored before a ritual joined the catalog lack it: add it at its defaults. */
function withEveryRitual(rituals: readonly RitualSetting[]): RitualSetting[] {
  const present = new Set(rituals.map((ritual) => ritual.ritualId));
  return [...rituals, ...ritualCatalog.filter((template) => !present.has(template.id)).map(defaultRitualSetting)];
}

// ---------------------------------------------------------------------------------------------
// Patches: edits from a card or the tab API.

const localTime = z.string().max(5).regex(/^([01]\d|2[0-3]):[0-5]\d$/);
const weekday = z.literal([1, 2, 3, 4, 5, 6, 7]);

/** Objects from JSON only: no class instances, no inherited keys (a prototype could smuggle values in). */
const isPlainObject = (value: unknown): value is Record<string, unknown> => {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
};

function plainObject<Shape extends z.ZodRawShape>(shape: Shape) {
  return z.custom<Record<string, unknown>>(isPlainObject).pipe(z.strictObject(shape));
}

const ritualPatchSchema = plainObject({
  ritualId: z.enum(ritualIds as [RitualId, ...RitualId[]]),
  enabled: z.boolean().optional(),
  time: localTime.optional(),
  weekday: weekday.optional(),
  nth: z.literal([1, 2, 3, 4, -1]).optional(),
});

const quietHoursSchema = plainObject({ start: localTime, end: localTime }).refine((hours) => hours.start !== hours.end, {
  params: { code: "quiet-hours-empty" },
});

const settingsPatchSchema = plainObject({
  timeZone: z.string().max(100).refine(isValidTimeZone).optional(),
  workingDays: z
    .array(weekday)
    .min(1)
    .max(7)
    .refine((days) => new Set(days).size === days.length)
    .optional(),
  quietHours: quietHoursSchema.nullable().optional(),
  paused: z.boolean().optional(),
  locale: z.enum(["en", "nl"]).optional(),
  rituals: z
    .array(ritualPatchSchema)
    .max(20)
    .refine((rituals) => new Set(rituals.map((ritual) => ritual.ritualId)).size === rituals.length, {
      params: { code: "duplicate-ritual" },
    })
    .optional(),
});

export interface RitualPatch {
  ritualId: RitualId;
  enabled?: boolean;
  time?: string;
  /** Weekly and monthly rituals only. */
  weekday?: Weekday;
  /** Monthly rituals only: 1–4, or -1 for the last one. */
  nth?: 1 | 2 | 3 | 4 | -1;
}

export interface SettingsPatch {
  timeZone?: string;
  workingDays?: Weekday[];
  /** null clears the quiet hours. */
  quietHours?: QuietHours | null;
  paused?: boolean;
  /**
   * The circle's language. It lives on the circle, not in CircleSettings: applySettingsPatch
   * ignores it and the caller stores it on the circle.
   */
  locale?: Locale;
  rituals?: RitualPatch[];
}

/** Validates an edit from a card or the API. Never throws, whatever the input. */
export function parseSettingsPatch(input: unknown): { ok: true; patch: SettingsPatch } | { ok: false; error: SettingsError } {
  let result: ReturnType<typeof settingsPatchSchema.safeParse>;
  try {
    result = settingsPatchSchema.safeParse(input);
  } catch {
    // A getter or proxy that throws while being read.
    return { ok: false, error: settingsError("invalid-patch") };
  }
  if (result.success) return { ok: true, patch: result.data as SettingsPatch };
  return { ok: false, error: errorFromIssue(result.error.issues[0]) };
}

/**
 * Applies a validated patch. Catalog rules are checked here: a ritual that is coming soon cannot
 * be switched on, a weekday only fits a weekly or monthly ritual, an nth weekday only a monthly one.
 * `locale` is ignored (see SettingsPatch). Nothing changes when any part of the patch is refused.
 */
export function applySettingsPatch(
  settings: CircleSettings,
  patch: SettingsPatch,
): { ok: true; settings: CircleSettings } | { ok: false; error: SettingsError } {
  const next: CircleSettings = { ...settings, rituals: withEveryRitual(settings.rituals) };
  if (patch.timeZone !== undefined) next.timeZone = patch.timeZone;
  if (patch.workingDays !== undefined) next.workingDays = [...patch.workingDays].sort((a, b) => a - b);
  if (patch.quietHours === null) delete next.quietHours;
  else if (patch.quietHours !== undefined) next.quietHours = { start: patch.quietHours.start, end: patch.quietHours.end };
  if (patch.paused !== undefined) next.paused = patch.paused;

  for (const [index, change] of (patch.rituals ?? []).entries()) {
    const field = `rituals.${index}`;
    const position = next.rituals.findIndex((ritual) => ritual.ritualId === change.ritualId);
    if (position < 0) return { ok: false, error: settingsError("unknown-ritual", `${field}.ritualId`) };
    const template = ritualTemplate(change.ritualId);
    if (change.enabled === true && !template.available) {
      return { ok: false, error: settingsError("coming-soon", `${field}.enabled`, template.name) };
    }
    const current = next.rituals[position];
    const cadence = changedCadence(current.cadence, change);
    if ("error" in cadence) return { ok: false, error: settingsError(cadence.error, `${field}.${cadence.field}`, template.name) };
    next.rituals[position] = {
      ...current,
      enabled: change.enabled ?? current.enabled,
      time: change.time ?? current.time,
      cadence: cadence.cadence,
    };
  }
  return { ok: true, settings: next };
}

function changedCadence(
  cadence: Cadence,
  change: RitualPatch,
): { cadence: Cadence } | { error: "weekday-not-applicable" | "nth-not-applicable"; field: string } {
  if (cadence.kind === "daily") {
    if (change.weekday !== undefined) return { error: "weekday-not-applicable", field: "weekday" };
    if (change.nth !== undefined) return { error: "nth-not-applicable", field: "nth" };
    return { cadence };
  }
  if (cadence.kind === "weekly") {
    if (change.nth !== undefined) return { error: "nth-not-applicable", field: "nth" };
    return { cadence: { kind: "weekly", weekday: change.weekday ?? cadence.weekday } };
  }
  return { cadence: { kind: "monthly", weekday: change.weekday ?? cadence.weekday, nth: change.nth ?? cadence.nth } };
}

// ---------------------------------------------------------------------------------------------
// Errors people can cause, with what we expected instead.

type ErrorCode =
  | "invalid-patch"
  | "unknown-field"
  | "invalid-time-zone"
  | "invalid-working-days"
  | "invalid-quiet-hours"
  | "quiet-hours-empty"
  | "invalid-paused"
  | "invalid-locale"
  | "invalid-rituals"
  | "too-many-rituals"
  | "duplicate-ritual"
  | "unknown-ritual"
  | "invalid-enabled"
  | "invalid-time"
  | "invalid-weekday"
  | "invalid-nth"
  | "weekday-not-applicable"
  | "nth-not-applicable"
  | "coming-soon";

type Messages = Record<Locale, (ritual: string) => string>;

const messages: Record<ErrorCode, Messages> = {
  "invalid-patch": {
    en: () => "The settings could not be read. Send them as an object of fields to change.",
    nl: () => "De instellingen konden niet worden gelezen. Stuur ze als een object met de velden die je wilt wijzigen.",
  },
  "unknown-field": {
    en: () => "This setting does not exist. You can change the time zone, working days, quiet hours, pause, language and rituals.",
    nl: () => "Deze instelling bestaat niet. Je kunt de tijdzone, werkdagen, stille uren, pauze, taal en rituelen aanpassen.",
  },
  "invalid-time-zone": {
    en: () => "Time zone must be a name like Europe/Amsterdam or America/New_York.",
    nl: () => "De tijdzone moet een naam zijn zoals Europe/Amsterdam of America/New_York.",
  },
  "invalid-working-days": {
    en: () => "Choose at least one working day, each day once (1 = Monday … 7 = Sunday).",
    nl: () => "Kies minstens één werkdag, elke dag één keer (1 = maandag … 7 = zondag).",
  },
  "invalid-quiet-hours": {
    en: () => "Quiet hours need a start and an end that look like 22:00 and 07:30.",
    nl: () => "Stille uren hebben een begin en een einde nodig, zoals 22:00 en 07:30.",
  },
  "quiet-hours-empty": {
    en: () => "Quiet hours must start and end at different times, e.g. 22:00 to 07:30.",
    nl: () => "Stille uren moeten op verschillende tijden beginnen en eindigen, bijvoorbeeld 22:00 tot 07:30.",
  },
  "invalid-paused": {
    en: () => "Pause must be on or off (true or false).",
    nl: () => "Pauze moet aan of uit staan (true of false).",
  },
  "invalid-locale": {
    en: () => "Language must be en (English) or nl (Dutch).",
    nl: () => "De taal moet en (Engels) of nl (Nederlands) zijn.",
  },
  "invalid-rituals": {
    en: () => "Rituals must be a list of changes, each with a ritual id.",
    nl: () => "Rituelen moeten een lijst met wijzigingen zijn, elk met een ritueel-id.",
  },
  "too-many-rituals": {
    en: () => "Too many ritual changes at once: send at most 20.",
    nl: () => "Te veel rituelen tegelijk gewijzigd: stuur er maximaal 20.",
  },
  "duplicate-ritual": {
    en: () => "Each ritual can appear only once in the same change.",
    nl: () => "Elk ritueel mag maar één keer in dezelfde wijziging voorkomen.",
  },
  "unknown-ritual": {
    en: () => "This ritual is not in the catalog.",
    nl: () => "Dit ritueel staat niet in de catalogus.",
  },
  "invalid-enabled": {
    en: () => "A ritual is switched on or off with true or false.",
    nl: () => "Een ritueel zet je aan of uit met true of false.",
  },
  "invalid-time": {
    en: () => "Time must look like 09:30 (00:00 to 23:59).",
    nl: () => "De tijd moet eruitzien als 09:30 (00:00 tot 23:59).",
  },
  "invalid-weekday": {
    en: () => "Day must be a number from 1 (Monday) to 7 (Sunday).",
    nl: () => "De dag moet een getal zijn van 1 (maandag) tot 7 (zondag).",
  },
  "invalid-nth": {
    en: () => "Which week of the month must be 1, 2, 3, 4, or -1 for the last.",
    nl: () => "De week van de maand moet 1, 2, 3, 4 zijn, of -1 voor de laatste.",
  },
  "weekday-not-applicable": {
    en: (ritual) => `${ritual} happens every working day, so it has no day to choose.`,
    nl: (ritual) => `${ritual} is er elke werkdag, dus er valt geen dag te kiezen.`,
  },
  "nth-not-applicable": {
    en: (ritual) => `${ritual} is not monthly, so it has no week of the month to choose.`,
    nl: (ritual) => `${ritual} is niet maandelijks, dus er valt geen week van de maand te kiezen.`,
  },
  "coming-soon": {
    en: (ritual) => `${ritual} is coming soon and cannot be switched on yet.`,
    nl: (ritual) => `${ritual} komt binnenkort en kan nog niet worden aangezet.`,
  },
};

function settingsError(code: ErrorCode, field?: string, ritualName?: Record<Locale, string>): SettingsError {
  const message = {
    en: messages[code].en(ritualName?.en ?? "This ritual"),
    nl: messages[code].nl(ritualName?.nl ?? "Dit ritueel"),
  };
  return field === undefined ? { code, message } : { code, field, message };
}

const fieldCodes: Record<string, ErrorCode> = {
  timeZone: "invalid-time-zone",
  workingDays: "invalid-working-days",
  quietHours: "invalid-quiet-hours",
  paused: "invalid-paused",
  locale: "invalid-locale",
  rituals: "invalid-rituals",
  ritualId: "unknown-ritual",
  enabled: "invalid-enabled",
  time: "invalid-time",
  weekday: "invalid-weekday",
  nth: "invalid-nth",
};

/** The first thing wrong, as a user-facing error (messages never echo the input). */
function errorFromIssue(issue: z.core.$ZodIssue | undefined): SettingsError {
  if (!issue) return settingsError("invalid-patch");
  const path = issue.path.map(String);
  const field = path.length ? path.join(".") : undefined;
  if (issue.code === "unrecognized_keys") {
    return settingsError("unknown-field", [...path, issue.keys[0]?.slice(0, 40) ?? ""].join("."));
  }
  if (issue.code === "custom" && typeof issue.params?.code === "string") {
    return settingsError(issue.params.code as ErrorCode, field);
  }
  if (path.length === 1 && path[0] === "rituals" && issue.code === "too_big") return settingsError("too-many-rituals", field);
  // The innermost known field names the problem: rituals.2.time → invalid-time.
  const known = [...path].reverse().find((part) => part in fieldCodes && Object.hasOwn(fieldCodes, part));
  return settingsError(known ? fieldCodes[known] : "invalid-patch", field);
}

// Rituals: recurring moments of a circle. The catalog (catalog.ts) holds the templates; a
// circle's settings say which rituals are on, when, and in which time zone.

import type { Locale } from "../circles/types";

export type RitualId =
  | "daily-trivia"
  | "wordl6"
  | "walk-the-globe"
  | "walk-and-talk"
  | "team-puzzle"
  | "friday-shoutouts"
  | "two-truths"
  | "week-in-review"
  | "perspectives"
  | "monthly-moment";

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** "HH:mm", 24-hour local time in the circle's time zone. */
export type LocalTime = string;

export type Cadence =
  /** Every working day of the circle. */
  | { kind: "daily" }
  /** Once a week on a day (moved to the previous working day if that day is not one). */
  | { kind: "weekly"; weekday: Weekday }
  /** Once a month on the nth weekday (nth = -1: the last one), e.g. the first Monday; moved like a weekly one. */
  | { kind: "monthly"; nth: 1 | 2 | 3 | 4 | -1; weekday: Weekday };

export type Opens = "game" | "prompt" | "pairing";

export interface RitualTemplate {
  id: RitualId;
  cadence: Cadence;
  defaultTime: LocalTime;
  /** How long a session stays open after it is posted. */
  windowMinutes: number;
  opens: Opens;
  /** False while its game or content has not landed: listed as "coming soon", cannot be switched on. */
  available: boolean;
  name: Record<Locale, string>;
  description: Record<Locale, string>;
}

export type CircleTemplateId = "team" | "cross-team" | "leaders";

export interface CircleTemplate {
  id: CircleTemplateId;
  /** Recommended rituals, in the order they are offered; unavailable ones are skipped when applied. */
  rituals: RitualId[];
  name: Record<Locale, string>;
  description: Record<Locale, string>;
}

/** One ritual as a circle configured it. */
export interface RitualSetting {
  ritualId: RitualId;
  enabled: boolean;
  time: LocalTime;
  /** The cadence with the circle's choices filled in (weekday of a weekly ritual, nth weekday of a monthly one). */
  cadence: Cadence;
}

export interface QuietHours {
  /** Local start "HH:mm"; the quiet period runs to `end`, across midnight when end < start. */
  start: LocalTime;
  end: LocalTime;
}

export interface CircleSettings {
  /** IANA time zone, e.g. "Europe/Amsterdam". */
  timeZone: string;
  workingDays: Weekday[];
  quietHours?: QuietHours;
  /** No ritual is posted while paused; the schedule resumes from the next occurrence. */
  paused: boolean;
  rituals: RitualSetting[];
}

/** One planned moment of a ritual. */
export interface Occurrence {
  ritualId: RitualId;
  /** The UTC instant. */
  at: Date;
  /** The local date "YYYY-MM-DD" in the circle's time zone; a session's identity. */
  localDate: string;
  localTime: LocalTime;
}

export type { Locale };

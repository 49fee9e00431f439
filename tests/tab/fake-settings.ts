// A circle's settings as GET /api/circles/:id/settings serves them, for the tab's tests.

import type { CircleSettingsResponse, RitualInfo } from "../../shared/api/types";
import type { RitualSetting } from "../../shared/rituals/types";
import { productTeam, productTeamDetails } from "./fake-circles";

const ritual = (info: Omit<RitualInfo, "opens" | "windowMinutes">): RitualInfo => ({ opens: "game", windowMinutes: 120, ...info });

export const catalog: RitualInfo[] = [
  ritual({ id: "daily-trivia", name: "Daily Trivia", description: "Five quick questions, about five minutes.", cadence: "daily", available: false }),
  ritual({ id: "wordl6", name: "Wordl6", description: "One six-letter word for the whole circle.", cadence: "daily", available: false }),
  ritual({ id: "friday-shoutouts", name: "Friday shoutouts", description: "Three quick shoutouts.", cadence: "weekly", available: false }),
  ritual({ id: "week-in-review", name: "Week in review", description: "What went well, what I learned, who helped me.", cadence: "weekly", available: true }),
  ritual({ id: "perspectives", name: "Perspectives", description: "Each role shares what it cares about most.", cadence: "monthly", available: true }),
];

export const ritualSettings: RitualSetting[] = [
  { ritualId: "daily-trivia", enabled: false, time: "10:00", cadence: { kind: "daily" } },
  { ritualId: "wordl6", enabled: false, time: "09:00", cadence: { kind: "daily" } },
  { ritualId: "friday-shoutouts", enabled: false, time: "14:00", cadence: { kind: "weekly", weekday: 5 } },
  { ritualId: "week-in-review", enabled: false, time: "15:30", cadence: { kind: "weekly", weekday: 5 } },
  { ritualId: "perspectives", enabled: true, time: "14:00", cadence: { kind: "monthly", nth: 1, weekday: 2 } },
];

export const productTeamSettings: CircleSettingsResponse = {
  circleId: productTeam.id,
  canEdit: true,
  facilitators: productTeamDetails.facilitators,
  locale: "en",
  settings: { timeZone: "Europe/Amsterdam", workingDays: [1, 2, 3, 4, 5], paused: false, rituals: ritualSettings },
  catalog,
  templates: [],
  // Tuesday 2 December 2025, 14:00 in Amsterdam (CET, UTC+1).
  upcoming: [{ ritualId: "perspectives", at: "2025-12-02T13:00:00.000Z", localDate: "2025-12-02", localTime: "14:00" }],
};

/** The settings route, asked in the reader's language. */
export const settingsPath = (id: string, lang = "en") => `/api/circles/${encodeURIComponent(id)}/settings?lang=${lang}`;

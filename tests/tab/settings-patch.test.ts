// What the settings page sends: only what changed, in the shape PATCH /api/circles/:id/settings takes.

import { describe, expect, it } from "vitest";
import { settingsPatchOf, type SettingsDraft } from "../../tab/src/settings/settings-patch";
import { ritualSettings } from "./fake-settings";

const saved: SettingsDraft = {
  timeZone: "Europe/Amsterdam",
  workingDays: [1, 2, 3, 4, 5],
  quietHours: { start: "18:00", end: "08:00" },
  paused: false,
  locale: "en",
  rituals: ritualSettings,
};

const withRitual = (ritualId: string, change: object): SettingsDraft => ({
  ...saved,
  rituals: saved.rituals.map((ritual) => (ritual.ritualId === ritualId ? { ...ritual, ...change } : ritual)),
});

describe("settings patch", () => {
  it("is empty when nothing changed, also after changing something back", () => {
    expect(settingsPatchOf(saved, { ...saved })).toEqual({});
    expect(settingsPatchOf(saved, { ...saved, workingDays: [5, 4, 3, 2, 1] })).toEqual({});
    expect(settingsPatchOf(saved, withRitual("week-in-review", { time: "15:30" }))).toEqual({});
  });

  it("switching quiet hours off sends null", () => {
    const { quietHours: _, ...withoutQuietHours } = saved;
    expect(settingsPatchOf(saved, withoutQuietHours)).toEqual({ quietHours: null });
  });

  it("a ritual sends only the fields that changed", () => {
    expect(settingsPatchOf(saved, withRitual("week-in-review", { enabled: true }))).toEqual({
      rituals: [{ ritualId: "week-in-review", enabled: true }],
    });
    expect(settingsPatchOf(saved, withRitual("week-in-review", { cadence: { kind: "weekly", weekday: 4 } }))).toEqual({
      rituals: [{ ritualId: "week-in-review", weekday: 4 }],
    });
    expect(settingsPatchOf(saved, withRitual("perspectives", { cadence: { kind: "monthly", nth: -1, weekday: 2 } }))).toEqual({
      rituals: [{ ritualId: "perspectives", nth: -1 }],
    });
  });

  it("the circle's own settings go out by name", () => {
    expect(settingsPatchOf(saved, { ...saved, timeZone: "UTC", workingDays: [1, 2, 3, 4], paused: true, locale: "nl" })).toEqual({
      timeZone: "UTC",
      workingDays: [1, 2, 3, 4],
      paused: true,
      locale: "nl",
    });
  });
});

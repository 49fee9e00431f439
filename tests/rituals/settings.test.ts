import { describe, expect, it } from "vitest";
import { ritualCatalog } from "../../shared/rituals/catalog";
import {
  applySettingsPatch,
  applyTemplate,
  defaultSettings,
  isValidTimeZone,
  parseSettingsPatch,
  type SettingsError,
  type SettingsPatch,
} from "../../shared/rituals/settings";
import type { CircleSettings, RitualId, RitualSetting } from "../../shared/rituals/types";

const ritualOf = (settings: CircleSettings, id: RitualId): RitualSetting => {
  const ritual = settings.rituals.find((candidate) => candidate.ritualId === id);
  if (!ritual) throw new Error(`no ${id}`);
  return ritual;
};

const parsed = (input: unknown): SettingsPatch => {
  const result = parseSettingsPatch(input);
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.error)}`);
  return result.patch;
};

const refused = (input: unknown): SettingsError => {
  const result = parseSettingsPatch(input);
  if (result.ok) throw new Error(`accepted: ${JSON.stringify(result.patch)}`);
  return result.error;
};

const applied = (settings: CircleSettings, patch: SettingsPatch): CircleSettings => {
  const result = applySettingsPatch(settings, patch);
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.error)}`);
  return result.settings;
};

const appliedError = (settings: CircleSettings, patch: SettingsPatch): SettingsError => {
  const result = applySettingsPatch(settings, patch);
  if (result.ok) throw new Error("accepted");
  return result.error;
};

const expectMessages = (error: SettingsError) => {
  expect(error.message.en.trim().length).toBeGreaterThan(0);
  expect(error.message.nl.trim().length).toBeGreaterThan(0);
  expect(error.message.nl).not.toBe(error.message.en);
};

describe("time zones", () => {
  it("accepts IANA zone names", () => {
    for (const tz of ["Europe/Amsterdam", "UTC", "America/New_York", "America/Argentina/Buenos_Aires", "Pacific/Auckland", "Etc/GMT+1", "Asia/Kolkata", "America/Port-au-Prince"]) {
      expect(isValidTimeZone(tz), tz).toBe(true);
    }
  });

  it("refuses unknown places, legacy names, offsets, odd casing and padding", () => {
    for (const tz of ["Mars/Base", "Europe/Atlantis", "", "europe/amsterdam", "Europe/AMSTERDAM", "US/Eastern", "CET", "EST", "GMT", "+01:00", "Europe/Amsterdam ", "Europe//Amsterdam", `Europe/${"A".repeat(100)}`]) {
      expect(isValidTimeZone(tz), tz).toBe(false);
    }
  });

  it("refuses values that are not strings", () => {
    expect(isValidTimeZone(42 as unknown as string)).toBe(false);
    expect(isValidTimeZone({ $gt: "" } as unknown as string)).toBe(false);
  });
});

describe("default settings", () => {
  it("a new circle works Monday to Friday, without quiet hours, not paused", () => {
    const settings = defaultSettings({ timeZone: "Europe/Amsterdam" });
    expect(settings.timeZone).toBe("Europe/Amsterdam");
    expect(settings.workingDays).toEqual([1, 2, 3, 4, 5]);
    expect(settings.quietHours).toBeUndefined();
    expect(settings.paused).toBe(false);
  });

  it("lists every catalog ritual, switched off, at its default time and cadence", () => {
    const settings = defaultSettings({});
    expect(settings.rituals.map((ritual) => ritual.ritualId)).toEqual(ritualCatalog.map((ritual) => ritual.id));
    for (const template of ritualCatalog) {
      expect(ritualOf(settings, template.id)).toEqual({ ritualId: template.id, enabled: false, time: template.defaultTime, cadence: template.cadence });
    }
  });

  it("falls back to UTC for a missing or unknown time zone", () => {
    expect(defaultSettings({}).timeZone).toBe("UTC");
    expect(defaultSettings({ timeZone: "Mars/Base" }).timeZone).toBe("UTC");
  });

  it("does not share cadence objects with the catalog", () => {
    const settings = defaultSettings({});
    const template = ritualCatalog.find((ritual) => ritual.id === "perspectives");
    expect(ritualOf(settings, "perspectives").cadence).not.toBe(template?.cadence);
  });
});

describe("circle templates applied", () => {
  it("switch on the template's available rituals and report the ones coming soon", () => {
    const { settings, enabled, comingSoon } = applyTemplate(defaultSettings({}), "team");
    expect(enabled).toEqual(["daily-trivia", "wordl6", "friday-shoutouts", "week-in-review"]);
    expect(comingSoon).toEqual(["monthly-moment"]);
    expect(settings.rituals.filter((ritual) => ritual.enabled).map((ritual) => ritual.ritualId)).toEqual(["daily-trivia", "wordl6", "friday-shoutouts", "week-in-review"]);
  });

  it("leave rituals outside the template, and choices already made, as they were", () => {
    const before = applied(defaultSettings({}), { rituals: [{ ritualId: "week-in-review", time: "16:00", weekday: 4 }] });
    const { settings } = applyTemplate(before, "leaders");
    expect(ritualOf(settings, "week-in-review")).toEqual({ ritualId: "week-in-review", enabled: true, time: "16:00", cadence: { kind: "weekly", weekday: 4 } });
    expect(ritualOf(settings, "two-truths")).toEqual(ritualOf(before, "two-truths"));
  });

  it("report nothing new when the rituals were already on", () => {
    const once = applyTemplate(defaultSettings({}), "cross-team").settings;
    expect(applyTemplate(once, "cross-team").enabled).toEqual([]);
  });

  it("never change the settings they are given", () => {
    const before = defaultSettings({});
    const copy = structuredClone(before);
    applyTemplate(before, "team");
    expect(before).toEqual(copy);
  });

  it("add rituals that older stored settings do not have yet", () => {
    const old: CircleSettings = { ...defaultSettings({}), rituals: [] };
    const { settings, enabled } = applyTemplate(old, "team");
    expect(enabled).toEqual(["daily-trivia", "wordl6", "friday-shoutouts", "week-in-review"]);
    expect(settings.rituals).toHaveLength(ritualCatalog.length);
  });
});

describe("settings patches: reading", () => {
  it("accepts every field a card or the tab can send", () => {
    const patch = parsed({
      timeZone: "Europe/Amsterdam",
      workingDays: [1, 2, 3, 4],
      quietHours: { start: "22:00", end: "07:30" },
      paused: true,
      locale: "nl",
      rituals: [
        { ritualId: "week-in-review", enabled: true, time: "16:00", weekday: 4 },
        { ritualId: "perspectives", time: "10:00", weekday: 3, nth: -1 },
      ],
    });
    expect(patch.workingDays).toEqual([1, 2, 3, 4]);
    expect(patch.rituals?.[1]).toEqual({ ritualId: "perspectives", time: "10:00", weekday: 3, nth: -1 });
  });

  it("accepts an empty patch and null quiet hours (clear them)", () => {
    expect(parsed({})).toEqual({});
    expect(parsed({ quietHours: null })).toEqual({ quietHours: null });
  });

  it("accepts patches that arrive as JSON", () => {
    expect(parsed(JSON.parse('{"rituals":[{"ritualId":"week-in-review","enabled":true}]}'))).toEqual({
      rituals: [{ ritualId: "week-in-review", enabled: true }],
    });
  });

  it("a time must look like 09:30, and the message says so in both languages", () => {
    for (const time of ["9:30", "24:00", "09:60", "09:30:00", "0930", "", " 09:30", "09:3O", 930]) {
      const error = refused({ rituals: [{ ritualId: "week-in-review", time }] });
      expect(error.code, String(time)).toBe("invalid-time");
      expect(error.field).toBe("rituals.0.time");
      expect(error.message.en).toContain("09:30");
      expect(error.message.nl).toContain("09:30");
    }
    expect(parsed({ rituals: [{ ritualId: "week-in-review", time: "00:00" }] })).toBeTruthy();
    expect(parsed({ rituals: [{ ritualId: "week-in-review", time: "23:59" }] })).toBeTruthy();
  });

  it("working days are a non-empty list of distinct days 1 to 7", () => {
    for (const workingDays of [[], [0], [8], [1, 1], [1.5], ["1"], [1, 2, 3, 4, 5, 6, 7, 1], "1-5", null]) {
      const error = refused({ workingDays });
      expect(error.code, JSON.stringify(workingDays)).toBe("invalid-working-days");
      expect(error.field).toMatch(/^workingDays/);
    }
  });

  it("quiet hours need a start and an end that differ", () => {
    expect(refused({ quietHours: { start: "22:00", end: "22:00" } }).code).toBe("quiet-hours-empty");
    expect(refused({ quietHours: { start: "22:00" } }).code).toBe("invalid-quiet-hours");
    expect(refused({ quietHours: { start: "22:00", end: "7:00" } }).code).toBe("invalid-quiet-hours");
    expect(refused({ quietHours: "22:00-07:00" }).code).toBe("invalid-quiet-hours");
    expect(refused({ quietHours: { start: "22:00", end: "07:00", days: [1] } }).code).toBe("unknown-field");
  });

  it("the time zone must be a known IANA name", () => {
    for (const timeZone of ["Mars/Base", "CET", "", 1, null]) {
      const error = refused({ timeZone });
      expect(error.code).toBe("invalid-time-zone");
      expect(error.message.en).toContain("Europe/Amsterdam");
    }
  });

  it("the language is English or Dutch; pause is true or false", () => {
    expect(refused({ locale: "de" }).code).toBe("invalid-locale");
    expect(refused({ paused: "true" }).code).toBe("invalid-paused");
    expect(refused({ paused: 1 }).code).toBe("invalid-paused");
  });

  it("ritual changes name a catalog ritual, once each", () => {
    expect(refused({ rituals: [{ ritualId: "karaoke", enabled: true }] })).toMatchObject({ code: "unknown-ritual", field: "rituals.0.ritualId" });
    expect(refused({ rituals: [{ enabled: true }] }).code).toBe("unknown-ritual");
    expect(
      refused({ rituals: [{ ritualId: "week-in-review", enabled: true }, { ritualId: "week-in-review", enabled: false }] }).code,
    ).toBe("duplicate-ritual");
    expect(refused({ rituals: [{ ritualId: "week-in-review", enabled: "yes" }] }).code).toBe("invalid-enabled");
    expect(refused({ rituals: [{ ritualId: "perspectives", weekday: 0 }] }).code).toBe("invalid-weekday");
    expect(refused({ rituals: [{ ritualId: "perspectives", nth: 5 }] }).code).toBe("invalid-nth");
    expect(refused({ rituals: [{ ritualId: "perspectives", nth: 0 }] }).code).toBe("invalid-nth");
    expect(refused({ rituals: { ritualId: "week-in-review" } }).code).toBe("invalid-rituals");
  });

  describe("hostile or odd input is refused as a value, never thrown", () => {
    const throwing = {};
    Object.defineProperty(throwing, "paused", { enumerable: true, get: () => { throw new Error("boom"); } });
    const proxy = new Proxy({}, { ownKeys: () => { throw new Error("boom"); }, get: () => { throw new Error("boom"); } });
    const cases: [string, unknown, string][] = [
      ["null", null, "invalid-patch"],
      ["undefined", undefined, "invalid-patch"],
      ["an array", [], "invalid-patch"],
      ["a string", "paused=true", "invalid-patch"],
      ["a number", 42, "invalid-patch"],
      ["a Date", new Date(0), "invalid-patch"],
      ["a Map", new Map([["paused", true]]), "invalid-patch"],
      ["inherited keys", Object.create({ paused: true }), "invalid-patch"],
      ["a __proto__ key from JSON", JSON.parse('{"__proto__": {"paused": true}}'), "unknown-field"],
      ["a constructor key", { constructor: { prototype: { polluted: true } } }, "unknown-field"],
      ["an unknown key", { paused: true, admin: true }, "unknown-field"],
      ["a query operator for a string", { timeZone: { $gt: "" } }, "invalid-time-zone"],
      ["a query operator for a time", { rituals: [{ ritualId: "week-in-review", time: { $ne: null } }] }, "invalid-time"],
      ["a query operator for a ritual id", { rituals: [{ ritualId: { $in: ["wordl6"] } }] }, "unknown-ritual"],
      ["a __proto__ key in a ritual change", { rituals: [JSON.parse('{"ritualId": "week-in-review", "__proto__": {"enabled": true}}')] }, "unknown-field"],
      ["a ritual change that is not an object", { rituals: ["week-in-review"] }, "invalid-rituals"],
      ["a long string", { timeZone: `Europe/${"x".repeat(200)}` }, "invalid-time-zone"],
      ["a huge string", { locale: "n".repeat(1_000_000) }, "invalid-locale"],
      ["more than 20 ritual changes", { rituals: Array.from({ length: 21 }, () => ({ ritualId: "week-in-review" })) }, "too-many-rituals"],
      ["a huge array", { workingDays: Array.from({ length: 100_000 }, () => 1) }, "invalid-working-days"],
      ["a throwing getter", throwing, "invalid-patch"],
      ["a throwing proxy", proxy, "invalid-patch"],
    ];
    for (const [name, input, code] of cases) {
      it(name, () => {
        let result: ReturnType<typeof parseSettingsPatch> | undefined;
        expect(() => (result = parseSettingsPatch(input))).not.toThrow();
        expect(result?.ok).toBe(false);
        if (result && !result.ok) {
          expect(result.error.code).toBe(code);
          expectMessages(result.error);
          expect(result.error.message.en.length).toBeLessThan(200);
        }
      });
    }
  });

  it("never pollutes Object.prototype", () => {
    parseSettingsPatch(JSON.parse('{"__proto__": {"polluted": true}, "rituals": [{"ritualId": "wordl6", "__proto__": {"polluted": true}}]}'));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("every error has a message in English and Dutch", () => {
    const inputs: unknown[] = [null, { x: 1 }, { timeZone: "x" }, { workingDays: [] }, { quietHours: 1 }, { quietHours: { start: "01:00", end: "01:00" } }, { paused: 1 }, { locale: 1 }, { rituals: 1 }, { rituals: [{ ritualId: "x" }] }];
    for (const input of inputs) expectMessages(refused(input));
  });
});

describe("settings patches: applying", () => {
  const base = () => defaultSettings({ timeZone: "Europe/Amsterdam" });

  it("switches on an available ritual and sets its time and day", () => {
    const settings = applied(base(), parsed({ rituals: [{ ritualId: "week-in-review", enabled: true, time: "16:15", weekday: 4 }] }));
    expect(ritualOf(settings, "week-in-review")).toEqual({ ritualId: "week-in-review", enabled: true, time: "16:15", cadence: { kind: "weekly", weekday: 4 } });
  });

  it("refuses to switch on a ritual that is coming soon, naming it in both languages", () => {
    const error = appliedError(base(), parsed({ rituals: [{ ritualId: "monthly-moment", enabled: true }] }));
    expect(error.code).toBe("coming-soon");
    expect(error.field).toBe("rituals.0.enabled");
    expect(error.message.en).toContain("Monthly moment");
    expect(error.message.en).toContain("coming soon");
    expect(error.message.nl).toContain("Moment van de maand");
    expect(error.message.nl).toContain("binnenkort");
  });

  it("a ritual that is coming soon can still be switched off or given a time", () => {
    const settings = applied(base(), parsed({ rituals: [{ ritualId: "daily-trivia", enabled: false, time: "11:00" }] }));
    expect(ritualOf(settings, "daily-trivia")).toMatchObject({ enabled: false, time: "11:00" });
  });

  it("a daily ritual has no day to choose; only a monthly ritual has a week of the month", () => {
    expect(appliedError(base(), { rituals: [{ ritualId: "wordl6", weekday: 2 }] })).toMatchObject({ code: "weekday-not-applicable", field: "rituals.0.weekday" });
    expect(appliedError(base(), { rituals: [{ ritualId: "wordl6", nth: 2 }] }).code).toBe("nth-not-applicable");
    const error = appliedError(base(), { rituals: [{ ritualId: "week-in-review", nth: 1 }] });
    expect(error).toMatchObject({ code: "nth-not-applicable", field: "rituals.0.nth" });
    expect(error.message.en).toContain("Week in review");
  });

  it("moves a monthly ritual to another week and day", () => {
    const settings = applied(base(), { rituals: [{ ritualId: "perspectives", weekday: 3, nth: -1 }] });
    expect(ritualOf(settings, "perspectives").cadence).toEqual({ kind: "monthly", nth: -1, weekday: 3 });
    const onlyWeek = applied(base(), { rituals: [{ ritualId: "perspectives", nth: 2 }] });
    expect(ritualOf(onlyWeek, "perspectives").cadence).toEqual({ kind: "monthly", nth: 2, weekday: 2 });
  });

  it("changes the circle's time zone, working days (sorted), quiet hours and pause", () => {
    const settings = applied(base(), parsed({ timeZone: "Pacific/Auckland", workingDays: [7, 1, 3], quietHours: { start: "21:00", end: "08:00" }, paused: true }));
    expect(settings).toMatchObject({ timeZone: "Pacific/Auckland", workingDays: [1, 3, 7], quietHours: { start: "21:00", end: "08:00" }, paused: true });
  });

  it("null clears the quiet hours; leaving them out keeps them", () => {
    const quiet = applied(base(), { quietHours: { start: "21:00", end: "08:00" } });
    expect(applied(quiet, { paused: false }).quietHours).toEqual({ start: "21:00", end: "08:00" });
    expect(applied(quiet, { quietHours: null })).not.toHaveProperty("quietHours");
  });

  it("ignores the language: it lives on the circle, and the caller stores it there", () => {
    const before = base();
    const settings = applied(before, parsed({ locale: "nl" }));
    expect(settings).toEqual(before);
    expect(settings).not.toHaveProperty("locale");
  });

  it("is all or nothing, and never changes the settings it is given", () => {
    const before = base();
    const copy = structuredClone(before);
    const result = applySettingsPatch(before, {
      paused: true,
      rituals: [
        { ritualId: "week-in-review", enabled: true },
        { ritualId: "monthly-moment", enabled: true },
      ],
    });
    expect(result.ok).toBe(false);
    expect(before).toEqual(copy);
    applied(before, { paused: true, workingDays: [1], rituals: [{ ritualId: "week-in-review", enabled: true }] });
    expect(before).toEqual(copy);
  });

  it("adds rituals that older stored settings do not have yet", () => {
    const old: CircleSettings = { ...base(), rituals: [] };
    const settings = applied(old, { rituals: [{ ritualId: "week-in-review", enabled: true }] });
    expect(settings.rituals).toHaveLength(ritualCatalog.length);
    expect(ritualOf(settings, "week-in-review").enabled).toBe(true);
  });
});

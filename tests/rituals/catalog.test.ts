import { describe, expect, it } from "vitest";
import { circleTemplate, circleTemplates, isCircleTemplateId, isRitualId, ritualCatalog, ritualTemplate } from "../../shared/rituals/catalog";
import type { RitualId } from "../../shared/rituals/types";

// The catalog of PRODUCT.md, by cadence.
const productRituals: Record<RitualId, "daily" | "weekly" | "monthly"> = {
  "daily-trivia": "daily",
  wordl6: "daily",
  "walk-the-globe": "daily",
  "walk-and-talk": "weekly",
  "team-puzzle": "daily",
  "friday-shoutouts": "weekly",
  "two-truths": "weekly",
  "week-in-review": "weekly",
  perspectives: "monthly",
  "monthly-moment": "monthly",
};

const hhmm = /^([01]\d|2[0-3]):[0-5]\d$/;

describe("ritual catalog", () => {
  it("holds every ritual of the product brief, once", () => {
    const ids = ritualCatalog.map((ritual) => ritual.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(Object.keys(productRituals).sort());
  });

  it("each ritual has the cadence the brief gives it", () => {
    for (const ritual of ritualCatalog) expect(ritual.cadence.kind, ritual.id).toBe(productRituals[ritual.id]);
  });

  it("each ritual is named and described in English and Dutch", () => {
    for (const ritual of ritualCatalog) {
      for (const text of [ritual.name.en, ritual.name.nl, ritual.description.en, ritual.description.nl]) {
        expect(text.trim().length, ritual.id).toBeGreaterThan(0);
      }
      expect(ritual.description.nl, ritual.id).not.toBe(ritual.description.en);
    }
  });

  it("each ritual has a valid default time and a window shorter than a day", () => {
    for (const ritual of ritualCatalog) {
      expect(ritual.defaultTime, ritual.id).toMatch(hhmm);
      expect(ritual.windowMinutes, ritual.id).toBeGreaterThan(0);
      expect(ritual.windowMinutes, ritual.id).toBeLessThan(24 * 60);
    }
  });

  it("daily trivia stays open long enough for people coming out of a meeting", () => {
    const trivia = ritualTemplate("daily-trivia");
    expect(trivia.windowMinutes).toBeGreaterThanOrEqual(60);
    expect(trivia.windowMinutes).toBeLessThanOrEqual(120);
  });

  it("week in review is a Friday afternoon prompt that stays open for a few hours", () => {
    const review = ritualTemplate("week-in-review");
    expect(review.cadence).toEqual({ kind: "weekly", weekday: 5 });
    expect(review.defaultTime >= "12:00").toBe(true);
    expect(review.opens).toBe("prompt");
    expect(review.windowMinutes).toBeGreaterThanOrEqual(180);
    expect(review.windowMinutes).toBeLessThanOrEqual(240);
    expect(review.description.en).toMatch(/went well.*learned.*helped/);
  });

  it("Friday shoutouts are on Friday; perspectives on the first Tuesday; the monthly moment on the last Thursday", () => {
    expect(ritualTemplate("friday-shoutouts").cadence).toEqual({ kind: "weekly", weekday: 5 });
    expect(ritualTemplate("perspectives").cadence).toEqual({ kind: "monthly", nth: 1, weekday: 2 });
    expect(ritualTemplate("monthly-moment").cadence).toEqual({ kind: "monthly", nth: -1, weekday: 4 });
  });

  it("walk & talk opens a pairing; shoutouts and week in review open a prompt", () => {
    expect(ritualTemplate("walk-and-talk").opens).toBe("pairing");
    expect(ritualTemplate("friday-shoutouts").opens).toBe("prompt");
    expect(ritualTemplate("daily-trivia").opens).toBe("game");
  });

  it("every ritual is available except the monthly moment, which is coming soon", () => {
    expect(ritualCatalog.filter((ritual) => !ritual.available).map((ritual) => ritual.id)).toEqual(["monthly-moment"]);
  });

  it("recognises ritual ids and nothing else", () => {
    for (const ritual of ritualCatalog) expect(isRitualId(ritual.id)).toBe(true);
    for (const other of ["DAILY-TRIVIA", "trivia", "", "__proto__", "constructor", "toString", 1, null, undefined, {}, ["wordl6"]]) {
      expect(isRitualId(other)).toBe(false);
    }
  });

  it("ritualTemplate returns the catalog entry", () => {
    expect(ritualTemplate("wordl6")).toBe(ritualCatalog.find((ritual) => ritual.id === "wordl6"));
  });
});

describe("circle templates", () => {
  it("offers a team circle, a cross-team circle and a leaders' peer circle", () => {
    expect(circleTemplates.map((template) => template.id)).toEqual(["team", "cross-team", "leaders"]);
  });

  it("recommends the rituals that fit each kind of circle", () => {
    expect(circleTemplate("team").rituals).toEqual(["daily-trivia", "wordl6", "friday-shoutouts", "week-in-review", "monthly-moment"]);
    expect([...circleTemplate("cross-team").rituals].sort()).toEqual(
      ["walk-and-talk", "walk-the-globe", "perspectives", "two-truths", "week-in-review"].sort(),
    );
    expect([...circleTemplate("leaders").rituals].sort()).toEqual(["week-in-review", "perspectives", "walk-and-talk", "monthly-moment"].sort());
  });

  it("templates only reference catalog rituals, each once", () => {
    for (const template of circleTemplates) {
      expect(template.rituals.every(isRitualId), template.id).toBe(true);
      expect(new Set(template.rituals).size, template.id).toBe(template.rituals.length);
    }
  });

  it("templates are named and described in English and Dutch", () => {
    for (const template of circleTemplates) {
      for (const text of [template.name.en, template.name.nl, template.description.en, template.description.nl]) {
        expect(text.trim().length, template.id).toBeGreaterThan(0);
      }
    }
  });

  it("recognises template ids and nothing else", () => {
    expect(isCircleTemplateId("leaders")).toBe(true);
    expect(isCircleTemplateId("__proto__")).toBe(false);
    expect(isCircleTemplateId(3)).toBe(false);
  });
});

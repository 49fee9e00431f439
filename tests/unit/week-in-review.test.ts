import { describe, expect, it } from "vitest";
import { createGames } from "../../bot/games";
import { createRitualOpeners } from "../../bot/rituals/registry";
import type { CardPoster } from "../../bot/scheduler";
import type { Store } from "../../shared/store/types";
import { ritualCatalog } from "../../shared/rituals/catalog";
import { cleanText, parseAnswer, recordAnswer, summarize, weekInReviewData } from "../../shared/rituals/week-in-review";

const now = new Date("2026-11-27T15:00:00Z");

describe("week in review answers", () => {
  it("text is cleaned: control characters, markup brackets and runs of whitespace go", () => {
    expect(cleanText("  Ship\u0000ped\n\n the <script>release</script>\u202e ")).toBe("Shipped the scriptrelease/script");
    expect(cleanText({ $gt: "" })).toBe("");
    expect(cleanText(42)).toBe("");
  });

  it("one answered question is enough; none is refused", () => {
    expect(parseAnswer({ learned: "patience" })).toEqual({ ok: true, answer: { wentWell: "", learned: "patience", helpedBy: "" } });
    const empty = parseAnswer({ wentWell: " ", learned: "\n", helpedBy: undefined });
    expect(empty.ok === false && empty.error.code).toBe("empty");
  });

  it("answers over 280 characters are refused, counted in characters not bytes", () => {
    expect(parseAnswer({ wentWell: "é".repeat(280) }).ok).toBe(true);
    const long = parseAnswer({ wentWell: "é".repeat(281) });
    expect(long.ok === false && long.error.code).toBe("too_long");
  });

  it("a second answer from the same person replaces the first", () => {
    let data = weekInReviewData({});
    data = recordAnswer(data, { id: "29:a", name: "Ada" }, { wentWell: "one", learned: "", helpedBy: "" }, now);
    data = recordAnswer(data, { id: "29:b", name: "Bob" }, { wentWell: "two", learned: "", helpedBy: "Ada" }, now);
    data = recordAnswer(data, { id: "29:a", name: "Ada" }, { wentWell: "three", learned: "x", helpedBy: "" }, now);
    const summary = summarize(data);
    expect(summary.people).toBe(2);
    expect(summary.byQuestion.wentWell.map((a) => a.text).sort()).toEqual(["three", "two"]);
    expect(summary.byQuestion.helpedBy).toEqual([{ name: "Bob", text: "Ada" }]);
  });
});

describe("the catalog and the registry agree", () => {
  it("a ritual can be switched on exactly when something can open its session", () => {
    // Building the games touches neither store nor poster.
    const ritualOpeners = createRitualOpeners(createGames({} as Store, {} as CardPoster).openers, {} as Store);
    for (const ritual of ritualCatalog) expect(ritual.available, ritual.id).toBe(ritualOpeners[ritual.id] !== undefined);
  });
});

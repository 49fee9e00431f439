import { describe, expect, it } from "vitest";
import { progressOf, readSlots, weekSummary } from "../../shared/shoutouts/friday";

const at = (minute: number) => new Date(Date.UTC(2026, 10, 27, 12, minute));
const ada = { id: "29:ada", name: "Ada" };
const bob = { id: "29:bob", name: "Bob" };
const cy = { id: "29:cy", name: "Cy" };

describe("the three slots of Friday shoutouts", () => {
  it("empty slots are skipped and filled ones kept in their place", () => {
    expect(readSlots({ to1: "", for1: "", to2: "29:bob", for2: "Thanks", to3: "29:cy", for3: "for lunch" })).toEqual({
      ok: true,
      slots: [
        { n: 2, to: "29:bob", message: "Thanks" },
        { n: 3, to: "29:cy", message: "for lunch" },
      ],
    });
  });

  it("a slot with only one half names the slot and what is missing", () => {
    expect(readSlots({ to1: "29:bob", for1: "ok", to2: "29:cy", for2: " \u0000 " })).toMatchObject({ ok: false, message: { en: "Shoutout 2: add a few words about what for." } });
    expect(readSlots({ for3: "thanks" })).toMatchObject({ ok: false, message: { en: "Shoutout 3: pick who you are thanking.", nl: "Shoutout 3: kies wie je bedankt." } });
  });

  it("nothing filled in asks for at least one; wrong types count as empty", () => {
    expect(readSlots({})).toMatchObject({ ok: false, message: { en: "Fill in at least one shoutout: who, and what for." } });
    expect(readSlots({ to1: { $gt: "" }, for1: 42 })).toMatchObject({ ok: false });
  });
});

describe("progress and the week's summary", () => {
  it("progress counts people once and every shoutout", () => {
    expect(progressOf([{ giverId: "a" }, { giverId: "b" }, { giverId: "a" }])).toEqual({ people: 2, shoutouts: 3 });
    expect(progressOf([])).toEqual({ people: 0, shoutouts: 0 });
  });

  it("the summary tells the week in order and counts everyone thanked", () => {
    const week = [
      { giverId: cy.id, giverName: cy.name, recipients: [ada, bob], message: "demo", createdAt: at(30) },
      { giverId: ada.id, giverName: ada.name, recipients: [bob], message: "review", createdAt: at(10) },
    ];
    const summary = weekSummary(week);
    expect(summary).toMatchObject({ shoutouts: 2, givers: 2, thanked: [{ id: bob.id, count: 2 }, { id: ada.id, count: 1 }] });
    expect(summary.entries.map((e) => e.message)).toEqual(["review", "demo"]);
  });
});

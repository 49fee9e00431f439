import { describe, expect, it } from "vitest";
import { parseCommand } from "../../bot/commands";

describe("parsing what people type", () => {
  it("recognises a command whatever its case or punctuation", () => {
    for (const text of ["help", "HELP", " Help! ", "/help", "help?"]) {
      expect(parseCommand(text)).toEqual({ name: "help", available: true, args: "" });
    }
  });

  it("keeps the rest of the text as arguments", () => {
    expect(parseCommand("shoutout @Ada for the demo")).toEqual({ name: "shoutout", available: true, args: "@Ada for the demo" });
  });

  it("recognises commands by name or alias", () => {
    expect(parseCommand("shoutout")).toMatchObject({ name: "shoutout", available: true });
    expect(parseCommand("quiz")).toMatchObject({ name: "trivia", available: true });
    for (const word of ["globe", "Wereldreis", "walktheglobe"]) expect(parseCommand(word)).toMatchObject({ name: "globe", available: true });
  });

  it("HTML wrapping and non-breaking spaces from Teams do not get in the way", () => {
    expect(parseCommand("<p>help</p>\u00a0")).toMatchObject({ name: "help" });
    expect(parseCommand("\u00a0help\u00a0me")).toMatchObject({ name: "help", args: "me" });
  });

  it("anything else is unknown, shown back shortened", () => {
    expect(parseCommand("what is this")).toEqual({ name: "unknown", text: "what is this" });
    expect(parseCommand("")).toEqual({ name: "unknown", text: "" });
    const long = parseCommand("x".repeat(500));
    expect(long.name === "unknown" && long.text.length).toBe(80);
  });
});

import { describe, expect, it } from "vitest";
import { isDuplicate, parseShoutoutText, validateShoutout } from "../../shared/shoutouts/rules";

const bot = { id: "28:bot", name: "Quiet Circles" };
const ada = { id: "29:ada", name: "Ada Lovelace" };
const bob = { id: "29:bob", name: "Bob" };
const mention = (p: { id: string; name: string }) => ({ type: "mention", text: `<at>${p.name}</at>`, mentioned: p });

describe("reading a shoutout from a Teams message", () => {
  it("takes the mentioned people as recipients and the rest, without 'for', as the message", () => {
    const parsed = parseShoutoutText("shoutout <at>Ada Lovelace</at> <at>Bob</at> for helping with the release", [mention(ada), mention(bob)]);
    expect(parsed).toEqual({ recipients: [ada, bob], message: "helping with the release" });
  });

  it("drops the bot's own mention and counts a person mentioned twice once", () => {
    const parsed = parseShoutoutText("<at>Quiet Circles</at> shoutout <at>Bob</at> and <at>Bob</at> voor de demo", [mention(bot), mention(bob), mention(bob)], bot.id);
    expect(parsed.recipients).toEqual([bob]);
    expect(parsed.message).toBe("and voor de demo");
  });

  it("strips a leading 'voor' in Dutch and keeps names with spaces whole", () => {
    expect(parseShoutoutText("shoutout <at>Ada Lovelace</at> voor de demo", [mention(ada)])).toEqual({ recipients: [ada], message: "de demo" });
  });

  it("has no recipients without mention entities; a stray tag keeps its name as text", () => {
    expect(parseShoutoutText("shoutout <at>Nobody</at> thanks", [])).toEqual({ recipients: [], message: "Nobody thanks" });
    expect(parseShoutoutText("shoutout", [{ type: "clientInfo" }])).toEqual({ recipients: [], message: "" });
  });
});

describe("whether a shoutout may be given", () => {
  it("needs at least one recipient", () => {
    expect(validateShoutout({ giverId: ada.id, recipients: [], message: "hi" })).toMatchObject({ ok: false, error: { code: "no_recipient" } });
  });

  it("you cannot thank yourself", () => {
    const result = validateShoutout({ giverId: ada.id, recipients: [bob, ada], message: "me!" });
    expect(result).toMatchObject({ ok: false, error: { code: "self" } });
    if (!result.ok) expect(result.error.message.en).toMatch(/cannot thank yourself/);
  });

  it("a message of 1 to 280 characters after cleaning", () => {
    expect(validateShoutout({ giverId: ada.id, recipients: [bob], message: " \u200b " })).toMatchObject({ ok: false, error: { code: "empty" } });
    expect(validateShoutout({ giverId: ada.id, recipients: [bob], message: "x".repeat(281) })).toMatchObject({ ok: false, error: { code: "too_long" } });
    expect(validateShoutout({ giverId: ada.id, recipients: [bob], message: `${"x".repeat(280)}  ` })).toMatchObject({ ok: true });
    expect(validateShoutout({ giverId: ada.id, recipients: [bob], message: "<b>thanks</b>" })).toMatchObject({ ok: true, value: { message: "bthanks/b" } });
  });

  it("an optional value tag from the configured list", () => {
    expect(validateShoutout({ giverId: ada.id, recipients: [bob], message: "hi", tag: "brave" })).toMatchObject({ ok: true, value: { tag: "brave" } });
    expect(validateShoutout({ giverId: ada.id, recipients: [bob], message: "hi", tag: "" })).toMatchObject({ ok: true, value: { tag: null } });
    expect(validateShoutout({ giverId: ada.id, recipients: [bob], message: "hi", tag: "sneaky" })).toMatchObject({ ok: false, error: { code: "unknown_tag" } });
    expect(validateShoutout({ giverId: ada.id, recipients: [bob], message: "hi", tag: "curious" }, ["curious"])).toMatchObject({ ok: true });
  });
});

describe("the duplicate window", () => {
  const at = new Date("2026-11-26T09:00:00Z");
  const earlier = [{ giverId: ada.id, recipients: [bob, { id: "29:cy" }], message: "Thanks for the demo", createdAt: at }];
  const after = (ms: number) => new Date(at.getTime() + ms);

  it("same giver, same recipients in any order, same text within a minute is a duplicate", () => {
    expect(isDuplicate({ giverId: ada.id, recipients: [{ id: "29:cy" }, bob], message: "thanks for the demo" }, earlier, after(59_000))).toBe(true);
  });

  it("after a minute, or with other recipients, text or giver, it is a new shoutout", () => {
    expect(isDuplicate({ giverId: ada.id, recipients: [bob, { id: "29:cy" }], message: "Thanks for the demo" }, earlier, after(60_000))).toBe(false);
    expect(isDuplicate({ giverId: ada.id, recipients: [bob], message: "Thanks for the demo" }, earlier, after(1_000))).toBe(false);
    expect(isDuplicate({ giverId: ada.id, recipients: [bob, { id: "29:cy" }], message: "Thanks again" }, earlier, after(1_000))).toBe(false);
    expect(isDuplicate({ giverId: bob.id, recipients: [bob, { id: "29:cy" }], message: "Thanks for the demo" }, earlier, after(1_000))).toBe(false);
  });
});

import { describe, expect, it } from "vitest";
import { activatedCircle, addMembers, circleName, mergeMembers, removeMembers, type ConversationFacts } from "../../shared/circles/rules";
import type { CircleMember } from "../../shared/circles/types";

const ada = { id: "29:ada", name: "Ada" };
const bob = { id: "29:bob", name: "Bob", aadObjectId: "b-oid" };
const cy = { id: "29:cy", name: "Cy" };

const facts = (over: Partial<ConversationFacts> = {}): ConversationFacts => ({
  conversationId: "19:x@thread.v2",
  tenantId: "t",
  kind: "groupChat",
  locale: "en",
  reference: { bot: { id: "28:bot" }, channelId: "msteams", conversation: { id: "19:x@thread.v2" }, serviceUrl: "https://smba" },
  ...over,
});

describe("circle names", () => {
  it("a channel is named team › channel, General when Teams leaves the name out", () => {
    expect(circleName(facts({ kind: "channel", teamName: "Design", channelName: "Fika" }))).toBe("Design › Fika");
    expect(circleName(facts({ kind: "channel", teamName: "Design" }))).toBe("Design › General");
  });
  it("a chat uses its topic, else says what it is", () => {
    expect(circleName(facts({ chatName: " Lunch crew " }))).toBe("Lunch crew");
    expect(circleName(facts())).toBe("Group chat");
    expect(circleName(facts({ meetingId: "m" }))).toBe("Meeting chat");
    expect(circleName(facts({ kind: "personal" }), ada)).toBe("Ada");
  });
  it("default names follow the circle's language", () => {
    expect(circleName(facts({ locale: "nl" }))).toBe("Groepschat");
    expect(circleName(facts({ locale: "nl", kind: "channel", teamName: "Ontwerp" }))).toBe("Ontwerp › Algemeen");
  });
});

describe("members", () => {
  it("the installer becomes facilitator; roles people had are kept", () => {
    const existing: CircleMember[] = [{ id: bob.id, name: "Bob", role: "facilitator" }];
    const merged = mergeMembers(existing, [ada, bob, cy], cy);
    expect(merged.map((m) => [m.id, m.role])).toEqual([
      [ada.id, "member"],
      [bob.id, "facilitator"],
      [cy.id, "facilitator"],
    ]);
  });

  it("the installer is a member even when Teams did not list them", () => {
    expect(mergeMembers([], [], ada)).toEqual([{ id: ada.id, name: "Ada", role: "facilitator" }]);
  });

  it("adding someone twice updates them instead of duplicating", () => {
    const once = addMembers([{ id: ada.id, name: "Ada", role: "facilitator" }], [bob]);
    const twice = addMembers(once, [{ ...bob, name: "Bob D." }]);
    expect(twice).toHaveLength(2);
    expect(twice[1]).toEqual({ id: bob.id, name: "Bob D.", aadObjectId: "b-oid", role: "member" });
  });

  it("when the last facilitator leaves, the circle still has one", () => {
    const members: CircleMember[] = [
      { id: ada.id, name: "Ada", role: "facilitator" },
      { id: bob.id, name: "Bob", role: "member" },
    ];
    expect(removeMembers(members, [ada.id])).toEqual([{ id: bob.id, name: "Bob", role: "facilitator" }]);
    expect(removeMembers(members, [ada.id, bob.id])).toEqual([]);
  });
});

describe("activating a circle", () => {
  const now = new Date("2026-11-26T10:00:00Z");
  it("a new circle starts active, in the conversation's language, installed by the installer", () => {
    const circle = activatedCircle(null, facts({ locale: "nl" }), [ada, bob], bob, now);
    expect(circle).toMatchObject({ _id: "19:x@thread.v2", active: true, locale: "nl", installedBy: bob.id, installedAt: now, version: 0 });
  });

  it("re-activating keeps the chosen language and clears removedAt", () => {
    const first = activatedCircle(null, facts({ locale: "nl" }), [ada], ada, now);
    const removed = { ...first, active: false, removedAt: now };
    const again = activatedCircle(removed, facts({ locale: "en" }), [ada], bob, new Date("2026-12-01T00:00:00Z"));
    expect(again.locale).toBe("nl");
    expect(again).not.toHaveProperty("removedAt");
    expect(again.installedBy).toBe(bob.id);
  });

  it("a repeated install event of an active circle does not make the sender facilitator", () => {
    const first = activatedCircle(null, facts(), [ada, bob], ada, now);
    const again = activatedCircle(first, facts(), [ada, bob], bob, now);
    expect(again.members.find((m) => m.id === bob.id)?.role).toBe("member");
    expect(again.installedBy).toBe(ada.id);
  });
});

// Role cards and the Perspectives ritual end to end through /api/messages: `role` opens a person's
// own form (never someone else's card on a shared message), saving, refusals that keep the draft,
// delete, people saving at once, and the monthly spotlight with its fair rotation.

import { beforeEach, describe, expect, it } from "vitest";
import { listRoleCards, type RoleCard } from "../../shared/roles/repository";
import type { Circle } from "../../shared/circles/types";
import type { Session } from "../../shared/sessions/types";
import * as A from "../helpers/activities";
import { cardText, expectValidCard } from "../helpers/cards";
import { circleHarness } from "../helpers/circle-harness";
import { cardsOf } from "../helpers/connector";
import { ada, bob, cy } from "../helpers/people";

type Who = typeof ada;
const where = A.groupChat(1);
const other = A.groupChat(2);
const personal = A.personalChat(ada.id);

const { connector, server, clock, press } = circleHarness({
  where,
  members: [ada, bob, cy],
  startAt: new Date("2026-11-26T09:00:00Z"), // Thursday 10:00 in Amsterdam
  localTimezone: "Europe/Amsterdam",
  alsoInstalled: [
    { where: other, by: bob, members: [ada, bob] },
    { where: personal, by: ada, members: [ada] },
  ],
});

/** The bot's last answer (a text or a card) to `who` saying `text`. */
const say = async (who: Who, text: string, at = where) => {
  connector.sent.length = 0;
  const res = await server.post(A.message(at, who, text, connector.url));
  expect(res.status).toBe(200);
  return connector.sent.at(-1)!.activity;
};
const stored = () => server.store.collection<RoleCard>("role_cards").find({}, { sort: { _id: 1 } });
const cardOf = (who: Who) => server.store.collection<RoleCard>("role_cards").findOne({ userId: who.id });
const save = (who: Who, values: Record<string, unknown>, at = where) => press(who, "role.save", { role: "", cares: "", why: "", help: "", spotlight: "false", ...values }, at);
const inputValue = (card: Record<string, unknown>, id: string) => (card.body as { id?: string; value?: string }[]).find((e) => e.id === id)?.value;
const labelsOf = (card: Record<string, unknown>) => (card.body as { label?: string }[]).flatMap((e) => (e.label ? [e.label] : []));
const verbsOf = (card: Record<string, unknown>) => ((card.actions ?? []) as { verb: string }[]).map((a) => a.verb);

describe("role cards", () => {
  it("`role` in a personal chat opens the form; saved, it opens prefilled", async () => {
    const reply = await say(ada, "role", personal);
    const [form] = cardsOf([{ conversationId: "", activity: reply }]);
    expectValidCard(form);
    expect(cardText(form)).toMatch(/Your role card/);
    expect(labelsOf(form)).toEqual(["Your role", "What I care about most in my work", "Why it matters", "How you can help me"]);
    expect(inputValue(form, "role")).toBe("");
    expect(inputValue(form, "spotlight")).toBe("false"); // the spotlight is off until the person says yes
    expect(verbsOf(form)).toEqual(["role.save"]);

    const saved = await save(ada, { role: "Product owner", cares: "Customers get what they need", help: "Tell me early about risks", spotlight: "true" }, personal);
    expectValidCard(saved.value);
    expect(cardText(saved.value)).toMatch(/Saved\. Your card shows in your circles, and it may be spotlighted/);
    expect(await stored()).toMatchObject([
      { _id: `${A.TENANT}|${ada.aadObjectId}`, tenantId: A.TENANT, userId: ada.id, aadObjectId: ada.aadObjectId, name: ada.name, role: "Product owner", cares: "Customers get what they need", why: "", help: "Tell me early about risks", spotlight: true, version: 1 },
    ]);

    for (const word of ["role", "rol", "rolecard", "Role!"]) {
      const [again] = cardsOf([{ conversationId: "", activity: await say(ada, word, personal) }]);
      expect(inputValue(again, "role")).toBe("Product owner");
      expect(inputValue(again, "help")).toBe("Tell me early about risks");
      expect(inputValue(again, "spotlight")).toBe("true");
      expect(verbsOf(again)).toEqual(["role.save", "role.delete"]);
    }
  });

  it("in a group, `role` shows nobody's card: each person's form opens only in their own view", async () => {
    await save(ada, { role: "Product owner", cares: "Secret-ish priorities" });
    connector.updated.length = 0;
    const reply = await say(ada, "role");
    const [shared] = cardsOf([{ conversationId: "", activity: reply }]);
    expectValidCard(shared);
    expect(cardText(shared)).toMatch(/Role cards[\s\S]*others do not see it/);
    expect(cardText(shared)).not.toContain("Product owner");
    expect(JSON.stringify(shared)).not.toContain("Secret-ish");
    expect(verbsOf(shared)).toEqual(["role.open"]);

    const bobs = await press(bob, "role.open");
    expectValidCard(bobs.value);
    expect(inputValue(bobs.value, "role")).toBe("");
    expect(JSON.stringify(bobs.value)).not.toContain("Secret-ish");
    const adas = await press(ada, "role.open");
    expect(inputValue(adas.value, "role")).toBe("Product owner");
    // The answers went to the presser only: the shared message was never replaced.
    expect(connector.updated).toEqual([]);

    // Without Universal Actions (Action.Submit), a personal form is never put on the shared message.
    const submitted = await server.post(A.cardSubmit(where, ada, "role.open", { circleId: where.conversationId }, connector.url));
    expect(submitted.status).toBe(200);
    expect(connector.updated).toEqual([]);
    expect(connector.sent.at(-1)!.activity.text).toMatch(/own view/);
    // Saving that way still says what happened — a refusal included — without showing the form.
    const submit = (values: Record<string, unknown>) => server.post(A.cardSubmit(where, bob, "role.save", { circleId: where.conversationId, ...values }, connector.url));
    await submit({ role: "Engineer" });
    expect(connector.sent.at(-1)!.activity.text).toMatch(/Answer at least one of the three questions/);
    await submit({ role: "Engineer", cares: "Uptime" });
    expect(connector.sent.at(-1)!.activity.text).toMatch(/Saved\. Your card shows in your circles; it will not be spotlighted/);
    expect(connector.updated).toEqual([]);
    expect((await cardOf(bob))!.cares).toBe("Uptime");
  });

  it("works in a channel and a meeting chat too", async () => {
    for (const at of [A.channel(1), A.meetingChat(1)]) {
      connector.members.set(at.conversationId, [ada, bob]);
      await server.post(A.installed(at, ada, connector.url));
      const [shared] = cardsOf([{ conversationId: "", activity: await say(bob, "role", at) }]);
      expectValidCard(shared);
      expect(verbsOf(shared)).toEqual(["role.open"]);
      const saved = await save(bob, { role: "Engineer", why: "Because uptime is kindness" }, at);
      expect(cardText(saved.value)).toMatch(/it will not be spotlighted/);
    }
    expect((await cardOf(bob))!.role).toBe("Engineer");
  });

  it("refuses bad input with a clear message, keeps the draft and stores nothing", async () => {
    const cases: [Record<string, unknown>, RegExp, string][] = [
      [{ role: "", cares: "My draft about quality" }, /Add your role/, "My draft about quality"],
      [{ role: "X", cares: "Short role draft" }, /at least 2 characters/, "Short role draft"],
      [{ role: "x".repeat(61), cares: "Long role draft" }, /under 60 characters/, "Long role draft"],
      [{ role: "Designer" }, /Answer at least one of the three questions/, "Designer"],
      [{ role: "Designer", why: "w".repeat(301) }, /under 300 characters/, "w".repeat(301)],
    ];
    for (const [values, message, kept] of cases) {
      const res = await save(bob, values);
      expectValidCard(res.value);
      expect(cardText(res.value)).toMatch(message);
      expect(JSON.stringify(res.value)).toContain(kept);
    }
    expect(await stored()).toEqual([]);
    const junk = await press(bob, "role.save", { role: { $gt: "" }, cares: ["x"] });
    expect(junk.value).toMatch(/could not be read/);
    expect(await stored()).toEqual([]);
  });

  it("a Dutch circle explains in Dutch", async () => {
    const dutch = A.groupChat(3);
    connector.members.set(dutch.conversationId, [ada, bob]);
    await server.post(A.installed(dutch, ada, connector.url, "nl-NL"));
    const res = await save(bob, { role: "Ontwerper" }, dutch);
    expect(cardText(res.value)).toMatch(/Beantwoord minstens één van de drie vragen/);
    expect(labelsOf(res.value)).toContain("Waar ik in mijn werk het meest om geef");
    const shared = cardsOf([{ conversationId: "", activity: await say(bob, "rol", dutch) }])[0];
    expect(cardText(shared)).toMatch(/Mijn rolkaart openen/);
  });

  it("stores text sanitised, and always as the card of the person who pressed", async () => {
    await save(ada, { role: "  Product\u0000 <b>owner</b> ", cares: "Users\n\n first", userId: bob.id, aadObjectId: bob.aadObjectId, name: "Bob" });
    expect(await stored()).toMatchObject([{ userId: ada.id, name: ada.name, role: "Product bowner/b", cares: "Users first" }]);
    expect(await cardOf(bob)).toBeNull();
  });

  it("delete by button keeps the answers in the form to undo; `role delete` too; nothing to delete says so", async () => {
    await save(bob, { role: "Tester", cares: "Finding the edge cases", spotlight: "true" });
    const deleted = await press(bob, "role.delete");
    expectValidCard(deleted.value);
    expect(cardText(deleted.value)).toMatch(/Your role card is deleted\. Changed your mind\?/);
    expect(inputValue(deleted.value, "cares")).toBe("Finding the edge cases");
    expect(verbsOf(deleted.value)).toEqual(["role.save"]);
    expect(await stored()).toEqual([]);

    await save(bob, { role: "Tester", cares: "Finding the edge cases" });
    expect((await say(bob, "role delete")).text).toMatch(/Your role card is deleted/);
    expect(await stored()).toEqual([]);
    expect((await say(bob, "rol verwijder")).text).toMatch(/no role card yet/);
    const again = await press(bob, "role.delete");
    expect(cardText(again.value)).toMatch(/no role card yet/);
  });

  it("people saving at the same time each keep their own card; a double save stores one", async () => {
    await Promise.all([
      save(ada, { role: "Product owner", cares: "Outcomes" }),
      save(bob, { role: "Engineer", cares: "Reliability" }),
      save(cy, { role: "Designer", cares: "Clarity" }),
      save(cy, { role: "Designer", cares: "Clarity" }),
    ]);
    const cards = await stored();
    expect(cards.map((c) => [c.userId, c.role, c.cares]).sort()).toEqual([
      [ada.id, "Product owner", "Outcomes"],
      [bob.id, "Engineer", "Reliability"],
      [cy.id, "Designer", "Clarity"],
    ]);
  });

  it("a card belongs to the person: it opens in every circle they are in and is listed for each circle's members", async () => {
    await save(ada, { role: "Product owner", cares: "Outcomes" });
    await save(cy, { role: "Designer", cares: "Clarity" });
    const inOther = await press(ada, "role.open", {}, other);
    expect(inputValue(inOther.value, "role")).toBe("Product owner");
    const circles = server.store.collection<Circle>("circles");
    const one = (await circles.findOne({ _id: where.conversationId }))!;
    const two = (await circles.findOne({ _id: other.conversationId }))!;
    expect((await listRoleCards(server.store, one)).map((c) => [c.name, c.role, c.memberId])).toEqual([
      [ada.name, "Product owner", ada.id],
      [cy.name, "Designer", cy.id],
    ]);
    expect((await listRoleCards(server.store, two)).map((c) => c.name)).toEqual([ada.name]);
  });

  it("a card from another conversation cannot act here", async () => {
    const forged = await press(bob, "role.save", { circleId: A.groupChat(9).conversationId, role: "Spy", cares: "Everything" });
    expect(forged.type).toBe("application/vnd.microsoft.activity.message");
    expect(forged.value).toMatch(/another conversation/);
    const open = await press(bob, "role.open", { circleId: other.conversationId });
    expect(open.value).toMatch(/another conversation/);
    expect(await stored()).toEqual([]);
  });
});

describe("the Perspectives ritual", () => {
  const sessions = () => server.store.collection<Session>("sessions").find({ ritualId: "perspectives" }, { sort: { scheduledFor: 1 } });
  /** The first Tuesday of each month, 14:00 in Amsterdam, as the scheduler sees it. */
  const firstTuesdays = ["2026-12-01T13:00:05Z", "2027-01-05T13:00:05Z", "2027-02-02T13:00:05Z", "2027-03-02T13:00:05Z"];

  beforeEach(async () => {
    // The leaders' peer circle has Perspectives; the cross-team one too.
    await press(ada, "template.apply", { templateId: "leaders" });
    connector.sent.length = 0;
  });

  async function openAt(iso: string) {
    connector.sent.length = 0;
    clock.set(new Date(iso));
    await server.scheduler!.tick(clock.now());
    const posted = cardsOf(connector.sent).filter((card) => /Perspectives/.test(cardText(card)));
    expect(posted).toHaveLength(1);
    expectValidCard(posted[0]);
    return posted[0];
  }

  it("spotlights a member who agreed, @mentioned, and invites questions; closes marked closed", async () => {
    await save(bob, { role: "Engineer", cares: "Reliable releases", why: "People rely on us at night", help: "Write down how to reproduce bugs", spotlight: "true" });
    await save(cy, { role: "Designer", cares: "Clarity", spotlight: "false" });
    const card = await openAt(firstTuesdays[0]);
    const text = cardText(card);
    expect(text).toContain(`This month in the spotlight: <at>${bob.name}</at>, **Engineer**`);
    expect(text).toMatch(/What I care about most in my work\nReliable releases\nWhy it matters\nPeople rely on us at night\nHow you can help me\nWrite down how to reproduce bugs/);
    expect(text).toContain(`Ask ${bob.name} a question in the replies`);
    expect(text).not.toContain("Designer");
    expect((card.msteams as { entities: unknown[] }).entities).toEqual([{ type: "mention", text: `<at>${bob.name}</at>`, mentioned: { id: bob.id, name: bob.name } }]);
    expect(verbsOf(card)).toEqual(["role.open"]);
    const [session] = await sessions();
    expect(session).toMatchObject({ state: "open", data: { spotlight: { key: `${A.TENANT}|${bob.aadObjectId}`, memberId: bob.id, role: "Engineer" } } });

    // A later edit does not change the posted session.
    await save(bob, { role: "Staff engineer", cares: "Reliable releases", spotlight: "true" });
    connector.updated.length = 0;
    clock.set(new Date("2026-12-01T17:01:00Z"));
    expect((await server.scheduler!.tick(clock.now())).closed).toBe(1);
    const closed = connector.updated.at(-1)!.activity.attachments![0].content;
    expectValidCard(closed);
    expect(cardText(closed)).toMatch(/Engineer[\s\S]*This Perspectives session is closed/);
    expect(cardText(closed)).not.toContain("Ask ");
    expect(closed.actions).toBeUndefined();
    expect((await sessions())[0].state).toBe("closed");
  });

  it("rotates fairly: everyone who agreed before anyone twice, never someone who did not", async () => {
    for (const who of [ada, bob, cy]) await save(who, { role: `${who.name.split(" ")[0]}'s role`, cares: "Things", spotlight: who === cy ? "false" : "true" });
    const spotlit: string[] = [];
    for (const at of firstTuesdays) {
      const card = await openAt(at);
      spotlit.push((card.msteams as { entities: { mentioned: { id: string } }[] }).entities[0].mentioned.id);
      clock.set(new Date(new Date(at).getTime() + 5 * 3_600_000));
      await server.scheduler!.tick(clock.now());
    }
    expect(new Set(spotlit.slice(0, 2))).toEqual(new Set([ada.id, bob.id]));
    expect(spotlit.slice(2)).toEqual(spotlit.slice(0, 2));
    expect(spotlit).not.toContain(cy.id);
  });

  it("with nobody agreed, it honestly invites people to fill in their card", async () => {
    await save(cy, { role: "Designer", cares: "Clarity" });
    const card = await openAt(firstTuesdays[0]);
    expect(cardText(card)).toMatch(/who wants to go first\?[\s\S]*Nobody in this circle has a role card that may be spotlighted yet/);
    expect(cardText(card)).not.toContain("Designer");
    expect(card.msteams).not.toHaveProperty("entities");
    expect(verbsOf(card)).toEqual(["role.open"]);
    expect((await sessions())[0].data.spotlight).toBeNull();
    const form = await press(bob, "role.open");
    expect(cardText(form.value)).toMatch(/Your role card/);
  });

  it("someone who deletes their card or switches the spotlight off is not shown again at the close", async () => {
    await save(bob, { role: "Engineer", cares: "Reliable releases", spotlight: "true" });
    await openAt(firstTuesdays[0]);
    await save(bob, { role: "Engineer", cares: "Reliable releases", spotlight: "false" });
    connector.updated.length = 0;
    clock.set(new Date("2026-12-01T17:01:00Z"));
    await server.scheduler!.tick(clock.now());
    const closed = connector.updated.at(-1)!.activity.attachments![0].content;
    expectValidCard(closed);
    expect(cardText(closed)).not.toContain("Engineer");
    expect(cardText(closed)).toMatch(/closed/);
  });

  it("a spotlight card's button copied into another conversation is refused there", async () => {
    await save(bob, { role: "Engineer", cares: "Reliable releases", spotlight: "true" });
    const card = await openAt(firstTuesdays[0]);
    const data = (card.actions as { data: Record<string, unknown> }[])[0].data;
    const res = await server.post(A.cardAction(other, bob, "role.open", data, connector.url));
    expect(JSON.parse(res.body).value).toMatch(/another conversation/);
  });
});

// Shoutouts end to end through /api/messages: given by command with mentions or by the card form,
// refused when empty, too long, to yourself or sent twice, +1 once per person, deleted by the giver.

import { describe, expect, it } from "vitest";
import { listWall, react, type Shoutout } from "../../shared/shoutouts/repository";
import * as A from "../helpers/activities";
import { cardText, expectValidCard } from "../helpers/cards";
import { circleHarness } from "../helpers/circle-harness";
import { cardsOf } from "../helpers/connector";
import { ada, bob, cy } from "../helpers/people";
import { eventually } from "../helpers/wait";

const where = A.groupChat(1);
const circleId = where.conversationId;

const { connector, server, clock, press, restartServer } = circleHarness({
  where,
  members: [ada, bob, cy],
  startAt: new Date("2026-11-26T09:00:10Z"),
  scheduler: false,
});

const mention = (p: { id: string; name: string }) => ({ type: "mention", text: `<at>${p.name}</at>`, mentioned: { id: p.id, name: p.name } });
const botMention = { type: "mention", text: `<at>${A.BOT.name}</at>`, mentioned: A.BOT };

/** `shoutout @… text` as Teams sends it in a group chat: the bot's mention first, then the recipients'. */
async function shoutout(from: typeof ada, recipients: (typeof ada)[], text: string) {
  const tags = recipients.map((p) => `<at>${p.name}</at>`).join(" ");
  const activity = A.message(where, from, "", connector.url);
  const res = await server.post({ ...activity, text: `<at>${A.BOT.name}</at> shoutout ${tags} ${text}`, entities: [botMention, ...recipients.map(mention)] });
  expect(res.status).toBe(200);
}
const stored = () => server.store.collection<Shoutout>("shoutouts").find({}, { sort: { createdAt: 1 } });
const lastText = () => connector.sent.at(-1)!.activity.text as string;

describe("shoutouts", () => {
  it("a shoutout to two people is stored and posted with both @mentioned", async () => {
    await shoutout(ada, [bob, cy], "for helping with the release");
    const [saved] = await stored();
    expect(saved).toMatchObject({ circleId, giverId: ada.id, giverName: ada.name, recipients: [{ id: bob.id, name: bob.name }, { id: cy.id, name: cy.name }], message: "helping with the release", tag: null, reactions: [] });
    expect(saved.activityId).toBeTruthy();
    const [card] = cardsOf(connector.sent);
    expectValidCard(card);
    expect(cardText(card)).toContain(`<at>${bob.name}</at>, <at>${cy.name}</at>`);
    expect(cardText(card)).toContain("helping with the release");
    expect((card.msteams as { entities: unknown[] }).entities).toEqual([mention(bob), mention(cy)]);
  });

  it("refuses a shoutout to yourself, an empty one and a too long one, with a clear message", async () => {
    await shoutout(ada, [ada], "for being me");
    expect(lastText()).toMatch(/cannot thank yourself/);
    await shoutout(ada, [bob], "for");
    expect(lastText()).toMatch(/Add a few words/);
    await shoutout(ada, [bob], `for ${"x".repeat(281)}`);
    expect(lastText()).toMatch(/under 280 characters/);
    expect(await stored()).toHaveLength(0);
  });

  it("the same shoutout within a minute is refused, and allowed after it", async () => {
    await shoutout(ada, [bob, cy], "for the demo");
    clock.advance(30_000);
    await shoutout(ada, [cy, bob], "for the demo");
    expect(lastText()).toMatch(/just sent this shoutout/);
    expect(await stored()).toHaveLength(1);
    clock.advance(31_000);
    await shoutout(ada, [bob, cy], "for the demo");
    expect(await stored()).toHaveLength(2);
  });

  it("two identical shoutouts arriving at once are stored once", async () => {
    await Promise.all([shoutout(ada, [bob], "for the coffee"), shoutout(ada, [bob], "for the coffee")]);
    expect(await stored()).toHaveLength(1);
  });

  it("+1 twice by the same person counts once, and everyone sees the count", async () => {
    await shoutout(ada, [bob], "for the review");
    const [saved] = await stored();
    await press(cy, "shoutout.react", { shoutoutId: saved._id });
    const again = await press(cy, "shoutout.react", { shoutoutId: saved._id });
    expectValidCard(again.value);
    expect(cardText(again.value)).toContain("+1 · 1");
    await press(bob, "shoutout.react", { shoutoutId: saved._id });
    expect((await stored())[0].reactions).toEqual([cy.id, bob.id]);
    expect(cardText(connector.updated.at(-1)!.activity.attachments![0].content)).toContain("+1 · 2");
  });

  it("only the giver can delete a shoutout", async () => {
    await shoutout(ada, [bob], "for the review");
    const [saved] = await stored();
    const refused = await press(bob, "shoutout.delete", { shoutoutId: saved._id });
    expect(refused.value).toMatch(/Only the person who gave/);
    expect(await stored()).toHaveLength(1);
    const done = await press(ada, "shoutout.delete", { shoutoutId: saved._id });
    expect(cardText(done.value)).toContain("deleted this shoutout");
    expect(await stored()).toHaveLength(0);
  });

  it("`shoutout` without a mention opens a form that posts the shoutout", async () => {
    await server.post(A.message(where, bob, "shoutout", connector.url));
    const [form] = cardsOf(connector.sent);
    expectValidCard(form);
    expect(cardText(form)).toMatch(/Thank someone in/);
    connector.sent.length = 0;

    const refused = await press(bob, "shoutout.give", { recipients: `${bob.id}`, message: "me", tag: "" });
    expect(cardText(refused.value)).toMatch(/cannot thank yourself/);
    const stranger = await press(bob, "shoutout.give", { recipients: "29:eve", message: "hi", tag: "" });
    expect(cardText(stranger.value)).toMatch(/does not know one of the people/);

    const done = await press(bob, "shoutout.give", { recipients: `${ada.id},${cy.id}`, message: "Thanks for pairing", tag: "teamwork" });
    expectValidCard(done.value);
    expect(cardText(done.value)).toMatch(/Posted!/);
    expect(await stored()).toMatchObject([{ giverId: bob.id, recipients: [{ id: ada.id }, { id: cy.id }], message: "Thanks for pairing", tag: "teamwork" }]);
    const [posted] = cardsOf(connector.sent);
    expectValidCard(posted);
    expect(cardText(posted)).toMatch(/Teamwork/);
    expect((posted.msteams as { entities: { mentioned: { id: string } }[] }).entities.map((e) => e.mentioned.id)).toEqual([ada.id, cy.id]);
  });

  it("a card from another conversation cannot act on this circle's shoutouts", async () => {
    await shoutout(ada, [bob], "for the review");
    const [saved] = await stored();
    const forged = await press(cy, "shoutout.react", { circleId: A.groupChat(2).conversationId, shoutoutId: saved._id });
    expect(forged.type).toBe("application/vnd.microsoft.activity.message");
    expect(forged.value).toMatch(/another conversation/);
    const give = await press(cy, "shoutout.give", { circleId: A.groupChat(2).conversationId, recipients: bob.id, message: "hi" });
    expect(give.value).toMatch(/another conversation/);
    expect((await stored())[0].reactions).toEqual([]);
  });

  it("a recipient who has the bot in personal chat gets a personal note; others are not bothered", async () => {
    await server.post(A.installed(A.personalChat(bob.id), bob, connector.url));
    connector.sent.length = 0;
    await shoutout(ada, [bob, cy], "for the late-night fix");
    const note = await eventually(() => connector.sent.find((s) => s.conversationId === A.personalChat(bob.id).conversationId));
    const card = note.activity.attachments![0].content;
    expectValidCard(card);
    expect(cardText(card)).toContain(`${ada.name} thanked you`);
    expect(cardText(card)).toContain("for the late-night fix".replace(/^for /, ""));
    expect(cardText(card)).toMatch(/shoutout wall/);
    // Cy has no personal chat with the bot: only the group post and Bob's note were sent.
    expect(connector.sent.map((s) => s.conversationId).sort()).toEqual([A.personalChat(bob.id).conversationId, circleId].sort());
  });

  it("thanks picked across teams (Teams' people picker answers with Entra ids) show on both circles' walls", async () => {
    const otherTeam = A.channel(7);
    const dee = { id: "29:dee", name: "Dee Rams", aadObjectId: "00000000-0000-0000-0000-0000000000d4" };
    connector.members.set(otherTeam.conversationId, [dee]);
    connector.members.set(otherTeam.teamId!, [dee]);
    await server.post(A.installed(otherTeam, dee, connector.url));
    connector.sent.length = 0;

    const done = await press(bob, "shoutout.give", { recipients: `${dee.aadObjectId},${ada.id}`, message: "Thanks for the API review", tag: "" });
    expect(cardText(done.value)).toMatch(/Posted!/);
    const [saved] = await stored();
    expect(saved.recipients).toEqual([{ id: dee.id, name: dee.name }, { id: ada.id, name: ada.name }]);
    expect(saved.circleIds).toEqual([circleId, otherTeam.conversationId]);
    expect((await listWall(server.store, otherTeam.conversationId)).map((s) => s._id)).toEqual([saved._id]);
    expect((await listWall(server.store, circleId)).map((s) => s._id)).toEqual([saved._id]);
    // A member of the other team can +1 it from their circle, once.
    const reacted = await react(server.store, otherTeam.conversationId, saved._id, dee.id);
    expect(reacted?.reactions).toEqual([dee.id]);
    expect(await react(server.store, A.groupChat(9).conversationId, saved._id, dee.id)).toBeNull();
  });

  it("thanks among members of the same circle stay on that circle's wall only", async () => {
    await server.post(A.installed(A.groupChat(3), ada, connector.url));
    await shoutout(ada, [bob], "for the review");
    expect((await stored())[0].circleIds).toEqual([circleId]);
  });

  it("the value tags come from the configuration; one that is not on the list is refused", async () => {
    await restartServer({ SHOUTOUT_TAGS: "customer-first,teamwork" });
    await server.post(A.installed(where, ada, connector.url));
    connector.sent.length = 0;
    await server.post(A.message(where, bob, "shoutout", connector.url));
    const form = cardsOf(connector.sent)[0];
    expect(JSON.stringify(form)).toContain('{"title":"Customer first","value":"customer-first"}');
    expect(JSON.stringify(form)).not.toContain("brave");
    const refused = await press(bob, "shoutout.give", { recipients: ada.id, message: "hi", tag: "brave" });
    expect(cardText(refused.value)).toMatch(/not one of the choices/);
    await press(bob, "shoutout.give", { recipients: ada.id, message: "for putting customers first", tag: "customer-first" });
    expect(cardText(cardsOf(connector.sent).at(-1)!)).toContain("#Customer first");
  });
});

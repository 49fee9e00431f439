// Friday shoutouts end to end through /api/messages: the weekly card with three slots, progress
// for everyone, each shoutout on the wall and to its recipient, the week's summary at the close.

import { describe, expect, it } from "vitest";
import type { Circle } from "../../shared/circles/types";
import { openSessionNow } from "../../shared/scheduler";
import type { Session } from "../../shared/sessions/types";
import type { Shoutout } from "../../shared/shoutouts/repository";
import * as A from "../helpers/activities";
import { cardText, expectValidCard } from "../helpers/cards";
import { circleHarness } from "../helpers/circle-harness";
import { cardsOf } from "../helpers/connector";
import { ada, bob, cy } from "../helpers/people";
import { eventually } from "../helpers/wait";

const where = A.groupChat(1);
const circleId = where.conversationId;
const FRIDAY_1400 = new Date("2026-11-27T13:00:00Z"); // 14:00 in Amsterdam

const { connector, server, clock, press } = circleHarness({
  where,
  members: [ada, bob, cy],
  startAt: FRIDAY_1400,
  localTimezone: "Europe/Amsterdam",
  alsoInstalled: [{ where: A.personalChat(cy.id), by: cy }],
});
let sessionId: string;

async function open(): Promise<Record<string, unknown>> {
  const circle = (await server.store.collection<Circle>("circles").findOne({ _id: circleId }))!;
  const { session } = await openSessionNow(server.store, circle, "friday-shoutouts", clock.now());
  sessionId = session._id;
  expect((await server.scheduler!.tick(clock.now())).posted).toBe(1);
  const [card] = cardsOf(connector.sent);
  connector.sent.length = 0;
  return card;
}
const give = (who: typeof ada, slots: Record<string, string>, id = sessionId) => press(who, "friday.give", { sessionId: id, ...slots });
const stored = () => server.store.collection<Shoutout>("shoutouts").find({}, { sort: { createdAt: 1 } });
const session = () => server.store.collection<Session>("sessions").findOne({ _id: sessionId });

describe("Friday shoutouts", () => {
  it("the card offers three slots; shoutouts go on the wall, to their recipients, and show as progress", async () => {
    const card = await open();
    expectValidCard(card);
    expect(cardText(card)).toMatch(/Friday shoutouts[\s\S]*Who helped you this week\?[\s\S]*Nobody has given a shoutout yet/);
    const ids = JSON.stringify(card);
    for (const input of ["to1", "for1", "to2", "for2", "to3", "for3"]) expect(ids).toContain(`"id":"${input}"`);

    const answer = await give(bob, { to1: ada.id, for1: "Thanks for the pairing session", to2: "", for2: "", to3: cy.id, for3: "for the lunch walk" });
    expectValidCard(answer.value);
    expect(cardText(answer.value)).toContain("Your 2 shoutouts are on the wall");
    expect(cardText(answer.value)).toContain("1 person gave 2 shoutouts");
    const shared = connector.updated.at(-1)!.activity.attachments![0].content;
    expect(cardText(shared)).toContain("1 person gave 2 shoutouts");
    expect(cardText(shared)).not.toContain("Your 2 shoutouts");

    expect(await stored()).toMatchObject([
      { giverId: bob.id, recipients: [{ id: ada.id }], message: "Thanks for the pairing session", sessionId, circleIds: [circleId] },
      { giverId: bob.id, recipients: [{ id: cy.id }], message: "for the lunch walk", sessionId },
    ]);
    expect((await session())!.participants).toEqual([bob.id]);
    // Cy has a personal chat with the bot: a note arrives there.
    const note = await eventually(() => connector.sent.find((s) => s.conversationId === A.personalChat(cy.id).conversationId));
    expect(cardText(note.activity.attachments![0].content)).toContain("Bob Dylan thanked you");

    await give(ada, { to1: cy.id, for1: "Great demo" });
    expect(cardText(connector.updated.at(-1)!.activity.attachments![0].content)).toContain("2 people gave 3 shoutouts");
  });

  it("a half-filled slot, yourself or nothing at all is refused with the slot named, the draft kept and nothing stored", async () => {
    await open();
    const half = await give(bob, { to1: ada.id, for1: "Thanks!", to2: cy.id, for2: "  " });
    expect(cardText(half.value)).toContain("Shoutout 2: add a few words about what for.");
    expect(JSON.stringify(half.value)).toContain('"value":"Thanks!"');
    // Teams' people picker answers with Entra object ids; the refused card shows the picked person again.
    const picked = await give(bob, { to1: ada.aadObjectId, for1: "Thanks!", to2: cy.aadObjectId, for2: "" });
    const slot2 = (picked.value.body as { id?: string; value?: string; choices?: { title: string; value: string }[] }[]).find((e) => e.id === "to2")!;
    expect(slot2.value).toBe(cy.aadObjectId);
    expect(slot2.choices).toContainEqual({ title: cy.name, value: cy.aadObjectId });
    const self = await give(bob, { to1: ada.id, for1: "Thanks!", to3: bob.id, for3: "me" });
    expect(cardText(self.value)).toContain("Shoutout 3: You cannot thank yourself");
    const nothing = await give(bob, {});
    expect(cardText(nothing.value)).toContain("Fill in at least one shoutout");
    const stranger = await give(bob, { to1: "29:eve", for1: "hi" });
    expect(cardText(stranger.value)).toMatch(/Shoutout 1: Quiet Circles does not know/);
    expect(await stored()).toHaveLength(0);
    expect((await session())!.participants).toEqual([]);
  });

  it("a double press stores each shoutout once", async () => {
    await open();
    const slots = { to1: ada.id, for1: "for the review" };
    await Promise.all([give(bob, slots), give(bob, slots)]);
    const again = await give(bob, slots);
    expect(cardText(again.value)).toContain("You already sent these shoutouts");
    expect(await stored()).toHaveLength(1);
  });

  it("at the close the week's shoutouts are posted as one summary, and the card takes no more", async () => {
    // Given earlier this week by command, and one from last week that is not part of it.
    const earlier = (days: number) => new Date(FRIDAY_1400.getTime() - days * 86_400_000);
    const mention = (p: typeof ada) => ({ type: "mention", text: `<at>${p.name}</at>`, mentioned: { id: p.id, name: p.name } });
    for (const [at, text] of [[earlier(8), "old news"], [earlier(2), "for unblocking the build"]] as const) {
      clock.set(at);
      await server.post({ ...A.message(where, ada, "", connector.url), text: `shoutout <at>${bob.name}</at> ${text}`, entities: [mention(bob)] });
    }
    clock.set(FRIDAY_1400);
    await open();
    await give(cy, { to1: ada.id, for1: "for the calm in the storm", to2: bob.id, for2: "for the coffee" });

    connector.sent.length = 0;
    connector.updated.length = 0;
    clock.set(new Date(FRIDAY_1400.getTime() + 4 * 3_600_000 + 60_000));
    expect((await server.scheduler!.tick(clock.now())).closed).toBe(1);
    const [summary] = cardsOf(connector.sent);
    expectValidCard(summary);
    const text = cardText(summary);
    expect(text).toContain("This week's shoutouts");
    expect(text).toContain("2 people gave 3 shoutouts");
    expect(text).toContain("**Ada Lovelace** → <at>Bob Dylan</at>: unblocking the build");
    expect(text).toContain("**Cy Twombly** → <at>Ada Lovelace</at>: for the calm in the storm");
    expect(text).not.toContain("old news");
    expect((summary.msteams as { entities: { mentioned: { id: string } }[] }).entities.map((e) => e.mentioned.id).sort()).toEqual([ada.id, bob.id].sort());
    expect(cardText(connector.updated[0].activity.attachments![0].content)).toMatch(/Friday shoutouts are closed/);

    const late = await give(bob, { to1: ada.id, for1: "too late?" });
    expect(cardText(late.value)).toMatch(/closed/);
    expect(await stored()).toHaveLength(4);
  });

  it("a session of another circle, or garbage, is refused without storing anything", async () => {
    await open();
    for (const id of ["19:other@thread.v2|friday-shoutouts|2026-11-27", { $gt: "" }, "x".repeat(10_000)]) {
      const res = await give(bob, { to1: ada.id, for1: "sneaky" }, id as string);
      expect(res.value).toMatch(/another conversation/);
    }
    expect(await stored()).toHaveLength(0);
  });

  it("a big circle's card lists forty members per slot and stays small", async () => {
    const many = Array.from({ length: 300 }, (_, i) => ({ id: `29:m${i}`, name: `Member number ${String(i).padStart(3, "0")}` }));
    connector.members.set(where.conversationId, [ada, bob, cy, ...many]);
    await server.post(A.membersAdded(where, ada, many, connector.url));
    const card = await open();
    expectValidCard(card);
    expect(cardText(card)).toContain("Not in the list?");
  });
});

// Walk & talk end to end through /api/messages: opting in and out by command and by card, a
// round of five posted by the scheduler (a pair and a trio, everyone @mentioned, a prompt each),
// "we walked" counted once and only for the pair's own people, late joiners, the close and its
// summary, forged and malformed presses, and a round of sixty that stays under the size limit.

import { beforeEach, describe, expect, it } from "vitest";
import type { PairOptIn } from "../../shared/pairs/repository";
import { promptBanks } from "../../shared/pairs/prompts";
import type { PairRound } from "../../shared/pairs/round";
import type { Session } from "../../shared/sessions/types";
import * as A from "../helpers/activities";
import { cardText, expectValidCard } from "../helpers/cards";
import { circleHarness } from "../helpers/circle-harness";
import { cardsOf } from "../helpers/connector";

const person = (key: string, name: string) => ({ id: `29:${key}`, name, aadObjectId: `00000000-0000-0000-0000-${key.padStart(12, "0")}` });
const ada = person("ada", "Ada Lovelace");
const bob = person("bob", "Bob Dylan");
const cy = person("cy", "Cy Twombly");
const dee = person("dee", "Dee Dee Bridgewater");
const eve = person("eve", "Eve Arden");
const five = [ada, bob, cy, dee, eve];
type Person = typeof ada;

const where = A.groupChat(1);
const sessionId = `${where.conversationId}|walk-and-talk|2026-11-25`;
// Wednesday 25 Nov 2026, 12:00 in Amsterdam; the window is four hours.
const opensAt = new Date("2026-11-25T11:00:05Z");
const afterClose = new Date("2026-11-25T15:01:00Z");
const walkAndTalkOn = { "r.walk-and-talk.on": "true", "r.walk-and-talk.time": "12:00", "r.walk-and-talk.weekday": "3" };

// Five people are in the chat unless a describe says otherwise; each describe starts the server (see `start`).
const harness = circleHarness({
  where,
  members: five,
  startAt: new Date("2026-11-24T09:00:00Z"), // Tuesday
  localTimezone: "Europe/Amsterdam",
  startManually: true,
});
const { connector, server, clock, press } = harness;

/** `members` are in the chat; the first installs the bot and switches Walk & talk on. */
async function start(members: Person[]) {
  await harness.start(members);
  const saved = await press(members[0], "setup.save", { ...walkAndTalkOn, timeZone: "Europe/Amsterdam", workingDays: "1,2,3,4,5", locale: "en" });
  expect(cardText(saved.value)).toMatch(/Saved/);
  connector.sent.length = 0;
  connector.updated.length = 0;
}

const say = async (who: Person, text: string) => {
  const before = connector.sent.length;
  const res = await server.post(A.message(where, who, text, connector.url));
  expect(res.status).toBe(200);
  return connector.sent.slice(before);
};
const lastText = async (who: Person, text: string) => (await say(who, text)).at(-1)!.activity.text as string;
const session = () => server.store.collection<Session>("sessions").findOne({ _id: sessionId });
const round = async () => (await session())!.data as unknown as PairRound;
const optIns = () => server.store.collection<PairOptIn>("pair_optins").find({}, { sort: { userId: 1 } });
const promptOf = (id: string) => promptBanks.en[Number(id.split(":")[1])];
const sharedUpdatesOf = (activityId: string) => connector.updated.filter((u) => u.activityId === activityId).map((u) => u.activity.attachments![0].content);

async function openRound() {
  clock.set(opensAt);
  const report = await server.scheduler!.tick(clock.now());
  expect(report.posted).toBe(1);
  const cards = cardsOf(connector.sent);
  return cards.at(-1)!;
}

describe("walk & talk", () => {
  describe("opting in and out", () => {
    beforeEach(() => start(five));

    it("by command: `pairs` explains, `pairs on|off` (and aliases) change the choice, once", async () => {
      const [status] = cardsOf(await say(bob, "pairs"));
      expectValidCard(status);
      expect(cardText(status)).toMatch(/Walk & talk in[\s\S]*You're not in\.[\s\S]*Every Wednesday at 12:00[\s\S]*across teams/);
      expect(JSON.stringify(status)).toContain('"verb":"pairs.join"');

      expect(await lastText(bob, "pairs on")).toBe("You're in! You'll be paired in the next Walk & talk round.");
      expect(await lastText(bob, "walk on")).toMatch(/already in/);
      expect(await optIns()).toMatchObject([{ _id: `${where.conversationId}|${bob.id}`, userId: bob.id, name: bob.name, optedIn: true }]);

      const [after] = cardsOf(await say(bob, "PAIRS"));
      expect(cardText(after)).toMatch(/You're in\.[\s\S]*1 person is in\./);
      expect(JSON.stringify(after)).toContain('"verb":"pairs.leave"');

      expect(await lastText(bob, "wandel uit")).toMatch(/^You're out\./);
      expect(await lastText(bob, "pairs off")).toMatch(/not in, so you won't be paired/);
      expect((await optIns())[0].optedIn).toBe(false);

      const [confused] = cardsOf(await say(bob, "pairs maybe"));
      expect(cardText(confused)).toContain("I know **pairs**, **pairs on** and **pairs off**.");
      expect((await optIns())[0].optedIn).toBe(false);
    });

    it("by card: Count me in / Count me out on the `pairs` card confirm in place", async () => {
      const joined = await press(cy, "pairs.join");
      expectValidCard(joined.value);
      expect(cardText(joined.value)).toMatch(/You're in! You'll be paired[\s\S]*\*\*You're in\.\*\*/);
      const left = await press(cy, "pairs.leave");
      expect(cardText(left.value)).toMatch(/You're out\.[\s\S]*\*\*You're not in\.\*\*/);
      expect((await optIns()).map((o) => [o.userId, o.optedIn])).toEqual([[cy.id, false]]);
      // Through the Action.Submit fallback too.
      await server.post(A.cardSubmit(where, cy, "pairs.join", { circleId: where.conversationId }, connector.url));
      expect((await optIns())[0].optedIn).toBe(true);
    });

    it("people opting in at the same moment are all stored", async () => {
      await Promise.all(five.map((p) => press(p, "pairs.join")));
      expect((await optIns()).filter((o) => o.optedIn)).toHaveLength(5);
    });

    it("works the same in a channel and a meeting chat", async () => {
      for (const other of [A.channel(2), A.meetingChat(3)]) {
        connector.members.set(other.conversationId, five);
        await server.post(A.installed(other, ada, connector.url));
        const before = connector.sent.length;
        await server.post(A.message(other, dee, "pairs on", connector.url));
        expect(connector.sent.slice(before).at(-1)!.activity.text).toBe("You're in! You'll be paired in the next Walk & talk round.");
        const res = await server.press(other, dee, "pairs.leave", {}, connector.url);
        expect(cardText(res.value)).toMatch(/You're out\./);
      }
      // Each circle keeps its own choice.
      expect((await optIns()).map((o) => [o._id.split("|")[0], o.optedIn]).sort()).toEqual([
        ["19:channel2@thread.tacv2", false],
        ["19:meeting_3@thread.v2", false],
      ]);
    });

    it("Dutch circles get Dutch texts", async () => {
      await press(ada, "setup.save", { ...walkAndTalkOn, timeZone: "Europe/Amsterdam", workingDays: "1,2,3,4,5", locale: "nl" });
      expect(await lastText(bob, "wandel aan")).toBe("Je doet mee! In de volgende ronde van Wandel & praat word je gekoppeld.");
      const [status] = cardsOf(await say(bob, "pairs"));
      expect(cardText(status)).toMatch(/Wandel & praat in[\s\S]*Je doet mee\.[\s\S]*Elke woensdag om 12:00/);
    });
  });

  describe("a round of five", () => {
    beforeEach(async () => {
      await start(five);
      for (const p of five) await say(p, "pairs on");
      connector.sent.length = 0;
    });

    it("is posted on time as a pair and a trio, everyone @mentioned, each with a prompt", async () => {
      const card = await openRound();
      expectValidCard(card);
      const { groups, waiting } = await round();
      expect(waiting).toBeNull();
      expect(groups.map((g) => g.people.length).sort()).toEqual([2, 3]);
      expect(groups.flatMap((g) => g.people.map((p) => p.id)).sort()).toEqual(five.map((p) => p.id).sort());
      expect(new Set(groups.map((g) => g.promptId)).size).toBe(2);
      const text = cardText(card);
      for (const g of groups) {
        expect(text).toContain(g.people.map((p) => `<at>${p.name}</at>`).join(g.people.length === 2 ? " & " : ", ").replace(/, (<at>[^<]+<\/at>)$/, " & $1"));
        expect(text).toContain(`💬 ${promptOf(g.promptId)}`);
      }
      const entities = (card.msteams as { entities: { text: string; mentioned: { id: string; name: string } }[] }).entities;
      expect(entities.map((e) => e.mentioned.id).sort()).toEqual(five.map((p) => p.id).sort());
      for (const e of entities) expect(text).toContain(e.text);
      expect(JSON.stringify(card).match(/"verb":"pairs\.walked"/g)?.length).toBeGreaterThanOrEqual(2);
      expect(text).toMatch(/0 of 2 pairs walked so far\. Mark yours before Wed 25 Nov, 16:00/);
      expect(await session()).toMatchObject({ state: "open", activityId: expect.any(String) });
    });

    it("\"we walked\" counts once, only for the pair's own people, and shows a ✓ for everyone", async () => {
      await openRound();
      const { groups } = await round();
      const pair = groups.findIndex((g) => g.people.length === 2);
      const trio = 1 - pair;
      const [first, second] = groups[pair].people;
      const outsider = five.find((p) => p.id === groups[trio].people[0].id)!;

      const refused = await press(outsider, "pairs.walked", { sessionId, group: pair });
      expect(refused.value).toMatch(/Only the people in that pair can mark their walk/);
      expect((await round()).groups[pair].walked).toBe(false);

      const done = await press(five.find((p) => p.id === first.id)!, "pairs.walked", { sessionId, group: pair });
      expectValidCard(done.value);
      expect(cardText(done.value)).toContain(`<at>${first.name}</at> & <at>${second.name}</at> · ✓ Walked`);
      expect(cardText(done.value)).toContain("1 of 2 pairs walked so far.");
      expect(sharedUpdatesOf("card-1").at(-1)).toEqual(done.value);

      const again = await press(five.find((p) => p.id === second.id)!, "pairs.walked", { sessionId, group: pair });
      expect(again.value).toBe("Already counted — enjoy the rest of your day.");
      const stored = await session();
      const data = stored!.data as unknown as PairRound;
      expect(data.groups[pair]).toMatchObject({ walked: true, walkedBy: first.id });
      expect(data.groups.filter((g) => g.walked)).toHaveLength(1);
      expect(stored!.participants.sort()).toEqual([first.id, second.id].sort());

      // The trio's people press at the same moment: counted once.
      const trioPeople = groups[trio].people.map((p) => five.find((f) => f.id === p.id)!);
      const answers = await Promise.all(trioPeople.map((p) => press(p, "pairs.walked", { sessionId, group: trio })));
      expect(answers.filter((a) => a.type === "application/vnd.microsoft.card.adaptive")).toHaveLength(1);
      expect(answers.filter((a) => a.value === "Already counted — enjoy the rest of your day.")).toHaveLength(trioPeople.length - 1);
      const after = await session();
      expect((after!.data as unknown as PairRound).groups.filter((g) => g.walked)).toHaveLength(2);
      expect(after!.participants.sort()).toEqual(five.map((p) => p.id).sort());
      // The round card settles on the stored state, whatever order the presses' updates arrived in.
      await expect.poll(() => cardText(sharedUpdatesOf(after!.activityId!).at(-1) ?? {}), { timeout: 6_000 }).toContain("2 of 2 pairs walked so far.");

      // The close: the card is marked closed with the count, and a short summary is posted.
      connector.sent.length = 0;
      clock.set(afterClose);
      expect((await server.scheduler!.tick(clock.now())).closed).toBe(1);
      const closed = sharedUpdatesOf(after!.activityId!).at(-1)!;
      expectValidCard(closed);
      expect(cardText(closed)).toMatch(/Walk & talk — closed[\s\S]*2 of 2 pairs walked\./);
      expect(JSON.stringify(closed)).not.toContain("pairs.walked");
      const [summary] = cardsOf(connector.sent);
      expectValidCard(summary);
      expect(cardText(summary)).toMatch(/2 of 2 pairs walked this week\.[\s\S]*Thanks for making time for each other/);
      expect(await session()).toMatchObject({ state: "closed" });

      const late = await press(outsider, "pairs.walked", { sessionId, group: trio });
      expect(late.value).toMatch(/This walk-and-talk round is closed/);
    });

    it("the Action.Submit fallback and the `pairs` card mark the person's own pair", async () => {
      await openRound();
      const { groups } = await round();
      const [a, b] = groups[0].people.map((p) => five.find((f) => f.id === p.id)!);
      const [status] = cardsOf(await say(a, "pairs"));
      expectValidCard(status);
      expect(cardText(status)).toContain(`Today you walk with ${groups[0].people.filter((p) => p.id !== a.id).map((p) => p.name).join(groups[0].people.length === 3 ? " & " : "")}`);
      const marked = await press(a, "pairs.walked", { sessionId, view: "status" });
      expect(cardText(marked.value)).toMatch(/Nice! Your walk is counted\.[\s\S]*Today you walked with/);
      expect((await round()).groups[0].walked).toBe(true);
      const before = connector.sent.length;
      await server.post(A.cardSubmit(where, b, "pairs.walked", { circleId: where.conversationId, sessionId, group: 0 }, connector.url));
      expect(connector.sent.slice(before).map((s) => s.activity.text)).toEqual(["Already counted — enjoy the rest of your day."]);
      const activityId = (await session())!.activityId!;
      expect(cardText(sharedUpdatesOf(activityId).at(-1))).toContain("1 of 2 pairs walked so far.");
    });

    it("refuses bad input and a session of another circle without changing anything", async () => {
      await openRound();
      const firstId = (await round()).groups[0].people[0].id;
      const member = five.find((p) => p.id === firstId)!;
      for (const group of ["0", -1, 1.5, 99_999, { $gt: 0 }, true]) {
        const res = await press(member, "pairs.walked", { sessionId, group });
        expect(res.value, JSON.stringify(group)).toMatch(/could not be read/);
      }
      expect((await press(member, "pairs.walked", { sessionId, group: 7 })).value).toMatch(/That pair is not in this round/);
      for (const id of ["19:other@thread.v2|walk-and-talk|2026-11-25", `${where.conversationId}|week-in-review|2026-11-25`, { $ne: "" }, "x".repeat(10_000), undefined]) {
        const res = await press(member, "pairs.walked", { sessionId: id, group: 0 });
        expect(res.value).toMatch(/another conversation/);
      }
      // A card of this circle pressed with another circle's id is refused before anything runs.
      const forged = await server.post(A.cardAction(where, member, "pairs.walked", { circleId: "19:other@thread.v2", sessionId, group: 0 }, connector.url));
      expect(JSON.parse(forged.body).value).toMatch(/another conversation/);
      expect((await press(member, "pairs.join", { sessionId: { $gt: "" } })).value).toMatch(/could not be read/);
      expect((await round()).groups.some((g) => g.walked)).toBe(false);
      expect((await session())!.participants).toEqual([]);
    });

    it("play now opens the round right away, once", async () => {
      const first = await press(ada, "play.now");
      expect(first.value).toBe("Walk & talk is open below.");
      await expect.poll(() => cardsOf(connector.sent).length, { timeout: 5_000 }).toBe(1);
      expect(cardText(cardsOf(connector.sent)[0])).toMatch(/Walk & talk[\s\S]*💬/);
      expect((await press(bob, "play.now")).value).toMatch(/already open/);
    });
  });

  describe("when few people are in", () => {
    beforeEach(() => start(five));

    it("one person gets a friendly note, and the next to join walks with them", async () => {
      await say(ada, "pairs on");
      const card = await openRound();
      expectValidCard(card);
      expect(cardText(card)).toContain("<at>Ada Lovelace</at> is in, but there is nobody to pair with this week yet.");
      expect(await round()).toMatchObject({ groups: [], waiting: { id: ada.id } });

      const joined = await press(bob, "pairs.join", { sessionId });
      expect(joined.value).toBe("You're in — and today's round is open: you walk with Ada Lovelace.");
      const { groups, waiting } = await round();
      expect(waiting).toBeNull();
      expect(groups).toHaveLength(1);
      expect(groups[0].people.map((p) => p.id)).toEqual([ada.id, bob.id]);
      const activityId = (await session())!.activityId!;
      const updated = sharedUpdatesOf(activityId).at(-1)!;
      expectValidCard(updated);
      expect(cardText(updated)).toContain("<at>Ada Lovelace</at> & <at>Bob Dylan</at>");

      // A third joins them as a trio; opting out later keeps today's pair.
      expect(await lastText(cy, "pairs on")).toBe("You're in — you join Ada Lovelace & Bob Dylan for today's walk.");
      expect((await round()).groups[0].people).toHaveLength(3);
      expect(await lastText(cy, "pairs off")).toMatch(/Today's pair stays — let Ada Lovelace & Bob Dylan know/);
      expect((await round()).groups[0].people).toHaveLength(3);
    });

    it("one person and nobody joining: the closed card says nobody was paired", async () => {
      await say(ada, "pairs on");
      await openRound();
      clock.set(afterClose);
      await server.scheduler!.tick(clock.now());
      const closed = sharedUpdatesOf((await session())!.activityId!).at(-1)!;
      expectValidCard(closed);
      expect(cardText(closed)).toMatch(/closed[\s\S]*Nobody was paired this time\./);
    });

    it("nobody in: the card invites people, and the close posts no summary", async () => {
      const card = await openRound();
      expect(cardText(card)).toContain("Nobody has opted in yet.");
      connector.sent.length = 0;
      clock.set(afterClose);
      await server.scheduler!.tick(clock.now());
      expect(cardsOf(connector.sent)).toHaveLength(0);
      expect(cardText(sharedUpdatesOf((await session())!.activityId!).at(-1))).toContain("Nobody was paired this time.");
    });
  });

  describe("a round of sixty", () => {
    // Teams ids are long; the card must stay under 28 KB with all of them mentioned.
    const sixty = Array.from({ length: 60 }, (_, i) => ({
      id: `29:1${"aB3xY7kQ9mZ2".repeat(8)}-${String(i).padStart(3, "0")}`,
      name: `Colleague Number ${String(i + 1).padStart(2, "0")} van der Berg`,
      aadObjectId: `00000000-0000-0000-0000-${String(i).padStart(12, "0")}`,
    }));
    beforeEach(() => start(sixty));

    it("posts all thirty pairs @mentioned under the size limit, with one \"we walked\" button that marks your own pair", async () => {
      await Promise.all(sixty.map((p) => press(p, "pairs.join")));
      const card = await openRound();
      expectValidCard(card);
      expect(Buffer.byteLength(JSON.stringify(card))).toBeLessThan(28 * 1024);
      const { groups } = await round();
      expect(groups).toHaveLength(30);
      expect((card.msteams as { entities: unknown[] }).entities).toHaveLength(60);
      const text = cardText(card);
      for (const g of groups) expect(text).toContain(`<at>${g.people[0].name}</at> & <at>${g.people[1].name}</at>`);
      expect(text).not.toMatch(/more pairs/);
      // Thirty buttons and sixty mentions do not fit in 28 KB: one button for everyone instead.
      expect(text).toContain("In a pair? After your walk, press **We walked**.");
      const walkedButtons = (card.actions as { verb?: string; data?: Record<string, unknown> }[]).filter((a) => a.verb === "pairs.walked");
      expect(walkedButtons).toHaveLength(1);
      expect(walkedButtons[0].data).not.toHaveProperty("group");
      const member = sixty.find((p) => p.id === groups[7].people[1].id)!;
      const done = await press(member, "pairs.walked", { sessionId });
      expectValidCard(done.value);
      expect((await round()).groups[7]).toMatchObject({ walked: true, walkedBy: member.id });
      expect(cardText(done.value)).toContain("1 of 30 pairs walked so far.");
      clock.set(afterClose);
      await server.scheduler!.tick(clock.now());
      const closed = sharedUpdatesOf((await session())!.activityId!).at(-1)!;
      expectValidCard(closed);
      expect(cardText(closed)).toContain("1 of 30 pairs walked.");
    });
  });
});

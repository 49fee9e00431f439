// Two Truths and a Lie end to end through /api/messages with several people: a volunteer tells in
// their own view, the circle votes on the shared card (and changes its mind), the storyteller
// reveals early, results and points are posted, and the storyteller deletes the statements. Also
// a pass, refused input, a forged session of another circle, votes at the same moment, a round
// nobody told in, and the command in a meeting chat.

import { describe, expect, it } from "vitest";
import type { TwoTruthsBoard } from "../../shared/games/two-truths/rules";
import type { Session } from "../../shared/sessions/types";
import * as A from "../helpers/activities";
import { cardText, expectValidCard } from "../helpers/cards";
import { circleHarness } from "../helpers/circle-harness";
import { cardsOf } from "../helpers/connector";
import { ada, bob, cy } from "../helpers/people";

const dee = { id: "29:dee", name: "Dee Dee Ramone", aadObjectId: "00000000-0000-0000-0000-0000000000d4" };
type Person = typeof ada;

const where = A.channel(7);
const sessionId = `${where.conversationId}|two-truths|2026-11-26`;
const truths = { s1: "I grew up on a houseboat", s2: "I have run three marathons", s3: "I once sang for the king", lie: "2" };

const harness = circleHarness({ where, members: [ada, bob, cy, dee], startAt: new Date("2026-11-26T09:00:00Z"), localTimezone: "Europe/Amsterdam" });
const { connector, server, clock, say } = harness;

/** Cy volunteers, Bob opens a round, the scheduler posts it: Cy is the storyteller. */
async function openRound(): Promise<Record<string, unknown>> {
  expect(await say(cy, "truths volunteer")).toMatch(/Thanks, Cy Twombly! You are on the list .*number 1/);
  return harness.openRound(bob, "truths", "Two Truths and a Lie is open in a new post in this channel.");
}

const press = async (who: Person, verb: string, data: Record<string, unknown> = {}) => {
  const res = await server.press(where, who, verb, { sessionId, ...data }, connector.url);
  expect(res.statusCode).toBe(200);
  if (res.type === "application/vnd.microsoft.card.adaptive") expectValidCard(res.value);
  return res;
};
const move = (who: Person, data: Record<string, unknown>) => press(who, "truths.move", data);
const board = async () => ((await server.store.collection<Session>("sessions").findOne({ _id: sessionId }))!.data.board as TwoTruthsBoard);
const letterOf = async (text: string) => "ABC"[(await board()).statements.indexOf(text)];
const choiceOf = async (text: string) => (await board()).statements.indexOf(text);
const lastShared = () => connector.updated.filter((u) => u.conversationId.startsWith(where.conversationId)).at(-1)!.activity.attachments![0].content;

describe("two truths and a lie", () => {
  it("a full round: the storyteller writes in private, the circle votes, an early reveal scores both sides, the statements can be deleted", async () => {
    const shared = await openRound();
    expect(cardText(shared)).toContain("Waiting for **Cy Twombly**'s statements.");
    // Everyone sees the form's button, so it says whose it is.
    expect((shared.actions as { title: string }[]).map((a) => a.title)).toEqual(["Cy Twombly: write your statements"]);
    expect((shared as { refresh: { userIds: string[] } }).refresh.userIds).toEqual([cy.id]);

    // Cy's own view (what Teams fetches for her through the refresh) is the form; Bob's is not.
    const form = await press(cy, "truths.open");
    expect(cardText(form.value)).toMatch(/It's your turn, Cy Twombly!/);
    expect(JSON.stringify(form.value)).toContain('"id":"s1"');
    const bobsView = await press(bob, "truths.open");
    expect(cardText(bobsView.value)).toContain("Only Cy Twombly can write the statements this round.");
    expect(JSON.stringify(bobsView.value)).not.toContain('"id":"s1"');

    // Only the storyteller submits.
    const forged = await move(bob, { kind: "submit", ...truths });
    expect(cardText(forged.value)).toContain("Only Cy Twombly can do this");
    expect((await board()).phase).toBe("collecting");

    const submittedAt = new Date(clock.now());
    const done = await move(cy, { kind: "submit", ...truths });
    expect(cardText(done.value)).toContain("(your lie)");
    expect(cardText(done.value)).toContain("You are the storyteller");
    expect(JSON.stringify(done.value)).toContain('"kind":"reveal"');
    expect((await board()).submittedAt).toEqual(submittedAt);

    // The shared card now shows the statements in a shuffled order and vote buttons, never the lie.
    await expect.poll(() => connector.updated.length, { timeout: 8_000 }).toBeGreaterThan(0);
    const voting = lastShared();
    expectValidCard(voting);
    for (const text of [truths.s1, truths.s2, truths.s3]) expect(cardText(voting)).toContain(text);
    expect(cardText(voting)).toMatch(/A is the lie[\s\S]*B is the lie[\s\S]*C is the lie/);
    expect(cardText(voting)).not.toMatch(/your lie|The lie/);
    expect(cardText(voting)).toContain("Nobody has voted yet.");

    const lie = await choiceOf(truths.s2);
    const wrong = await choiceOf(truths.s1);
    const lieLetter = await letterOf(truths.s2);
    // Ada and Dee spot it; Bob first too, then changes his mind.
    await move(ada, { kind: "vote", choice: lie });
    const bobFirst = await move(bob, { kind: "vote", choice: lie });
    expect(cardText(bobFirst.value)).toContain(`You voted **${lieLetter}**.`);
    const bobAgain = await move(bob, { kind: "vote", choice: wrong });
    expect(cardText(bobAgain.value)).toContain(`You voted **${await letterOf(truths.s1)}**.`);
    await move(dee, { kind: "vote", choice: lie });
    const own = await move(cy, { kind: "vote", choice: lie });
    expect(cardText(own.value)).toContain("you can't vote on your own statements");
    expect((await board()).votes.map((v) => [v.id, v.choice])).toEqual([
      [ada.id, lie],
      [bob.id, wrong],
      [dee.id, lie],
    ]);

    // Everyone sees how many voted, not who voted what; voters get their own view too.
    connector.updated.length = 0;
    await expect.poll(() => connector.updated.length, { timeout: 8_000 }).toBeGreaterThan(0);
    const counted = lastShared();
    expect(cardText(counted)).toContain("3 people voted.");
    expect(cardText(counted)).not.toMatch(/Ada|Bob Dylan|Dee Dee/);
    expect((counted as { refresh: { userIds: string[] } }).refresh.userIds).toEqual([cy.id, ada.id, bob.id, dee.id]);

    // Only the storyteller reveals.
    const adaReveal = await move(ada, { kind: "reveal" });
    expect(cardText(adaReveal.value)).toContain("Only Cy Twombly can do this");
    connector.sent.length = 0;
    connector.updated.length = 0;
    const revealed = await move(cy, { kind: "reveal" });
    expect(cardText(revealed.value)).toContain("❌ The lie");

    // The round closes at once: the card shows the lie, who spotted it and how many were fooled.
    await expect.poll(() => cardsOf(connector.sent).length, { timeout: 8_000 }).toBe(1);
    const [results] = cardsOf(connector.sent);
    expectValidCard(results);
    expect(cardText(results)).toContain(`The lie was statement **${lieLetter}**`);
    expect(cardText(results)).toContain("Cy Twombly fooled 1 of 3.");
    expect(cardText(results)).toMatch(/Ada Lovelace[\s\S]*\+1 point · spotted the lie/);
    expect(cardText(results)).toMatch(/Cy Twombly[\s\S]*\+1 point · storyteller, fooled 1/);
    expect(JSON.stringify(results)).not.toContain(truths.s2);
    const closing = lastShared();
    expectValidCard(closing);
    expect(cardText(closing)).toContain("Spotted the lie: Ada Lovelace, Dee Dee Ramone");
    expect(cardText(closing)).toContain(truths.s2);
    expect(closing).not.toHaveProperty("refresh");
    const session = (await server.store.collection<Session>("sessions").findOne({ _id: sessionId }))!;
    expect(session.state).toBe("closed");
    expect([...session.participants].sort()).toEqual([ada.id, bob.id, cy.id, dee.id].sort());
    const scores = await server.store.collection("scores").find({ circleId: where.conversationId, gameId: "two-truths" });
    expect(Object.fromEntries(scores.map((row) => [row.playerId, row.points]))).toEqual({ [ada.id]: 1, [bob.id]: 0, [cy.id]: 1, [dee.id]: 1 });
    await say(bob, "leaderboard");
    expect(cardText(cardsOf(connector.sent)[0])).toMatch(/Two Truths and a Lie\n[\s\S]*Ada Lovelace — 1 points/);

    // A vote after the reveal changes nothing.
    const late = await press(bob, "truths.move", { kind: "vote", choice: lie });
    expect(JSON.stringify(late.value)).not.toContain('"kind":"vote"');

    // Only the storyteller deletes the statements; who took part and the points stay.
    const notHers = await press(bob, "truths.delete");
    expect(notHers.value).toBe("Only Cy Twombly can do this: it's their turn to tell.");
    connector.updated.length = 0;
    const deleted = await press(cy, "truths.delete");
    expect(deleted.value).toMatch(/Your statements are deleted/);
    const afterDelete = lastShared();
    expectValidCard(afterDelete);
    expect(cardText(afterDelete)).toContain("Cy Twombly deleted their statements.");
    for (const text of [truths.s1, truths.s2, truths.s3]) expect(JSON.stringify(afterDelete)).not.toContain(text);
    const kept = await board();
    expect(kept.statements).toEqual(["", "", ""]);
    expect(kept.votes).toHaveLength(3);
    expect(JSON.stringify(await server.store.collection<Session>("sessions").findOne({ _id: sessionId }))).not.toContain("houseboat");
    expect((await press(cy, "truths.delete")).value).toBe("These statements are already deleted.");
  });

  it("a pass asks the next person, whose view becomes the form", async () => {
    await openRound();
    const passed = await move(cy, { kind: "pass" });
    const next = (await board()).queue[1];
    expect(next.id).not.toBe(cy.id);
    expect(cardText(passed.value)).toContain(`You passed. Thanks for letting us know — ${next.name} is asked now.`);
    await expect.poll(() => connector.updated.length, { timeout: 8_000 }).toBeGreaterThan(0);
    const shared = lastShared();
    expect(cardText(shared)).toContain(`Waiting for **${next.name}**'s statements.`);
    expect((shared as { refresh: { userIds: string[] } }).refresh.userIds).toEqual([next.id]);
    const nextPerson = [ada, bob, dee].find((p) => p.id === next.id)!;
    expect(JSON.stringify((await press(nextPerson, "truths.open")).value)).toContain('"id":"s1"');
    expect(cardText((await move(cy, { kind: "submit", ...truths })).value)).toContain(`Only ${next.name} can do this`);
  });

  it("bad statements are refused with a clear message and the draft kept; nothing is stored", async () => {
    await openRound();
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ ...truths, s2: "  " }, /Write all three statements/],
      [{ ...truths, s3: "hi" }, /Statement 3 is too short/],
      [{ ...truths, s1: "x".repeat(201) }, /Statement 1 is too long/],
      [{ ...truths, s3: "i grew up on a HOUSEBOAT" }, /Statements 1 and 3 are the same/],
      [{ ...truths, lie: "" }, /Choose which one of the three statements is the lie/],
      [{ ...truths, lie: "1,3" }, /Choose which one/],
    ];
    for (const [input, message] of cases) {
      const res = await move(cy, { kind: "submit", ...input });
      expect(cardText(res.value)).toMatch(message);
      expect(JSON.stringify(res.value)).toContain('"id":"s1"');
    }
    const kept = await move(cy, { kind: "submit", ...truths, s3: "hi" });
    expect(JSON.stringify(kept.value)).toContain(truths.s1);
    expect(cardText((await move(cy, { kind: "teleport" })).value)).toContain("That button is not part of this card");
    expect(cardText((await move(ada, { kind: "vote", choice: 7 })).value)).toContain("Pick one of the three statements");
    expect(await board()).toMatchObject({ phase: "collecting", statements: [], votes: [] });
  });

  it("in Dutch the refusals are Dutch", async () => {
    await server.post(A.installed(A.groupChat(8), ada, connector.url, "nl-NL"));
    connector.members.set(A.groupChat(8).conversationId, [ada, bob]);
    const chat = A.groupChat(8);
    expect(await say(ada, "waarheden vrijwilliger", chat)).toMatch(/Bedankt, Ada Lovelace!/);
    expect(await say(bob, "waarheden", chat)).toMatch(/Twee waarheden en een leugen/);
    await server.scheduler!.tick(clock.now());
    const id = `${chat.conversationId}|two-truths|2026-11-26`;
    const res = await server.press(chat, ada, "truths.move", { sessionId: id, kind: "submit", ...truths, s2: truths.s1 }, connector.url);
    expect(cardText(res.value)).toContain("Uitspraak 1 en 2 zijn hetzelfde.");
  });

  it("a forged session of another circle is refused and changes nothing there", async () => {
    await openRound();
    const other = A.channel(9);
    connector.members.set(other.teamId!, [ada, bob]);
    await server.post(A.installed(other, ada, connector.url));
    await say(ada, "truths", other);
    await server.scheduler!.tick(clock.now());
    const otherId = `${other.conversationId}|two-truths|2026-11-26`;
    const before = await server.store.collection<Session>("sessions").findOne({ _id: otherId });
    const teller = (before!.data.board as TwoTruthsBoard).queue[0];
    const res = await server.press(where, teller, "truths.move", { sessionId: otherId, kind: "pass" }, connector.url);
    expect(res.value).toBe("This card belongs to another round. Use the newest card in this conversation.");
    const spoofed = await server.press(where, teller, "truths.move", { circleId: other.conversationId, sessionId: otherId, kind: "pass" }, connector.url);
    expect(spoofed.type).toBe("application/vnd.microsoft.activity.message");
    const deleted = await server.press(where, teller, "truths.delete", { sessionId: otherId }, connector.url);
    expect(deleted.value).toBe("This card belongs to another round. Use the newest card in this conversation.");
    expect((await server.store.collection<Session>("sessions").findOne({ _id: otherId }))!.version).toBe(before!.version);
  });

  it("two votes at the same moment are both counted", async () => {
    await openRound();
    await move(cy, { kind: "submit", ...truths });
    await Promise.all([move(ada, { kind: "vote", choice: 0 }), move(bob, { kind: "vote", choice: 1 }), move(dee, { kind: "vote", choice: 2 })]);
    expect((await board()).votes.map((v) => `${v.id}:${v.choice}`).sort()).toEqual([`${ada.id}:0`, `${bob.id}:1`, `${dee.id}:2`]);
  });

  it("a storyteller who does not submit in the window ends the round with no result, honestly", async () => {
    await openRound();
    connector.sent.length = 0;
    clock.set(new Date("2026-11-26T13:00:00Z"));
    await server.scheduler!.tick(clock.now());
    const [results] = cardsOf(connector.sent);
    expectValidCard(results);
    expect(cardText(results)).toContain("Cy Twombly did not share statements in time, so there was no round this time.");
    expect(cardText(lastShared())).toContain("did not share statements in time");
    expect(await server.store.collection("scores").find({ circleId: where.conversationId, gameId: "two-truths" })).toEqual([]);
    expect(cardText((await move(cy, { kind: "submit", ...truths })).value)).toBeTruthy();
    expect((await board()).phase).toBe("collecting");
  });

  it("a vote still open at the deadline is revealed and scored then; the storyteller can delete afterwards", async () => {
    await openRound();
    await move(cy, { kind: "submit", ...truths });
    await move(ada, { kind: "vote", choice: await choiceOf(truths.s2) });
    connector.sent.length = 0;
    clock.set(new Date("2026-11-26T13:00:00Z"));
    await server.scheduler!.tick(clock.now());
    const [results] = cardsOf(connector.sent);
    expect(cardText(results)).toContain("Cy Twombly fooled 0 of 1.");
    expect(cardText(lastShared())).toContain("Spotted the lie: Ada Lovelace");
    expect((await press(cy, "truths.delete")).value).toMatch(/Your statements are deleted/);
    expect(await board()).toMatchObject({ phase: "revealed", statements: ["", "", ""] });
    expect(cardText(lastShared())).toContain("(deleted)");
  });

  it("the next round asks a volunteer first, and the last storyteller comes last", async () => {
    await openRound();
    await move(cy, { kind: "submit", ...truths });
    clock.set(new Date("2026-11-26T10:00:00Z"));
    expect(await say(dee, "truths volunteer")).toMatch(/number 1/);
    await move(cy, { kind: "reveal" });
    await server.scheduler!.tick(clock.now());
    clock.set(new Date("2026-11-27T09:00:00Z"));
    expect(await say(ada, "truths")).toBe("Two Truths and a Lie is open in a new post in this channel.");
    await server.scheduler!.tick(clock.now());
    const next = (await server.store.collection<Session>("sessions").findOne({ _id: `${where.conversationId}|two-truths|2026-11-27` }))!.data.board as TwoTruthsBoard;
    expect(next.queue.map((p) => p.id)[0]).toBe(dee.id);
    expect(next.queue.at(-1)!.id).toBe(cy.id);
    expect(next.queue).toHaveLength(4);
  });

  it("on clients without Universal Actions (Action.Submit) a vote counts and no personal view lands on the shared card", async () => {
    await openRound();
    await move(cy, { kind: "submit", ...truths });
    connector.sent.length = 0;
    connector.updated.length = 0;
    await server.post(A.cardSubmit(where, ada, "truths.move", { circleId: where.conversationId, sessionId, kind: "vote", choice: 1 }, connector.url));
    expect(connector.sent[0].activity.text).toMatch(/Your own view of this card opens in Teams/);
    expect((await board()).votes.map((v) => [v.id, v.choice])).toEqual([[ada.id, 1]]);
    await expect.poll(() => connector.updated.length, { timeout: 8_000 }).toBeGreaterThan(0);
    expect(cardText(lastShared())).toContain("1 person voted.");
    expect(cardText(lastShared())).not.toContain("You voted");
  });

  it("volunteering twice keeps one place; `truths volunteer off` takes you off", async () => {
    await openRound();
    clock.set(new Date("2026-11-26T09:05:00Z"));
    // Cy was asked this round, so her earlier offer is used up: she is back on the list, first.
    expect(await say(cy, "truths volunteer")).toMatch(/Thanks, Cy Twombly! .*number 1/);
    expect(await say(dee, "truths volunteer")).toMatch(/number 2/);
    expect(await say(dee, "truths volunteer")).toBe("You are already on the list to tell next time (number 2).");
    expect(await say(dee, "truths volunteer off")).toMatch(/You are off the storyteller list/);
    expect(await say(dee, "truths volunteer off")).toBe("You were not on the storyteller list.");
    expect(await say(dee, "truths sing")).toMatch(/Type \*\*truths\*\* to start a round now/);
    await say(dee, "help");
    expect(cardText(cardsOf(connector.sent)[0])).toMatch(/truths[\s\S]*Two Truths and a Lie now/);
  });

  it("runs the same in a meeting chat", async () => {
    const meeting = A.meetingChat(4);
    connector.members.set(meeting.conversationId, [ada, bob]);
    await server.post(A.installed(meeting, ada, connector.url));
    expect(await say(bob, "twotruths", meeting)).toBe("Two Truths and a Lie is open below.");
    await server.scheduler!.tick(clock.now());
    const [card] = cardsOf(connector.sent.filter((s) => s.conversationId.startsWith(meeting.conversationId)));
    expectValidCard(card);
    expect(cardText(card)).toMatch(/Waiting for \*\*(Ada Lovelace|Bob Dylan)\*\*'s statements/);
  });
});

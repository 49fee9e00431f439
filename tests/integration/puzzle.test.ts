// The team puzzle end to end through /api/messages with several people: the shared card, a puzzle
// solved with exactly one mistake by two people (a repeated wrong set costs nothing), two right
// groups proposed at the same moment (both locked), refused input that costs nothing (three words,
// an unknown word, a forged session of another circle), running out of mistakes, the solve that
// closes the round at once and posts the results, and a Dutch circle getting a Dutch puzzle.

import { describe, expect, it } from "vitest";
import { storePuzzleHistory } from "../../bot/games/puzzle";
import { scores, type PuzzleBoard } from "../../shared/games/puzzle";
import type { Session } from "../../shared/sessions/types";
import * as A from "../helpers/activities";
import { cardText, expectValidCard } from "../helpers/cards";
import { circleHarness } from "../helpers/circle-harness";
import { cardsOf } from "../helpers/connector";
import { ada, bob, cy } from "../helpers/people";

type Person = typeof ada;

const where = A.channel(11);
const day = "2026-11-26";
const sessionOf = (at = where) => `${at.conversationId}|team-puzzle|${day}`;

const harness = circleHarness({ where, members: [ada, bob, cy], startAt: new Date(`${day}T09:00:00Z`), localTimezone: "Europe/Amsterdam" });
const { connector, server, clock, say } = harness;

/** Bob types `puzzle`; the scheduler posts the shared card. */
// In a channel the card is a new post (Teams may list it above the reply); elsewhere it follows below.
const openRound = (at = where) =>
  harness.openRound(bob, "puzzle", at.kind === "channel" ? "Team puzzle is open in a new post in this channel." : "Team puzzle is open below.", at);

async function propose(who: Person, words: string | string[], data: Record<string, unknown> = {}) {
  const res = await server.press(where, who, "puzzle.move", { sessionId: sessionOf(), words: Array.isArray(words) ? words.join(",") : words, ...data }, connector.url);
  expect(res.statusCode).toBe(200);
  if (res.type === "application/vnd.microsoft.card.adaptive") expectValidCard(res.value);
  return res;
}
const textOf = (res: { value: unknown }) => (typeof res.value === "string" ? res.value : cardText(res.value));

const board = async () => (await server.store.collection<Session>("sessions").findOne({ _id: sessionOf() }))!.data.board as PuzzleBoard;
const groupsOf = async () => (await board()).groups;
/** Three words of one group and one of another: a wrong proposal that is "one away". */
const oneAwaySet = (groups: PuzzleBoard["groups"]) => [...groups[0].words.slice(0, 3), groups[1].words[0]];
const resultsCards = () => cardsOf(connector.sent).filter((card) => cardText(card).includes("Team puzzle — results"));

interface ChoiceSet {
  type: string;
  id: string;
  isMultiSelect?: boolean;
  choices: { title: string; value: string }[];
  value?: string;
}
const choiceSetOf = (card: unknown) => (card as { body: ChoiceSet[] }).body.find((el) => el.type === "Input.ChoiceSet")!;

describe("team puzzle", () => {
  it("opens a shared card: sixteen words to tick and a Try this group button (Action.Execute with a Submit fallback)", async () => {
    const card = await openRound();
    const text = cardText(card);
    expect(text).toContain("Sixteen words hide four groups of four");
    expect(text).toContain("Mistakes left: ●●●● 4 of 4");
    const choices = choiceSetOf(card);
    expect(choices).toMatchObject({ id: "words", isMultiSelect: true, style: "expanded" });
    expect(choices.choices).toHaveLength(16);
    expect(choices.choices.map((c) => c.value).sort()).toEqual((await groupsOf()).flatMap((g) => g.words).sort());
    const action = (card.actions as Record<string, any>[])[0];
    expect(action).toMatchObject({ type: "Action.Execute", verb: "puzzle.move", title: "Try this group", fallback: { type: "Action.Submit" } });
    expect((await board()).puzzleId).toMatch(/^en-\d{3}$/);
    expect(await say(cy, "puzzel")).toBe("Today's Team puzzle is already open in this conversation.");
  });

  it("two people solve it with exactly one mistake; the same wrong set again costs nothing; the solve closes the round and posts the results once", async () => {
    await openRound();
    const groups = await groupsOf();

    const first = await propose(ada, oneAwaySet(groups));
    expect(textOf(first)).toContain("One away! Three of those four belong together.");
    expect(textOf(first)).toContain("Mistakes left: ●●●○ 3 of 4");
    expect(textOf(first)).toMatch(/Tried without luck[\s\S]*Ada Lovelace \(\*\*one away\*\*\)/);

    const again = await propose(bob, [...oneAwaySet(groups)].reverse());
    expect(textOf(again)).toContain("The team already tried exactly these four. No mistake counted");
    expect((await board()).mistakes).toBe(1);

    const locked = await propose(ada, groups[0].words);
    expect(textOf(locked)).toContain(`Right! **${groups[0].theme}** is locked for everyone.`);
    expect(choiceSetOf(locked.value).choices).toHaveLength(12);
    await propose(bob, groups[1].words);
    await propose(ada, groups[2].words);
    const last = await propose(bob, groups[3].words);
    expect(textOf(last)).toContain("Solved! The circle found all four groups with 1 mistake.");
    expect(last.value.actions).toBeUndefined();

    await expect.poll(() => resultsCards().length, { timeout: 8_000 }).toBe(1);
    const [results] = resultsCards();
    expectValidCard(results!);
    const text = cardText(results!);
    expect(text).toContain("Solved! The circle found all four groups with 1 mistake.");
    expect(text).toContain("Mistakes used: 1 of 4");
    for (const [i, group] of groups.entries()) expect(text).toContain(`**${group.theme}** · found by ${i % 2 === 0 ? "Ada Lovelace" : "Bob Dylan"}`);
    expect(text).toMatch(/Ada Lovelace\n3 proposals · found/);
    expect(text).toMatch(/Bob Dylan\n2 proposals · found/);
    expect(text).toContain("Team bonus this time: +3 for everyone who proposed.");
    expect(text).toContain("Scoring: each group earns its finder 1 to 4 points by difficulty");
    const expected = scores(await board());
    for (const player of expected) expect(text).toContain(`${player.name}\n${player.points} points`);

    const session = (await server.store.collection<Session>("sessions").findOne({ _id: sessionOf() }))!;
    expect(session.state).toBe("closed");
    expect(session.participants.sort()).toEqual([ada.id, bob.id]);
    expect(session.data.results).toEqual(expected);

    // A late press after the solve changes nothing.
    const late = await propose(cy, oneAwaySet(groups));
    expect(textOf(late)).not.toContain("One away");
    expect((await board()).proposals).toHaveLength(5);
    await server.scheduler!.tick(clock.now());
    expect(resultsCards()).toHaveLength(1);

    // The points are on the circle's all-time board.
    connector.sent.length = 0;
    await server.post(A.message(where, cy, "leaderboard", connector.url));
    const [boards] = cardsOf(connector.sent);
    expect(cardText(boards!)).toMatch(new RegExp(`Team puzzle\\n[\\s\\S]*Ada Lovelace — ${expected.find((p) => p.playerId === ada.id)!.points} points`));
  });

  it("the next day brings another puzzle: the circle's history is what selection avoids", async () => {
    await openRound();
    const first = (await board()).puzzleId;
    clock.set(new Date("2026-11-27T09:00:00Z"));
    await server.scheduler!.tick(clock.now());
    expect(await say(bob, "puzzle")).toBe("Team puzzle is open in a new post in this channel.");
    await server.scheduler!.tick(clock.now());
    const nextId = `${where.conversationId}|team-puzzle|2026-11-27`;
    const next = (await server.store.collection<Session>("sessions").findOne({ _id: nextId }))!;
    expect((next.data.board as PuzzleBoard).puzzleId).not.toBe(first);
    expect(await storePuzzleHistory(server.store).playedIds(where.conversationId, nextId)).toEqual([first]);
  });

  it("two people proposing different right groups at the same moment both lock", async () => {
    await openRound();
    const groups = await groupsOf();
    const [a, b] = await Promise.all([propose(ada, groups[0].words), propose(bob, groups[1].words)]);
    expect(textOf(a)).toContain(`**${groups[0].theme}** is locked`);
    expect(textOf(b)).toContain(`**${groups[1].theme}** is locked`);
    const after = await board();
    expect(after.mistakes).toBe(0);
    expect(after.proposals.map((p) => [p.by.id, p.group]).sort()).toEqual([
      [ada.id, 0],
      [bob.id, 1],
    ]);

    // The same right group from two people at once: one locks it, the other is told who found it.
    const [c, d] = await Promise.all([propose(ada, groups[2].words), propose(cy, groups[2].words)]);
    const texts = [textOf(c), textOf(d)];
    expect(texts.filter((t) => t.includes(`**${groups[2].theme}** is locked`))).toHaveLength(1);
    expect(texts.filter((t) => t.includes("is already in a group"))).toHaveLength(1);
    expect((await board()).proposals).toHaveLength(3);

    await expect.poll(() => connector.updated.length, { timeout: 8_000 }).toBeGreaterThan(0);
    const shared = connector.updated.at(-1)!.activity.attachments![0].content;
    expectValidCard(shared);
    expect(choiceSetOf(shared).choices).toHaveLength(4);
    expect(cardText(shared)).toMatch(/Who did what[\s\S]*Ada Lovelace/);
  });

  it("refuses three words, an unknown word, nothing ticked and a forged session — none of it costs a mistake", async () => {
    await openRound();
    const groups = await groupsOf();
    const three = await propose(ada, groups[0].words.slice(0, 3));
    expect(textOf(three)).toContain("Pick exactly four words: you picked 3.");
    // The words ticked are ticked again, so one more tick is enough.
    expect(choiceSetOf(three.value).value).toBe(groups[0].words.slice(0, 3).join(","));

    expect(textOf(await propose(ada, [...groups[0].words.slice(0, 3), "banana"]))).toContain('"banana" is not on this board.');
    expect(textOf(await propose(ada, ""))).toContain("Pick four words first");
    expect(textOf(await propose(ada, groups[0].words, { words: undefined }))).toContain("Pick four words first");

    const otherCircle = await propose(bob, groups[0].words, { sessionId: `19:elsewhere@thread.tacv2|team-puzzle|${day}` });
    expect(otherCircle.type).toBe("application/vnd.microsoft.activity.message");
    expect(textOf(otherCircle)).toMatch(/belongs to another round/);
    const forgedCircle = await server.post(A.cardAction(where, bob, "puzzle.move", { circleId: "19:elsewhere@thread.tacv2", sessionId: sessionOf(), words: groups[0].words.join(",") }, connector.url));
    expect(JSON.parse(forgedCircle.body).value).toMatch(/belongs to another conversation/);

    const after = await board();
    expect(after.proposals).toEqual([]);
    expect(after.mistakes).toBe(0);
  });

  it("four wrong proposals use up the mistakes: the round closes and the results reveal every group", async () => {
    await openRound();
    const groups = await groupsOf();
    const [g0, g1, g2, g3] = groups.map((g) => g.words);
    await propose(cy, g3);
    const wrongs = [
      [g0[0], g0[1], g1[0], g1[1]],
      [g0[0], g0[2], g1[0], g1[2]],
      [g0[0], g0[3], g1[0], g1[3]],
      [g0[1], g0[2], g2[0], g2[1]],
    ];
    let res;
    for (const [i, words] of wrongs.entries()) res = await propose(i % 2 ? ada : bob, words);
    expect(textOf(res!)).toContain("Out of mistakes. These were the groups:");

    await expect.poll(() => resultsCards().length, { timeout: 8_000 }).toBe(1);
    const text = cardText(resultsCards()[0]!);
    expect(text).toContain("Out of mistakes. These were the groups:");
    expect(text).toContain("Mistakes used: 4 of 4");
    expect(text).toContain(`**${groups[3].theme}** · found by Cy Twombly`);
    for (const group of groups.slice(0, 3)) {
      expect(text).toContain(`**${group.theme}** · not found`);
      expect(text).toContain(group.words.join(" · "));
    }
    expect(text).not.toContain("Team bonus");
  });

  it("on clients without Universal Actions (Action.Submit) a proposal still counts", async () => {
    await openRound();
    const groups = await groupsOf();
    connector.sent.length = 0;
    await server.post(A.cardSubmit(where, ada, "puzzle.move", { circleId: where.conversationId, sessionId: sessionOf(), words: groups[1].words.join(",") }, connector.url));
    expect((await board()).proposals).toMatchObject([{ by: { id: ada.id }, outcome: "locked", group: 1 }]);
  });

  it("runs the same in a meeting chat and in a personal chat", async () => {
    const meeting = A.meetingChat(13);
    const personal = A.personalChat(ada.id);
    connector.members.set(meeting.conversationId, [ada, bob]);
    for (const at of [meeting, personal]) {
      await server.post(A.installed(at, ada, connector.url));
      connector.sent.length = 0;
      await server.post(A.message(at, ada, "puzzle", connector.url));
      await server.scheduler!.tick(clock.now());
      const [card] = cardsOf(connector.sent.filter((s) => s.conversationId.startsWith(at.conversationId)));
      expectValidCard(card!);
      const id = `${at.conversationId}|team-puzzle|${day}`;
      const groups = ((await server.store.collection<Session>("sessions").findOne({ _id: id }))!.data.board as PuzzleBoard).groups;
      const res = await server.press(at, ada, "puzzle.move", { sessionId: id, words: groups[0].words.join(",") }, connector.url);
      expectValidCard(res.value);
      expect(cardText(res.value)).toContain(`Right! **${groups[0].theme}** is locked for everyone.`);
    }
  });

  it("a Dutch circle gets a Dutch puzzle and Dutch texts", async () => {
    const chat = A.groupChat(12);
    connector.members.set(chat.conversationId, [ada, bob]);
    await server.post(A.installed(chat, ada, connector.url, "nl-NL"));
    connector.sent.length = 0;
    await server.post(A.message(chat, bob, "puzzel", connector.url));
    expect(connector.sent[0].activity.text).toBe("Teampuzzel staat hieronder open.");
    await server.scheduler!.tick(clock.now());
    const [card] = cardsOf(connector.sent.filter((s) => s.conversationId.startsWith(chat.conversationId)));
    expectValidCard(card!);
    expect(cardText(card!)).toContain("Zestien woorden verbergen vier groepen van vier.");
    const session = (await server.store.collection<Session>("sessions").findOne({ _id: `${chat.conversationId}|team-puzzle|${day}` }))!;
    expect((session.data.board as PuzzleBoard).puzzleId).toMatch(/^nl-\d{3}$/);
    const res = await server.press(chat, ada, "puzzle.move", { sessionId: session._id, words: "a,b,c" }, connector.url);
    expect(cardText(res.value)).toContain('"a" staat niet op dit bord.');
  });
});

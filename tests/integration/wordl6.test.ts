// Wordl6 end to end through /api/messages: own view per player, refused words cost nothing,
// the shared card shows letterless grids, and the word is revealed at the close.

import { beforeEach, describe, expect, it } from "vitest";
import { wordList } from "../../shared/games/wordl6/words";
import type { Wordl6Round } from "../../shared/games/wordl6/rules";
import type { Session } from "../../shared/sessions/types";
import * as A from "../helpers/activities";
import { cardText, expectValidCard } from "../helpers/cards";
import { circleHarness } from "../helpers/circle-harness";
import { cardsOf } from "../helpers/connector";
import { ada, bob } from "../helpers/people";

const where = A.channel(1);
const sessionId = `${where.conversationId}|wordl6|2026-11-26`;

const { connector, server, clock } = circleHarness({ where, members: [ada, bob], startAt: new Date("2026-11-26T09:00:00Z"), localTimezone: "Europe/Amsterdam" });
// Every test plays today's round, which Bob opens.
beforeEach(async () => {
  await server.post(A.message(where, bob, "wordl6", connector.url));
  expect(connector.sent[0].activity.text).toBe("Wordl6 is open in a new post in this channel.");
  await server.scheduler!.tick(clock.now());
});

async function guess(who: { id: string; name: string }, step: number, word: string) {
  const res = await server.post(A.cardAction(where, who, "wordl6.move", { circleId: where.conversationId, sessionId, step, guess: word }, connector.url));
  expect(res.status).toBe(200);
  return JSON.parse(res.body).value as Record<string, unknown>;
}
const answer = async () => ((await server.store.collection<Session>("sessions").findOne({ _id: sessionId }))!.data.round as Wordl6Round).answer;
const wrongWord = (secret: string) => wordList("en").guesses.find((w) => w !== secret)!;

describe("wordl6", () => {
  it("a player guesses in their own view; refused words cost no guess; solving ends their game", async () => {
    const secret = await answer();
    const other = wordList("en").answers.find((w) => w !== secret)!;
    const first = await guess(ada, 0, other);
    expectValidCard(first);
    expect(cardText(first)).toContain("5 guesses left");
    for (const bad of ["", "abc", "zzzzzz", "12345a", "плане", "x".repeat(500)]) {
      const refused = await guess(ada, 1, bad);
      expect(cardText(refused)).toMatch(/letter|word list|Six letters|six-letter/i);
    }
    const solved = await guess(ada, 1, secret);
    expect(cardText(solved)).toMatch(/Found it in 2 guesses!/);
    const play = await server.store.collection("plays").findOne({ _id: `${sessionId}|${ada.id}` });
    expect(play).toMatchObject({ step: 2, finished: true, score: 5 });
  });

  it("the shared card shows grids without letters; the word only at the close", async () => {
    const secret = await answer();
    await guess(bob, 0, wrongWord(secret));
    await guess(bob, 1, secret);
    await expect.poll(() => connector.updated.length, { timeout: 8_000 }).toBeGreaterThan(0);
    const shared = connector.updated.at(-1)!.activity.attachments![0].content;
    expectValidCard(shared);
    expect(cardText(shared)).toMatch(/Bob Dylan.*solved in 2/);
    expect(JSON.stringify(shared).toLowerCase()).not.toContain(secret);

    connector.sent.length = 0;
    clock.set(new Date("2026-11-26T17:00:00Z"));
    await server.scheduler!.tick(clock.now());
    const [results] = cardsOf(connector.sent);
    expectValidCard(results);
    expect(cardText(results)).toContain(`The word was **${secret.toUpperCase()}**.`);
    expect(cardText(results)).toMatch(/Winner: Bob Dylan/);
  });

  it("on clients without Universal Actions (Action.Submit), a guess never puts letters on the shared card", async () => {
    const secret = await answer();
    connector.updated.length = 0;
    connector.sent.length = 0;
    await server.post(A.cardSubmit(where, ada, "wordl6.move", { circleId: where.conversationId, sessionId, step: 0, guess: wrongWord(secret) }, connector.url));
    expect(connector.updated).toEqual([]);
    expect(connector.sent[0].activity.text).toMatch(/Your own view of this card opens in Teams/);
    expect(await server.store.collection("plays").findOne({ _id: `${sessionId}|${ada.id}` })).toMatchObject({ step: 1 });
  });

  it("runs the same in a meeting chat", async () => {
    const meeting = A.meetingChat(3);
    connector.members.set(meeting.conversationId, [ada, bob]);
    await server.post(A.installed(meeting, ada, connector.url));
    connector.sent.length = 0;
    await server.post(A.message(meeting, bob, "wordl6", connector.url));
    await server.scheduler!.tick(clock.now());
    const [card] = cardsOf(connector.sent.filter((s) => s.conversationId.startsWith(meeting.conversationId)));
    expectValidCard(card);
    expect(cardText(card)).toMatch(/Wordl6[\s\S]*Nobody has played yet/);
  });
});

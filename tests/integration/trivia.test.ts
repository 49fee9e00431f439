// Daily Trivia end to end through /api/messages: opened on demand, played by several people in
// their own views, double taps and forged payloads refused, results and scores at the close.

import { beforeEach, describe, expect, it } from "vitest";
import type { Play } from "../../shared/games/types";
import type { TriviaRound, TriviaState } from "../../shared/games/trivia/rules";
import type { Session } from "../../shared/sessions/types";
import * as A from "../helpers/activities";
import { cardText, expectValidCard } from "../helpers/cards";
import { circleHarness } from "../helpers/circle-harness";
import { cardsOf } from "../helpers/connector";
import { ada, bob } from "../helpers/people";

const person = (n: number) => ({ id: `29:p${n}`, name: `Player ${String(n).padStart(2, "0")}`, aadObjectId: `00000000-0000-0000-0000-${String(n).padStart(12, "0")}` });
const where = A.groupChat(1);
const sessionId = `${where.conversationId}|daily-trivia|2026-11-26`;

const { connector, server, clock } = circleHarness({
  where,
  members: [ada, bob, ...Array.from({ length: 30 }, (_, i) => person(i))],
  startAt: new Date("2026-11-26T09:00:00Z"), // Thursday 10:00 in Amsterdam
  localTimezone: "Europe/Amsterdam",
});
// Every test plays today's round, which Ada opens.
beforeEach(async () => {
  await server.post(A.message(where, ada, "trivia", connector.url));
  expect(connector.sent[0].activity.text).toBe("Daily Trivia is open below.");
  await server.scheduler!.tick(clock.now());
});

const press = (who: { id: string; name: string }, verb: string, data: Record<string, unknown> = {}) =>
  server.press(where, who, verb, { sessionId, ...data }, connector.url);
const session = async () => (await server.store.collection<Session>("sessions").findOne({ _id: sessionId }))!;
const round = async () => (await session()).data.round as TriviaRound;
const play = (who: { id: string }) => server.store.collection<Play<TriviaState>>("plays").findOne({ _id: `${sessionId}|${who.id}` });
async function answer(who: { id: string; name: string }, step: number, right: boolean) {
  const q = (await round()).questions[step];
  return press(who, "trivia.move", { step, questionId: q.id, choice: right ? q.answer : (q.answer + 1) % 4 });
}

describe("daily trivia", () => {
  it("posts one shared, spoiler-free card with five questions prepared for the round", async () => {
    const [shared] = cardsOf(connector.sent);
    expectValidCard(shared);
    expect(cardText(shared)).toMatch(/Daily Trivia[\s\S]*Nobody has played yet/);
    expect((shared.refresh as { userIds: string[] }).userIds).toHaveLength(32);
    const questions = (await round()).questions;
    expect(questions).toHaveLength(5);
    expect(new Set(questions.map((q) => q.id)).size).toBe(5);
    expect(JSON.stringify(shared)).not.toContain(questions[0].choices.en[questions[0].answer]);
  });

  it("a player answers five questions in their own view, with right/wrong after each", async () => {
    const first = await press(ada, "trivia.open");
    expectValidCard(first.value);
    expect(cardText(first.value)).toMatch(/Question 1 of 5/);
    expect(first.value.actions).toHaveLength(4);

    const right = await answer(ada, 0, true);
    expect(cardText(right.value)).toMatch(/Right!/);
    const wrong = await answer(ada, 1, false);
    expect(cardText(wrong.value)).toMatch(/Not quite — it was/);
    for (const step of [2, 3, 4]) await answer(ada, step, true);
    const done = await press(ada, "trivia.open");
    expect(cardText(done.value)).toMatch(/You answered 4 of 5 right/);
    expect(await play(ada)).toMatchObject({ step: 5, finished: true, score: 4 });
  });

  it("a double tap or an old card counts once", async () => {
    await answer(ada, 0, true);
    const again = await answer(ada, 0, true);
    expect(cardText(again.value)).toMatch(/Question 2 of 5/);
    expect(await play(ada)).toMatchObject({ step: 1, score: 1 });
  });

  it("bad input is refused in the player's view and stores nothing", async () => {
    await press(bob, "trivia.open");
    for (const data of [{ step: 0, questionId: "nope", choice: 1 }, { step: 0, choice: 9 }, { step: 0, choice: "x" }, { step: "0; drop" }]) {
      const res = await press(bob, "trivia.move", { questionId: (await round()).questions[0].id, ...data });
      expect(res.value === null || typeof res.value === "string" || cardText(res.value).length > 0).toBe(true);
    }
    expect(await play(bob)).toMatchObject({ step: 0 });
    const forged = await server.post(A.cardAction(where, bob, "trivia.move", { circleId: where.conversationId, sessionId: "19:other@thread.v2|daily-trivia|2026-11-26", step: 0, choice: 0 }, connector.url));
    expect(JSON.parse(forged.body).value).toMatch(/another round/);
  });

  it("thirty people answering at once lose no move", async () => {
    const players = Array.from({ length: 30 }, (_, i) => person(i));
    await Promise.all(players.map((p) => answer(p, 0, true)));
    const plays = await server.store.collection<Play<TriviaState>>("plays").find({ sessionId });
    expect(plays).toHaveLength(30);
    expect(plays.every((p) => p.step === 1 && p.score === 1)).toBe(true);
    await expect.poll(() => connector.updated.length, { timeout: 8_000 }).toBeGreaterThan(0);
    // Coalesced: far fewer shared-card updates than moves.
    expect(connector.updated.length).toBeLessThan(5);
    expect(cardText(connector.updated.at(-1)!.activity.attachments![0].content)).toMatch(/30 people played/);
  });

  it("closes once with winners, the answers and scores; opted-out people stay off the board", async () => {
    for (const step of [0, 1, 2, 3, 4]) await answer(ada, step, true);
    for (const step of [0, 1, 2, 3, 4]) await answer(bob, step, step !== 2);
    await server.post(A.message(where, bob, "leaderboard off", connector.url));

    connector.sent.length = 0;
    clock.set(new Date("2026-11-26T11:00:00Z"));
    expect((await server.scheduler!.tick(clock.now())).closed).toBe(1);
    const [results] = cardsOf(connector.sent);
    expectValidCard(results);
    const text = cardText(results);
    expect(text).toMatch(/Winner: Ada Lovelace/);
    expect(text).toMatch(/Today's answers/);
    expect(text).not.toContain("Bob Dylan");
    expect(text).toMatch(/chose not to appear/);
    const scores = await server.store.collection("scores").find({ playerId: ada.id });
    expect(scores[0]).toMatchObject({ points: 5, wins: 1, games: 1 });

    // A move after the close is refused; the scores stay as they were.
    const late = await answer(ada, 0, true);
    expect(cardText(late.value)).toMatch(/This round is closed/);
    expect((await server.store.collection("scores").find({ playerId: ada.id }))[0]).toMatchObject({ points: 5 });

    connector.sent.length = 0;
    await server.post(A.message(where, ada, "leaderboard", connector.url));
    const [board] = cardsOf(connector.sent);
    expectValidCard(board);
    expect(cardText(board)).toMatch(/All-time leaderboard[\s\S]*1\. Ada Lovelace — 5 points · won 1× · streak 1/);
    expect(cardText(board)).not.toContain("Bob Dylan");
  });

  it("`trivia add` stores a team-made question after validating it", async () => {
    connector.sent.length = 0;
    await server.post(A.message(where, bob, "trivia add", connector.url));
    const [form] = cardsOf(connector.sent);
    expectValidCard(form);
    const empty = await server.post(A.cardAction(where, bob, "trivia.add", { circleId: where.conversationId, question: " ", correct: "x" }, connector.url));
    expect(cardText(JSON.parse(empty.body).value).length).toBeGreaterThan(0);
    expect(await server.store.collection("trivia_questions").countDocuments({})).toBe(0);
    const saved = await server.post(
      A.cardAction(where, bob, "trivia.add", { circleId: where.conversationId, question: "Who of us climbed Kilimanjaro?", correct: "Bob", wrong1: "Ada", wrong2: "Cy", wrong3: "Dee" }, connector.url),
    );
    expect(cardText(JSON.parse(saved.body).value)).toMatch(/Thanks!/);
    expect(await server.store.collection("trivia_questions").countDocuments({ circleId: where.conversationId })).toBe(1);
  });
});

// The bugs the fault and bad-input campaigns found, each pinned by the smallest case that showed it.

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MESSAGE_MAX } from "../../shared/shoutouts/rules";
import type { Session } from "../../shared/sessions/types";
import * as A from "../helpers/activities";
import { startFakeConnector, type FakeConnector } from "../helpers/connector";
import { ada, bob, cy } from "../helpers/people";
import { startTestServer, type TestServer } from "../helpers/server";
import { at, circleDoc, clockAt, conversationOf, FRIDAY_1530, minutes, openTempStore, seedCircles, sessionsIn, testScheduler } from "../scheduler/harness";

const where = A.groupChat(701);
let connector: FakeConnector;
let server: TestServer;

beforeAll(async () => {
  connector = await startFakeConnector();
  connector.members.set(where.conversationId, [ada, bob, cy]);
  server = await startTestServer({}, { scheduler: false });
  expect((await server.post(A.installed(where, ada, connector.url))).status).toBe(200);
});
afterAll(async () => {
  await server.close();
  await connector.close();
});

describe("a malformed activity envelope is refused at the edge (400), not failed deep in a turn", () => {
  const base = () => A.cardAction(where, ada, "setup.open", { circleId: where.conversationId }, connector.url) as Record<string, unknown>;
  it.each([
    ["from.id is an operator object", (a: Record<string, unknown>) => ({ ...a, from: { id: { $ne: null }, name: "Ada" } })],
    ["conversation.id is an object", (a: Record<string, unknown>) => ({ ...a, conversation: { id: { $gt: "" } } })],
    ["serviceUrl is a number", (a: Record<string, unknown>) => ({ ...a, serviceUrl: 553683501 })],
    ["a card action's value is an array", (a: Record<string, unknown>) => ({ ...a, value: [-1, 2] })],
    ["the invoke name is not a string", (a: Record<string, unknown>) => ({ ...a, name: [1] })],
    ["entities is null", () => ({ ...A.message(where, ada, "help", connector.url), entities: null })],
    ["a mention without text", () => ({ ...A.message(where, ada, "help", connector.url), entities: [{ type: "mention", mentioned: { id: "x" } }] })],
  ] as [string, (a: Record<string, unknown>) => unknown][])("%s", async (_name, change) => {
    const answer = await server.post(change(base()));
    expect(answer.status).toBe(400);
    expect(JSON.parse(answer.body)).toMatchObject({ error: { code: "bad_request" } });
  });
});

it("`shoutout` with nobody mentioned and a huge text opens the form with the text cut to the box's length (the card stays under 28 KB)", async () => {
  connector.sent.length = 0;
  const huge = "x".repeat(100_000);
  expect((await server.post(A.message(where, ada, `shoutout for ${huge}`, connector.url))).status).toBe(200);
  const card = connector.sent.at(-1)!.activity.attachments![0]!.content;
  expect(JSON.stringify(card).length).toBeLessThan(28 * 1024);
  const box = JSON.stringify(card).match(/"id":"message"[^}]*"value":"(x*)"/)?.[1] ?? "";
  expect(box.length).toBe(MESSAGE_MAX);
});

it("a circle game's session that is written but not yet posted cannot be opened or guessed: no answer is revealed", async () => {
  expect((await server.post(A.message(where, bob, "globe", connector.url))).status).toBe(200);
  // With no scheduler the session stays pending (prepared by nobody yet): give it a board as `prepare` would.
  const id = `${where.conversationId}|walk-the-globe|${new Date().toISOString().slice(0, 10)}`;
  const sessions = server.store.collection<Session>("sessions");
  expect(await sessions.findOne({ _id: id })).toMatchObject({ state: "pending" });
  await sessions.updateOne({ _id: id }, { $set: { "data.board": { answerCode: "PE", guesses: [] }, "data.contributors": [], "data.prepared": true } });
  for (const [verb, data] of [["globe.open", {}], ["globe.move", { country: "Chile" }]] as const) {
    const res = await server.press(where, cy, verb, { sessionId: id, ...data }, connector.url);
    expect(res.type).toBe("application/vnd.microsoft.activity.message");
    expect(JSON.stringify(res.value)).not.toMatch(/Peru|Time's up/);
  }
  expect(((await sessions.findOne({ _id: id }))!.data.board as { guesses: unknown[] }).guesses).toEqual([]);
});

it("a pending session found after its window closed (its writer died) is recorded as missed, never posted", async () => {
  const { store, cleanup } = await openTempStore();
  const local = await startFakeConnector();
  try {
    await seedCircles(store, [circleDoc(1, local.url)], at(FRIDAY_1530, -minutes(60)));
    const clock = clockAt(FRIDAY_1530);
    // Teams fails the first post; the process "dies" (we stop ticking) and comes back after the close.
    local.respond = () => ({ status: 503, body: { error: { code: "ServiceUnavailable", message: "no" } } });
    const scheduler = testScheduler(store, { now: clock.now });
    expect(await scheduler.tick()).toMatchObject({ retried: 1 });
    local.respond = undefined;
    const id = `${conversationOf(1)}|week-in-review|2026-03-06`;
    const pending = (await sessionsIn(store).findOne({ _id: id }))!;
    clock.set(at(pending.closesAt, minutes(1)));
    const restarted = testScheduler(store, { now: clock.now, instanceId: "restarted" });
    expect(await restarted.tick()).toMatchObject({ posted: 0, missed: 1 });
    expect(local.sent).toEqual([]);
    expect(await sessionsIn(store).findOne({ _id: id })).toMatchObject({ state: "missed", lastError: "its window closed before it could be posted" });
  } finally {
    await local.close();
    await cleanup();
  }
});


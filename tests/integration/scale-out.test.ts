// Two server instances on one store, as a load balancer in front of N instances would run them:
// Teams traffic lands on either, both run the ritual scheduler, and still every reminder is posted
// once and no move is lost. (The embedded store belongs to one process, so the two instances share
// it inside one; with MongoDB they are separate processes on separate machines — the guarantees
// come from the same store operations: leases, compare-and-set, unique ids.)

import { afterAll, afterEach, beforeAll, beforeEach, expect, it } from "vitest";
import { answerPool } from "../../shared/games/globe";
import type { Session } from "../../shared/sessions/types";
import type { Store } from "../../shared/store/types";
import * as A from "../helpers/activities";
import { startFakeConnector, type FakeConnector } from "../helpers/connector";
import { startTestServer, type TestServer } from "../helpers/server";
import { openTempStore } from "../scheduler/harness";

const CIRCLES = 24;
const people = ["ada", "bob", "cy", "dee"].map((n, i) => ({ id: `29:${n}`, name: n.toUpperCase(), aadObjectId: `00000000-0000-0000-0000-00000000000${i}` }));
const chats = Array.from({ length: CIRCLES }, (_, i) => A.groupChat(100 + i));

let connector: FakeConnector;
let store: Store;
let cleanup: () => Promise<void>;
let servers: TestServer[];
const clock = new Date("2026-11-26T09:00:00Z");

beforeAll(async () => {
  connector = await startFakeConnector();
});
afterAll(() => connector.close());
beforeEach(async () => {
  ({ store, cleanup } = await openTempStore());
  servers = [
    await startTestServer({}, { store, now: () => clock, scheduler: { tickMs: 3_600_000, instanceId: "instance-a" } }),
    await startTestServer({}, { store, now: () => clock, scheduler: { tickMs: 3_600_000, instanceId: "instance-b" } }),
  ];
  for (const chat of chats) connector.members.set(chat.conversationId, people);
  connector.sent.length = 0;
});
afterEach(async () => {
  for (const server of servers) await server.close();
  await cleanup();
});

/** Round-robin, like a load balancer. */
const on = (i: number) => servers[i % servers.length]!;

it("traffic and schedules on two instances: every round posted once, every guess kept", async () => {
  await Promise.all(chats.map((chat, i) => on(i).post(A.installed(chat, people[0]!, connector.url))));
  connector.sent.length = 0;
  // `globe` wakes the scheduler of the instance that took the message; both also tick on their own.
  await Promise.all(chats.map((chat, i) => on(i + 1).post(A.message(chat, people[1]!, "globe", connector.url))));
  await Promise.all(servers.map((server) => server.scheduler!.tick(clock)));
  await Promise.all(servers.map((server) => server.scheduler!.tick(clock)));
  // A wake-up tick may still be finishing a post it claimed: wait until every round is open.
  await expect.poll(() => store.collection<Session>("sessions").countDocuments({ state: "open" }), { timeout: 20_000 }).toBe(CIRCLES);
  await Promise.all(servers.map((server) => server.scheduler!.tick(clock)));
  const posts = new Map<string, number>();
  for (const post of connector.sent.filter((p) => p.activity.attachments?.length)) posts.set(post.conversationId, (posts.get(post.conversationId) ?? 0) + 1);
  expect(posts.size).toBe(CIRCLES);
  expect([...posts.values()].every((n) => n === 1)).toBe(true);

  // Everyone guesses at once, each request on whichever instance the balancer picks.
  const sessions = await store.collection<Session>("sessions").find({ ritualId: "walk-the-globe" });
  expect(sessions.map((s) => s.state).every((state) => state === "open")).toBe(true);
  const wrong = (s: Session) => answerPool.filter((c) => c.code !== (s.data.board as { answerCode: string }).answerCode);
  const moves = sessions.flatMap((session, i) => {
    const chat = chats.find((c) => session._id.startsWith(c.conversationId))!;
    return people.map((person, p) => () => on(i + p).press(chat, person, "globe.move", { sessionId: session._id, country: wrong(session)[p]!.name.en }, connector.url));
  });
  const answers = await Promise.all(moves.map((move) => move()));
  expect(answers.every((a) => a.type === "application/vnd.microsoft.card.adaptive")).toBe(true);

  for (const session of await store.collection<Session>("sessions").find({ ritualId: "walk-the-globe" })) {
    const guesses = (session.data.board as { guesses: { by: { id: string } }[] }).guesses;
    expect(guesses.map((g) => g.by.id).sort()).toEqual(people.map((p) => p.id).sort());
    expect(session.participants.sort()).toEqual(people.map((p) => p.id).sort());
  }
});

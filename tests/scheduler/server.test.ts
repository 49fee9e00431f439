// The scheduler inside the server: started with it, ticking on its own, stopped by close()
// after the posts in flight have finished, with whatever it had claimed but not started given back.

import { afterAll, beforeAll, expect, it } from "vitest";
import type { Circle } from "../../shared/circles/types";
import { openSessionNow, syncSchedules } from "../../shared/scheduler";
import { startFakeConnector, type FakeConnector } from "../helpers/connector";
import { startTestServer } from "../helpers/server";
import { eventually } from "../helpers/wait";
import { at, circleDoc, clockAt, conversationOf, FRIDAY_1530, minutes, openers, seconds, sessionsIn } from "./harness";

let connector: FakeConnector;
beforeAll(async () => {
  connector = await startFakeConnector();
});
afterAll(() => connector.close());


it("the server's scheduler posts a due ritual on its own and stops with the server", async () => {
  connector.sent.length = 0;
  const clock = clockAt(at(FRIDAY_1530, -minutes(1)));
  const server = await startTestServer({}, { scheduler: { tickMs: 50, openers, now: clock.now } });
  try {
    const circle = circleDoc(1, connector.url);
    await server.store.collection<Circle>("circles").insertOne(circle);
    await syncSchedules(server.store, circle, clock.now());
    clock.set(at(FRIDAY_1530, seconds(1)));
    await eventually(() => connector.sent.length === 1);
    await eventually(async () => (await sessionsIn(server.store).findOne({}))?.state === "open");
  } finally {
    await server.close();
  }
  expect(connector.sent.map((post) => post.conversationId)).toEqual([conversationOf(1)]);
});

it("close() waits for the post in flight and gives back the sessions it had claimed but not started", async () => {
  connector.sent.length = 0;
  let release!: () => void;
  const held = new Promise<undefined>((resolve) => (release = () => resolve(undefined)));
  let arrived = 0;
  connector.respond = (request) => {
    if (request.method !== "POST") return undefined;
    arrived++;
    return held;
  };
  const server = await startTestServer({}, { scheduler: { tickMs: 60_000, openers, now: () => FRIDAY_1530, concurrency: 1 } });
  try {
    const circles = [1, 2, 3].map((n) => circleDoc(n, connector.url));
    for (const circle of circles) {
      await server.store.collection<Circle>("circles").insertOne(circle);
      await openSessionNow(server.store, circle, "week-in-review", FRIDAY_1530);
    }
    server.scheduler!.wake();
    await eventually(() => arrived === 1);

    let stoppedYet = false;
    const stopped = server.scheduler!.stop().then(() => (stoppedYet = true));
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(stoppedYet).toBe(false); // still waiting for the post in flight
    release();
    await stopped;

    expect(arrived).toBe(1);
    const sessions = await sessionsIn(server.store).find({});
    expect(sessions.map((s) => [s.state, s.leaseOwner ?? null]).sort()).toEqual([
      ["open", null],
      ["pending", null],
      ["pending", null],
    ]);
  } finally {
    connector.respond = undefined;
    release();
    await server.close();
  }
});

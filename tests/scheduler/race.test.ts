// Two scheduler instances on one store, as two servers would run: every occurrence is posted
// exactly once, and closed exactly once, however their ticks interleave.

import { afterAll, afterEach, beforeAll, beforeEach, expect, it } from "vitest";
import type { TickReport } from "../../bot/scheduler";
import type { Store } from "../../shared/store/types";
import { startFakeConnector, type FakeConnector } from "../helpers/connector";
import { at, circleDoc, FRIDAY_1530, minutes, openTempStore, seconds, seedCircles, sessionsIn, testScheduler, textOf } from "./harness";

const CIRCLES = 50;

let connector: FakeConnector;
let store: Store;
let cleanup: () => Promise<void>;

beforeAll(async () => {
  connector = await startFakeConnector();
});
afterAll(() => connector.close());
beforeEach(async () => {
  ({ store, cleanup } = await openTempStore());
});
afterEach(() => cleanup());

const sum = (reports: TickReport[], key: keyof TickReport) => reports.reduce((total, r) => total + r[key], 0);

it(`two instances ticking at once post each of ${CIRCLES} due rituals exactly once, and close each once`, async () => {
  const circles = Array.from({ length: CIRCLES }, (_, i) => circleDoc(i + 1, connector.url));
  await seedCircles(store, circles, at(FRIDAY_1530, -minutes(60)));
  // Small batches and a little concurrency, so the two instances' claims interleave a lot.
  const a = testScheduler(store, { instanceId: "a", concurrency: 3 });
  const b = testScheduler(store, { instanceId: "b", concurrency: 3 });

  const reports: TickReport[] = [];
  for (const offset of [seconds(1), seconds(6), seconds(11)]) {
    reports.push(...(await Promise.all([a.tick(at(FRIDAY_1530, offset)), b.tick(at(FRIDAY_1530, offset))])));
  }
  expect(sum(reports, "recorded")).toBe(CIRCLES);
  expect(sum(reports, "posted")).toBe(CIRCLES);
  // both did part of the work
  expect(reports[0]!.posted).toBeGreaterThan(0);
  expect(reports[1]!.posted).toBeGreaterThan(0);

  const perConversation = new Map<string, number>();
  for (const post of connector.sent) perConversation.set(post.conversationId, (perConversation.get(post.conversationId) ?? 0) + 1);
  expect(perConversation.size).toBe(CIRCLES);
  expect([...perConversation.values()].every((count) => count === 1)).toBe(true);
  expect(await sessionsIn(store).countDocuments({ state: "open" })).toBe(CIRCLES);

  const closing: TickReport[] = [];
  for (const offset of [minutes(180), minutes(181)]) {
    closing.push(...(await Promise.all([a.tick(at(FRIDAY_1530, offset)), b.tick(at(FRIDAY_1530, offset))])));
  }
  expect(sum(closing, "closed")).toBe(CIRCLES);
  const summaries = connector.sent.filter((post) => textOf(post.activity).startsWith("summary "));
  expect(new Set(summaries.map((post) => post.conversationId)).size).toBe(CIRCLES);
  expect(summaries).toHaveLength(CIRCLES);
  expect(connector.updated).toHaveLength(CIRCLES);
  expect(await sessionsIn(store).countDocuments({ state: "closed" })).toBe(CIRCLES);
});

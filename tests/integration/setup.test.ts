// Setting up rituals in chat: the welcome card's templates, the setup card (Action.Execute),
// pause/resume/next — through the real /api/messages, as facilitators and as members.

import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Circle } from "../../shared/circles/types";
import type { Schedule } from "../../shared/scheduler/types";
import * as A from "../helpers/activities";
import { cardText, expectValidCard } from "../helpers/cards";
import { cardsOf, startFakeConnector, type FakeConnector } from "../helpers/connector";
import { startTestServer, type TestServer } from "../helpers/server";

const ada = { id: "29:ada", name: "Ada Lovelace", aadObjectId: "00000000-0000-0000-0000-0000000000a1" };
const bob = { id: "29:bob", name: "Bob Dylan", aadObjectId: "00000000-0000-0000-0000-0000000000b2" };
const where = A.groupChat(1);
// Thursday 26 November 2026, 10:00 in Amsterdam.
const now = new Date("2026-11-26T09:00:00Z");

let connector: FakeConnector;
let server: TestServer;

beforeAll(async () => {
  connector = await startFakeConnector();
});
afterAll(() => connector.close());
beforeEach(async () => {
  connector.sent.length = 0;
  connector.members.set(where.conversationId, [ada, bob]);
  server = await startTestServer({}, { now: () => now, scheduler: false });
  const install = { ...A.installed(where, ada, connector.url), localTimezone: "Europe/Amsterdam" };
  await server.post(install);
});
afterEach(() => server.close());

const circle = async () => (await server.store.collection<Circle>("circles").findOne({ _id: where.conversationId }))!;
const schedules = () => server.store.collection<Schedule>("schedules").find({ circleId: where.conversationId });
const press = (who: typeof ada, verb: string, data: Record<string, unknown> = {}) =>
  server.press(where, who, verb, data, connector.url);
const week = { "r.week-in-review.on": "true", "r.week-in-review.time": "16:00", "r.week-in-review.weekday": "5" };

describe("the welcome card starts a circle in two presses", () => {
  it("offers the three templates with Action.Execute buttons that fall back to Action.Submit", async () => {
    const [welcome] = cardsOf(connector.sent);
    expectValidCard(welcome);
    const actions = welcome.actions as { type: string; verb?: string; data?: { templateId?: string }; fallback?: { type: string } }[];
    expect(actions.filter((a) => a.verb === "template.apply").map((a) => a.data?.templateId)).toEqual(["team", "cross-team", "leaders"]);
    expect(actions.every((a) => a.type !== "Action.Execute" || a.fallback?.type === "Action.Submit")).toBe(true);
    expect((await circle()).settings.timeZone).toBe("Europe/Amsterdam");
  });

  it("one press switches on the template's available rituals and plans them; play now is offered", async () => {
    const answer = await press(ada, "template.apply", { templateId: "team" });
    expect(answer.type).toBe("application/vnd.microsoft.card.adaptive");
    expectValidCard(answer.value);
    expect(cardText(answer.value)).toMatch(/Team circle is on: Daily Trivia \(Every working day at 10:00\), Wordl6 \(Every working day at 09:00\), Friday shoutouts \(Every Friday at 14:00\), Week in review \(Every Friday at 15:30\)/);
    expect(answer.value.actions.map((a: { verb: string }) => a.verb)).toEqual(["play.now"]);
    const saved = await circle();
    expect(saved.settings.rituals.filter((r) => r.enabled).map((r) => r.ritualId)).toEqual(["daily-trivia", "wordl6", "friday-shoutouts", "week-in-review"]);
    const plans = await schedules();
    // Friday 27 November 2026 in Amsterdam (UTC+1): Wordl6 at 09:00, trivia at 10:00, Week in review at 15:30.
    expect(plans.find((p) => p.ritualId === "week-in-review")).toMatchObject({ nextAt: new Date("2026-11-27T14:30:00Z") });
    expect(plans.find((p) => p.ritualId === "wordl6")).toMatchObject({ nextAt: new Date("2026-11-27T08:00:00Z") });
  });

  it("a member cannot start the circle; they are told who can", async () => {
    const answer = await press(bob, "template.apply", { templateId: "team" });
    expect(answer.type).toBe("application/vnd.microsoft.activity.message");
    expect(answer.value).toMatch(/Only facilitators .*Ada Lovelace/);
    expect((await circle()).settings.rituals.some((r) => r.enabled)).toBe(false);
    expect(await schedules()).toEqual([]);
  });

  it("an unknown template or a card of another conversation changes nothing", async () => {
    expect((await press(ada, "template.apply", { templateId: "party" })).value).toMatch(/could not be read/);
    const forged = await server.post(A.cardAction(where, ada, "template.apply", { circleId: "19:other@thread.v2", templateId: "team" }, connector.url));
    expect(JSON.parse(forged.body).value).toMatch(/belongs to another conversation/);
    expect((await circle()).settings.rituals.some((r) => r.enabled)).toBe(false);
  });
});

describe("the setup card", () => {
  it("`setup` gives a facilitator the form and refreshes itself for facilitators only", async () => {
    connector.sent.length = 0;
    await server.post(A.message(where, ada, "setup", connector.url));
    const [card] = cardsOf(connector.sent);
    expectValidCard(card);
    expect(JSON.stringify(card)).toContain('"id":"r.week-in-review.on"');
    expect((card.refresh as { userIds: string[] }).userIds).toEqual([ada.id]);
    expect(cardText(card)).toMatch(/Coming soon: .*Monthly moment/);
  });

  it("`rituals` shows a member the same settings read only, with the facilitators", async () => {
    connector.sent.length = 0;
    await server.post(A.message(where, bob, "rituals", connector.url));
    const [card] = cardsOf(connector.sent);
    expectValidCard(card);
    expect(JSON.stringify(card)).not.toContain("Input.Toggle");
    expect(cardText(card)).toMatch(/Only facilitators can change these settings\. Facilitators: Ada Lovelace/);
  });

  it("saving confirms in place, updates the card for everyone and re-plans", async () => {
    const answer = await press(ada, "setup.save", { ...week, timeZone: "Europe/Amsterdam", workingDays: "1,2,3,4,5", locale: "en" });
    expectValidCard(answer.value);
    expect(cardText(answer.value)).toMatch(/Saved\. Next: Fri 27 Nov, 16:00 — Week in review\./);
    expect((await schedules())[0].nextAt).toEqual(new Date("2026-11-27T15:00:00Z"));
    const update = connector.updated.find((u) => u.activityId === "card-1");
    expect(update, "the shared card was replaced for everyone").toBeDefined();
  });

  it("a refused value keeps everything as it was and says why", async () => {
    await press(ada, "setup.save", week);
    const before = await circle();
    const answer = await press(ada, "setup.save", { ...week, timeZone: "Mars/Base" });
    expect(cardText(answer.value)).toMatch(/time zone/i);
    expect((await circle()).settings).toEqual(before.settings);
    const late = await press(ada, "setup.save", { ...week, "r.week-in-review.time": "25:99" });
    expect(cardText(late.value)).toMatch(/09:30|HH:mm|time/i);
  });

  it("a member's save is refused", async () => {
    const answer = await press(bob, "setup.save", week);
    expect(cardText(answer.value)).toMatch(/Only facilitators/);
    expect((await circle()).settings.rituals.some((r) => r.enabled)).toBe(false);
  });

  it("switching on a coming-soon ritual is refused", async () => {
    const answer = await server.post(A.cardAction(where, ada, "setup.save", { circleId: where.conversationId }, connector.url));
    expect(answer.status).toBe(200);
    const changed = await press(ada, "setup.save", { "r.monthly-moment.on": "true" });
    // The card has no input for it; forged anyway, it is ignored (only available rituals are read).
    expect((await circle()).settings.rituals.find((r) => r.ritualId === "monthly-moment")?.enabled).toBe(false);
    expect(changed.type).toBe("application/vnd.microsoft.card.adaptive");
  });

  it("the Action.Submit fallback runs the same action and replaces the card", async () => {
    connector.updated.length = 0;
    await server.post(A.cardSubmit(where, ada, "setup.save", { circleId: where.conversationId, ...week }, connector.url));
    expect((await circle()).settings.rituals.find((r) => r.ritualId === "week-in-review")?.enabled).toBe(true);
    expect(connector.updated).toHaveLength(1);
  });
});

describe("pause, resume, next", () => {
  it("pause stops the plan, resume brings it back, next lists the moments", async () => {
    await press(ada, "setup.save", week);
    connector.sent.length = 0;
    await server.post(A.message(where, ada, "next", connector.url));
    expect(cardText(cardsOf(connector.sent)[0])).toMatch(/Fri 27 Nov, 16:00[\s\S]*Week in review/);

    connector.sent.length = 0;
    await server.post(A.message(where, ada, "pause", connector.url));
    expect(connector.sent[0].activity.text).toMatch(/Paused/);
    expect(await schedules()).toEqual([]);

    await server.post(A.message(where, ada, "resume", connector.url));
    expect(connector.sent[1].activity.text).toMatch(/Resumed\. Next: Fri 27 Nov, 16:00/);
    expect(await schedules()).toHaveLength(1);
  });

  it("the next card starts a switched-on ritual now, for anyone, once a day; others are refused", async () => {
    await press(ada, "setup.save", week);
    connector.sent.length = 0;
    await server.post(A.message(where, bob, "next", connector.url));
    const card = cardsOf(connector.sent)[0];
    expectValidCard(card);
    expect((card.actions as { title: string; data: { ritualId: string } }[]).map((a) => [a.title, a.data.ritualId])).toEqual([["Start Week in review now", "week-in-review"]]);
    const started = await press(bob, "ritual.start", { ritualId: "week-in-review" });
    expect(started.value).toBe("Week in review is open below.");
    await press(bob, "ritual.start", { ritualId: "week-in-review" });
    expect(await server.store.collection("sessions").countDocuments({})).toBe(1);
    expect((await press(bob, "ritual.start", { ritualId: "daily-trivia" })).value).toMatch(/Daily Trivia is not switched on/);
    expect((await press(bob, "ritual.start", { ritualId: "monthly-moment" })).value).toMatch(/could not be read/);
    expect((await press(bob, "ritual.start", { ritualId: { $gt: "" } })).value).toMatch(/could not be read/);
  });

  it("the next card offers every switched-on ritual, soonest first, even one a daily ritual pushes off the list", async () => {
    const daily = { "r.daily-trivia.on": "true", "r.daily-trivia.time": "09:00", "r.wordl6.on": "true", "r.wordl6.time": "08:00" };
    await press(ada, "setup.save", { ...week, "r.week-in-review.weekday": "3", ...daily });
    connector.sent.length = 0;
    await server.post(A.message(where, bob, "next", connector.url));
    const card = cardsOf(connector.sent)[0];
    expectValidCard(card);
    // Five daily moments fill the list before Wednesday 16:00; Week in review can still be started.
    expect(JSON.stringify(card.body)).not.toMatch(/Week in review/);
    expect((card.actions as { data: { ritualId: string } }[]).map((a) => a.data.ritualId)).toEqual(["wordl6", "daily-trivia", "week-in-review"]);
  });

  it("a member cannot pause the circle", async () => {
    await press(ada, "setup.save", week);
    connector.sent.length = 0;
    await server.post(A.message(where, bob, "pause", connector.url));
    expect(connector.sent[0].activity.text).toMatch(/Only facilitators/);
    expect((await circle()).settings.paused).toBe(false);
  });
});

// Week in review end to end: a circle switches it on with one press, the scheduler posts it on
// time, people answer in their own view (and edit), and the summary lands when it closes.

import { beforeEach, describe, expect, it } from "vitest";
import type { Session } from "../../shared/sessions/types";
import * as A from "../helpers/activities";
import { cardText, expectValidCard } from "../helpers/cards";
import { circleHarness } from "../helpers/circle-harness";
import { cardsOf } from "../helpers/connector";
import { ada, bob, cy } from "../helpers/people";

const where = A.groupChat(1);
const sessionId = `${where.conversationId}|week-in-review|2026-11-27`;

const { connector, server, clock, press } = circleHarness({
  where,
  members: [ada, bob, cy],
  startAt: new Date("2026-11-26T09:00:00Z"), // Thursday 10:00 in Amsterdam
  localTimezone: "Europe/Amsterdam",
});
beforeEach(async () => {
  // The leaders' peer circle: Week in review is its one ritual available today.
  await press(ada, "template.apply", { templateId: "leaders" });
  connector.sent.length = 0;
});

const session = () => server.store.collection<Session>("sessions").findOne({ _id: sessionId });
const answer = (who: typeof ada, wentWell: string, learned = "", helpedBy = "") =>
  press(who, "wir.answer", { sessionId, wentWell, learned, helpedBy });

describe("week in review", () => {
  it("is posted on time, answered privately, edited, and summarised when it closes", async () => {
    clock.set(new Date("2026-11-27T14:30:05Z")); // Friday 15:30:05 in Amsterdam
    const report = await server.scheduler!.tick(clock.now());
    expect(report.posted).toBe(1);
    const [prompt] = cardsOf(connector.sent);
    expectValidCard(prompt);
    expect(cardText(prompt)).toMatch(/Week in review[\s\S]*What went well this week\?[\s\S]*Nobody has answered yet/);
    expect((prompt.refresh as { userIds: string[] }).userIds.sort()).toEqual([ada.id, bob.id, cy.id].sort());
    expect(await session()).toMatchObject({ state: "open", late: false, activityId: expect.any(String) });

    const form = await press(bob, "wir.open", { sessionId });
    expectValidCard(form.value);
    expect(JSON.stringify(form.value)).toContain('"id":"wentWell"');

    const saved = await answer(bob, "Shipped the  release\u0000 <b>on time</b>", "", "Ada, with the review");
    expect(cardText(saved.value)).toMatch(/Saved\. You can change it until Fri 27 Nov, 18:30/);
    const shared = connector.updated.at(-1)!.activity.attachments![0].content;
    expect(cardText(shared)).toContain("1 person has answered so far.");
    expect(cardText(shared)).not.toContain("Shipped");

    const empty = await answer(ada, "   ");
    expect(cardText(empty.value)).toMatch(/Answer at least one of the three questions/);
    const tooLong = await answer(ada, "x".repeat(281));
    expect(cardText(tooLong.value)).toMatch(/under 280 characters/);
    expect(JSON.stringify(tooLong.value)).toContain("x".repeat(281)); // the draft is kept

    await answer(bob, "Shipped the release on time", "How to say no kindly", "Ada, with the review");
    await answer(cy, "", "Dutch idioms");
    const round = await session();
    expect((round!.data.answers as unknown[]).length).toBe(2);
    expect(round!.participants.sort()).toEqual([bob.id, cy.id].sort());

    connector.sent.length = 0;
    connector.updated.length = 0;
    clock.set(new Date("2026-11-27T17:31:00Z")); // past the three-hour window
    expect((await server.scheduler!.tick(clock.now())).closed).toBe(1);
    const [summary] = cardsOf(connector.sent);
    expectValidCard(summary);
    const text = cardText(summary);
    expect(text).toContain("2 people took part.");
    expect(text).toContain("**Bob Dylan**: Shipped the release on time");
    expect(text).toContain("**Cy Twombly**: Dutch idioms");
    expect(text).not.toContain("<b>");
    expect(cardText(connector.updated[0].activity.attachments![0].content)).toMatch(/closed/);
    expect(await session()).toMatchObject({ state: "closed" });

    const late = await answer(bob, "one more thing");
    expect(cardText(late.value)).toMatch(/closed/);
    expect(((await session())!.data.answers as { wentWell: string }[]).find((a) => a.wentWell === "one more thing")).toBeUndefined();
  });

  it("play now opens today's moment right away, once", async () => {
    const first = await press(ada, "play.now");
    expect(first.value).toBe("Week in review is open below.");
    await expect.poll(() => cardsOf(connector.sent).length, { timeout: 5_000 }).toBe(1);
    expect(cardText(cardsOf(connector.sent)[0])).toContain("Week in review");
    const again = await press(bob, "play.now");
    expect(again.value).toMatch(/already open/);
    expect(cardsOf(connector.sent)).toHaveLength(1);
  });

  it("a session id of another circle, or garbage, is refused without storing anything", async () => {
    clock.set(new Date("2026-11-27T14:30:05Z"));
    await server.scheduler!.tick(clock.now());
    for (const id of ["19:other@thread.v2|week-in-review|2026-11-27", { $gt: "" }, "x".repeat(10_000)]) {
      const res = await press(bob, "wir.answer", { sessionId: id, wentWell: "sneaky" });
      expect(res.value).toMatch(/another conversation/);
    }
    expect((await session())!.data.answers ?? []).toEqual([]);
  });
});

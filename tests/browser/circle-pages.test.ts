// The circle's pages in Chromium against the real server in local mode, with data the bot made
// through /api/messages: a Wordl6 round played and closed, an open Daily Trivia, shoutouts.
// Home, History, a session, the Shoutout wall and the Leaderboards render it; the circle's
// navigation works from the keyboard; axe-core finds no serious or critical violation; and
// each page is photographed in light and dark (test-results/circle-*.png).

import { createRequire } from "node:module";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Wordl6Round } from "../../shared/games/wordl6/rules";
import { wordList } from "../../shared/games/wordl6/words";
import type { Session } from "../../shared/sessions/types";
import * as A from "../helpers/activities";
import { launchChromium, screenshotPath } from "../helpers/browser";
import { clockAt } from "../helpers/clock";
import { startFakeConnector, type FakeConnector } from "../helpers/connector";
import { startTestServer, type TestServer } from "../helpers/server";

const ada = { id: "29:ada", name: "Ada Lovelace", aadObjectId: "00000000-0000-0000-0000-0000000000a1" };
const bob = { id: "29:bob", name: "Bob Dylan", aadObjectId: "00000000-0000-0000-0000-0000000000b2" };
const cy = { id: "29:cy", name: "Cy Twombly", aadObjectId: "00000000-0000-0000-0000-0000000000c3" };
const where = A.channel(3);
const circleId = where.conversationId;
const axeSource = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

let connector: FakeConnector;
let server: TestServer;
let browser: Browser;
let word = "";

const mention = (p: { id: string; name: string }) => ({ type: "mention", text: `<at>${p.name}</at>`, mentioned: { id: p.id, name: p.name } });
const botMention = { type: "mention", text: `<at>${A.BOT.name}</at>`, mentioned: A.BOT };

async function say(who: typeof ada, text: string, entities: unknown[] = []) {
  const activity = A.message(where, who, "", connector.url);
  const res = await server.post({ ...activity, text: `<at>${A.BOT.name}</at> ${text}`, entities: [botMention, ...entities] });
  expect(res.status).toBe(200);
}

beforeAll(async () => {
  const clock = clockAt(new Date("2026-03-12T09:00:00Z"));
  connector = await startFakeConnector();
  server = await startTestServer({}, { now: clock.now, scheduler: { tickMs: 3_600_000 } });
  connector.members.set(where.teamId!, [ada, bob, cy]);
  await server.post(A.installed(where, ada, connector.url));

  // A Wordl6 round: Ada misses, Bob solves it; the round closes in the evening.
  await say(bob, "wordl6");
  await server.scheduler!.tick(clock.now());
  const sessionId = `${circleId}|wordl6|2026-03-12`;
  word = ((await server.store.collection<Session>("sessions").findOne({ _id: sessionId }))!.data.round as Wordl6Round).answer;
  const miss = wordList("en").answers.find((w) => w !== word)!;
  for (const [who, guess] of [
    [ada, miss],
    [bob, word],
  ] as const) {
    const res = await server.post(A.cardAction(where, who, "wordl6.move", { circleId, sessionId, step: 0, guess }, connector.url));
    expect(res.status).toBe(200);
  }
  clock.set(new Date("2026-03-12T17:00:00Z"));
  await server.scheduler!.tick(clock.now());
  // An open Daily Trivia, and thanks.
  clock.set(new Date("2026-03-12T17:05:00Z"));
  await say(ada, "trivia");
  await server.scheduler!.tick(clock.now());
  await say(ada, `shoutout <at>${bob.name}</at> <at>${cy.name}</at> for the calm release`, [mention(bob), mention(cy)]);
  await say(cy, `shoutout <at>${ada.name}</at> for explaining the new build`, [mention(ada)]);
  await say(bob, `shoutout <at>${ada.name}</at> for the coffee and the code review`, [mention(ada)]);
  browser = await launchChromium();
}, 90_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await connector?.close();
});

const pageUrl = (page: string, theme?: string) => `${server.url}/${theme ? `?theme=${theme}` : ""}#/${page}/${encodeURIComponent(circleId)}`;

/** axe-core in the page: violations of serious or critical impact, as "rule: target" lines. */
async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: axeSource });
  const result = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
    return axe.run(document, { resultTypes: ["violations"] });
  });
  return result.violations.filter((v) => v.impact === "serious" || v.impact === "critical").flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(" ")}`));
}

async function open(page: Page, name: string, url: string, ready: () => Promise<unknown>) {
  await page.goto(url);
  await expect.poll(ready, { timeout: 20_000 }).toBeTruthy().catch(async (error: unknown) => {
    await page.screenshot({ path: screenshotPath(`circle-failed-${name}`), fullPage: true });
    throw error;
  });
  expect(await seriousViolations(page), name).toEqual([]);
}

describe("the circle's pages in Chromium", () => {
  it("render the bot's data, pass axe-core, and are photographed in light and dark", async () => {
    for (const theme of ["light", "dark"] as const) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on("pageerror", (error) => errors.push(error.message));
      const shot = (name: string) => page.screenshot({ path: screenshotPath(`circle-${name}-${theme}`), fullPage: true });
      const themeParam = theme === "dark" ? "dark" : undefined;

      await open(page, "home", pageUrl("circle", themeParam), async () => (await page.getByText("the coffee and the code review").count()) > 0);
      await expect.poll(() => page.getByRole("heading", { name: "Consistency" }).count()).toBe(1);
      expect(await page.getByText("Wordl6").count()).toBeGreaterThan(0);
      await shot("home");

      await open(page, "history", pageUrl("history", themeParam), async () => (await page.getByRole("link", { name: /Details of Wordl6/ }).count()) > 0);
      expect(await page.getByText("Top: 1. Bob Dylan").count()).toBe(1);
      expect(await page.getByRole("link", { name: /Details of Daily Trivia/ }).count()).toBe(1);
      await shot("history");

      await page.getByRole("link", { name: /Details of Wordl6/ }).click();
      await expect.poll(() => page.getByText(`The word was ${word.toUpperCase()}`).count(), { timeout: 15_000 }).toBe(1);
      expect(await seriousViolations(page)).toEqual([]);
      expect(await page.getByRole("cell", { name: /Bob Dylan — Winner/ }).count()).toBe(1);
      await shot("session");

      await open(page, "wall", pageUrl("wall", themeParam), async () => (await page.getByText("the calm release").count()) > 0);
      expect(await page.getByText("3 shoutouts on the wall").count()).toBe(1);
      await shot("wall");

      await open(page, "leaderboards", pageUrl("leaderboards", themeParam), async () => (await page.getByRole("cell", { name: "Bob Dylan" }).count()) > 0);
      await shot("leaderboards");
      expect(errors).toEqual([]);
      await context.close();
    }
  }, 180_000);

  it("the circle's navigation works from the keyboard, and the wall gives a shoutout into the chat", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(pageUrl("circle"));
    await expect.poll(() => page.getByRole("heading", { name: "Consistency" }).count(), { timeout: 20_000 }).toBe(1);
    const nav = page.getByRole("navigation", { name: "Circle pages" });
    await nav.getByRole("link", { name: "Home" }).focus();
    const focused = () => page.evaluate(() => document.activeElement?.textContent ?? "");
    for (const expected of ["History", "Shoutout wall"]) {
      await page.keyboard.press("Tab");
      expect(await focused()).toBe(expected);
    }
    await page.keyboard.press("Enter");
    await expect.poll(() => page.url()).toContain("#/wall/");
    await expect.poll(() => page.getByRole("heading", { level: 1, name: "Shoutout wall" }).count(), { timeout: 15_000 }).toBe(1);
    expect(await nav.getByRole("link", { name: "Shoutout wall" }).getAttribute("aria-current")).toBe("page");

    // The local preview asks who you are; then a shoutout from the tab lands in the conversation.
    await page.getByRole("combobox", { name: "You are" }).click();
    await page.getByRole("listbox", { name: "You are" }).getByRole("option", { name: cy.name }).click();
    await page.getByRole("checkbox", { name: bob.name }).check();
    await page.getByRole("textbox", { name: "What for?" }).fill("for pairing on the flaky test");
    connector.sent.length = 0;
    await page.getByRole("button", { name: "Give shoutout" }).click();
    await expect.poll(() => page.getByText("Thanks given — it is posted in the chat too").count(), { timeout: 15_000 }).toBe(1);
    expect(JSON.stringify(connector.sent.map((s) => s.activity))).toContain("for pairing on the flaky test");
    expect(await page.getByText("4 shoutouts on the wall").count()).toBe(1);
    await page.close();
  }, 90_000);
});

// Insights, the journey map, the personal tab, the meeting side panel and the settings' data
// section in Chromium, served by the real server in local mode with data the bot created through
// /api/messages: a Daily Trivia round, three days of Walk the Globe, shoutouts within and across
// teams. Each page is scanned with axe-core (no serious or critical violations), used with the
// keyboard, and photographed in light and dark (test-results/).

import { createRequire } from "node:module";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { countryByCode, getJourney } from "../../shared/games/globe";
import type { Session } from "../../shared/sessions/types";
import * as A from "../helpers/activities";
import { launchChromium, screenshotPath } from "../helpers/browser";
import { startFakeConnector, type FakeConnector } from "../helpers/connector";
import { startTestServer, type TestServer } from "../helpers/server";
import { eventually } from "../helpers/wait";

const ada = { id: "29:ada", name: "Ada Lovelace", aadObjectId: "00000000-0000-0000-0000-0000000000a1" };
const bob = { id: "29:bob", name: "Bob Dylan", aadObjectId: "00000000-0000-0000-0000-0000000000b2" };
const cy = { id: "29:cy", name: "Cy Twombly", aadObjectId: "00000000-0000-0000-0000-0000000000c3" };
const dan = { id: "29:dan", name: "Dan Flavin", aadObjectId: "00000000-0000-0000-0000-0000000000d4" };

const where = A.channel(1);
const circleId = where.conversationId;
const elsewhere = A.groupChat(2);
const axeSource = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

let connector: FakeConnector;
let server: TestServer;
let browser: Browser;
let clock: Date;

const press = (who: typeof ada, verb: string, data: Record<string, unknown>) => server.press(where, who, verb, data, connector.url);
const mention = (p: { id: string; name: string }) => ({ type: "mention", text: `<at>${p.name}</at>`, mentioned: { id: p.id, name: p.name } });

async function shoutout(from: typeof ada, to: (typeof ada)[], text: string) {
  const activity = A.message(where, from, "", connector.url);
  const botMention = { type: "mention", text: `<at>${A.BOT.name}</at>`, mentioned: A.BOT };
  await server.post({ ...activity, text: `<at>${A.BOT.name}</at> shoutout ${to.map((p) => `<at>${p.name}</at>`).join(" ")} ${text}`, entities: [botMention, ...to.map(mention)] });
  clock = new Date(clock.getTime() + 61_000);
}

async function playTrivia(date: string, players: (typeof ada)[]) {
  await server.post(A.message(where, ada, "trivia", connector.url));
  await server.scheduler!.tick(clock);
  const sessionId = `${circleId}|daily-trivia|${date}`;
  const questions = ((await server.store.collection<Session>("sessions").findOne({ _id: sessionId }))!.data.round as { questions: { id: string; answer: number }[] }).questions;
  for (const who of players) {
    await press(who, "trivia.open", { sessionId });
    for (const step of [0, 1, 2, 3, 4]) await press(who, "trivia.move", { sessionId, step, questionId: questions[step]!.id, choice: questions[step]!.answer });
  }
}

async function walkTheGlobe(date: string, stops: number) {
  await server.post(A.message(where, cy, "globe", connector.url));
  const sessionId = `${circleId}|walk-the-globe|${date}`;
  // A tick first closes what ran out over the weekend; the next posts the new round.
  const board = await eventually(async () => {
    await server.scheduler!.tick(clock);
    return (await server.store.collection<Session>("sessions").findOne({ _id: sessionId }))?.data.board as { answerCode: string } | undefined;
  });
  await press(bob, "globe.move", { sessionId, country: countryByCode(board.answerCode)!.name.en });
  await eventually(async () => (await getJourney(server.store, circleId))?.stops.length === stops);
}

beforeAll(async () => {
  connector = await startFakeConnector();
  clock = new Date("2026-11-26T09:00:00Z"); // Thursday, 10:00 in Amsterdam
  server = await startTestServer({}, { now: () => clock, scheduler: { tickMs: 3_600_000 } });
  connector.members.set(where.teamId!, [ada, bob, cy]);
  connector.members.set(elsewhere.conversationId, [dan, bob]);
  await server.post({ ...A.installed(where, ada, connector.url), localTimezone: "Europe/Amsterdam" });
  await server.post(A.installed(elsewhere, dan, connector.url));
  await press(ada, "template.apply", { templateId: "team" });

  await playTrivia("2026-11-26", [ada, bob]);
  await walkTheGlobe("2026-11-26", 1);
  clock = new Date("2026-11-26T15:00:00Z");
  await server.scheduler!.tick(clock);
  await shoutout(ada, [bob], "for untangling the release notes");
  await shoutout(cy, [ada, bob], "for the calm in yesterday's incident");
  await shoutout(bob, [dan], "for lending us your test rig");

  clock = new Date("2026-11-27T09:00:00Z");
  await playTrivia("2026-11-27", [bob]);
  await walkTheGlobe("2026-11-27", 2);
  // Monday, 08:00 in Amsterdam: before the day's scheduled games, so the side panel can open one.
  clock = new Date("2026-11-30T07:00:00Z");
  await walkTheGlobe("2026-11-30", 3);
  await server.scheduler!.tick(clock);
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await connector?.close();
});

/**
 * axe-core in the page: the serious and critical violations, as "rule: target" lines. `section`
 * limits the scan to the section with that heading (a page part this suite is about).
 */
async function axeViolations(page: Page, section?: string): Promise<string[]> {
  await page.addScriptTag({ path: axeSource });
  const violations = await page.evaluate(async (heading) => {
    type Axe = { run: (context: unknown, options: unknown) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> };
    const scope = heading ? [...document.querySelectorAll("section")].find((s) => s.querySelector("h2")?.textContent === heading) : document;
    if (!scope) throw new Error(`no section "${heading}"`);
    // Tabster (Fluent's focus manager) puts aria-hidden focus traps (<i data-tabster-dummy>) around
    // arrow-key groups such as tab lists; they hand focus on at once and are never read out.
    const context = { include: [scope], exclude: [...document.querySelectorAll("[data-tabster-dummy]")] };
    const result = await (window as unknown as { axe: Axe }).axe.run(context, { resultTypes: ["violations"] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.map((n) => n.target.join(" ")) }));
  }, section);
  return violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.targets.join(", ")}`);
}

/** Opens a preview page, waits for `ready`, checks it with axe, and photographs it in light and dark. */
async function visit(hash: string, name: string, ready: (page: Page) => Promise<void>, viewport = { width: 1280, height: 900 }, section?: string): Promise<Page> {
  for (const theme of ["dark", "light"] as const) {
    const page = await browser.newPage({ viewport });
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    // The preview shows Bob's personal pages (nobody is signed in there).
    await page.addInitScript((id) => window.localStorage.setItem("quiet-circles.preview-person", id), bob.id);
    await page.goto(`${server.url}/${theme === "dark" ? "?theme=dark" : ""}${hash}`);
    try {
      await ready(page);
    } catch (error) {
      const text = await page.evaluate(() => document.body.innerText);
      throw new Error(`${name} (${theme}) did not get ready: ${String(error)}\n${errors.join("\n")}\n${text.slice(0, 1500)}`);
    }
    expect(await axeViolations(page, section), `${name} (${theme})`).toEqual([]);
    await page.screenshot({ path: screenshotPath(`tab-${name}-${theme}`), fullPage: true });
    expect(errors).toEqual([]);
    if (theme === "light") return page;
    await page.close();
  }
  throw new Error("unreachable");
}

const heading = (page: Page, name: string) => page.getByRole("heading", { name, exact: true });

describe("the tab's circle pages in Chromium", () => {
  it("insights: the rhythm, participation and thanks across teams, with the numbers a key press away", async () => {
    const page = await visit(`#/insights/${encodeURIComponent(circleId)}`, "insights", async (p) => {
      await expect.poll(() => heading(p, "Consistency").count(), { timeout: 15_000 }).toBe(1);
    });
    await expect.poll(() => page.getByRole("img", { name: /Daily Trivia: share of members who took part per week/ }).count()).toBe(1);
    await expect.poll(() => page.getByText("Group chats and meetings — 1 shoutout").count()).toBe(1);
    const show = page.getByRole("button", { name: "Show the numbers" }).first();
    await show.focus();
    await page.keyboard.press("Enter");
    await expect.poll(() => page.getByRole("table").count()).toBe(1);
    await page.close();
  }, 90_000);

  it("journey: three stops on the world map with the kilometres travelled", async () => {
    const journey = (await getJourney(server.store, circleId))!;
    const page = await visit(`#/journey/${encodeURIComponent(circleId)}`, "journey", async (p) => {
      await expect.poll(() => p.getByRole("img", { name: "World map with the circle's route: 3 stops" }).count(), { timeout: 15_000 }).toBe(1);
    });
    const names = journey.stops.map((s) => s.name.en);
    for (const name of names) await expect.poll(() => page.locator("svg text", { hasText: name }).count()).toBe(1);
    await expect.poll(() => page.getByText(`${journey.totalKm.toLocaleString("en")} km`, { exact: true }).count()).toBe(1);
    await page.close();
  }, 90_000);

  it("personal tab: Bob's circles, streak and shoutouts", async () => {
    const page = await visit("#/me", "me", async (p) => {
      await expect.poll(() => p.getByText("the calm in yesterday's incident").count(), { timeout: 15_000 }).toBe(1);
    });
    await expect.poll(() => page.getByRole("cell", { name: "2 days" }).count()).toBeGreaterThan(0);
    // Keyboard: arrow to "Given" in the tab list.
    await page.getByRole("tab", { name: "Received" }).focus();
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("Enter");
    await expect.poll(() => page.getByText("lending us your test rig").count()).toBe(1);
    await page.close();
  }, 90_000);

  it("meeting side panel: opens today's Wordl6 in the chat from the keyboard, and shows the wall", async () => {
    const page = await visit(
      `#/panel/${encodeURIComponent(circleId)}`,
      "panel",
      async (p) => {
        await expect.poll(() => p.getByRole("button", { name: "Open Wordl6" }).count(), { timeout: 15_000 }).toBe(1);
      },
      { width: 320, height: 800 },
    );
    await page.getByRole("button", { name: "Open Wordl6" }).focus();
    await page.keyboard.press("Enter");
    await expect.poll(() => page.getByRole("status").filter({ hasText: "Wordl6 is opening in the chat." }).count()).toBe(1);
    expect(await server.store.collection("sessions").findOne({ _id: `${circleId}|wordl6|2026-11-30` })).toMatchObject({ trigger: "now" });
    await page.close();
  }, 90_000);

  it("settings: a facilitator's export downloads the circle, and Bob removes his data after confirming", async () => {
    // The scan covers this suite's part of the page, the data section (the settings form is tested elsewhere).
    const page = await visit(
      `#/settings/${encodeURIComponent(circleId)}`,
      "settings-data",
      async (p) => {
        await expect.poll(() => heading(p, "Your data and the circle's").count(), { timeout: 15_000 }).toBe(1);
      },
      undefined,
      "Your data and the circle's",
    );
    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: "Export as JSON" }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe("quiet-circles-team-1-coffee-corner-2026-11-30.json");

    await page.getByRole("button", { name: "Remove my data…" }).click();
    await expect.poll(() => page.getByRole("alertdialog").count()).toBe(1);
    await page.getByRole("button", { name: "Remove my data", exact: true }).click();
    await expect.poll(() => page.getByText("Your data is removed").count()).toBe(1);
    await page.screenshot({ path: screenshotPath("tab-settings-data-removed-light"), fullPage: true });
    expect(await server.store.collection("shoutouts").countDocuments({ giverId: bob.id, circleId })).toBe(0);
    await page.close();
  }, 90_000);
});

// The tab in Chromium, served by the real server in local mode: the circles the bot created
// through /api/messages appear in the local preview with their people.

import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as A from "../helpers/activities";
import { launchChromium, screenshotPath } from "../helpers/browser";
import { startFakeConnector, type FakeConnector } from "../helpers/connector";
import { startTestServer, type TestServer } from "../helpers/server";

const ada = { id: "29:ada", name: "Ada Lovelace", aadObjectId: "00000000-0000-0000-0000-0000000000a1" };
const bob = { id: "29:bob", name: "Bob Dylan", aadObjectId: "00000000-0000-0000-0000-0000000000b2" };
const cy = { id: "29:cy", name: "Cy Twombly", aadObjectId: "00000000-0000-0000-0000-0000000000c3" };

let connector: FakeConnector;
let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  connector = await startFakeConnector();
  server = await startTestServer();
  connector.members.set(A.channel(1).teamId!, [ada, bob, cy]);
  await server.post(A.installed(A.channel(1), bob, connector.url));
  connector.members.set(A.groupChat(1).conversationId, [ada, cy]);
  await server.post(A.installed(A.groupChat(1), cy, connector.url, "nl-NL"));
  browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await connector?.close();
});

describe("the tab's local preview", () => {
  it("shows a circle the bot created, with its facilitator and members, and switches circles", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    await page.goto(`${server.url}/#/circle/${encodeURIComponent(A.channel(1).conversationId)}`);

    await expect.poll(() => page.getByText("Local preview").count(), { timeout: 15_000 }).toBeGreaterThan(0);
    await expect.poll(() => page.getByRole("heading", { name: "Team 1 › Coffee corner" }).count()).toBe(1);
    const people = page.locator("section", { has: page.getByRole("heading", { name: "People" }) });
    for (const name of [ada.name, bob.name, cy.name]) await expect.poll(() => people.getByText(name).count()).toBeGreaterThan(0);
    await expect.poll(() => page.getByText("No sessions yet").count()).toBeGreaterThan(0);
    await page.screenshot({ path: screenshotPath("tab-local-preview") });

    await page.getByRole("combobox").click();
    await page.getByRole("option", { name: /Groepschat/ }).click();
    await expect.poll(() => page.getByRole("heading", { name: "Groepschat" }).count()).toBe(1);
    expect(page.url()).toContain(encodeURIComponent(A.groupChat(1).conversationId));
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  it("follows the browser's language and theme in the preview", async () => {
    const context = await browser.newContext({ locale: "nl-NL", viewport: { width: 320, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${server.url}/?theme=dark#/circle/${encodeURIComponent(A.groupChat(1).conversationId)}`);
    await expect.poll(() => page.getByText("Lokale preview").count(), { timeout: 15_000 }).toBeGreaterThan(0);
    const background = await page.evaluate(() => getComputedStyle(document.querySelector(".fui-FluentProvider")!).color);
    // Light text on the dark theme.
    const [r] = background.match(/\d+/g)!.map(Number);
    expect(r).toBeGreaterThan(200);
    await page.screenshot({ path: screenshotPath("tab-local-preview-nl-dark-320"), fullPage: true });
    await context.close();
  }, 60_000);
});

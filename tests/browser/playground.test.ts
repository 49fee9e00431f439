// A new user's first minutes, for real: the bot runs, Microsoft 365 Agents Playground (the
// offline Teams-like client behind `npm run playground`) connects to it, and Chromium drives the
// playground's UI — the welcome card arrives, and `@Test Bot help` in the channel "General"
// answers with the help card.

import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Circle } from "../../shared/circles/types";
import { launchChromium, screenshotPath } from "../helpers/browser";
import { startTestServer, type TestServer } from "../helpers/server";
import { freePort } from "../helpers/ports";

let server: TestServer;
let playground: ChildProcess;
let playgroundUrl: string;
let browser: Browser;

beforeAll(async () => {
  server = await startTestServer();
  const port = await freePort();
  playgroundUrl = `http://localhost:${port}`;
  playground = spawn(
    path.resolve("node_modules/.bin/agentsplayground"),
    ["-e", `${server.url}/api/messages`, "-c", "msteams", "-p", String(port), "--disable-telemetry"],
    { stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, BROWSER: "none" } },
  );
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("the playground did not start within 30 s")), 30_000);
    playground.stdout!.on("data", (chunk: Buffer) => {
      if (chunk.toString().includes("Listening on")) {
        clearTimeout(timer);
        resolve();
      }
    });
    playground.once("exit", (code) => reject(new Error(`the playground exited with ${code}`)));
  });
  browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  playground?.kill("SIGTERM");
  await server?.close();
});

describe("the bot in Agents Playground", () => {
  it("welcomes the personal chat, then answers `@Test Bot help` in General with the help card", async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    await page.goto(playgroundUrl, { waitUntil: "domcontentloaded" });
    await expect.poll(() => page.getByText("Quiet Circles is here").count(), { timeout: 30_000 }).toBeGreaterThan(0);

    await page.getByText("General", { exact: true }).click();
    const box = page.locator('[contenteditable="true"][role="textbox"]').first();
    await box.click();
    await page.keyboard.type("@");
    // The mention picker lists the bot first.
    await page.getByRole("menuitem", { name: "Test Bot" }).click();
    await page.keyboard.type(" help");
    await page.getByRole("button", { name: "Post" }).click();
    await expect.poll(() => page.getByText("What Quiet Circles can do").count(), { timeout: 30_000 }).toBeGreaterThan(0);
    await page.screenshot({ path: screenshotPath("playground-general-help") });

    const circles = await server.store.collection<Circle>("circles").find({ active: true });
    expect(circles.map((c) => c.kind).sort()).toEqual(expect.arrayContaining(["channel", "personal"]));
    const channel = circles.find((c) => c.kind === "channel")!;
    expect(channel.name).toMatch(/General/);
    expect(channel.members.length).toBeGreaterThan(1);
    expect(channel.members.some((m) => m.role === "facilitator")).toBe(true);
    await page.close();
  }, 120_000);

  it("a group chat switches on a template, starts a moment from `next`, and people answer it", async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1500 } });
    await page.goto(playgroundUrl, { waitUntil: "domcontentloaded" });
    await page.getByText("Group Chat", { exact: true }).click();
    // Press 1: the welcome card's leaders' template switches its rituals on. Then `next` lists
    // the moments, each with a Start button: start Week in review now, whatever the weekday.
    await page.getByRole("button", { name: "Leaders' peer circle" }).first().click();
    await expect.poll(() => page.getByText(/Leaders' peer circle is on: Week in review/).count(), { timeout: 30_000 }).toBeGreaterThan(0);
    const box = page.locator('[contenteditable="true"][role="textbox"]').first();
    await box.click();
    await page.keyboard.type("@");
    await page.getByRole("menuitem", { name: "Test Bot" }).click();
    await page.keyboard.type(" next");
    await page.keyboard.press("Enter");
    await page.getByRole("button", { name: "Start Week in review now" }).first().click();
    await expect.poll(() => page.getByText("What went well this week?").count(), { timeout: 30_000 }).toBeGreaterThan(0);

    await page.getByRole("button", { name: "Answer" }).last().click();
    await expect.poll(() => page.locator("textarea").count(), { timeout: 30_000 }).toBe(3);
    await page.locator("textarea").nth(0).fill("We shipped the onboarding flow");
    await page.getByRole("button", { name: "Save my answer" }).click();
    // The playground has no user-specific views: the confirmation and the shared card's update
    // reach the same message in either order, and both say how many have answered.
    await expect.poll(() => page.getByText("1 person has answered so far.").count(), { timeout: 30_000 }).toBeGreaterThan(0);
    await page.screenshot({ path: screenshotPath("playground-week-in-review") });

    const [session] = await server.store.collection<{ _id: string; state: string; data: { answers?: { wentWell: string }[] } }>("sessions").find({});
    expect(session.state).toBe("open");
    expect(session.data.answers?.map((a) => a.wentWell)).toEqual(["We shipped the onboarding flow"]);
    await page.close();
  }, 150_000);

  it("`@Test Bot globe` in a channel opens Walk the Globe, and a guess shows its distance and direction on the shared card", async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1500 } });
    await page.goto(playgroundUrl, { waitUntil: "domcontentloaded" });
    await page.getByText("Announcements", { exact: true }).click();
    const box = page.locator('[contenteditable="true"][role="textbox"]').first();
    await box.click();
    await page.keyboard.type("@");
    await page.getByRole("menuitem", { name: "Test Bot" }).click();
    await page.keyboard.type(" globe");
    await page.keyboard.press("Enter");
    // The reply says where the card went: a new post, which the playground lists above the thread.
    await expect.poll(() => page.getByText("Walk the Globe is open in a new post in this channel.").count(), { timeout: 30_000 }).toBeGreaterThan(0);
    const guessBox = page.getByPlaceholder("a country, e.g. Brazil or Duitsland");
    await expect.poll(() => guessBox.count(), { timeout: 30_000 }).toBeGreaterThan(0);

    const sessions = server.store.collection<{ _id: string; ritualId: string; data: { board?: { answerCode: string; guesses: { code: string }[] } } }>("sessions");
    const [round] = await sessions.find({ ritualId: "walk-the-globe" });
    // Any country but the answer: a miss shows how far and which way.
    const [country, code] = round.data.board!.answerCode === "BR" ? ["Japan", "JP"] : ["Brazil", "BR"];
    await guessBox.last().fill(country);
    await page.getByRole("button", { name: "Guess" }).last().click();
    const direction = "(north|north-east|east|south-east|south|south-west|west|north-west)";
    await expect
      .poll(() => page.getByText(new RegExp(`Latest: Alex Wilber guessed ${country} — [\\d,]+ km, head ${direction}`)).count(), { timeout: 30_000 })
      .toBeGreaterThan(0);
    await expect.poll(() => page.getByText(new RegExp(`${country} · [\\d,]+ km (N|NE|E|SE|S|SW|W|NW) · \\d+% · Alex Wilber`)).count(), { timeout: 30_000 }).toBeGreaterThan(0);
    await page.screenshot({ path: screenshotPath("playground-globe-guess") });

    const saved = await sessions.findOne({ _id: round._id });
    expect(saved!.data.board!.guesses.map((g) => g.code)).toEqual([code]);
    await page.close();
  }, 150_000);
});

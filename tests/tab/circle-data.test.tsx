// @vitest-environment jsdom
// The circle's data in the local preview: facilitators export it from the settings page, anyone
// removes their own after confirming (the preview picks whose, as nobody is signed in there) and
// sees what was removed; the personal tab shows the person picked.

import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { MeResponse, RemoveMyDataResponse } from "../../shared/api/types";
import { circleList, circlePath, productTeam, productTeamDetails } from "./fake-circles";
import { productTeamSettings, settingsPath } from "./fake-settings";
import { click, expectText, fakeApi, pageText, renderTab, unmountTab, waitFor, type FakeRoutes } from "./tab-harness";

const settingsHash = `#/settings/${encodeURIComponent(productTeam.id)}`;
const base = `/api/circles/${encodeURIComponent(productTeam.id)}`;
const grace = productTeamDetails.members[1]!;

const removed: RemoveMyDataResponse = {
  plays: 12,
  scores: 2,
  shoutoutsGiven: 3,
  shoutoutsReceivedDeleted: 1,
  shoutoutsReceivedUpdated: 2,
  answers: 0,
  sessions: 12,
  questions: 1,
  roleCards: 1,
  optIns: 0,
};

function server(extra: FakeRoutes = {}, lang = "en"): FakeRoutes {
  return {
    "/api/session": { body: { mode: "local" } },
    "/api/circles": { body: circleList },
    [circlePath(productTeam.id)]: { body: productTeamDetails },
    [settingsPath(productTeam.id, lang)]: { body: productTeamSettings },
    [`POST ${base}/export?lang=${lang}`]: { status: 201, body: { url: "/api/exports/abc", expiresAt: "2026-11-26T10:02:00.000Z" } },
    [`POST ${base}/my-data/remove?lang=${lang}&as=${encodeURIComponent(grace.id)}`]: { body: removed },
    ...extra,
  };
}

const button = (text: string) => [...document.querySelectorAll("button")].find((b) => b.textContent === text);
async function pickPerson(name: string) {
  const box = await waitFor(() => [...document.querySelectorAll<HTMLElement>('[role="combobox"]')].at(-1)!);
  await click(box);
  const option = await waitFor(() => [...document.querySelectorAll<HTMLElement>('[role="option"]')].find((o) => o.textContent === name)!);
  await click(option);
}
/** The "whose data" picker is the last combobox on the settings page (after the circle picker). */
async function pickWhose(name: string) {
  const boxes = await waitFor(() => {
    const found = [...document.querySelectorAll<HTMLElement>('[role="combobox"]')].filter((box) => box.closest('[role="group"]'));
    if (found.length === 0) throw new Error("no person picker yet");
    return found;
  });
  await click(boxes.at(-1)!);
  const option = await waitFor(() => [...document.querySelectorAll<HTMLElement>('[role="option"]')].find((o) => o.textContent === name)!);
  await click(option);
}

beforeEach(() => window.localStorage.clear());
afterEach(async () => {
  await unmountTab();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe("the circle's data", { timeout: 20_000 }, () => {
  it("a facilitator exports the circle through a one-time link", async () => {
    const api = fakeApi(server());
    await renderTab(settingsHash);
    await waitFor(() => expectText("Export this circle"));
    await click(button("Export as JSON")!);
    await waitFor(() => expectText("Your download has started."));
    expect(api.requests.some((r) => r.method === "POST" && r.path === `${base}/export?lang=en`)).toBe(true);
  });

  it("a member sees that facilitators export, and can still remove their own data", async () => {
    fakeApi(server({ [settingsPath(productTeam.id)]: { body: { ...productTeamSettings, canEdit: false } } }));
    await renderTab(settingsHash);
    await waitFor(() => expectText("Facilitators can export the circle's data."));
    expect(button("Export as JSON")).toBeUndefined();
    expect(button("Remove my data…")).toBeDefined();
  });

  it("removing asks first, then says what was removed", async () => {
    const api = fakeApi(server());
    await renderTab(settingsHash);
    await waitFor(() => expectText("Remove my data"));
    // Nobody picked yet in the preview: nothing to remove.
    expect(button("Remove my data…")!.disabled).toBe(true);
    await pickWhose(grace.name);
    await waitFor(() => expect(button("Remove my data…")!.disabled).toBe(false));

    await click(button("Remove my data…")!);
    const dialog = await waitFor(() => document.querySelector('[role="alertdialog"]')!);
    expect(dialog.textContent).toContain("Remove your data from this circle?");
    await click(button("Cancel")!);
    await waitFor(() => expect(document.querySelector('[role="alertdialog"]')).toBeNull());
    expect(api.requests.filter((r) => r.path.includes("my-data"))).toHaveLength(0);

    await click(button("Remove my data…")!);
    await click(await waitFor(() => button("Remove my data")!));
    await waitFor(() => expectText("Your data is removed"));
    const lines = [...document.querySelectorAll('[role="status"] li')].map((li) => li.textContent);
    expect(lines).toEqual([
      "3 shoutouts you gave",
      "1 shoutout to you",
      "you were taken off 2 shoutouts to several people",
      "12 games played",
      "2 leaderboard rows",
      "your name taken out of 12 past sessions",
      "1 trivia question you added",
      "your role card",
    ]);
  });

  it("a second removal finds nothing, and errors are explained", async () => {
    const none = Object.fromEntries(Object.keys(removed).map((key) => [key, 0]));
    fakeApi(server({ [`POST ${base}/my-data/remove?lang=en&as=${encodeURIComponent(grace.id)}`]: { body: none } }));
    window.localStorage.setItem("quiet-circles.preview-person", grace.id);
    await renderTab(settingsHash);
    await click(await waitFor(() => button("Remove my data…")!));
    await click(await waitFor(() => button("Remove my data")!));
    await waitFor(() => expectText("There was nothing of yours left to remove in this circle."));
    await unmountTab();

    fakeApi(server({ [`POST ${base}/my-data/remove?lang=en&as=${encodeURIComponent(grace.id)}`]: { status: 500, body: { error: { code: "internal", message: "Something went wrong on our side (reference 99aa99aa)." } } } }));
    await renderTab(settingsHash);
    await click(await waitFor(() => button("Remove my data…")!));
    await click(await waitFor(() => button("Remove my data")!));
    await waitFor(() => expectText("reference 99aa99aa"));
  });

  it("speaks Dutch", async () => {
    vi.spyOn(navigator, "language", "get").mockReturnValue("nl-NL");
    fakeApi(server({}, "nl"));
    await renderTab(settingsHash);
    await waitFor(() => expectText("Jouw gegevens en die van de cirkel"));
    expect(button("Exporteren als JSON")).toBeDefined();
    expect(button("Mijn gegevens verwijderen…")).toBeDefined();
  });

  it("the personal tab in the preview shows the person picked", async () => {
    const people = [{ id: grace.id, name: grace.name }];
    const graces: MeResponse = { person: people[0]!, circles: [productTeam], streaks: [] };
    const api = fakeApi({
      ...server(),
      "/api/me?lang=en": { body: { person: null, people, circles: [], streaks: [] } },
      [`/api/me?lang=en&as=${encodeURIComponent(grace.id)}`]: { body: { ...graces, people } },
      [`/api/me/shoutouts?direction=received&limit=20&as=${encodeURIComponent(grace.id)}`]: { body: { direction: "received", items: [], next: null } },
    });
    await renderTab("#/me");
    await waitFor(() => expectText("The local preview has no sign-in"));
    await pickPerson(grace.name);
    await waitFor(() => expectText("No shoutouts for you yet"));
    expect(pageText()).toContain("No streaks yet");
    const list = document.querySelector('ul[aria-label="Circles you belong to"]')!;
    expect(list.querySelectorAll("li")).toHaveLength(1);
    expect(api.requests.some((r) => r.path === `/api/me?lang=en&as=${encodeURIComponent(grace.id)}`)).toBe(true);
  });
});

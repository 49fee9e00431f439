// @vitest-environment jsdom
// The privacy and terms pages the app manifest links to: plain text in English and Dutch that
// renders in a browser and inside Teams without asking the API anything, so they work even
// when the server is down.

import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { TeamsConnection } from "../../tab/src/teams/teams-connection";
import type { TeamsTabContext, ThemeName } from "../../tab/src/teams/tab-context";
import { expectText, headings, pageText, renderTab, unmountTab, waitFor } from "./tab-harness";

const host = vi.hoisted(() => ({ connection: null as TeamsConnection | null }));

// In a plain browser unless a test sets up a Teams connection.
vi.mock("../../tab/src/teams/teams-connection", () => ({
  isInsideFrame: () => host.connection !== null,
  connectToTeams: async () => host.connection,
}));

function fakeTeams(context: Partial<TeamsTabContext> = {}) {
  const teams = {
    context: { circleId: "19:general@thread.tacv2", locale: "en-US", theme: "default" as ThemeName, frameContext: "content", ...context },
    getAuthToken: vi.fn(async () => "teams-sso-token"),
    onThemeChange: vi.fn(),
    notifySuccess: vi.fn(),
    enableTabSave: vi.fn(),
  };
  host.connection = teams;
  return teams;
}

/** A fetch that fails loudly: these pages must never call it. */
function apiDown() {
  const fetch = vi.fn(async () => {
    throw new TypeError("Failed to fetch");
  });
  vi.stubGlobal("fetch", fetch);
  return fetch;
}

const backLink = () => [...document.querySelectorAll("a")].find((link) => link.textContent?.includes("Back to Quiet Circles"));

beforeEach(() => {
  host.connection = null;
});
afterEach(async () => {
  await unmountTab();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

// Rendering Fluent UI in jsdom is slow on a cold start, hence the generous timeout.
describe("privacy and terms pages", { timeout: 20_000 }, () => {
  it("the privacy page says what is kept, where, and how to have it removed", async () => {
    const fetch = apiDown();
    await renderTab("#/privacy");

    expect(headings(1)).toEqual(["Privacy"]);
    expect(headings(2)).toEqual([
      "What Quiet Circles keeps",
      "Where it is kept",
      "Who can see it",
      "Removing Quiet Circles or your data",
      "Questions",
    ]);
    expectText("Microsoft Entra object id, display name and, when Teams provides it, email address");
    expectText("there is no tracking and no analytics");
    expectText("open the circle's settings in this tab and choose “Remove my data”.");
    expect(document.querySelector('a[href="#/terms"]')?.textContent).toBe("Read the terms of use");
    expect(fetch).not.toHaveBeenCalled();
  });

  it("the terms page keeps it short and friendly", async () => {
    const fetch = apiDown();
    await renderTab("#/terms");

    expect(headings(1)).toEqual(["Terms of use"]);
    expect(headings(2)).toEqual(["Provided as it is", "Be kind", "Keep sensitive details out", "Your organisation's policies apply"]);
    expectText("Shoutouts are public in the circle");
    expect(document.querySelector('a[href="#/privacy"]')?.textContent).toBe("Read how Quiet Circles handles your data");
    expect(fetch).not.toHaveBeenCalled();
  });

  it("in a browser they skip the local preview and link back to the circle page", async () => {
    const fetch = apiDown();
    await renderTab("#/privacy");

    expect(backLink()?.getAttribute("href")).toBe("#/circle");
    expect(pageText()).not.toContain("Local preview");
    expect(pageText()).not.toContain("Checking how this server runs");
    expect(document.querySelector('[role="alert"]')).toBeNull();
    expect(fetch).not.toHaveBeenCalled();
  });

  it("a Dutch browser gets both pages in Dutch", async () => {
    vi.spyOn(navigator, "language", "get").mockReturnValue("nl-NL");
    const fetch = apiDown();

    await renderTab("#/privacy");
    expect(headings(1)).toEqual(["Privacy"]);
    expect(headings(2)).toEqual([
      "Wat Quiet Circles bewaart",
      "Waar het bewaard wordt",
      "Wie het kan zien",
      "Quiet Circles of je gegevens verwijderen",
      "Vragen",
    ]);
    expectText("Terug naar Quiet Circles");
    await unmountTab();

    await renderTab("#/terms");
    expect(headings(1)).toEqual(["Gebruiksvoorwaarden"]);
    expect(headings(2)).toEqual([
      "Zoals het is",
      "Wees vriendelijk",
      "Houd gevoelige zaken erbuiten",
      "Het beleid van je organisatie geldt",
    ]);
    expect(document.documentElement.lang).toBe("nl");
    expect(fetch).not.toHaveBeenCalled();
  });

  it("inside Teams they render in the user's language without signing in or calling the API", async () => {
    const dutchTeams = fakeTeams({ locale: "nl-NL" });
    const fetch = apiDown();
    await renderTab("#/terms");

    await waitFor(() => expect(headings(1)).toEqual(["Gebruiksvoorwaarden"]));
    expect(backLink()).toBeUndefined();
    expect(pageText()).not.toContain("Terug naar Quiet Circles");
    await unmountTab();

    const englishTeams = fakeTeams();
    await renderTab("#/privacy");

    await waitFor(() => expect(headings(1)).toEqual(["Privacy"]));
    expect(headings(2)[0]).toBe("What Quiet Circles keeps");
    expect(backLink()).toBeUndefined();
    for (const teams of [dutchTeams, englishTeams]) {
      expect(teams.notifySuccess).toHaveBeenCalledTimes(1);
      expect(teams.getAuthToken).not.toHaveBeenCalled();
    }
    expect(fetch).not.toHaveBeenCalled();
  });
});

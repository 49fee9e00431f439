// @vitest-environment jsdom
// Insights for facilitators: consistency, participation per ritual and connections across teams,
// as bars with their numbers in a table; members see who to ask; loading, empty, error, Dutch.

import { afterEach, describe, expect, it, vi } from "vitest";
import type { InsightsResponse } from "../../shared/api/types";
import { circleList, circlePath, productTeam, productTeamDetails } from "./fake-circles";
import { holdBack } from "./pending-api";
import { click, expectText, fakeApi, headings, pageText, renderTab, unmountTab, waitFor, type FakeRoutes } from "./tab-harness";

const hash = `#/insights/${encodeURIComponent(productTeam.id)}`;
const insightsPath = (lang = "en") => `/api/circles/${encodeURIComponent(productTeam.id)}/insights?lang=${lang}`;

const weekStarts = Array.from({ length: 12 }, (_, i) => new Date(Date.UTC(2026, 8, 7 + 7 * i)).toISOString().slice(0, 10));

const empty: InsightsResponse = {
  circleId: productTeam.id,
  timeZone: "Europe/Amsterdam",
  memberCount: 3,
  weeks: weekStarts.map((weekStart) => ({ weekStart, planned: 0, held: 0, extra: 0, upcoming: 0 })),
  consistency: { planned: 0, held: 0, percent: null },
  participation: [],
  crossTeam: { sent: 0, received: 0, weeks: weekStarts.map((weekStart) => ({ weekStart, sent: 0, received: 0 })), circles: [], pairs: null },
};

const busy: InsightsResponse = {
  ...empty,
  weeks: weekStarts.map((weekStart, i) => ({ weekStart, planned: 5, held: i === 11 ? 2 : 4, extra: i === 10 ? 1 : 0, upcoming: i === 11 ? 3 : 0 })),
  consistency: { planned: 57, held: 46, percent: 81 },
  participation: [
    {
      ritualId: "daily-trivia",
      name: "Daily Trivia",
      weeks: weekStarts.map((weekStart, i) => ({ weekStart, sessions: i < 6 ? 0 : 5, rate: i < 6 ? null : 2 / 3 })),
    },
    { ritualId: "wordl6", name: "Wordl6", weeks: weekStarts.map((weekStart) => ({ weekStart, sessions: 0, rate: null })) },
  ],
  crossTeam: {
    sent: 3,
    received: 2,
    weeks: weekStarts.map((weekStart, i) => ({ weekStart, sent: i === 11 ? 3 : 0, received: i === 9 ? 2 : 0 })),
    circles: [
      { name: "Design › General", shoutouts: 4 },
      { name: "", shoutouts: 1 },
    ],
    pairs: null,
  },
};

function server(body: unknown, status = 200, lang = "en"): FakeRoutes {
  return {
    "/api/session": { body: { mode: "local" } },
    "/api/circles": { body: circleList },
    [circlePath(productTeam.id)]: { body: productTeamDetails },
    [insightsPath(lang)]: { status, body },
  };
}

const button = (text: string) => [...document.querySelectorAll("button")].filter((b) => b.textContent === text);

afterEach(async () => {
  await unmountTab();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe("insights page", { timeout: 20_000 }, () => {
  it("says it is loading while the numbers are on their way", async () => {
    fakeApi(server(busy));
    holdBack("/api/circles/19%3Aproduct%40thread.tacv2/insights");
    await renderTab(hash);
    await waitFor(() => expect(headings(1)).toEqual(["Insights"]));
    expectText("Loading the insights…");
  });

  it("shows the rhythm, the participation per ritual and the thanks across teams, each with its numbers", async () => {
    fakeApi(server(busy));
    await renderTab(hash);
    await waitFor(() => expect(headings(2)).toEqual(["Consistency", "Participation per ritual", "Connections across teams"]));
    expectText("46 of 57 planned moments held (81%)");
    expectText("nobody is ranked or singled out");
    // Only rituals with sessions get a chart.
    expect(headings(3)).toEqual(["Daily Trivia", "Circles connected with"]);
    expectText("Design › General — 4 shoutouts");
    expectText("Group chats and meetings — 1 shoutout");
    const charts = [...document.querySelectorAll('[role="img"]')].map((chart) => chart.getAttribute("aria-label"));
    expect(charts).toEqual([
      "Moments held and planned per week — 46 of 57 planned moments held (81%)",
      "Daily Trivia: share of members who took part per week — 67%",
      "Shoutouts across teams per week",
    ]);

    // The first chart's numbers as a table, on request.
    expect(document.querySelector("table")).toBeNull();
    await click(button("Show the numbers")[0]!);
    const table = await waitFor(() => document.querySelector("table")!);
    const rows = [...table.querySelectorAll("tr")].map((row) => [...row.querySelectorAll("th,td")].map((cell) => cell.textContent));
    expect(rows[0]).toEqual(["Week of", "Planned", "Held", "Still to come", "Extra"]);
    expect(rows.at(-1)).toEqual(["November 23, 2026", "5", "2", "3", "0"]);
    expect(button("Hide the numbers")[0]!.getAttribute("aria-expanded")).toBe("true");
  });

  it("is honest when nothing has happened yet", async () => {
    fakeApi(server(empty));
    await renderTab(hash);
    await waitFor(() => expectText("Nothing was planned in these weeks yet"));
    expectText("No ritual ended in these weeks yet");
    expectText("No shoutouts crossed team lines in these weeks yet");
  });

  it("explains to a member that insights are for facilitators, and whom to ask", async () => {
    fakeApi(server({ error: { code: "facilitators_only", message: "Insights are for the circle's facilitators (Ada Lovelace)." } }, 403));
    await renderTab(hash);
    await waitFor(() => expectText("Insights are for facilitators"));
    expectText("(Ada Lovelace)");
    expect(button("Try again")).toHaveLength(0);
  });

  it("offers to try again when the server fails", async () => {
    fakeApi(server({ error: { code: "internal", message: "Something went wrong on our side (reference ab12cd34)." } }, 500));
    await renderTab(hash);
    await waitFor(() => expectText("Couldn't load the insights"));
    expectText("reference ab12cd34");
    expect(button("Try again")).toHaveLength(1);
  });

  it("speaks Dutch", async () => {
    vi.spyOn(navigator, "language", "get").mockReturnValue("nl-NL");
    fakeApi(server(busy, 200, "nl"));
    await renderTab(hash);
    await waitFor(() => expect(headings(2)).toEqual(["Regelmaat", "Deelname per ritueel", "Verbindingen tussen teams"]));
    expectText("46 van de 57 geplande momenten gehouden (81%)");
    expect(pageText()).toContain("Toon de cijfers");
  });
});

// @vitest-environment jsdom
// The meeting side panel inside Teams (frameContext "sidePanel"): quick games that open today's
// round in the meeting chat, and the circle's newest shoutouts; loading, empty, error, Dutch.

import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { MeetingPanelResponse } from "../../shared/api/types";
import type { TeamsConnection } from "../../tab/src/teams/teams-connection";
import type { TeamsTabContext, ThemeName } from "../../tab/src/teams/tab-context";
import { productTeam } from "./fake-circles";
import { holdBack } from "./pending-api";
import { click, expectText, fakeApi, headings, pageText, renderTab, unmountTab, waitFor, type FakeRoutes } from "./tab-harness";

const host = vi.hoisted(() => ({ connection: null as TeamsConnection | null }));
vi.mock("../../tab/src/teams/teams-connection", () => ({
  isInsideFrame: () => true,
  connectToTeams: async () => host.connection,
}));

function fakeTeams(context: Partial<TeamsTabContext> = {}) {
  const teams = {
    context: { circleId: productTeam.id, locale: "en-US", theme: "default" as ThemeName, frameContext: "sidePanel", ...context },
    getAuthToken: vi.fn(async () => "teams-sso-token"),
    onThemeChange: vi.fn(),
    notifySuccess: vi.fn(),
    enableTabSave: vi.fn(),
  };
  host.connection = teams;
  return teams;
}

const base = `/api/circles/${encodeURIComponent(productTeam.id)}/meeting-panel`;
const panel = (games: MeetingPanelResponse["games"], shoutouts: MeetingPanelResponse["shoutouts"]): MeetingPanelResponse => ({ circleId: productTeam.id, games, shoutouts });
const trivia = { ritualId: "daily-trivia" as const, name: "Daily Trivia", description: "Five quick questions.", state: "ready" as const };
const wordl6 = { ritualId: "wordl6" as const, name: "Wordl6", description: "One six-letter word.", state: "done" as const };
const thanks = { id: "s1", giverName: "Ada Lovelace", recipients: ["Grace Hopper", "Alan Turing"], message: "for the smooth release", tag: null, createdAt: "2026-11-26T10:00:00.000Z", reactions: 2 };

function server(body: unknown, status = 200, lang = "en"): FakeRoutes {
  return { [`${base}?lang=${lang}`]: { status, body } };
}
const button = (text: string) => [...document.querySelectorAll("button")].find((b) => b.textContent === text);

beforeEach(() => {
  host.connection = null;
});
afterEach(async () => {
  await unmountTab();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe("meeting side panel", { timeout: 20_000 }, () => {
  it("says it is loading", async () => {
    fakeTeams();
    fakeApi(server(panel([trivia], [])));
    holdBack(base);
    await renderTab("#/circle");
    await waitFor(() => expectText("Loading…"));
  });

  it("opens today's game in the meeting chat with the Teams token, and shows the wall", async () => {
    const teams = fakeTeams();
    const api = fakeApi({
      ...server(panel([trivia, wordl6], [thanks])),
      [`POST ${base}/games/daily-trivia?lang=en`]: { body: { ritualId: "daily-trivia", outcome: "opened", state: "open" } },
    });
    await renderTab("#/circle");
    await waitFor(() => expect(headings(2)).toEqual(["Start a quick game", "Newest shoutouts"]));
    expectText("Not played today");
    expectText("Played today");
    expectText("Ada Lovelace to Grace Hopper, Alan Turing");
    expectText("for the smooth release");
    expect(teams.notifySuccess).toHaveBeenCalledOnce();

    await click(button("Open Daily Trivia")!);
    await waitFor(() => expect(document.querySelector('[role="status"]')!.textContent).toBe("Daily Trivia is opening in the chat."));
    const post = api.requests.find((r) => r.method === "POST")!;
    expect(post.path).toBe(`${base}/games/daily-trivia?lang=en`);
    expect(post.headers.get("Authorization")).toBe("Bearer teams-sso-token");
    // The panel reloads to show the new state, and keeps the buttons meanwhile.
    await waitFor(() => expect(api.requests.filter((r) => r.method === "GET" && r.path.startsWith(base))).toHaveLength(2));
  });

  it("is honest when there are no games and no shoutouts yet", async () => {
    fakeTeams();
    fakeApi(server(panel([], [])));
    await renderTab("#/circle");
    await waitFor(() => expectText("No quick games are available yet."));
    expectText("No shoutouts yet — thanks given in this circle show here");
  });

  it("explains an error", async () => {
    fakeTeams();
    fakeApi(server({ error: { code: "circle_not_found", message: "This conversation has no circle you belong to yet." } }, 404));
    await renderTab("#/circle");
    await waitFor(() => expectText("Couldn't load the circle"));
    expectText("no circle you belong to yet");
  });

  it("speaks Dutch", async () => {
    fakeTeams({ locale: "nl-NL" });
    fakeApi(server(panel([{ ...trivia, name: "Dagelijkse quiz" }], [thanks]), 200, "nl"));
    await renderTab("#/circle");
    await waitFor(() => expect(headings(2)).toEqual(["Start een snel spel", "Nieuwste shoutouts"]));
    expect(button("Dagelijkse quiz openen")).toBeDefined();
    expect(pageText()).toContain("Ada Lovelace aan Grace Hopper, Alan Turing");
  });
});

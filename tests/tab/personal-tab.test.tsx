// @vitest-environment jsdom
// The personal tab inside Teams: my circles across teams, my streaks, my shoutouts received and
// given a page at a time; loading, empty, error, Dutch.

import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { MeResponse, MyShoutoutsResponse, MyShoutoutView } from "../../shared/api/types";
import type { TeamsConnection } from "../../tab/src/teams/teams-connection";
import type { TeamsTabContext, ThemeName } from "../../tab/src/teams/tab-context";
import { circleList, leadersCircle, productTeam } from "./fake-circles";
import { holdBack } from "./pending-api";
import { click, expectText, fakeApi, headings, renderTab, spokenText, unmountTab, waitFor, type FakeRoutes } from "./tab-harness";

const host = vi.hoisted(() => ({ connection: null as TeamsConnection | null }));
vi.mock("../../tab/src/teams/teams-connection", () => ({
  isInsideFrame: () => true,
  connectToTeams: async () => host.connection,
}));

function fakeTeams(context: Partial<TeamsTabContext> = {}) {
  host.connection = {
    context: { locale: "en-US", theme: "default" as ThemeName, frameContext: "content", ...context },
    getAuthToken: vi.fn(async () => "teams-sso-token"),
    onThemeChange: vi.fn(),
    notifySuccess: vi.fn(),
    enableTabSave: vi.fn(),
  };
}

const me: MeResponse = {
  person: { id: "29:grace", name: "Grace Hopper" },
  circles: circleList.circles,
  streaks: [
    { circleId: productTeam.id, circleName: productTeam.name, gameId: "daily-trivia", gameName: "Daily Trivia", current: 4, best: 9, points: 120, games: 30, lastDate: "2026-11-26" },
    { circleId: leadersCircle.id, circleName: leadersCircle.name, gameId: "wordl6", gameName: "Wordl6", current: 1, best: 1, points: 5, games: 1 },
  ],
};
const shoutout = (n: number, extra: Partial<MyShoutoutView> = {}): MyShoutoutView => ({
  id: `s${n}`,
  circleId: productTeam.id,
  circleName: productTeam.name,
  giverName: "Ada Lovelace",
  recipients: ["Grace Hopper"],
  message: `thanks number ${n}`,
  tag: null,
  createdAt: new Date(Date.UTC(2026, 10, 26 - n)).toISOString(),
  reactions: n === 1 ? 3 : 0,
  ...extra,
});
const page = (direction: "received" | "given", items: MyShoutoutView[], next: string | null = null): MyShoutoutsResponse => ({ direction, items, next });
const shoutoutsPath = (direction: string, before?: string) => `/api/me/shoutouts?direction=${direction}&limit=20${before ? `&before=${before}` : ""}`;

function server(extra: FakeRoutes = {}): FakeRoutes {
  return {
    "/api/circles": { body: circleList },
    "/api/me?lang=en": { body: me },
    [shoutoutsPath("received")]: { body: page("received", Array.from({ length: 20 }, (_, i) => shoutout(i + 1)), "cursor-20") },
    [shoutoutsPath("received", "cursor-20")]: { body: page("received", [shoutout(21)]) },
    [shoutoutsPath("given")]: { body: page("given", []) },
    ...extra,
  };
}
const button = (text: string) => [...document.querySelectorAll("button")].find((b) => b.textContent === text);
const tab = (name: string) => [...document.querySelectorAll<HTMLButtonElement>('[role="tab"]')].find((t) => t.textContent?.startsWith(name))!;

beforeEach(() => {
  host.connection = null;
});
afterEach(async () => {
  await unmountTab();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe("personal tab", { timeout: 20_000 }, () => {
  it("says it is loading", async () => {
    fakeTeams();
    fakeApi(server());
    holdBack("/api/me");
    await renderTab("#/me");
    await waitFor(() => expectText("Loading your page…"));
    expectText("Loading shoutouts…");
  });

  it("shows my circles, my streaks and my shoutouts, newest first, a page at a time", async () => {
    fakeTeams();
    const api = fakeApi(server());
    await renderTab("#/me");
    await waitFor(() => expect(headings(2)).toEqual(["My streaks", "My shoutouts"]));
    const list = await waitFor(() => document.querySelector('ul[aria-label="Circles you belong to"]')!);
    expect(list.querySelectorAll("li")).toHaveLength(2);
    const table = await waitFor(() => document.querySelector('table[aria-label="Your streaks per game and circle"]')!);
    const rows = [...table.querySelectorAll("tbody tr")].map((row) => [...row.querySelectorAll("td")].map((cell) => cell.textContent));
    expect(rows).toEqual([
      ["Daily Trivia", "Product Team › General", "4 days", "9 days", "120"],
      ["Wordl6", "Leaders' peer circle", "1 day", "1 day", "5"],
    ]);

    const items = () => [...document.querySelectorAll('[role="tabpanel"] li')].map((li) => spokenText(li));
    await waitFor(() => expect(items()).toHaveLength(20));
    expect(items()[0]).toMatch(/^From Ada Lovelace\s*thanks number 1\s*in Product Team › General · .* · 3 \+1s$/);
    await click(button("Show more")!);
    await waitFor(() => expect(items()).toHaveLength(21));
    expect(button("Show more")).toBeUndefined();
    expect(api.requests.every((r) => r.headers.get("Authorization") === "Bearer teams-sso-token")).toBe(true);

    await click(tab("Given"));
    await waitFor(() => expectText("You haven't given a shoutout yet"));
    expect(tab("Given").getAttribute("aria-selected")).toBe("true");
  });

  it("is honest without streaks or shoutouts", async () => {
    fakeTeams();
    fakeApi(server({ "/api/me?lang=en": { body: { ...me, streaks: [] } }, [shoutoutsPath("received")]: { body: page("received", []) } }));
    await renderTab("#/me");
    await waitFor(() => expectText("No streaks yet"));
    await waitFor(() => expectText("No shoutouts for you yet"));
  });

  it("explains errors", async () => {
    fakeTeams();
    fakeApi(server({ "/api/me?lang=en": { status: 503, body: "unavailable" }, [shoutoutsPath("received")]: { status: 500, body: { error: { code: "internal", message: "Something went wrong on our side (reference 12345678)." } } } }));
    await renderTab("#/me");
    await waitFor(() => expectText("Couldn't load your page"));
    await waitFor(() => expectText("Couldn't load the shoutouts"));
    expectText("reference 12345678");
  });

  it("speaks Dutch", async () => {
    fakeTeams({ locale: "nl-NL" });
    fakeApi(server({ "/api/me?lang=nl": { body: me } }));
    await renderTab("#/me");
    await waitFor(() => expect(headings(2)).toEqual(["Mijn reeksen", "Mijn shoutouts"]));
    await waitFor(() => expectText("4 dagen"));
    expect(tab("Ontvangen").getAttribute("aria-selected")).toBe("true");
    await waitFor(() => expectText("Van Ada Lovelace"));
  });
});

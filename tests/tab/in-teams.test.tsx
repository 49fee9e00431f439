// @vitest-environment jsdom
// The tab inside Teams: the conversation's circle, Teams sign-in, theme and language.

import { teamsDarkTheme, teamsLightTheme } from "@fluentui/react-components";
import { act } from "react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { TeamsConnection } from "../../tab/src/teams/teams-connection";
import type { TeamsTabContext, ThemeName } from "../../tab/src/teams/tab-context";
import { emptyHome, homePath } from "./fake-pages";
import { circleList, circlePath, productTeam, productTeamDetails } from "./fake-circles";
import { productTeamSettings, settingsPath } from "./fake-settings";
import { click, expectText, fakeApi, headings, pageText, renderTab, unmountTab, waitFor } from "./tab-harness";

const host = vi.hoisted(() => ({ connection: null as TeamsConnection | null }));

vi.mock("../../tab/src/teams/teams-connection", () => ({
  isInsideFrame: () => true,
  connectToTeams: async () => host.connection,
}));

function fakeTeams(context: Partial<TeamsTabContext> = {}, getAuthToken = async () => "teams-sso-token") {
  let themeHandler: ((theme: ThemeName) => void) | undefined;
  const teams = {
    context: { circleId: productTeam.id, locale: "en-US", theme: "default" as ThemeName, frameContext: "content", ...context },
    getAuthToken: vi.fn(getAuthToken),
    onThemeChange: vi.fn((handler: (theme: ThemeName) => void) => void (themeHandler = handler)),
    notifySuccess: vi.fn(),
    enableTabSave: vi.fn(),
    changeTheme: (theme: ThemeName) => themeHandler?.(theme),
  };
  host.connection = teams;
  return teams;
}

const teamsServer = {
  "/api/circles": { body: circleList },
  [circlePath(productTeam.id)]: { body: productTeamDetails },
  [homePath(productTeam.id)]: { body: emptyHome(productTeam.id) },
  [homePath(productTeam.id, "nl")]: { body: emptyHome(productTeam.id) },
};

/** The CSS custom properties FluentProvider currently defines for its theme. */
const themeCss = () =>
  [...document.querySelectorAll("style")]
    .map((style) => style.textContent + [...(style.sheet?.cssRules ?? [])].map((rule) => rule.cssText).join(""))
    .join("");

beforeEach(() => {
  host.connection = null;
});
afterEach(unmountTab);

// Rendering Fluent UI in jsdom is slow on a cold start, hence the generous timeout.
describe("inside Teams", { timeout: 20_000 }, () => {
  it("shows the conversation's circle and sends the Teams token with every request", async () => {
    const teams = fakeTeams();
    const api = fakeApi(teamsServer);
    await renderTab("#/circle");

    await waitFor(() => expect(headings(1)).toEqual(["Product Team › General"]));
    expect(pageText()).not.toContain("Local preview");
    expect(api.requests.map((request) => request.path)).toEqual([circlePath(productTeam.id), homePath(productTeam.id)]);
    expect(api.requests.every((request) => request.headers.get("Authorization") === "Bearer teams-sso-token")).toBe(true);
    expect(teams.notifySuccess).toHaveBeenCalledTimes(1);
  });

  it("says so when Teams can't sign the user in", async () => {
    fakeTeams({}, async () => {
      throw new Error("consent_required");
    });
    const api = fakeApi(teamsServer);
    await renderTab();

    await waitFor(() => expectText("Teams couldn't sign you in to Quiet Circles (consent_required)."));
    expect(api.requests).toEqual([]);
  });

  it("shows the API's message when it refuses the user", async () => {
    fakeTeams();
    fakeApi({ [circlePath(productTeam.id)]: { status: 403, body: { error: { code: "forbidden", message: "You are not a member of this circle." } } } });
    await renderTab();

    await waitFor(() => expectText("You are not a member of this circle."));
  });

  it("explains that there is no circle where Teams has no conversation", async () => {
    const teams = fakeTeams({ circleId: undefined });
    fakeApi(teamsServer);
    await renderTab();

    await waitFor(() => expectText("No circle here"));
    expect(teams.notifySuccess).toHaveBeenCalledTimes(1);
  });

  it("speaks the Teams user's language", async () => {
    fakeTeams({ locale: "nl-NL" });
    fakeApi(teamsServer);
    await renderTab();

    await waitFor(() => expectText("Nog geen shoutouts"));
    expect(document.documentElement.lang).toBe("nl");
  });

  it("follows Teams' theme, also when it changes", async () => {
    const teams = fakeTeams({ theme: "dark" });
    fakeApi(teamsServer);
    await renderTab();
    await waitFor(() => expect(themeCss()).toContain(`--colorNeutralBackground1: ${teamsDarkTheme.colorNeutralBackground1}`));

    await act(async () => teams.changeTheme("default"));
    await waitFor(() => expect(themeCss()).toContain(`--colorNeutralBackground1: ${teamsLightTheme.colorNeutralBackground1}`));
  });

  it("the settings page lets Teams save the circle page as the tab", async () => {
    const teams = fakeTeams({ frameContext: "settings" });
    fakeApi(teamsServer);
    await renderTab("#/config");

    await waitFor(() => expect(teams.enableTabSave).toHaveBeenCalledTimes(1));
    expect(teams.enableTabSave).toHaveBeenCalledWith({
      contentUrl: `${window.location.origin}/index.html#/circle`,
      websiteUrl: `${window.location.origin}/index.html#/circle`,
      entityId: "quiet-circles",
      suggestedDisplayName: "Quiet Circles",
    });
    expectText("Select Save to add the tab.");
  });

  it("the personal tab lists the user's circles without preview links", async () => {
    fakeTeams({ circleId: undefined });
    fakeApi(teamsServer);
    await renderTab("#/me");

    const list = await waitFor(() => document.querySelector('ul[aria-label="Circles you belong to"]')!);
    expect(list.querySelectorAll("li")).toHaveLength(2);
    expect(list.querySelectorAll("a")).toHaveLength(0);
  });

  it("the circle's settings are the conversation's own, and saving sends the Teams token", async () => {
    const teams = fakeTeams({ frameContext: "content" });
    const api = fakeApi({
      ...teamsServer,
      [settingsPath(productTeam.id)]: { body: productTeamSettings },
    });
    await renderTab("#/circle");

    const settingsLink = await waitFor(() => [...document.querySelectorAll("a")].find((link) => link.textContent === "Settings")!);
    expect(settingsLink.getAttribute("href")).toBe("#/settings");
    await click(settingsLink);

    await waitFor(() => expect(headings(1)).toEqual(["Circle settings"]));
    await click(document.querySelector<HTMLInputElement>('input[role="switch"]:not([disabled])')!);
    await click([...document.querySelectorAll("button")].find((button) => button.textContent === "Save changes")!);

    await waitFor(() => expect(api.requests.filter((request) => request.method === "PATCH")).toHaveLength(1));
    const patch = api.requests.find((request) => request.method === "PATCH")!;
    expect(patch.path).toBe(settingsPath(productTeam.id));
    expect(patch.headers.get("Authorization")).toBe("Bearer teams-sso-token");
    expect(patch.headers.get("Content-Type")).toBe("application/json");
    expect(teams.notifySuccess).toHaveBeenCalledTimes(1);
  });
});

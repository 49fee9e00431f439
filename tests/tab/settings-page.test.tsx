// @vitest-environment jsdom
// The circle's settings page: facilitators set up rituals and the circle's rhythm and save them
// in one go; members see the same settings read only.

import { afterEach, describe, expect, it, vi } from "vitest";
import type { CircleSettingsResponse } from "../../shared/api/types";
import { circleList, circlePath, productTeam, productTeamDetails } from "./fake-circles";
import { productTeamSettings, settingsPath } from "./fake-settings";
import { changeValue, click, expectText, fakeApi, headings, pageText, renderTab, spokenText, unmountTab, waitFor, type FakeRoutes } from "./tab-harness";

const settingsHash = `#/settings/${encodeURIComponent(productTeam.id)}`;

function localServer(settings: CircleSettingsResponse = productTeamSettings, extra: FakeRoutes = {}): FakeRoutes {
  return {
    "/api/session": { body: { mode: "local" } },
    "/api/circles": { body: circleList },
    [circlePath(productTeam.id)]: { body: productTeamDetails },
    [settingsPath(productTeam.id)]: { body: settings },
    [settingsPath(productTeam.id, "nl")]: { body: settings },
    ...extra,
  };
}

const withSettings = (change: Partial<CircleSettingsResponse["settings"]>, rest: Partial<CircleSettingsResponse> = {}): CircleSettingsResponse => ({
  ...productTeamSettings,
  ...rest,
  settings: { ...productTeamSettings.settings, ...change },
});

/** The ritual's row, found by the name people see. */
const ritualRow = (name: string) => {
  const row = [...document.querySelectorAll("li")].find((li) => li.querySelector("[id]")?.textContent === name);
  if (!row) throw new Error(`No ritual row "${name}"`);
  return row;
};
const switchIn = (element: Element) => element.querySelector<HTMLInputElement>('input[role="switch"]')!;
/** The control labelled `label` inside `element` (Fluent's Field ties them by id). */
const fieldIn = <T extends HTMLElement>(element: Element, label: string): T => {
  const field = [...element.querySelectorAll("label")].find((candidate) => candidate.textContent === label);
  if (!field) throw new Error(`No field "${label}"`);
  return document.getElementById(field.htmlFor) as T;
};
const timeIn = (row: Element, label = "Time") => fieldIn<HTMLInputElement>(row, label);
const selectIn = (row: Element, label: string) => fieldIn<HTMLSelectElement>(row, label);
const button = (text: string) => {
  const found = [...document.querySelectorAll<HTMLButtonElement>("button")].find((candidate) => candidate.textContent === text);
  if (!found) throw new Error(`No button "${text}"`);
  return found;
};
const buttonNamed = (text: string) => [...document.querySelectorAll("button")].find((candidate) => candidate.textContent === text);
const switchLabelled = (text: string) => fieldIn<HTMLInputElement>(document.body, text);
const workingDayButtons = () => [...document.querySelectorAll<HTMLButtonElement>('[role="group"] button[aria-pressed]')];
const upcoming = () => [...document.querySelectorAll("ol li")].map((item) => spokenText(item));
const patches = (api: { requests: { method: string; body?: unknown }[] }) => api.requests.filter((request) => request.method === "PATCH");

afterEach(async () => {
  await unmountTab();
  vi.restoreAllMocks();
});

// Rendering Fluent UI in jsdom is slow on a cold start, hence the generous timeout.
describe("settings page", { timeout: 20_000 }, () => {
  it("shows the circle's rituals by rhythm, its time zone, working days and next moments", async () => {
    fakeApi(localServer());
    await renderTab(settingsHash);

    await waitFor(() => expect(headings(1)).toEqual(["Circle settings"]));
    await waitFor(() => expect(headings(3)).toEqual(["Daily", "Weekly", "Monthly", "Export this circle", "Remove my data"]));
    expect(headings(2)).toEqual(["Rituals", "Next moments", "Time and days", "Language", "Pause", "Your data and the circle's"]);
    expect(switchIn(ritualRow("Perspectives")).checked).toBe(true);
    expect(selectIn(ritualRow("Perspectives"), "Week of the month").value).toBe("1");
    expect(selectIn(ritualRow("Perspectives"), "Day").value).toBe("2");
    expect(timeIn(ritualRow("Perspectives")).value).toBe("14:00");
    expect(switchIn(ritualRow("Week in review")).checked).toBe(false);
    expect(spokenText(ritualRow("Week in review"))).toContain("Every Friday at 15:30");
    expect(document.querySelector<HTMLInputElement>('[role="combobox"][value="Europe/Amsterdam"]')).not.toBeNull();
    expect(workingDayButtons().map((day) => [day.textContent, day.getAttribute("aria-pressed")])).toEqual([
      ["Mon", "true"],
      ["Tue", "true"],
      ["Wed", "true"],
      ["Thu", "true"],
      ["Fri", "true"],
      ["Sat", "false"],
      ["Sun", "false"],
    ]);
    expect(upcoming()).toEqual(["Tue, Dec 2, 14:00 — Perspectives"]);
    expect(switchLabelled("Pause all rituals").checked).toBe(false);
    expect(buttonNamed("Save changes")).toBeUndefined();
  });

  it("a facilitator switches a ritual on and changes its time: one PATCH with exactly that, then Saved", async () => {
    const saved = withSettings({
      rituals: productTeamSettings.settings.rituals.map((ritual) =>
        ritual.ritualId === "week-in-review" ? { ...ritual, enabled: true, time: "16:00" } : ritual,
      ),
    });
    const api = fakeApi(localServer(productTeamSettings, { [`PATCH ${settingsPath(productTeam.id)}`]: { body: saved } }));
    await renderTab(settingsHash);

    await waitFor(() => ritualRow("Week in review"));
    await click(switchIn(ritualRow("Week in review")));
    await changeValue(timeIn(ritualRow("Week in review")), "16:00");
    expectText("You have unsaved changes");
    expectText("Save your changes to see the moments they plan.");
    await click(button("Save changes"));

    await waitFor(() => expectText("Saved — the next moments are up to date"));
    expect(patches(api).map((request) => request.body)).toEqual([{ rituals: [{ ritualId: "week-in-review", enabled: true, time: "16:00" }] }]);
    expect(timeIn(ritualRow("Week in review")).value).toBe("16:00");
    expect(pageText()).not.toContain("You have unsaved changes");
  });

  it("a refused change shows the API's message and keeps what was typed", async () => {
    const refusal = { error: { code: "bad_quiet_hours", message: "Quiet hours need a different start and end." } };
    const api = fakeApi(localServer(productTeamSettings, { [`PATCH ${settingsPath(productTeam.id)}`]: { status: 400, body: refusal } }));
    await renderTab(settingsHash);

    await waitFor(() => switchLabelled("Quiet hours"));
    await click(switchLabelled("Quiet hours"));
    await changeValue(timeIn(document.body, "From"), "09:00");
    await changeValue(timeIn(document.body, "Until"), "09:00");
    await click(button("Save changes"));

    await waitFor(() => expectText("Couldn't save your changes"));
    expectText("Quiet hours need a different start and end.");
    expect(patches(api).map((request) => request.body)).toEqual([{ quietHours: { start: "09:00", end: "09:00" } }]);
    expect(timeIn(document.body, "From").value).toBe("09:00");
    expect(timeIn(document.body, "Until").value).toBe("09:00");
    expect(button("Save changes").disabled).toBe(false);
    expect(pageText()).not.toContain("Saved —");
  });

  it("changes to days, language, pause and a monthly ritual go out together; Discard brings the saved settings back", async () => {
    const api = fakeApi(localServer(productTeamSettings, { [`PATCH ${settingsPath(productTeam.id)}`]: { body: productTeamSettings } }));
    await renderTab(settingsHash);

    await waitFor(() => expect(workingDayButtons()).toHaveLength(7));
    await click(workingDayButtons()[5]!); // Saturday on
    await click(workingDayButtons()[0]!); // Monday off
    await click(document.querySelector<HTMLInputElement>('input[type="radio"][value="nl"]')!);
    await click(switchLabelled("Pause all rituals"));
    await changeValue(selectIn(ritualRow("Perspectives"), "Week of the month"), "-1");
    await changeValue(selectIn(ritualRow("Perspectives"), "Day"), "4");
    await click(button("Save changes"));

    await waitFor(() => expect(patches(api)).toHaveLength(1));
    expect(patches(api)[0]!.body).toEqual({
      workingDays: [2, 3, 4, 5, 6],
      paused: true,
      locale: "nl",
      rituals: [{ ritualId: "perspectives", weekday: 4, nth: -1 }],
    });

    await changeValue(timeIn(ritualRow("Perspectives")), "09:15");
    await click(button("Discard"));
    expect(timeIn(ritualRow("Perspectives")).value).toBe("14:00");
    expect(buttonNamed("Save changes")).toBeUndefined();
  });

  it("a changed time zone is searched by typing and saved by its IANA name", async () => {
    const api = fakeApi(localServer(productTeamSettings, { [`PATCH ${settingsPath(productTeam.id)}`]: { body: productTeamSettings } }));
    await renderTab(settingsHash);

    const zone = await waitFor(() => document.querySelector<HTMLInputElement>('[role="combobox"][value="Europe/Amsterdam"]')!);
    await click(zone);
    await changeValue(zone, "los ang");
    const options = [...document.querySelectorAll<HTMLElement>('[role="option"]')];
    expect(options.map((option) => option.textContent)).toEqual(["America/Los Angeles"]);
    await click(options[0]!);
    await click(button("Save changes"));

    await waitFor(() => expect(patches(api).map((request) => request.body)).toEqual([{ timeZone: "America/Los_Angeles" }]));
  });

  it("coming-soon rituals say so and cannot be switched on", async () => {
    const api = fakeApi(localServer());
    await renderTab(settingsHash);

    const trivia = await waitFor(() => ritualRow("Daily Trivia"));
    expect(spokenText(trivia)).toContain("Coming soon");
    expect(switchIn(trivia).disabled).toBe(true);
    await click(switchIn(trivia));
    expect(switchIn(trivia).checked).toBe(false);
    expect(buttonNamed("Save changes")).toBeUndefined();
    expect(spokenText(ritualRow("Week in review"))).not.toContain("Coming soon");
    expect(switchIn(ritualRow("Week in review")).disabled).toBe(false);
    expect(patches(api)).toEqual([]);
  });

  it("a member sees every setting read only, and who the facilitators are", async () => {
    const facilitators = [
      { id: "29:ada", name: "Ada Lovelace", role: "facilitator" as const },
      { id: "29:grace", name: "Grace Hopper", role: "facilitator" as const },
    ];
    fakeApi(localServer({ ...productTeamSettings, canEdit: false, facilitators }));
    await renderTab(settingsHash);

    await waitFor(() => expectText("Only facilitators can change these settings"));
    expectText("Facilitators of this circle: Ada Lovelace and Grace Hopper.");
    const controls = [...document.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLButtonElement>("form input, form select, form button")];
    expect(controls.length).toBeGreaterThan(15);
    expect(controls.filter((control) => !control.disabled).map((control) => control.outerHTML)).toEqual([]);
    expect(buttonNamed("Save changes")).toBeUndefined();
    expect(spokenText(ritualRow("Perspectives"))).toContain("First Tuesday of the month at 14:00");
  });

  it("the next moments are told in the circle's time zone", async () => {
    const weekInReview = { ritualId: "week-in-review" as const, at: "2025-11-28T14:30:00.000Z", localDate: "2025-11-28", localTime: "15:30" };
    fakeApi(localServer({ ...productTeamSettings, upcoming: [weekInReview] }));
    await renderTab(settingsHash);
    await waitFor(() => expect(upcoming()).toEqual(["Fri, Nov 28, 15:30 — Week in review"]));
    expectText("In the circle's time zone, Europe/Amsterdam");
    await unmountTab();

    fakeApi(localServer({ ...withSettings({ timeZone: "UTC" }), upcoming: [weekInReview] }));
    await renderTab(settingsHash);
    await waitFor(() => expect(upcoming()).toEqual(["Fri, Nov 28, 14:30 — Week in review"]));
    expectText("In the circle's time zone, UTC");
  });

  it("a paused circle says so, and plans nothing", async () => {
    fakeApi(localServer({ ...withSettings({ paused: true }), upcoming: [] }));
    await renderTab(settingsHash);

    await waitFor(() => expectText("Rituals are paused: nothing is posted until a facilitator resumes them."));
    expectText("Nothing planned while the rituals are paused");
    expect(switchLabelled("Pause all rituals").checked).toBe(true);
  });

  it("speaks Dutch to a Dutch reader, and asks the API for Dutch", async () => {
    vi.spyOn(navigator, "language", "get").mockReturnValue("nl-NL");
    const api = fakeApi(localServer());
    await renderTab(settingsHash);

    await waitFor(() => expect(headings(1)).toEqual(["Cirkelinstellingen"]));
    await waitFor(() => expect(headings(3)).toEqual(["Dagelijks", "Wekelijks", "Maandelijks", "Deze cirkel exporteren", "Mijn gegevens verwijderen"]));
    expect(headings(2)).toEqual(["Rituelen", "Volgende momenten", "Tijd en dagen", "Taal", "Pauze", "Jouw gegevens en die van de cirkel"]);
    expect(workingDayButtons().map((day) => day.textContent)).toEqual(["ma", "di", "wo", "do", "vr", "za", "zo"]);
    expect(spokenText(ritualRow("Week in review"))).toContain("Elke vrijdag om 15:30");
    expect(spokenText(ritualRow("Daily Trivia"))).toContain("Binnenkort");
    expect(upcoming()).toEqual(["di 2 dec, 14:00 — Perspectives"]);
    expectText("Week van de maand");
    expectText("Alle rituelen pauzeren");
    expect(api.requests.map((request) => request.path)).toContain(settingsPath(productTeam.id, "nl"));
  });

  it("the circle page links to its settings, and the settings back to the circle", async () => {
    fakeApi(localServer());
    await renderTab(`#/circle/${encodeURIComponent(productTeam.id)}`);

    const settingsLink = await waitFor(() => [...document.querySelectorAll("a")].find((link) => link.textContent === "Settings")!);
    expect(settingsLink.getAttribute("href")).toBe(settingsHash);
    const nav = [...document.querySelectorAll('nav[aria-label="Circle pages"] a')].map((link) => [link.textContent, link.getAttribute("href")]);
    expect(nav).toContainEqual(["Settings", settingsHash]);

    await click(settingsLink);
    await waitFor(() => expect(headings(1)).toEqual(["Circle settings"]));
    const back = [...document.querySelectorAll("a")].find((link) => spokenText(link) === "Back to the circle")!;
    expect(back.getAttribute("href")).toBe(`#/circle/${encodeURIComponent(productTeam.id)}`);
  });

  it("a settings page without a circle opens the first one", async () => {
    fakeApi(localServer());
    await renderTab("#/settings");

    await waitFor(() => expect(window.location.hash).toBe(settingsHash));
    await waitFor(() => ritualRow("Week in review"));
  });

  it("settings that can't be loaded say why", async () => {
    fakeApi(localServer(productTeamSettings, { [settingsPath(productTeam.id)]: { status: 404, body: { error: { code: "circle_not_found", message: "This conversation has no circle yet." } } } }));
    await renderTab(settingsHash);

    await waitFor(() => expectText("Couldn't load the settings"));
    expectText("This conversation has no circle yet.");
  });
});

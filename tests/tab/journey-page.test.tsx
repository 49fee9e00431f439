// @vitest-environment jsdom
// The journey map: the circle's route drawn on a world map, with totals, stops and milestones in
// words; an honest empty state before the first stop; loading, error and Dutch.

import { afterEach, describe, expect, it, vi } from "vitest";
import type { JourneyResponse } from "../../shared/api/types";
import { circleList, circlePath, productTeam, productTeamDetails } from "./fake-circles";
import { holdBack } from "./pending-api";
import { expectText, fakeApi, headings, renderTab, spokenText, unmountTab, waitFor, type FakeRoutes } from "./tab-harness";

const hash = `#/journey/${encodeURIComponent(productTeam.id)}`;
const journeyPath = `/api/circles/${encodeURIComponent(productTeam.id)}/journey`;

const travelled: JourneyResponse = {
  circleId: productTeam.id,
  journey: {
    stops: [
      { code: "NL", name: { en: "Netherlands", nl: "Nederland" }, lat: 52.37, lon: 4.9, continent: "EU", at: "2026-11-02T12:10:00.000Z", legKm: 0 },
      { code: "KE", name: { en: "Kenya", nl: "Kenia" }, lat: -1.29, lon: 36.82, continent: "AF", at: "2026-11-03T12:20:00.000Z", legKm: 6621 },
      { code: "JP", name: { en: "Japan", nl: "Japan" }, lat: 35.68, lon: 139.69, continent: "AS", at: "2026-11-04T12:05:00.000Z", legKm: 11262 },
      { code: "NZ", name: { en: "New Zealand", nl: "Nieuw-Zeeland" }, lat: -41.29, lon: 174.78, continent: "OC", at: "2026-11-05T12:30:00.000Z", legKm: 9255 },
      { code: "CL", name: { en: "Chile", nl: "Chili" }, lat: -33.45, lon: -70.67, continent: "SA", at: "2026-11-06T12:30:00.000Z", legKm: 9367 },
    ],
    totalKm: 36505,
    countries: 5,
    continents: ["EU", "AF", "AS", "OC", "SA"],
    milestones: [
      { id: "first-stop", at: "2026-11-02T12:10:00.000Z" },
      { id: "ocean", at: "2026-11-05T12:30:00.000Z" },
      { id: "km-10000", at: "2026-11-04T12:05:00.000Z" },
    ],
  },
};

function server(body: unknown, status = 200): FakeRoutes {
  return {
    "/api/session": { body: { mode: "local" } },
    "/api/circles": { body: circleList },
    [circlePath(productTeam.id)]: { body: productTeamDetails },
    [journeyPath]: { status, body },
  };
}

afterEach(async () => {
  await unmountTab();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe("journey page", { timeout: 20_000 }, () => {
  it("says it is loading while the route is on its way", async () => {
    fakeApi(server(travelled));
    holdBack(journeyPath);
    await renderTab(hash);
    await waitFor(() => expect(headings(1)).toEqual(["Journey"]));
    expectText("Loading the journey…");
  });

  it("draws the route on the world map and lists totals, stops and milestones", async () => {
    fakeApi(server(travelled));
    await renderTab(hash);
    const map = await waitFor(() => document.querySelector('svg[role="img"]')!);
    expect(map.getAttribute("aria-label")).toBe("World map with the circle's route: 5 stops");
    // The world's countries, four great-circle legs, five stops with their names.
    expect(map.querySelectorAll("path").length).toBeGreaterThan(150);
    expect(map.querySelectorAll("circle")).toHaveLength(5);
    expect([...map.querySelectorAll("text")].map((t) => t.textContent)).toEqual(["Netherlands", "Kenya", "Japan", "New Zealand", "Chile"]);
    // The Pacific leg crosses the map's edge: drawn as two pieces, not a line across the world.
    const legs = [...map.querySelectorAll("g")[1]!.querySelectorAll("path")].map((p) => p.getAttribute("d")!);
    expect(legs).toHaveLength(4);
    expect(legs[3]!.match(/M/g)!.length).toBe(2);

    const totals = document.querySelector('dl[aria-label="Journey totals"]')!;
    const pairs = [...totals.querySelectorAll("div")].map((pair) => [pair.querySelector("dt")!.textContent, pair.querySelector("dd")!.textContent]);
    expect(pairs).toEqual([
      ["Kilometres travelled", "36,505 km"],
      ["Countries", "5"],
      ["Continents", "5"],
    ]);
    expectText("Europe, Africa, Asia, Oceania, South America");
    const stops = [...document.querySelectorAll("ol li")].map((li) => spokenText(li));
    expect(stops[0]).toMatch(/^Netherlands\s*Start ·/);
    expect(stops[1]).toMatch(/^Kenya\s*6,621 km from the previous stop ·/);
    expectText("crossed an ocean");
    expectText("10,000 km travelled");
    expectText("Map data: Natural Earth via world-atlas (ISC)");
  });

  it("says honestly that the journey has not started", async () => {
    fakeApi(server({ circleId: productTeam.id, journey: null }));
    await renderTab(hash);
    await waitFor(() => expectText("Your circle has not started its journey yet — play Walk the Globe"));
    expect(document.querySelector("svg[role='img']")).toBeNull();
  });

  it("explains an error and offers to try again", async () => {
    fakeApi(server({ error: { code: "internal", message: "Something went wrong on our side (reference 0f0f0f0f)." } }, 500));
    await renderTab(hash);
    await waitFor(() => expectText("Couldn't load the journey"));
    expectText("reference 0f0f0f0f");
  });

  it("speaks Dutch, country names included", async () => {
    vi.spyOn(navigator, "language", "get").mockReturnValue("nl-NL");
    fakeApi(server(travelled));
    await renderTab(hash);
    const map = await waitFor(() => document.querySelector('svg[role="img"]')!);
    expect(map.getAttribute("aria-label")).toBe("Wereldkaart met de route van de cirkel: 5 stops");
    expect([...map.querySelectorAll("text")].map((t) => t.textContent)).toContain("Nieuw-Zeeland");
    expectText("Afgelegde kilometers");
    expectText("36.505 km");
    expectText("Europa, Afrika, Azië, Oceanië, Zuid-Amerika");
    expectText("een oceaan overgestoken");
  });
});

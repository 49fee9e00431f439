// A circle's journey: each solved round adds one stop and its leg; milestones are reached once; the
// store keeps one document per circle, and a round's stop is recorded once however often (and
// however concurrently) its close runs.

import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import fc from "fast-check";
import { afterAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import { addStop, answerPool, countryByCode, crossesOcean, distanceKm, emptyJourney, getJourney, legOf, recordStop, type Country, type Journey } from "../../shared/games/globe";
import { openEmbeddedStore } from "../../shared/store/embedded-store";
import type { Logger, Store } from "../../shared/store/types";

const at = (day: number) => new Date(Date.UTC(2026, 10, 2 + day, 13));
const c = (code: string) => countryByCode(code)!;

/** The journey after finding `codes` in order, one round each ("s0", "s1", …). */
function walk(codes: string[], start: Journey = emptyJourney("circle-1", "tenant-1")): Journey {
  return codes.reduce((j, code, i) => addStop(j, c(code), `s${start.stops.length + i}`, at(start.stops.length + i)).journey, start);
}

describe("journey rules", () => {
  it("the first country is the first stop; each next one adds the leg from the previous stop", () => {
    const first = walk(["NL"]);
    expect(first.stops).toEqual([{ code: "NL", name: { en: "Netherlands", nl: "Nederland" }, lat: c("NL").lat, lon: c("NL").lon, continent: "EU", sessionId: "s0", at: at(0), legKm: 0 }]);
    expect(first).toMatchObject({ totalKm: 0, countries: 1, continents: ["EU"] });
    const second = walk(["FR"], first);
    const leg = Math.round(distanceKm(c("NL"), c("FR")));
    expect(second.stops[1]).toMatchObject({ code: "FR", sessionId: "s1", legKm: leg });
    expect(second).toMatchObject({ totalKm: leg, countries: 2, continents: ["EU"] });
    expect(legOf(second, "s1")).toMatchObject({ from: { code: "NL" }, to: { code: "FR" } });
  });

  it("a round adds its stop once", () => {
    const once = walk(["NL"]);
    const again = addStop(once, c("BR"), "s0", at(5));
    expect(again.added).toBe(false);
    expect(again.journey).toBe(once);
  });

  it("counts different countries and continents; a country found again in a later cycle is one country", () => {
    const j = walk(["NL", "JP", "NL", "BR"]);
    expect(j.countries).toBe(3);
    expect(j.continents).toEqual(["EU", "AS", "SA"]);
    expect(j.stops).toHaveLength(4);
  });

  it("crossing an ocean: between continents with sea between them, not overland or across a strait", () => {
    expect(crossesOcean("EU", "NA")).toBe(true);
    expect(crossesOcean("AF", "SA")).toBe(true);
    expect(crossesOcean("AS", "OC")).toBe(true);
    expect(crossesOcean("EU", "AS")).toBe(false);
    expect(crossesOcean("AS", "EU")).toBe(false);
    expect(crossesOcean("EU", "AF")).toBe(false);
    expect(crossesOcean("NA", "SA")).toBe(false);
    expect(crossesOcean("EU", "EU")).toBe(false);
  });

  it("milestones are reached once, by the round whose leg reached them", () => {
    const start = walk(["NL"]);
    expect(start.milestones).toEqual([{ id: "first-stop", at: at(0), sessionId: "s0" }]);
    const overland = walk(["DE", "MA"], start);
    expect(overland.milestones.map((m) => m.id)).toEqual(["first-stop"]);
    const ocean = walk(["BR"], overland);
    expect(legOf(ocean, "s3")?.milestones).toEqual(["ocean"]);
    const twice = walk(["ZA"], ocean);
    expect(legOf(twice, "s4")?.milestones).not.toContain("ocean");
    expect(twice.milestones.filter((m) => m.id === "ocean")).toHaveLength(1);
  });

  it("all continents, 10 countries and 10,000 km", () => {
    const j = walk(["NL", "EG", "IN", "AU", "BR", "CA", "JP", "KE", "PE", "NZ"]);
    expect(j.continents.sort()).toEqual(["AF", "AS", "EU", "NA", "OC", "SA"]);
    const ids = j.milestones.map((m) => m.id);
    expect(ids).toEqual(expect.arrayContaining(["first-stop", "ocean", "all-continents", "countries-10", "km-10000", "km-40075"]));
    expect(j.milestones.find((m) => m.id === "all-continents")?.sessionId).toBe("s5");
    expect(j.milestones.find((m) => m.id === "countries-10")?.sessionId).toBe("s9");
    const reached10k = j.milestones.find((m) => m.id === "km-10000")!.sessionId;
    const index = j.stops.findIndex((s) => s.sessionId === reached10k);
    const kmBefore = j.stops.slice(0, index).reduce((sum, s) => sum + s.legKm, 0);
    expect(kmBefore).toBeLessThan(10_000);
    expect(kmBefore + j.stops[index]!.legKm).toBeGreaterThanOrEqual(10_000);
  });

  it("every country in the world, eventually", () => {
    const j = walk(answerPool.map((country) => country.code));
    expect(j.countries).toBe(answerPool.length);
    expect(j.milestones.map((m) => m.id)).toContain("all-countries");
  });

  it("totals always add up, whatever the order of countries (property)", () => {
    const codes = answerPool.map((country) => country.code);
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...codes), { minLength: 1, maxLength: 40 }), (route) => {
        const j = walk(route);
        expect(j.totalKm).toBe(j.stops.reduce((sum, s) => sum + s.legKm, 0));
        expect(j.countries).toBe(new Set(route).size);
        expect(new Set(j.continents)).toEqual(new Set(route.map((code) => c(code).continent)));
        expect(new Set(j.milestones.map((m) => m.id)).size).toBe(j.milestones.length);
        for (let i = 1; i < j.stops.length; i++) expect(j.stops[i]!.legKm).toBe(Math.round(distanceKm(j.stops[i - 1]!, j.stops[i]!)));
      }),
      { numRuns: 50 },
    );
  });
});

describe("journeys in the store", () => {
  const silent: Logger = { warn: () => {}, info: () => {} };
  const dirs: string[] = [];
  let store: Store;
  beforeEach(async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "qc-journey-"));
    dirs.push(dir);
    store = await openEmbeddedStore({ dir, logger: silent });
  });
  afterEach(() => store.close());
  afterAll(() => {
    for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
  });

  const record = (country: Country, sessionId: string, day: number) => recordStop(store, { circleId: "circle-1", tenantId: "tenant-1", country, sessionId, at: at(day) });

  it("no journey before the first solved round; then one document per circle in the agreed shape", async () => {
    expect(await getJourney(store, "circle-1")).toBeNull();
    await record(c("NL"), "circle-1|walk-the-globe|2026-11-02", 0);
    await record(c("KE"), "circle-1|walk-the-globe|2026-11-03", 1);
    const journey = await getJourney(store, "circle-1");
    expect(Object.keys(journey!).sort()).toEqual(["_id", "circleId", "continents", "countries", "milestones", "stops", "tenantId", "totalKm", "version"]);
    expect(journey).toMatchObject({ _id: "circle-1", circleId: "circle-1", tenantId: "tenant-1", countries: 2, continents: ["EU", "AF"], version: 2 });
    expect(Object.keys(journey!.stops[1]!).sort()).toEqual(["at", "code", "continent", "lat", "legKm", "lon", "name", "sessionId"]);
    expect(journey!.stops[1]!.at).toBeInstanceOf(Date);
    expect(journey!.milestones[0]).toEqual({ id: "first-stop", at: at(0), sessionId: "circle-1|walk-the-globe|2026-11-02" });
  });

  it("records a round's stop once, even when its close runs twice at the same moment", async () => {
    await record(c("NL"), "s0", 0);
    const results = await Promise.all([record(c("MX"), "s1", 1), record(c("MX"), "s1", 1), record(c("MX"), "s1", 1)]);
    for (const j of results) expect(j.stops.map((s) => s.code)).toEqual(["NL", "MX"]);
    const journey = (await getJourney(store, "circle-1"))!;
    expect(journey.stops).toHaveLength(2);
    expect(journey.milestones.filter((m) => m.id === "ocean")).toHaveLength(1);
  });

  it("two different rounds recorded at once both land", async () => {
    await Promise.all([record(c("NL"), "s0", 0), record(c("JP"), "s1", 1)]);
    const journey = (await getJourney(store, "circle-1"))!;
    expect(journey.stops.map((s) => s.sessionId).sort()).toEqual(["s0", "s1"]);
    expect(journey.totalKm).toBe(journey.stops[1]!.legKm);
  });

  it("survives a restart of the store", async () => {
    await record(c("PE"), "s0", 0);
    await store.close();
    store = await openEmbeddedStore({ dir: dirs.at(-1)!, logger: silent });
    const journey = (await getJourney(store, "circle-1"))!;
    expect(journey.stops[0]).toMatchObject({ code: "PE", at: at(0) });
    expect(journey.stops[0]!.at).toBeInstanceOf(Date);
  });
});

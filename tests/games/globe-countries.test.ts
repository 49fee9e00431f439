// Walk the Globe's country list: the committed countries.json is exactly what
// `npx tsx scripts/build-countries.ts` builds from the packages, and it is sane — every sovereign
// state, English and Dutch names, coordinates in range and where the country really is.

import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { COUNTRIES_JSON, buildCountries, countriesJson } from "../../scripts/build-countries";
import { answerPool, countries, countryByCode, distanceKm, flagEmoji, normaliseName } from "../../shared/games/globe";

describe("countries.json", () => {
  it("is what the build script produces from the packages", () => {
    expect(readFileSync(COUNTRIES_JSON, "utf8")).toBe(countriesJson(buildCountries()));
  });

  it("has the 197 sovereign states (UN members, observers, Kosovo, Taiwan) as mystery countries", () => {
    expect(answerPool).toHaveLength(197);
    for (const code of ["NL", "US", "VA", "PS", "XK", "TW", "TV", "SS", "MC", "NR"]) expect(countryByCode(code)?.sovereign, code).toBe(true);
    for (const code of ["GL", "PR", "HK", "AQ"]) expect(countryByCode(code)?.sovereign, code).toBe(false);
    expect(new Set(countries.map((c) => c.code)).size).toBe(countries.length);
  });

  it("every place has an English and a Dutch name, a continent and coordinates in range", () => {
    for (const c of countries) {
      expect(c.code, c.code).toMatch(/^[A-Z]{2}$/);
      expect(c.name.en.length, c.code).toBeGreaterThan(2);
      expect(c.name.nl.length, c.code).toBeGreaterThan(2);
      expect(["AF", "AN", "AS", "EU", "NA", "OC", "SA"], c.code).toContain(c.continent);
      expect(Math.abs(c.lat), c.code).toBeLessThanOrEqual(90);
      expect(Math.abs(c.lon), c.code).toBeLessThanOrEqual(180);
      expect(c.names.slice(0, 2).every((n) => n === normaliseName(n)), c.code).toBe(true);
      expect(c.names, c.code).toContain(normaliseName(c.name.en));
      expect(c.names, c.code).toContain(normaliseName(c.name.nl));
    }
    for (const c of answerPool) expect(c.continent, c.code).not.toBe("AN");
  });

  it("puts each country where it is: its centre lies near its capital (main land mass, not overseas parts)", () => {
    const capitals: [string, number, number, number][] = [
      ["NL", 52.37, 4.9, 150],
      ["FR", 48.86, 2.35, 400],
      ["US", 38.9, -77.04, 2_000],
      ["NO", 59.91, 10.75, 600],
      ["GB", 51.51, -0.13, 500],
      ["JP", 35.68, 139.65, 500],
      ["NZ", -41.29, 174.78, 300],
      ["CL", -33.45, -70.67, 200],
      ["FJ", -18.14, 178.44, 200],
      ["SG", 1.35, 103.82, 30],
      ["VA", 41.9, 12.45, 5],
      ["RU", 55.76, 37.62, 4_000],
      ["ID", -6.2, 106.85, 1_000],
    ];
    for (const [code, lat, lon, km] of capitals) expect(distanceKm(countryByCode(code)!, { lat, lon }), code).toBeLessThan(km);
  });

  it("flags come from the code", () => {
    expect(flagEmoji("NL")).toBe("🇳🇱");
    expect(flagEmoji("br")).toBe("🇧🇷");
  });
});

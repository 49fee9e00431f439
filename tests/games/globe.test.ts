// Walk the Globe's rules as players meet them: distances and directions between real places, how a
// typed country is understood (English, Dutch, aliases, accents, typos), the shared board with its
// refusals that cost nothing, the finder and the best helper, and each circle's order of countries.

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  answerAt,
  answerOrder,
  answerPool,
  closeness,
  compass,
  countryByCode,
  distanceKm,
  findCountry,
  initialBearing,
  MAX_DISTANCE_KM,
  measure,
  normaliseName,
  parseMove,
  play,
  POINTS,
  rankedGuesses,
  startBoard,
  suggestCountries,
  summarise,
  type GlobeBoard,
} from "../../shared/games/globe";

// City centres (degrees); reference distances are WGS84 geodesics (Vincenty), the real-world figure.
const city = {
  london: { lat: 51.5074, lon: -0.1278 },
  paris: { lat: 48.8566, lon: 2.3522 },
  newYork: { lat: 40.7128, lon: -74.006 },
  amsterdam: { lat: 52.3676, lon: 4.9041 },
  sydney: { lat: -33.8688, lon: 151.2093 },
  losAngeles: { lat: 34.0522, lon: -118.2437 },
  tokyo: { lat: 35.6762, lon: 139.6503 },
  capeTown: { lat: -33.9249, lon: 18.4241 },
  buenosAires: { lat: -34.6037, lon: -58.3816 },
  quito: { lat: -0.1807, lon: -78.4678 },
  singapore: { lat: 1.3521, lon: 103.8198 },
  reykjavik: { lat: 64.1466, lon: -21.9426 },
  anchorage: { lat: 61.2181, lon: -149.9003 },
};

const ada = { id: "29:ada", name: "Ada" };
const bob = { id: "29:bob", name: "Bob" };
const cy = { id: "29:cy", name: "Cy" };
const now = new Date("2026-11-26T12:00:00Z");

const code = (input: string) => {
  const match = findCountry(input);
  return match.kind === "found" ? match.country.code : match.kind;
};

function guessAll(board: GlobeBoard, moves: [typeof ada, string][]): GlobeBoard {
  return moves.reduce((b, [who, c], i) => {
    const result = play(b, who, { code: c }, new Date(now.getTime() + i * 1000));
    if (!result.ok) throw new Error(result.error.message.en);
    return result.board;
  }, board);
}

describe("distance and direction", () => {
  it.each([
    ["london", "paris", 343.9],
    ["newYork", "london", 5585.2],
    ["amsterdam", "sydney", 16637.7],
    ["losAngeles", "newYork", 3944.4],
    ["tokyo", "sydney", 7792.2],
    ["capeTown", "buenosAires", 6884.6],
    ["quito", "singapore", 19743.4],
    ["reykjavik", "anchorage", 5439.0],
  ] as const)("%s–%s is within 0.5%% of the real %f km", (a, b, km) => {
    expect(Math.abs(distanceKm(city[a], city[b]) - km) / km).toBeLessThan(0.005);
    expect(distanceKm(city[b], city[a])).toBeCloseTo(distanceKm(city[a], city[b]), 6);
  });

  it("a quarter meridian is 10,007.5 km and the far side of the Earth is the largest distance", () => {
    expect(distanceKm({ lat: 0, lon: 0 }, { lat: 90, lon: 0 })).toBeCloseTo(10_007.5, 0);
    expect(distanceKm({ lat: 10, lon: 20 }, { lat: -10, lon: -160 })).toBeCloseTo(MAX_DISTANCE_KM, 3);
  });

  it("points the way: Paris is south-east of London, London north-east of New York", () => {
    expect(initialBearing(city.london, city.paris)).toBeCloseTo(148.1, 0);
    expect(compass(initialBearing(city.london, city.paris))).toBe("SE");
    expect(initialBearing(city.newYork, city.london)).toBeCloseTo(51.2, 0);
    expect(compass(initialBearing(city.newYork, city.london))).toBe("NE");
    expect(compass(initialBearing(city.paris, city.london))).toBe("NW");
    expect(compass(initialBearing(city.sydney, city.tokyo))).toBe("N");
    expect(compass(initialBearing({ lat: 0, lon: 0 }, { lat: 0, lon: 10 }))).toBe("E");
    expect(compass(initialBearing({ lat: 0, lon: 10 }, { lat: 0, lon: 0 }))).toBe("W");
    expect(compass(initialBearing({ lat: 10, lon: 0 }, { lat: -10, lon: 0 }))).toBe("S");
    expect(compass(initialBearing({ lat: 0, lon: 0 }, { lat: -10, lon: -10 }))).toBe("SW");
  });

  it("crosses the date line the short way: from Fiji, Samoa is east", () => {
    const fiji = countryByCode("FJ")!;
    const samoa = countryByCode("WS")!;
    expect(compass(initialBearing(fiji, samoa))).toBe("E");
    expect(distanceKm(fiji, samoa)).toBeLessThan(1_500);
  });

  it("compass points split the circle evenly, whatever the angle", () => {
    fc.assert(
      fc.property(fc.double({ min: -720, max: 720, noNaN: true }), (bearing) => {
        const point = compass(bearing);
        const centre = { N: 0, NE: 45, E: 90, SE: 135, S: 180, SW: 225, W: 270, NW: 315 }[point];
        const off = Math.abs(((((bearing - centre) % 360) + 540) % 360) - 180);
        expect(off).toBeLessThanOrEqual(22.5 + 1e-9);
      }),
    );
  });

  it("closeness: 100% only for the country itself, falling with distance to 0% at the far side", () => {
    expect(closeness(0)).toBe(100);
    expect(closeness(1)).toBe(99);
    expect(closeness(MAX_DISTANCE_KM)).toBe(0);
    expect(closeness(MAX_DISTANCE_KM / 2)).toBe(50);
    fc.assert(
      fc.property(fc.double({ min: 0.001, max: MAX_DISTANCE_KM, noNaN: true }), fc.double({ min: 0.001, max: MAX_DISTANCE_KM, noNaN: true }), (a, b) => {
        const [near, far] = a < b ? [a, b] : [b, a];
        expect(closeness(near)).toBeGreaterThanOrEqual(closeness(far));
        expect(closeness(near)).toBeLessThan(100);
      }),
    );
  });

  it("a guess of a neighbour is close but never 0 km; the country itself is 0 km and 100%", () => {
    const italy = countryByCode("IT")!;
    expect(measure(countryByCode("VA")!, italy).km).toBeGreaterThanOrEqual(1);
    expect(measure(countryByCode("VA")!, italy).closeness).toBeLessThan(100);
    expect(measure(italy, italy)).toEqual({ km: 0, bearing: 0, closeness: 100 });
  });
});

describe("country names", () => {
  it("reads English and Dutch names in any case, with or without accents", () => {
    expect(code("Germany")).toBe("DE");
    expect(code("Duitsland")).toBe("DE");
    expect(code("verenigde staten")).toBe("US");
    expect(code("Verenigd Koninkrijk")).toBe("GB");
    expect(code("BELGIË")).toBe("BE");
    expect(code("Belgie")).toBe("BE");
    expect(code("Côte d'Ivoire")).toBe("CI");
    expect(code("cote divoire")).toBe("CI");
    expect(code("Cote d’Ivoire")).toBe("CI");
    expect(code("Ivoorkust")).toBe("CI");
    expect(code("  nieuw-zeeland ")).toBe("NZ");
    expect(code("Nieuw Zeeland")).toBe("NZ");
    expect(code("São Tomé and Príncipe")).toBe("ST");
    expect(code("IJsland")).toBe("IS");
    expect(code("Filipijnen")).toBe("PH");
  });

  it("knows the aliases people type", () => {
    for (const [alias, expected] of [
      ["USA", "US"],
      ["U.S.A.", "US"],
      ["America", "US"],
      ["UK", "GB"],
      ["Great Britain", "GB"],
      ["England", "GB"],
      ["Holland", "NL"],
      ["The Netherlands", "NL"],
      ["Ivory Coast", "CI"],
      ["Burma", "MM"],
      ["Czechia", "CZ"],
      ["Czech Republic", "CZ"],
      ["Swaziland", "SZ"],
      ["East Timor", "TL"],
      ["Oost-Timor", "TL"],
      ["DRC", "CD"],
      ["St. Lucia", "LC"],
      ["Trinidad & Tobago", "TT"],
      ["Turkey", "TR"],
      ["Türkiye", "TR"],
      ["Vatican", "VA"],
      ["Deutschland", "DE"],
      ["the gambia", "GM"],
      ["VAE", "AE"],
      ["Saoedi-Arabië", "SA"],
    ]) {
      expect(code(alias!), alias).toBe(expected);
    }
  });

  it("a name two countries share asks which one", () => {
    const match = findCountry("Congo");
    expect(match.kind).toBe("ambiguous");
    expect(match.kind === "ambiguous" && match.options.map((c) => c.code).sort()).toEqual(["CD", "CG"]);
    const parsed = parseMove({ country: "congo" });
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.error.message.en).toMatch(/Democratic Republic of the Congo or Republic of the Congo|Republic of the Congo or Democratic Republic of the Congo/);
    expect(!parsed.ok && parsed.error.message.nl).toMatch(/Congo-Kinshasa of Congo-Brazzaville|Congo-Brazzaville of Congo-Kinshasa/);
  });

  it("suggests close names for typos and beginnings", () => {
    expect(suggestCountries("Netherlnds").map((c) => c.code)).toContain("NL");
    expect(suggestCountries("Austrailia")[0]?.code).toBe("AU");
    expect(suggestCountries("Portgal")[0]?.code).toBe("PT");
    expect(suggestCountries("Duitsand")[0]?.code).toBe("DE");
    expect(suggestCountries("Korea").map((c) => c.code).sort()).toEqual(["KP", "KR"]);
    expect(suggestCountries("Argen")[0]?.code).toBe("AR");
    expect(suggestCountries("xqzzy")).toEqual([]);
    expect(suggestCountries("Korea", 1)).toHaveLength(1);
  });

  it("an unknown name is refused with suggestions in both languages", () => {
    const parsed = parseMove({ country: "Swedn" });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.error.code).toBe("didYouMean");
    expect(parsed.error.message.en).toMatch(/Did you mean .*Sweden.*\? That cost nothing/);
    expect(parsed.error.message.nl).toMatch(/Bedoel je .*Zweden.*\? Dit kostte niets/);
    const nothing = parseMove({ country: "Atlantis123" });
    expect(!nothing.ok && nothing.error.code).toBe("unknown");
  });

  it("refuses empty, overlong and non-text input", () => {
    for (const input of [{}, { country: "" }, { country: "   " }, { country: 42 }, { country: ["France"] }, { country: null }]) {
      const parsed = parseMove(input as Record<string, unknown>);
      expect(!parsed.ok && parsed.error.code, JSON.stringify(input)).toBe("empty");
    }
    const long = parseMove({ country: "France".repeat(20) });
    expect(!long.ok && long.error.code).toBe("tooLong");
  });

  it("normalising is idempotent and never throws, whatever is typed", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (text) => {
        const once = normaliseName(text);
        expect(normaliseName(once)).toBe(once);
        expect(["found", "ambiguous", "unknown"]).toContain(findCountry(text).kind);
      }),
    );
  });

  it("every country's English and Dutch names lead to it, and only to it", () => {
    for (const country of answerPool) {
      expect(code(country.name.en), country.name.en).toBe(country.code);
      expect(code(country.name.nl), country.name.nl).toBe(country.code);
    }
  });
});

describe("the shared board", () => {
  const board = () => startBoard("FR");

  it("every guess shows distance, direction and closeness, and stays for everyone", () => {
    const after = guessAll(board(), [
      [ada, "DE"],
      [bob, "ES"],
    ]);
    expect(after.guesses.map((g) => [g.code, g.by.name])).toEqual([
      ["DE", "Ada"],
      ["ES", "Bob"],
    ]);
    const germany = after.guesses[0]!;
    expect(germany.km).toBe(Math.round(distanceKm(countryByCode("DE")!, countryByCode("FR")!)));
    expect(compass(germany.bearing)).toBe("SW");
    expect(compass(after.guesses[1]!.bearing)).toBe("NE");
    expect(germany.closeness).toBeGreaterThan(90);
    expect(germany.at).toEqual(now);
  });

  it("a country already guessed is refused politely, naming who guessed it, and changes nothing", () => {
    const after = guessAll(board(), [[ada, "DE"]]);
    const again = play(after, bob, { code: "DE" }, now);
    expect(again.ok).toBe(false);
    if (again.ok) return;
    expect(again.error.code).toBe("repeated");
    expect(again.error.message.en).toMatch(/Germany was already guessed by Ada: [\d,]+ km, head south-west/);
    expect(again.error.message.nl).toMatch(/Duitsland is al gegokt door Ada: [\d.]+ km, ga naar het zuidwesten/);
    expect(after.guesses).toHaveLength(1);
  });

  it("the right country solves the board; nothing is accepted after that", () => {
    const solved = guessAll(board(), [
      [ada, "DE"],
      [bob, "BE"],
      [cy, "FR"],
    ]);
    expect(solved.solvedBy).toEqual(cy);
    expect(solved.guesses.at(-1)).toMatchObject({ code: "FR", km: 0, closeness: 100 });
    const late = play(solved, ada, { code: "IT" }, now);
    expect(!late.ok && late.error.code).toBe("solved");
  });

  it("guesses are listed closest first, ties in the order they were made", () => {
    const after = guessAll(board(), [
      [ada, "JP"],
      [bob, "BE"],
      [cy, "DE"],
    ]);
    expect(rankedGuesses(after).map((g) => g.code)).toEqual(["BE", "DE", "JP"]);
  });

  it("names the finder and the best helper, and scores everyone who guessed", () => {
    const solved = guessAll(board(), [
      [ada, "JP"],
      [bob, "BE"],
      [ada, "IT"],
      [cy, "FR"],
    ]);
    const summary = summarise(solved);
    expect(summary.finder).toEqual(cy);
    expect(summary.bestHelper?.player).toEqual(bob);
    expect(summary.bestHelper?.guess.code).toBe("BE");
    expect(summary.players).toEqual([
      { id: ada.id, name: "Ada", points: POINTS.helper, won: false },
      { id: bob.id, name: "Bob", points: POINTS.bestHelper, won: false },
      { id: cy.id, name: "Cy", points: POINTS.finder, won: true },
    ]);
  });

  it("the finder's own earlier guesses do not make them their own helper", () => {
    const solved = guessAll(board(), [
      [ada, "BE"],
      [bob, "JP"],
      [ada, "FR"],
    ]);
    expect(summarise(solved).bestHelper?.player).toEqual(bob);
    const alone = guessAll(board(), [
      [ada, "BE"],
      [ada, "FR"],
    ]);
    expect(summarise(alone).bestHelper).toBeUndefined();
  });

  it("an unsolved board names the closest guess, gives no win and a point for taking part", () => {
    const open = guessAll(board(), [
      [ada, "JP"],
      [bob, "BE"],
    ]);
    const summary = summarise(open);
    expect(summary.solved).toBe(false);
    expect(summary.closest?.code).toBe("BE");
    expect(summary.players.every((p) => p.points === POINTS.unsolved && !p.won)).toBe(true);
  });

  it("only a sovereign state can be the mystery country", () => {
    expect(() => startBoard("GL")).toThrow();
    expect(() => startBoard("XX")).toThrow();
    expect(startBoard("DK")).toEqual({ answerCode: "DK", guesses: [] });
  });
});

describe("each circle's order of mystery countries", () => {
  const continents = (codes: string[]) => codes.map((c) => countryByCode(c)!.continent);

  it("draws every sovereign state exactly once per cycle, small ones included", () => {
    for (const seed of ["circle-a", "19:abc@thread.tacv2", ""]) {
      const order = answerOrder(seed);
      expect(order).toHaveLength(answerPool.length);
      expect(new Set(order).size).toBe(answerPool.length);
      expect(order).toContain("VA");
      expect(order).toContain("TV");
    }
  });

  it("never repeats within as many rounds as there are countries", () => {
    const drawn = Array.from({ length: answerPool.length }, (_, i) => answerAt("circle-x", i));
    expect(new Set(drawn).size).toBe(answerPool.length);
  });

  it("varies the continents: never two in a row from one continent, at least three in any six rounds", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (seed) => {
        const order = continents(answerOrder(seed));
        for (let i = 1; i < order.length; i++) expect(order[i]).not.toBe(order[i - 1]);
        for (let i = 0; i + 6 <= order.length; i++) expect(new Set(order.slice(i, i + 6)).size).toBeGreaterThanOrEqual(3);
      }),
      { numRuns: 60 },
    );
  });

  it("spreads each continent over the whole cycle instead of bunching it", () => {
    const order = continents(answerOrder("circle-spread"));
    const half = order.length / 2;
    for (const continent of ["AF", "AS", "EU", "NA", "OC", "SA"]) {
      const total = order.filter((c) => c === continent).length;
      const firstHalf = order.slice(0, Math.floor(half)).filter((c) => c === continent).length;
      expect(Math.abs(firstHalf - total / 2), continent).toBeLessThanOrEqual(2);
    }
  });

  it("is the same for the same circle and differs between circles", () => {
    expect(answerOrder("circle-1")).toEqual(answerOrder("circle-1"));
    expect(answerOrder("circle-1")).not.toEqual(answerOrder("circle-2"));
    expect(answerAt("circle-1", 5)).toBe(answerOrder("circle-1|0")[5]);
  });

  it("starts a new cycle after the list is used up, without repeating the last country at once", () => {
    const n = answerPool.length;
    for (const circle of ["c1", "c2", "c3", "c4", "c5", "c6", "c7", "c8"]) {
      expect(answerAt(circle, n)).not.toBe(answerAt(circle, n - 1));
      const second = Array.from({ length: n }, (_, i) => answerAt(circle, n + i));
      expect(new Set(second).size).toBe(n);
    }
    expect(() => answerAt("c1", -1)).toThrow();
    expect(() => answerAt("c1", 1.5)).toThrow();
  });
});

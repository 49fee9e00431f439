// @vitest-environment jsdom
// The tab speaks English and Dutch, chosen from the Teams or browser locale.

import { afterEach, describe, expect, it, vi } from "vitest";
import { pickLocale } from "../../shared/i18n";
import tabEn from "../../shared/i18n/tab.en";
import tabNl from "../../shared/i18n/tab.nl";
import { emptyHome, homePath } from "./fake-pages";
import { circleList, circlePath, productTeam, productTeamDetails } from "./fake-circles";
import { expectText, fakeApi, headings, renderTab, unmountTab, waitFor } from "./tab-harness";

afterEach(async () => {
  await unmountTab();
  vi.restoreAllMocks();
});

const keysOf = (strings: object, prefix = ""): string[] =>
  Object.entries(strings).flatMap(([key, value]) => (typeof value === "string" ? [prefix + key] : keysOf(value, `${prefix}${key}.`)));

describe("language", { timeout: 20_000 }, () => {
  it("maps Dutch locales to nl and everything else to en", () => {
    expect(pickLocale("nl-NL")).toBe("nl");
    expect(pickLocale("nl-be")).toBe("nl");
    expect(pickLocale("nl")).toBe("nl");
    expect(pickLocale("en-US")).toBe("en");
    expect(pickLocale("de-DE")).toBe("en");
    expect(pickLocale(undefined)).toBe("en");
  });

  it("has every English string in Dutch too", () => {
    expect(keysOf(tabNl)).toEqual(keysOf(tabEn));
  });

  it("a Dutch browser gets the preview in Dutch", async () => {
    vi.spyOn(navigator, "language", "get").mockReturnValue("nl-NL");
    fakeApi({
      "/api/session": { body: { mode: "local" } },
      "/api/circles": { body: circleList },
      [circlePath(productTeam.id)]: { body: productTeamDetails },
      [homePath(productTeam.id, "nl")]: { body: emptyHome(productTeam.id) },
    });
    await renderTab();

    await waitFor(() => expectText("Lokale preview — niet aangemeld bij Teams"));
    await waitFor(() => expectText("Nog geen sessies deze week"));
    expectText("Kanaal · 3 leden");
    expect(headings(2)).toEqual(["Regelmaat", "Volgende rituelen", "Vandaag", "Deze week", "Nieuwste shoutouts", "Mensen"]);
    expect(document.documentElement.lang).toBe("nl");
  });
});

// @vitest-environment jsdom
// The circle's pages in the tab — Home, History, a session's details, the Shoutout wall and the
// Leaderboards — each while loading, empty, failed, with data, and in Dutch; the circle's
// navigation between them; load more, filters, giving a shoutout and a +1.

import { act } from "react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { FakeRoutes } from "./tab-harness";
import { circleList, circlePath, productTeam, productTeamDetails } from "./fake-circles";
import {
  emptyHome,
  historyPage,
  historyPath,
  homePath,
  leaderboards,
  leaderboardsPath,
  sessionDetails,
  sessionPath,
  sessionView,
  shoutoutView,
  wallPage,
  wallPath,
} from "./fake-pages";
import { changeValue, click, expectText, fakeApi, headings, pageText, renderTab, spokenText, unmountTab, waitFor } from "./tab-harness";

const id = productTeam.id;
const enc = encodeURIComponent;
const hash = (page: string) => `#/${page}/${enc(id)}`;
const failure = { status: 500, body: { error: { code: "internal", message: "Something went wrong on our side (reference ab12cd34)." } } };

function server(routes: FakeRoutes = {}): FakeRoutes {
  return {
    "/api/session": { body: { mode: "local" } },
    "/api/circles": { body: circleList },
    [circlePath(id)]: { body: productTeamDetails },
    [homePath(id)]: { body: emptyHome(id) },
    [homePath(id, "nl")]: { body: emptyHome(id) },
    ...routes,
  };
}

/** The fake API, except that requests starting with `prefix` never answer (the page stays loading). */
function pendingFor(prefix: string, routes: FakeRoutes) {
  fakeApi(routes);
  const answer = globalThis.fetch;
  vi.stubGlobal("fetch", (input: RequestInfo | URL, init?: RequestInit) => (String(input).startsWith(prefix) ? new Promise(() => undefined) : answer(input, init)));
}

const button = (text: string) => {
  const found = [...document.querySelectorAll<HTMLButtonElement>("button")].find((b) => spokenText(b) === text || b.getAttribute("aria-label") === text);
  if (!found) throw new Error(`No button "${text}"`);
  return found;
};
const selectLabelled = (label: string) => {
  const field = [...document.querySelectorAll("label")].find((l) => l.textContent === label);
  if (!field) throw new Error(`No field "${label}"`);
  return document.getElementById(field.htmlFor) as HTMLSelectElement & HTMLInputElement;
};

// Fluent's dropdowns measure themselves; jsdom has no layout to observe.
beforeEach(() => {
  vi.stubGlobal(
    "ResizeObserver",
    class {
      observe() {}
      unobserve() {}
      disconnect() {}
    },
  );
});

async function typeInto(textarea: HTMLTextAreaElement, value: string) {
  await act(async () => {
    Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, "value")!.set!.call(textarea, value);
    textarea.dispatchEvent(new Event("input", { bubbles: true }));
  });
}

afterEach(async () => {
  await unmountTab();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  window.localStorage.clear();
});

describe("the circle's pages", { timeout: 30_000 }, () => {
  it("every circle page has the same navigation, with the current page marked", async () => {
    fakeApi(server({ [historyPath(id)]: { body: historyPage(id, []) } }));
    await renderTab(hash("history"));
    const nav = await waitFor(() => {
      const found = document.querySelector('nav[aria-label="Circle pages"]');
      if (!found) throw new Error("no circle navigation yet");
      return found;
    });
    const links = [...nav.querySelectorAll("a")].map((a) => [a.textContent, a.getAttribute("href"), a.getAttribute("aria-current")]);
    expect(links).toEqual([
      ["Home", hash("circle"), null],
      ["History", hash("history"), "page"],
      ["Shoutout wall", hash("wall"), null],
      ["Journey", hash("journey"), null],
      ["Leaderboards", hash("leaderboards"), null],
      ["Insights", hash("insights"), null],
      ["Settings", hash("settings"), null],
    ]);
  });

  describe("Home", () => {
    it("shows loading, then the circle at a glance", async () => {
      const home = {
        ...emptyHome(id),
        upcoming: [{ ritualId: "week-in-review" as const, ritualName: "Week in review", at: "2026-03-13T14:30:00.000Z" }],
        thisWeek: [sessionView(id, 1, { localDate: "2026-03-12", scheduledFor: "2026-03-12T08:00:00.000Z", state: "open", podium: [] })],
        today: { localDate: "2026-03-12", sessions: [sessionView(id, 1, { localDate: "2026-03-12", state: "open", podium: [] })], shoutouts: 2 },
        consistency: { days: 28, planned: 20, held: 19, extra: 2, percent: 95, weekStreak: 3, weeks: [{ weekStart: "2026-03-09", planned: 4, held: 4 }] },
        shoutouts: [shoutoutView(1)],
        shoutoutTotal: 100,
        milestone: { count: 100, shoutout: shoutoutView(1) },
      };
      pendingFor(homePath(id), server());
      await renderTab(hash("circle"));
      await waitFor(() => expectText("Loading the circle's overview…"));
      await unmountTab();

      fakeApi(server({ [homePath(id)]: { body: home } }));
      await renderTab(hash("circle"));
      await waitFor(() => expectText("95%"));
      expectText("19 of 20 planned rituals held in the last 28 days (plus 2 played on demand)");
      expectText("3 weeks in a row with every planned ritual held");
      expectText("Week of Mar 9: 4 of 4 held");
      expectText("Fri, Mar 13, 15:30 — Week in review");
      expectText("2 shoutouts given today");
      expectText("🎉 100 shoutouts!");
      expectText("See the wall (100 shoutouts)");
      expectText("Thanks for the review, number 1");
      expect(headings(2)).toEqual(["Consistency", "Next rituals", "Today", "This week", "Newest shoutouts", "People"]);
    });

    it("says when it could not load, and in Dutch what it is", async () => {
      fakeApi(server({ [homePath(id)]: failure }));
      await renderTab(hash("circle"));
      await waitFor(() => expectText("Couldn't load the circle's overview"));
      expectText("Something went wrong on our side (reference ab12cd34).");
      await unmountTab();

      vi.spyOn(navigator, "language", "get").mockReturnValue("nl-NL");
      fakeApi(server());
      await renderTab(hash("circle"));
      await waitFor(() => expectText("Er was niets gepland in de afgelopen 28 dagen"));
      expectText("Nog geen volle week");
      expect(document.querySelector('nav[aria-label="Pagina\'s van de cirkel"]')).not.toBeNull();
    });
  });

  describe("History", () => {
    it("loads, lists sessions newest first with results and participation, and loads more", async () => {
      pendingFor(historyPath(id), server());
      await renderTab(hash("history"));
      await waitFor(() => expectText("Loading the history…"));
      await unmountTab();

      const api = fakeApi(
        server({
          [historyPath(id)]: { body: historyPage(id, [sessionView(id, 1), sessionView(id, 2, { state: "missed", participantCount: 0, podium: [] })], "next-1") },
          [historyPath(id, "lang=en&cursor=next-1")]: { body: historyPage(id, [sessionView(id, 3, { trigger: "now" })]) },
          [historyPath(id, "ritual=daily-trivia&lang=en")]: { body: historyPage(id, []) },
        }),
      );
      await renderTab(hash("history"));
      await waitFor(() => expect(headings(1)).toEqual(["History"]));
      await waitFor(() => expectText("Top: 1. Ada Lovelace (5), 2. Grace Hopper (3)"));
      expectText("3 took part");
      expectText("Missed");
      expectText("Nobody took part");
      const details = [...document.querySelectorAll("a")].find((a) => a.textContent === "Wordl6")!;
      expect(details.getAttribute("href")).toBe(`#/session/${enc(sessionView(id, 1).id)}`);
      expect(details.getAttribute("aria-label")).toBe("Details of Wordl6, Wednesday, March 11, 2026");

      await click(button("Load more"));
      await waitFor(() => expectText("Played on demand"));
      expectText("All 3 shown");
      expect(api.requests.map((r) => r.path)).toContain(historyPath(id, "lang=en&cursor=next-1"));

      await changeValue(selectLabelled("Ritual"), "daily-trivia");
      await waitFor(() => expectText("No sessions match these filters"));
      await click(button("Clear filters"));
      await waitFor(() => expectText("Top: 1. Ada Lovelace"));
    });

    it("is honest when empty, explains a failure, and speaks Dutch", async () => {
      fakeApi(server({ [historyPath(id)]: { body: historyPage(id, []) } }));
      await renderTab(hash("history"));
      await waitFor(() => expectText("No sessions yet — the first ritual will appear here"));
      await unmountTab();

      fakeApi(server({ [historyPath(id)]: failure }));
      await renderTab(hash("history"));
      await waitFor(() => expectText("Couldn't load the history"));
      expect(document.querySelector('[role="alert"]')).not.toBeNull();
      await unmountTab();

      vi.spyOn(navigator, "language", "get").mockReturnValue("nl-NL");
      fakeApi(server({ [historyPath(id, "lang=nl")]: { body: historyPage(id, [sessionView(id, 1)]) } }));
      await renderTab(hash("history"));
      await waitFor(() => expect(headings(1)).toEqual(["Geschiedenis"]));
      await waitFor(() => expectText("3 deden mee"));
      expectText("Gesloten");
    });
  });

  describe("a session's details", () => {
    const session = sessionView(id, 1);
    const sessionHash = `#/session/${enc(session.id)}`;

    it("shows the results, who took part and what the ritual may tell", async () => {
      pendingFor(sessionPath(id, session.id), server());
      await renderTab(sessionHash);
      await waitFor(() => expectText("Loading the session…"));
      await unmountTab();

      fakeApi(server({ [sessionPath(id, session.id)]: { body: sessionDetails(id) } }));
      await renderTab(sessionHash);
      await waitFor(() => expect(headings(1)).toEqual(["Wordl6 — Wednesday, March 11, 2026"]));
      expectText("The word was PLANET");
      expectText("Ada Lovelace — Winner");
      expectText("Someone who left the circle");
      expect([...document.querySelectorAll("a")].find((a) => spokenText(a) === "Back to the history")!.getAttribute("href")).toBe(hash("history"));
      expect(document.querySelector('nav[aria-label="Circle pages"] [aria-current="page"]')!.textContent).toBe("History");
    });

    it("an open round keeps its word secret and has no results yet; errors and Dutch", async () => {
      const open = sessionDetails(id, { state: "open", closedAt: undefined, results: [], participants: [], participantCount: 0, facts: { kind: "wordl6", answer: null } });
      fakeApi(server({ [sessionPath(id, session.id)]: { body: open } }));
      await renderTab(sessionHash);
      await waitFor(() => expectText("The word stays secret until the round closes"));
      expectText("Results appear when the round closes");
      expectText("Nobody took part");
      await unmountTab();

      fakeApi(server({ [sessionPath(id, session.id)]: { status: 404, body: { error: { code: "session_not_found", message: "This session is not (or no longer) in this circle." } } } }));
      await renderTab(sessionHash);
      await waitFor(() => expectText("This session is not (or no longer) in this circle."));
      await unmountTab();

      vi.spyOn(navigator, "language", "get").mockReturnValue("nl-NL");
      fakeApi(server({ [sessionPath(id, session.id, "nl")]: { body: sessionDetails(id, { facts: { kind: "week-in-review", people: 2, answered: { wentWell: 2, learned: 1, helpedBy: 0 } } }) } }));
      await renderTab(sessionHash);
      await waitFor(() => expectText("2 mensen antwoordden"));
      expectText("De antwoorden zelf staan in de samenvatting in de chat, niet hier.");
    });
  });

  describe("Shoutout wall", () => {
    it("shows the wall, filters it, loads more, gives a +1 and a shoutout", async () => {
      pendingFor(wallPath(id), server());
      await renderTab(hash("wall"));
      await waitFor(() => expectText("Loading the wall…"));
      await unmountTab();

      // The preview's person: Grace.
      window.localStorage.setItem("quiet-circles.preview-person", "29:grace");
      const given = shoutoutView(9, { message: "for the great demo", giverName: "Grace Hopper", recipients: [{ id: "29:alan", name: "Alan Turing" }] });
      const api = fakeApi(
        server({
          [wallPath(id, "lang=en&as=29%3Agrace")]: { body: wallPage(id, [shoutoutView(1), shoutoutView(2, { fromOtherCircle: true, tag: null })], { nextCursor: "c2", total: 3, milestone: { count: 10, shoutout: shoutoutView(1) } }) },
          [wallPath(id, "lang=en&as=29%3Agrace&cursor=c2")]: { body: wallPage(id, [shoutoutView(3)], { total: 3 }) },
          [wallPath(id, "person=29%3Aalan&lang=en&as=29%3Agrace")]: { body: wallPage(id, []) },
          [`POST /api/circles/${enc(id)}/shoutouts/s1/reactions?lang=en&as=29%3Agrace`]: { body: shoutoutView(1, { reactions: 2, reactedByMe: true }) },
          [`POST /api/circles/${enc(id)}/shoutouts?lang=en&as=29%3Agrace`]: { status: 201, body: { shoutout: given, posted: true, milestone: null } },
        }),
      );
      await renderTab(hash("wall"));
      await waitFor(() => expect(headings(1)).toEqual(["Shoutout wall"]));
      await waitFor(() => expectText("3 shoutouts on the wall"));
      expectText("🎉 10 shoutouts!");
      expectText("From another circle");
      expectText("#Teamwork");

      expect(button("+1 · 1 for Grace Hopper's shoutout").getAttribute("aria-pressed")).toBe("false");
      await click(button("+1 · 1 for Grace Hopper's shoutout"));
      await waitFor(() => expect(button("+1 · 2 for Grace Hopper's shoutout").getAttribute("aria-pressed")).toBe("true"));

      await click(button("Load more"));
      await waitFor(() => expectText("Thanks for the review, number 3"));

      // Give one: Grace (who the preview acts as) is not offered as a recipient.
      const boxes = [...document.querySelectorAll<HTMLInputElement>('fieldset input[type="checkbox"]')];
      expect(boxes.map((box) => document.querySelector(`label[for="${box.id}"]`)!.textContent)).toEqual(["Ada Lovelace", "Alan Turing"]);
      await click(button("Give shoutout"));
      await waitFor(() => expectText("Pick at least one person"));
      await click(boxes[1]!);
      await typeInto(document.querySelector("textarea")!, "for the great demo");
      expectText("18 of 280 characters");
      await click(button("Give shoutout"));
      await waitFor(() => expectText("Thanks given — it is posted in the chat too"));
      expect(api.requests.find((r) => r.method === "POST" && r.path.endsWith("/shoutouts?lang=en&as=29%3Agrace"))!.body).toEqual({ recipients: ["29:alan"], message: "for the great demo", tag: null });
      expectText("4 shoutouts on the wall");

      await changeValue(selectLabelled("Person"), "29:alan");
      await waitFor(() => expectText("No shoutouts match these filters"));
    });

    it("is honest when empty, explains failures, and speaks Dutch; the preview asks who you are", async () => {
      fakeApi(server({ [wallPath(id)]: { body: wallPage(id, [], { me: null }) } }));
      await renderTab(hash("wall"));
      await waitFor(() => expectText("No shoutouts yet — thanks given in this circle will appear here"));
      expectText("pick who you are");
      expect(button("Give shoutout").disabled).toBe(true);
      await unmountTab();

      fakeApi(server({ [wallPath(id)]: failure }));
      await renderTab(hash("wall"));
      await waitFor(() => expectText("Couldn't load the wall"));
      await unmountTab();

      vi.spyOn(navigator, "language", "get").mockReturnValue("nl-NL");
      fakeApi(server({ [wallPath(id, "lang=nl")]: { body: wallPage(id, [shoutoutView(1)]) } }));
      await renderTab(hash("wall"));
      await waitFor(() => expect(headings(1)).toEqual(["Shoutoutmuur"]));
      await waitFor(() => expectText("Van Grace Hopper"));
      expectText("Geef een shoutout");
    });
  });

  describe("Leaderboards", () => {
    it("shows each game's board for the chosen period, and its streaks", async () => {
      pendingFor(leaderboardsPath(id), server());
      await renderTab(hash("leaderboards"));
      await waitFor(() => expectText("Loading the leaderboards…"));
      await unmountTab();

      fakeApi(server({ [leaderboardsPath(id)]: { body: leaderboards(id) } }));
      await renderTab(hash("leaderboards"));
      await waitFor(() => expectText("Grace Hopper"));
      expect(headings(2)).toEqual(["Daily Trivia"]);
      expectText("Ada Lovelace: 6 working days in a row (best 11)");
      const rows = () => [...document.querySelectorAll("tbody tr")].map((tr) => [...tr.querySelectorAll("td")].map((td) => td.textContent));
      expect(rows()).toEqual([
        ["1", "Ada Lovelace", "120", "20"],
        ["2", "Grace Hopper", "80", "9"],
      ]);
      expect(button("All time").getAttribute("aria-pressed")).toBe("true");
      await click(button("Today"));
      await waitFor(() => expect(rows()).toEqual([["1", "Alan Turing", "4", "1"]]));
    });

    it("is honest when no game runs yet, explains failures, and speaks Dutch", async () => {
      fakeApi(server({ [leaderboardsPath(id)]: { body: { circleId: id, today: "2026-03-12", games: [] } } }));
      await renderTab(hash("leaderboards"));
      await waitFor(() => expectText("No games yet"));
      await unmountTab();

      fakeApi(server({ [leaderboardsPath(id)]: failure }));
      await renderTab(hash("leaderboards"));
      await waitFor(() => expectText("Couldn't load the leaderboards"));
      await unmountTab();

      vi.spyOn(navigator, "language", "get").mockReturnValue("nl-NL");
      fakeApi(server({ [leaderboardsPath(id, "nl")]: { body: leaderboards(id) } }));
      await renderTab(hash("leaderboards"));
      await waitFor(() => expect(headings(1)).toEqual(["Ranglijsten"]));
      await waitFor(() => expectText("6 werkdagen op rij"));
      expect(pageText()).toContain("Altijd");
    });
  });
});

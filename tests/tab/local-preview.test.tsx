// @vitest-environment jsdom
// The tab in a plain browser against a local server: the local preview.

import { afterEach, describe, expect, it } from "vitest";
import {
  circleList,
  circlePath,
  leadersCircle,
  leadersDetails,
  productTeam,
  productTeamDetails,
} from "./fake-circles";
import { click, expectText, fakeApi, headings, pageText, renderTab, spokenText, unmountTab, waitFor, type FakeRoutes } from "./tab-harness";
import { emptyHome, homePath } from "./fake-pages";

const localServer: FakeRoutes = {
  "/api/session": { body: { mode: "local" } },
  "/api/circles": { body: circleList },
  [circlePath(productTeam.id)]: { body: productTeamDetails },
  [circlePath(leadersCircle.id)]: { body: leadersDetails },
  [homePath(productTeam.id)]: { body: emptyHome(productTeam.id) },
  [homePath(leadersCircle.id)]: { body: emptyHome(leadersCircle.id, leadersCircle.name) },
};

/** The people in the list labelled by the heading that starts with `heading`. */
const peopleIn = (heading: string) => {
  const list = [...document.querySelectorAll("ul[aria-labelledby]")].find((ul) =>
    document.getElementById(ul.getAttribute("aria-labelledby")!)?.textContent?.startsWith(heading),
  );
  return [...(list?.querySelectorAll("li") ?? [])].map(spokenText);
};

afterEach(unmountTab);

// Rendering Fluent UI in jsdom is slow on a cold start, hence the generous timeout.
describe("local preview", { timeout: 20_000 }, () => {
  it("shows the local preview banner and offers the circles from the local data store", async () => {
    fakeApi(localServer);
    await renderTab();

    await waitFor(() => expectText("Local preview — not signed in to Teams; showing circles from the local data store"));
    const picker = await waitFor(() => document.querySelector<HTMLElement>('[role="combobox"]')!);
    await click(picker);
    const options = [...document.querySelectorAll('[role="option"]')].map((option) => option.textContent);
    expect(options).toEqual([expect.stringContaining("Product Team › General"), expect.stringContaining("Leaders' peer circle")]);
  });

  it("opens the first circle and shows its facilitators and members", async () => {
    fakeApi(localServer);
    await renderTab();

    await waitFor(() => expect(headings(1)).toEqual(["Product Team › General"]));
    expectText("Channel · 3 members");
    expect(peopleIn("Facilitators")).toEqual(["Ada Lovelace"]);
    expect(peopleIn("Members")).toEqual(["Ada Lovelace", "Grace Hopper", "Alan Turing"]);
  });

  it("picking another circle shows that circle's people", async () => {
    const api = fakeApi(localServer);
    await renderTab();
    await waitFor(() => expect(headings(1)).toEqual(["Product Team › General"]));

    await click(document.querySelector<HTMLElement>('[role="combobox"]')!);
    const leaders = [...document.querySelectorAll<HTMLElement>('[role="option"]')].find((option) => option.textContent?.includes("Leaders"))!;
    await click(leaders);

    await waitFor(() => expect(headings(1)).toEqual(["Leaders' peer circle"]));
    expect(peopleIn("Facilitators")).toEqual(["Barbara Liskov"]);
    expect(peopleIn("Members")).toEqual(["Barbara Liskov", "Margaret Hamilton"]);
    expect(window.location.hash).toBe(`#/circle/${encodeURIComponent(leadersCircle.id)}`);
    expect(api.requests.map((request) => request.path)).toContain(circlePath(leadersCircle.id));
  });

  it("a new circle's Home says honestly that nothing happened yet", async () => {
    fakeApi(localServer);
    await renderTab();

    await waitFor(() => expectText("No sessions yet this week"));
    expectText("No shoutouts yet — thanks given in this circle will appear here");
    expectText("Nothing was planned in the last 28 days");
    expect(headings(2)).toEqual(["Consistency", "Next rituals", "Today", "This week", "Newest shoutouts", "People"]);
  });

  it("a circle the server doesn't know shows the API's message", async () => {
    fakeApi({
      ...localServer,
      [circlePath("19:gone@thread.v2")]: { status: 404, body: { error: { code: "circle_not_found", message: "This circle no longer exists." } } },
    });
    await renderTab(`#/circle/${encodeURIComponent("19:gone@thread.v2")}`);

    await waitFor(() => expectText("Couldn't load this circle"));
    expectText("This circle no longer exists.");
    expect(document.querySelector('[role="alert"]')).not.toBeNull();
    expect(pageText()).not.toContain("Try again");
  });

  it("a server error shows the API's message and offers to try again", async () => {
    fakeApi({ ...localServer, "/api/circles": { status: 500, body: { error: { code: "internal", message: "Something broke (reference 4f2a)." } } } });
    await renderTab();

    await waitFor(() => expectText("Couldn't load the circles"));
    expectText("Something broke (reference 4f2a).");
    expectText("Try again");
  });

  it("an error without the API's body still explains itself", async () => {
    fakeApi({ ...localServer, "/api/circles": { status: 502, body: "<html>Bad gateway</html>" } });
    await renderTab();

    await waitFor(() => expectText("The Quiet Circles server answered with an unexpected error (HTTP 502)."));
  });

  it("a server set up for Teams asks to open the tab in Teams instead of previewing", async () => {
    const api = fakeApi({ ...localServer, "/api/session": { body: { mode: "teams" } } });
    await renderTab();

    await waitFor(() => expectText("Open Quiet Circles in Microsoft Teams"));
    expect(pageText()).not.toContain("Local preview");
    expect(api.requests.map((request) => request.path)).toEqual(["/api/session"]);
  });

  it("My circles lists every circle, each linking to its page", async () => {
    fakeApi(localServer);
    await renderTab("#/me");

    await waitFor(() => expect(headings(1)).toEqual(["My circles"]));
    const list = await waitFor(() => document.querySelector('ul[aria-label="Circles you belong to"]')!);
    const links = [...list.querySelectorAll("a")].map((link) => [link.textContent, link.getAttribute("href")]);
    expect(links).toEqual([
      ["Product Team › General", `#/circle/${encodeURIComponent(productTeam.id)}`],
      ["Leaders' peer circle", `#/circle/${encodeURIComponent(leadersCircle.id)}`],
    ]);
  });

  it("an empty local data store says how circles appear", async () => {
    fakeApi({ ...localServer, "/api/circles": { body: { circles: [] } } });
    await renderTab("#/me");

    await waitFor(() => expectText("You're not in a circle yet"));
  });

  it("the settings page explains what the tab shows", async () => {
    fakeApi(localServer);
    await renderTab("#/config");

    await waitFor(() => expect(headings(1)).toEqual(["Quiet Circles for this conversation"]));
    expectText("the history of its rituals and the shoutout wall");
  });
});

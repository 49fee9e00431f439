// Walk the Globe end to end through /api/messages with several people: the shared card, guesses at
// the same moment (both counted), names in English and Dutch, refusals that cost nothing, a forged
// session of another circle, the solve that closes the round at once with finder, best helper,
// points and the journey's new leg (recorded once), a round that runs out of time, the next day's
// leg, a crowded board under the size limit, and the command in a personal chat and a meeting.

import { describe, expect, it } from "vitest";
import { createGames } from "../../bot/games";
import { globeCard, MAX_GUESSES_SHOWN } from "../../bot/games/globe";
import type { Circle } from "../../shared/circles/types";
import { answerPool, countryByCode, distanceKm, getJourney, play, startBoard, type GlobeBoard } from "../../shared/games/globe";
import type { Session } from "../../shared/sessions/types";
import * as A from "../helpers/activities";
import { cardText, expectValidCard } from "../helpers/cards";
import { circleHarness } from "../helpers/circle-harness";
import { cardsOf } from "../helpers/connector";
import { ada, bob, cy } from "../helpers/people";

type Person = typeof ada;

const where = A.channel(9);
const day1 = "2026-11-26";
const sessionOf = (date: string, at = where) => `${at.conversationId}|walk-the-globe|${date}`;

const harness = circleHarness({ where, members: [ada, bob, cy], startAt: new Date(`${day1}T09:00:00Z`), localTimezone: "Europe/Amsterdam" });
const { connector, server, clock, say } = harness;

/** Bob types `globe`; the scheduler posts the shared card. */
// In a channel the card is a new post (Teams may list it above the reply); elsewhere it follows below.
const openRound = (at = where) =>
  harness.openRound(bob, "globe", at.kind === "channel" ? "Walk the Globe is open in a new post in this channel." : "Walk the Globe is open below.", at);

async function guess(who: Person, country: string, date = day1, at = where) {
  const res = await server.press(at, who, "globe.move", { sessionId: sessionOf(date, at), country }, connector.url);
  expect(res.statusCode).toBe(200);
  if (res.type === "application/vnd.microsoft.card.adaptive") expectValidCard(res.value);
  return res;
}

const sessionDoc = (date = day1, at = where) => server.store.collection<Session>("sessions").findOne({ _id: sessionOf(date, at) });
const board = async (date = day1, at = where) => (await sessionDoc(date, at))!.data.board as GlobeBoard;
const nameOf = (code: string, locale: "en" | "nl" = "en") => countryByCode(code)!.name[locale];
/** Countries that are not the answer, furthest first (so none of them solves the round by accident). */
const wrongCountries = (answer: string) =>
  answerPool.filter((c) => c.code !== answer).sort((a, b) => distanceKm(b, countryByCode(answer)!) - distanceKm(a, countryByCode(answer)!));
const resultsCards = () => cardsOf(connector.sent).filter((card) => cardText(card).includes("Walk the Globe — results"));

describe("walk the globe", () => {
  it("opens a shared card with a country box and a Guess button (Action.Execute with a Submit fallback)", async () => {
    const card = await openRound();
    expect(cardText(card)).toMatch(/Walk the Globe[\s\S]*mystery country[\s\S]*No guesses yet/);
    expect(JSON.stringify(card)).toContain('"id":"country"');
    const [action] = (card as { actions: { type: string; verb: string; fallback: { type: string } }[] }).actions;
    expect(action).toMatchObject({ type: "Action.Execute", verb: "globe.move", fallback: { type: "Action.Submit" } });
    expect(await say(cy, "wereldreis")).toBe("Today's Walk the Globe is already open in this conversation.");
    const { answerCode } = await board();
    expect(countryByCode(answerCode)?.sovereign).toBe(true);
  });

  it("people guessing at the same moment are all counted; everyone sees the guesses, closest first, with who guessed", async () => {
    await openRound();
    const { answerCode } = await board();
    const [far, farther, near] = [wrongCountries(answerCode)[20]!, wrongCountries(answerCode)[0]!, wrongCountries(answerCode).at(-1)!];
    const [a, b, c] = await Promise.all([guess(ada, nameOf(far.code)), guess(bob, nameOf(farther.code, "nl")), guess(cy, nameOf(near.code).toUpperCase())]);
    const after = await board();
    expect(after.guesses.map((g) => g.code).sort()).toEqual([far.code, farther.code, near.code].sort());
    expect(after.guesses.find((g) => g.code === far.code)?.by).toEqual({ id: ada.id, name: ada.name });
    for (const res of [a, b, c]) expect(cardText(res.value)).toMatch(/3 guesses so far|[12] guess(es)? so far/);

    await expect.poll(() => connector.updated.length, { timeout: 8_000 }).toBeGreaterThan(0);
    const shared = connector.updated.at(-1)!.activity.attachments![0]!.content;
    expectValidCard(shared);
    const text = cardText(shared);
    expect(text).toContain("3 guesses so far, closest first");
    const lines = text.split("\n").filter((line) => / km .* · \d+% · /.test(line));
    expect(lines.map((line) => line.replace(/^.*?\*\*(.+?)\*\*.*$/, "$1"))).toEqual([nameOf(near.code), nameOf(far.code), nameOf(farther.code)]);
    expect(lines[0]).toMatch(new RegExp(`(⬆️|↗️|➡️|↘️|⬇️|↙️|⬅️|↖️) \\*\\*${nameOf(near.code)}\\*\\* · [\\d,]+ km (N|NE|E|SE|S|SW|W|NW) · \\d+% · Cy Twombly`));
    expect(text).not.toContain(nameOf(answerCode));
    expect((await sessionDoc())!.participants.sort()).toEqual([ada.id, bob.id, cy.id].sort());
  });

  it("an unknown name gets suggestions, a repeated country names who guessed it; neither costs anything", async () => {
    await openRound();
    const { answerCode } = await board();
    const taken = wrongCountries(answerCode)[0]!;
    await guess(ada, nameOf(taken.code));
    const typo = await guess(cy, "Swedn");
    expect(cardText(typo.value)).toMatch(/I don't know a country called "Swedn"\. Did you mean .*Sweden.*\? That cost nothing\./);
    expect(JSON.stringify(typo.value)).toContain('"value":"Swedn"');
    const again = await guess(cy, nameOf(taken.code, "nl"));
    expect(cardText(again.value)).toContain(`${nameOf(taken.code)} was already guessed by Ada Lovelace`);
    const congo = await guess(bob, "Congo");
    expect(cardText(congo.value)).toMatch(/"Congo" could be .*Congo.* or .*Congo.*\. Which one do you mean\?/);
    for (const bad of ["", "   ", "x".repeat(300)]) {
      const refused = await guess(bob, bad);
      expect(cardText(refused.value)).toMatch(/Type a country name|too long for a country name/);
    }
    expect((await board()).guesses).toHaveLength(1);
    expect((await sessionDoc())!.participants).toEqual([ada.id]);
  });

  it("a forged session id of another circle, or of another game, is refused and changes nothing", async () => {
    await openRound();
    const other = A.channel(10);
    connector.members.set(other.teamId!, [ada, bob]);
    await server.post({ ...A.installed(other, ada, connector.url), localTimezone: "Europe/Amsterdam" });
    await openRound(other);
    const theirs = await board(day1, other);
    const forged = await server.press(where, cy, "globe.move", { sessionId: sessionOf(day1, other), country: nameOf(theirs.answerCode) }, connector.url);
    expect(forged.value).toMatch(/belongs to another round/);
    const wrongGame = await server.press(where, cy, "globe.move", { sessionId: `${where.conversationId}|wordl6|${day1}`, country: "France" }, connector.url);
    expect(wrongGame.value).toMatch(/belongs to another round/);
    const otherCircle = await server.press(where, cy, "globe.move", { circleId: other.conversationId, sessionId: sessionOf(day1, other), country: "France" }, connector.url);
    expect(JSON.stringify(otherCircle.value)).not.toContain("guesses so far");
    expect(await board(day1, other)).toEqual({ answerCode: theirs.answerCode, guesses: [] });
    expect(await board()).toMatchObject({ guesses: [] });
  });

  it("finding the country closes the round at once: results name the finder and best helper, points are recorded, the journey starts — once", async () => {
    await openRound();
    const { answerCode } = await board();
    const wrong = wrongCountries(answerCode);
    await guess(ada, nameOf(wrong.at(-1)!.code));
    await guess(cy, nameOf(wrong[0]!.code));
    connector.sent.length = 0;
    const found = await guess(bob, nameOf(answerCode, "nl"));
    expect(cardText(found.value)).toContain(`🎉 Bob Dylan found it: **${nameOf(answerCode)}**`);
    expect(JSON.stringify(found.value)).not.toContain('"id":"country"');

    await expect.poll(() => resultsCards().length, { timeout: 8_000 }).toBe(1);
    const [results] = resultsCards();
    expectValidCard(results!);
    const text = cardText(results!);
    expect(text).toContain(`The mystery country was **${nameOf(answerCode)}**`);
    expect(text).toContain("Found by Bob Dylan after 3 guesses by the circle.");
    expect(text).toContain(`Best helper: Ada Lovelace, whose guess ${nameOf(wrong.at(-1)!.code)} was`);
    expect(text).toContain(`The circle's journey starts here: ${nameOf(answerCode)} is its first stop.`);
    expect(text).not.toContain("Journey so far");
    expect(text).toContain("🏅 Milestone: the journey has begun");

    const session = (await sessionDoc())!;
    expect(session.state).toBe("closed");
    const shared = connector.updated.filter((u) => u.activityId === session.activityId).at(-1)!.activity.attachments![0]!.content;
    expectValidCard(shared);
    expect(cardText(shared)).toMatch(/Bob Dylan found it[\s\S]*Best helper: Ada Lovelace/);

    const scores = await server.store.collection("scores").find({ circleId: where.conversationId, gameId: "walk-the-globe" });
    expect(Object.fromEntries(scores.map((row) => [row.playerId, [row.points, row.wins]]))).toEqual({ [bob.id]: [10, 1], [ada.id]: [5, 0], [cy.id]: [2, 0] });
    const journey = (await getJourney(server.store, where.conversationId))!;
    expect(journey.stops).toMatchObject([{ code: answerCode, sessionId: session._id, legKm: 0 }]);

    // A close that runs again (a retry after a crash) neither adds a stop nor scores twice.
    const circle = (await server.store.collection<Circle>("circles").findOne({ _id: where.conversationId }))!;
    const poster = { updateCard: async () => undefined } as unknown as Parameters<typeof createGames>[1];
    const again = await createGames(server.store, poster).openers["walk-the-globe"]!.close({ circle, session, now: clock.now() });
    expect(cardText(again.summary)).toContain("The circle's journey starts here");
    await server.scheduler!.tick(clock.now());
    expect(resultsCards()).toHaveLength(1);
    expect((await getJourney(server.store, where.conversationId))!.stops).toHaveLength(1);
    const rescored = await server.store.collection("scores").find({ circleId: where.conversationId, gameId: "walk-the-globe" });
    expect(rescored.map((row) => row.points).sort()).toEqual([10, 2, 5].sort());

    const late = await guess(cy, "France");
    expect(JSON.stringify(late.value)).not.toContain('"id":"country"');
    expect((await board()).guesses).toHaveLength(3);

    connector.sent.length = 0;
    await server.post(A.message(where, cy, "leaderboard", connector.url));
    const [boards] = cardsOf(connector.sent);
    expectValidCard(boards!);
    expect(cardText(boards!)).toMatch(/Walk the Globe\n1\. Bob Dylan — 10 points · won 1×[\s\S]*2\. Ada Lovelace — 5 points[\s\S]*3\. Cy Twombly — 2 points/);
  });

  it("when the window closes unsolved, the answer is revealed with the closest guess, and the journey does not move", async () => {
    await openRound();
    const { answerCode } = await board();
    const near = wrongCountries(answerCode).at(-1)!;
    await guess(cy, nameOf(near.code));
    connector.sent.length = 0;
    clock.set(new Date(`${day1}T17:00:00Z`));
    await server.scheduler!.tick(clock.now());
    const [results] = resultsCards();
    expectValidCard(results!);
    expect(cardText(results!)).toMatch(new RegExp(`mystery country was \\*\\*${nameOf(answerCode)}\\*\\*[\\s\\S]*Nobody found it this time[\\s\\S]*Closest guess: ${nameOf(near.code)} by Cy Twombly`));
    expect(await getJourney(server.store, where.conversationId)).toBeNull();
    const scores = await server.store.collection("scores").find({ circleId: where.conversationId, gameId: "walk-the-globe" });
    expect(scores.map((row) => [row.playerId, row.points, row.wins])).toEqual([[cy.id, 1, 0]]);
  });

  it("the next day brings another country; solving it adds the leg from yesterday's stop", async () => {
    await openRound();
    const first = (await board()).answerCode;
    await guess(ada, nameOf(first));
    await expect.poll(() => resultsCards().length, { timeout: 8_000 }).toBe(1);

    clock.set(new Date("2026-11-27T09:00:00Z"));
    await openRound();
    const second = (await board("2026-11-27")).answerCode;
    expect(second).not.toBe(first);
    expect(countryByCode(second)!.continent).not.toBe(countryByCode(first)!.continent);
    connector.sent.length = 0;
    await guess(cy, nameOf(second), "2026-11-27");
    await expect.poll(() => resultsCards().length, { timeout: 8_000 }).toBe(1);
    const journey = (await getJourney(server.store, where.conversationId))!;
    const legKm = journey.stops[1]!.legKm;
    expect(legKm).toBe(Math.round(distanceKm(countryByCode(first)!, countryByCode(second)!)));
    expect(journey).toMatchObject({ totalKm: legKm, countries: 2 });
    expect(cardText(resultsCards()[0]!)).toContain(`The circle travelled ${legKm.toLocaleString("en-GB")} km from ${nameOf(first)} to ${nameOf(second)}.`);
    expect(cardText(resultsCards()[0]!)).toContain(`Journey so far: ${legKm.toLocaleString("en-GB")} km, 2 countries, 2 continents.`);
  });

  it("a busy board stays readable and under the size limit: the closest guesses, then how many more", async () => {
    await openRound();
    const { answerCode } = await board();
    const people = [ada, bob, cy];
    const wrong = wrongCountries(answerCode).slice(0, 24);
    for (const [i, country] of wrong.entries()) await guess(people[i % 3]!, nameOf(country.code, i % 2 ? "nl" : "en"));
    const res = await guess(ada, "Atlantis");
    expectValidCard(res.value);
    expect(cardText(res.value)).toContain("24 guesses so far");
    expect(cardText(res.value)).toContain(`…and ${24 - MAX_GUESSES_SHOWN} guesses further away.`);
  });

  it("every guess in the world on one board, with long names, still fits a Teams card", async () => {
    const circle = (await server.store.collection<Circle>("circles").findOne({ _id: where.conversationId }))!;
    let full = startBoard("BR");
    const everyone = answerPool.filter((c) => c.code !== "BR");
    everyone.forEach((country, i) => {
      const result = play(full, { id: `29:p${i}`, name: `${"Wolfeschlegelsteinhausenbergerdorff ".repeat(3)}${i}` }, { code: country.code }, clock.now());
      if (result.ok) full = result.board;
    });
    const session = { ...(await sessionDoc()), _id: sessionOf(day1), closesAt: new Date(clock.now().getTime() + 3_600_000), state: "open" } as Session;
    for (const closed of [false, true]) {
      const card = globeCard({ circle, session, board: full, viewer: null, contributors: [], closed, notice: { kind: "Attention", text: "x".repeat(300) }, draft: { country: "y".repeat(500) } });
      expectValidCard(card as unknown as Record<string, unknown>);
    }
  });

  it("works in a personal chat and in a meeting chat, in Dutch too", async () => {
    const personal = A.personalChat(ada.id);
    await server.post(A.installed(personal, ada, connector.url, "nl-NL"));
    expect(await say(ada, "wereldreis", personal)).toBe("Wereldreis staat hieronder open.");
    await server.scheduler!.tick(clock.now());
    const [card] = cardsOf(connector.sent.filter((s) => s.conversationId.startsWith(personal.conversationId)));
    expectValidCard(card!);
    expect(cardText(card!)).toContain("Het mysterieland van vandaag");
    const { answerCode } = await board(day1, personal);
    const wrong = wrongCountries(answerCode)[3]!;
    const res = await guess(ada, nameOf(wrong.code, "nl"), day1, personal);
    expect(cardText(res.value)).toMatch(new RegExp(`\\*\\*${nameOf(wrong.code, "nl")}\\*\\* · [\\d.]+ km (N|NO|O|ZO|Z|ZW|W|NW) · \\d+% · Ada Lovelace`));

    const meeting = A.meetingChat(4);
    connector.members.set(meeting.conversationId, [ada, bob]);
    await server.post(A.installed(meeting, ada, connector.url));
    const shared = await openRound(meeting);
    expect(cardText(shared)).toMatch(/Walk the Globe[\s\S]*No guesses yet/);
    const meetingRound = await board(day1, meeting);
    await guess(bob, nameOf(meetingRound.answerCode), day1, meeting);
    expect((await board(day1, meeting)).solvedBy).toEqual({ id: bob.id, name: bob.name });
  });

  it("on clients without Universal Actions (Action.Submit) a guess still counts", async () => {
    await openRound();
    const { answerCode } = await board();
    const wrong = wrongCountries(answerCode)[5]!;
    await server.post(A.cardSubmit(where, bob, "globe.move", { circleId: where.conversationId, sessionId: sessionOf(day1), country: nameOf(wrong.code) }, connector.url));
    expect((await board()).guesses.map((g) => g.code)).toEqual([wrong.code]);
  });
});

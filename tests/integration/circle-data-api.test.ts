// The tab API for insights, the circle's data (export, remove my data), the personal tab and the
// meeting side panel, through real HTTP. Local mode with data the bot created through
// /api/messages (a trivia round, shoutouts, a team question); Teams mode for the authorization
// matrix: facilitator, member, non-member, another tenant, no token.

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { countryByCode, getJourney } from "../../shared/games/globe";
import type { Session } from "../../shared/sessions/types";
import type { Shoutout } from "../../shared/shoutouts/repository";
import * as A from "../helpers/activities";
import { startFakeConnector, type FakeConnector } from "../helpers/connector";
import { startTestServer, type TestServer } from "../helpers/server";
import { teamsModeEnv, testIdentityProvider } from "../helpers/sso";
import { eventually } from "../helpers/wait";

const ada = { id: "29:ada", name: "Ada Lovelace", aadObjectId: "00000000-0000-0000-0000-0000000000a1" };
const bob = { id: "29:bob", name: "Bob Dylan", aadObjectId: "00000000-0000-0000-0000-0000000000b2" };
const cy = { id: "29:cy", name: "Cy Twombly", aadObjectId: "00000000-0000-0000-0000-0000000000c3" };
const dan = { id: "29:dan", name: "Dan Flavin", aadObjectId: "00000000-0000-0000-0000-0000000000d4" };
const eve = { id: "29:eve", name: "Eve Outsider", aadObjectId: "00000000-0000-0000-0000-0000000000e5" };

let connector: FakeConnector;
beforeAll(async () => {
  connector = await startFakeConnector();
});
afterAll(() => connector.close());

const enc = encodeURIComponent;

async function call(server: TestServer, method: string, path: string, headers: Record<string, string> = {}) {
  const res = await fetch(`${server.url}${path}`, { method, headers: { "content-type": "application/json", ...headers }, body: method === "GET" ? undefined : "{}" });
  const text = await res.text();
  let json: any;
  try {
    json = JSON.parse(text);
  } catch {
    json = text;
  }
  return { status: res.status, json, headers: res.headers };
}

describe("local mode: data the bot created", () => {
  const where = A.groupChat(1);
  const other = A.channel(1);
  const circleId = where.conversationId;
  let server: TestServer;
  let clock: Date;

  const mention = (p: { id: string; name: string }) => ({ type: "mention", text: `<at>${p.name}</at>`, mentioned: { id: p.id, name: p.name } });
  async function shoutout(from: typeof ada, recipients: (typeof ada)[], text: string) {
    const tags = recipients.map((p) => `<at>${p.name}</at>`).join(" ");
    const activity = A.message(where, from, "", connector.url);
    const botMention = { type: "mention", text: `<at>${A.BOT.name}</at>`, mentioned: A.BOT };
    expect((await server.post({ ...activity, text: `<at>${A.BOT.name}</at> shoutout ${tags} ${text}`, entities: [botMention, ...recipients.map(mention)] })).status).toBe(200);
    clock = new Date(clock.getTime() + 61_000);
  }
  const press = (who: typeof ada, verb: string, data: Record<string, unknown>) => server.press(where, who, verb, data, connector.url);

  beforeAll(async () => {
    clock = new Date("2026-11-26T09:00:00Z"); // Thursday 10:00 in Amsterdam
    server = await startTestServer({}, { now: () => clock, scheduler: { tickMs: 3_600_000 } });
    connector.members.set(where.conversationId, [ada, bob, cy]);
    connector.members.set(other.teamId!, [dan, bob]);
    await server.post({ ...A.installed(where, ada, connector.url), localTimezone: "Europe/Amsterdam" });
    await server.post(A.installed(other, dan, connector.url));

    // A Daily Trivia round: Ada and Bob play, the round closes and scores.
    await server.post(A.message(where, ada, "trivia", connector.url));
    await server.scheduler!.tick(clock);
    const sessionId = `${circleId}|daily-trivia|2026-11-26`;
    const round = async () => ((await server.store.collection<Session>("sessions").findOne({ _id: sessionId }))!.data.round as any).questions;
    for (const who of [ada, bob]) {
      await press(who, "trivia.open", { sessionId });
      const questions = await round();
      for (const step of [0, 1, 2, 3, 4]) await press(who, "trivia.move", { sessionId, step, questionId: questions[step].id, choice: questions[step].answer });
    }
    clock = new Date("2026-11-26T11:00:00Z");
    await server.scheduler!.tick(clock);

    await shoutout(ada, [bob], "for the demo");
    await shoutout(bob, [ada], "for the coffee");
    await shoutout(cy, [bob, ada], "for the release");
    await shoutout(ada, [dan], "for lending a hand across teams");
    await press(bob, "trivia.add", { question: "Who of us climbed Kilimanjaro?", correct: "Bob", wrong1: "Ada", wrong2: "Cy", wrong3: "Dee" });
  }, 60_000);
  afterAll(() => server.close());

  it("insights: the week's rhythm, participation of the trivia round and the thanks across teams", async () => {
    const { status, json } = await call(server, "GET", `/api/circles/${enc(circleId)}/insights`);
    expect(status).toBe(200);
    expect(json.weeks).toHaveLength(12);
    const thisWeek = json.weeks.at(-1);
    expect(thisWeek).toMatchObject({ weekStart: "2026-11-23", extra: 1 });
    const trivia = json.participation.find((p: { ritualId: string }) => p.ritualId === "daily-trivia");
    expect(trivia.weeks.at(-1)).toEqual({ weekStart: "2026-11-23", sessions: 1, rate: 2 / 3 });
    expect(json.crossTeam).toMatchObject({ sent: 1, received: 0, circles: [{ name: "Team 1 › Coffee corner", shoutouts: 1 }], pairs: null });
    expect(JSON.stringify(json)).not.toContain(ada.name);
  });

  it("the personal tab shows Bob's circles, streak and shoutouts newest first, a page at a time", async () => {
    const me = await call(server, "GET", `/api/me?as=${enc(bob.id)}`);
    expect(me.status).toBe(200);
    expect(me.json.person).toEqual({ id: bob.id, name: bob.name });
    expect(me.json.circles.map((c: { id: string }) => c.id).sort()).toEqual([other.conversationId, circleId].sort());
    expect(me.json.streaks).toEqual([expect.objectContaining({ circleId, gameId: "daily-trivia", gameName: "Daily Trivia", current: 1, best: 1, points: 5, games: 1 })]);
    expect(me.json.people.map((p: { name: string }) => p.name)).toEqual([ada.name, bob.name, cy.name, dan.name]);

    const first = await call(server, "GET", `/api/me/shoutouts?as=${enc(bob.id)}&direction=received&limit=1`);
    expect(first.json.items.map((s: { message: string }) => s.message)).toEqual(["the release"]);
    const second = await call(server, "GET", `/api/me/shoutouts?as=${enc(bob.id)}&direction=received&limit=1&before=${enc(first.json.next)}`);
    expect(second.json.items.map((s: { message: string }) => s.message)).toEqual(["the demo"]);
    expect(second.json.next).toBeNull();
    const given = await call(server, "GET", `/api/me/shoutouts?as=${enc(bob.id)}&direction=given`);
    expect(given.json.items).toEqual([expect.objectContaining({ giverName: bob.name, recipients: [ada.name], message: "the coffee", circleName: "Group chat" })]);
    expect((await call(server, "GET", `/api/me/shoutouts?direction=sideways`)).status).toBe(400);
    expect((await call(server, "GET", `/api/me/shoutouts?before=forged`)).status).toBe(400);
    // Without a pick the preview shows nobody's data, only who can be picked.
    expect((await call(server, "GET", "/api/me")).json).toMatchObject({ person: null, circles: [], streaks: [] });
  });

  it("the export is a one-time download of this circle's data only", async () => {
    const link = await call(server, "POST", `/api/circles/${enc(circleId)}/export`);
    expect(link.status).toBe(201);
    expect(link.json.url).toMatch(/^\/api\/exports\/[A-Za-z0-9_-]{43}$/);
    const file = await fetch(`${server.url}${link.json.url}`);
    expect(file.status).toBe(200);
    expect(file.headers.get("content-disposition")).toMatch(/^attachment; filename="quiet-circles-group-chat-2026-11-26\.json"$/);
    const data = await file.json();
    expect(data).toMatchObject({ format: "quiet-circles.circle-export", version: 1, circle: { id: circleId, settings: { timeZone: "Europe/Amsterdam" } } });
    expect(data.circle.members.map((m: { name: string }) => m.name)).toEqual([ada.name, bob.name, cy.name]);
    expect(data.sessions.map((s: { ritualId: string }) => s.ritualId)).toEqual(["daily-trivia"]);
    expect(data.shoutouts.map((s: { message: string }) => s.message)).toEqual(["lending a hand across teams", "the release", "the coffee", "the demo"]);
    expect(data.scores.map((s: { name: string; points: number }) => [s.name, s.points]).sort()).toEqual([[ada.name, 5], [bob.name, 5]]);
    expect(data.triviaQuestions).toHaveLength(1);
    const text = JSON.stringify(data);
    expect(text).not.toContain(other.conversationId);
    expect(text).not.toContain("dedupKey");
    expect(text).not.toContain("serviceUrl");
    // Used once: the same link again is gone.
    expect((await call(server, "GET", link.json.url)).json.error.code).toBe("export_link_gone");
    expect((await call(server, "GET", "/api/exports/not-a-token")).status).toBe(404);
  });

  it("the export pages through a large wall without losing or repeating a shoutout", async () => {
    const wall = server.store.collection<Shoutout>("shoutouts");
    const at = new Date("2026-11-20T10:00:00Z");
    for (let i = 0; i < 603; i++) {
      // Many share one instant, so paging must resume by id as well as by time.
      await wall.insertOne({
        _id: `bulk-${String(i).padStart(5, "0")}`,
        circleId: where.conversationId,
        circleIds: [where.conversationId],
        tenantId: A.TENANT,
        giverId: cy.id,
        giverName: cy.name,
        recipients: [{ id: ada.id, name: ada.name }],
        message: `thanks ${i}`,
        tag: null,
        createdAt: new Date(at.getTime() - (i % 7) * 1000),
        reactions: [],
        dedupKey: `bulk-${i}`,
      });
    }
    const link = await call(server, "POST", `/api/circles/${enc(circleId)}/export`);
    const data = await (await fetch(`${server.url}${link.json.url}`)).json();
    const ids = data.shoutouts.map((s: { id: string }) => s.id);
    expect(ids).toHaveLength(607);
    expect(new Set(ids).size).toBe(607);
    await wall.deleteMany({ giverId: cy.id, message: { $regex: "^thanks " } });
  }, 30_000);

  it("remove my data: Bob's plays, scores, shoutouts and question go; the thanks to others stay; a second time removes nothing", async () => {
    const remove = () => call(server, "POST", `/api/circles/${enc(circleId)}/my-data/remove?as=${enc(bob.id)}`);
    const first = await remove();
    expect(first.status).toBe(200);
    expect(first.json).toEqual({
      plays: 1,
      scores: 1,
      shoutoutsGiven: 1,
      shoutoutsReceivedDeleted: 1,
      shoutoutsReceivedUpdated: 1,
      answers: 0,
      sessions: 1,
      questions: 1,
      roleCards: 0,
      optIns: 0,
    });
    const wall = await server.store.collection<Shoutout>("shoutouts").find({ circleIds: circleId }, { sort: { createdAt: 1 } });
    expect(wall.map((s) => [s.message, s.recipients.map((r) => r.name)])).toEqual([
      ["the release", [ada.name]],
      ["lending a hand across teams", [dan.name]],
    ]);
    const session = (await server.store.collection<Session>("sessions").findOne({ circleId }))!;
    expect(JSON.stringify(session)).not.toContain(bob.id);
    expect(JSON.stringify(session)).not.toContain(bob.name);
    expect(session.participants).toHaveLength(2);
    expect((await call(server, "GET", `/api/me?as=${enc(bob.id)}`)).json.streaks).toEqual([]);
    expect(await server.store.collection("scores").countDocuments({ playerId: ada.id })).toBe(1);

    const again = await remove();
    expect(again.json).toEqual({ plays: 0, scores: 0, shoutoutsGiven: 0, shoutoutsReceivedDeleted: 0, shoutoutsReceivedUpdated: 0, answers: 0, sessions: 0, questions: 0, roleCards: 0, optIns: 0 });
    expect((await call(server, "POST", `/api/circles/${enc(circleId)}/my-data/remove`)).json.error.code).toBe("pick_person");
  });

  it("the journey is null before the first stop, then the route Walk the Globe found", async () => {
    const path = `/api/circles/${enc(circleId)}/journey`;
    expect((await call(server, "GET", path)).json).toEqual({ circleId, journey: null });
    await server.post(A.message(where, cy, "globe", connector.url));
    await server.scheduler!.tick(clock);
    const sessionId = `${circleId}|walk-the-globe|2026-11-26`;
    const { answerCode } = (await server.store.collection<Session>("sessions").findOne({ _id: sessionId }))!.data.board as { answerCode: string };
    await press(cy, "globe.move", { sessionId, country: countryByCode(answerCode)!.name.en });
    await eventually(async () => (await getJourney(server.store, circleId))?.stops.length === 1);
    const { json } = await call(server, "GET", path);
    expect(json.journey).toMatchObject({ totalKm: 0, countries: 1, stops: [{ code: answerCode, legKm: 0 }], milestones: [{ id: "first-stop" }] });
    expect(json.journey.stops[0]).not.toHaveProperty("sessionId");
    expect(JSON.stringify(json)).not.toContain(cy.id);
  });

  it("the meeting panel opens today's Wordl6 once and shows the wall", async () => {
    const panel = await call(server, "GET", `/api/circles/${enc(circleId)}/meeting-panel`);
    expect(panel.status).toBe(200);
    expect(panel.json.games.map((g: { ritualId: string; state: string }) => [g.ritualId, g.state])).toEqual(
      expect.arrayContaining([
        ["daily-trivia", "done"],
        ["wordl6", "ready"],
      ]),
    );
    expect(panel.json.shoutouts[0].message).toBe("lending a hand across teams");
    const opened = await call(server, "POST", `/api/circles/${enc(circleId)}/meeting-panel/games/wordl6`);
    expect(opened.json).toEqual({ ritualId: "wordl6", outcome: "opened", state: "open" });
    await server.scheduler!.tick(clock);
    const again = await call(server, "POST", `/api/circles/${enc(circleId)}/meeting-panel/games/wordl6`);
    expect(again.json).toEqual({ ritualId: "wordl6", outcome: "alreadyOpen", state: "open" });
    expect(await server.store.collection("sessions").countDocuments({ circleId, ritualId: "wordl6" })).toBe(1);
    const refused = await call(server, "POST", `/api/circles/${enc(circleId)}/meeting-panel/games/week-in-review`);
    expect(refused.status).toBe(400);
    expect(refused.json.error.code).toBe("not_a_quick_game");
  });
});

describe("Teams mode: who may see and do what", () => {
  const otherTenant = "99999999-9999-9999-9999-999999999999";
  const ours = "19:ours@thread.v2";
  let server: TestServer;
  let tokenFor: (who: { aadObjectId: string }, tenantId?: string) => Promise<string>;

  beforeAll(async () => {
    const identity = await testIdentityProvider();
    tokenFor = identity.tokenFor;
    server = await startTestServer(teamsModeEnv, { auth: { keys: identity.keys }, scheduler: false });
    const now = new Date();
    const settings = { timeZone: "UTC", workingDays: [1, 2, 3, 4, 5], paused: false, rituals: [] };
    const base = { kind: "groupChat", locale: "en", active: true, installedAt: now, updatedAt: now, version: 1, settings, reference: { bot: A.BOT, channelId: "msteams", conversation: { id: "x" }, serviceUrl: connector.url } };
    await server.store.collection("circles").insertOne({ ...base, _id: ours, tenantId: A.TENANT, name: "Ours", members: [{ ...ada, role: "facilitator" }, { ...bob, role: "member" }] });
    await server.store.collection("circles").insertOne({ ...base, _id: "19:theirs@thread.v2", tenantId: otherTenant, name: "Theirs", members: [{ ...ada, role: "facilitator" }] });
    await server.store.collection("shoutouts").insertOne({
      _id: "s1",
      circleId: ours,
      circleIds: [ours],
      tenantId: A.TENANT,
      giverId: ada.id,
      giverName: ada.name,
      recipients: [{ id: bob.id, name: bob.name }],
      message: "for the demo",
      tag: null,
      createdAt: now,
      reactions: [],
      dedupKey: "s1",
    });
  });
  afterAll(() => server.close());

  const as = async (who: { aadObjectId: string } | null, method: string, path: string, tenantId?: string) =>
    call(server, method, path, who ? { authorization: `Bearer ${await tokenFor(who, tenantId)}` } : {});

  it("insights and export: facilitators yes, members 403 with who to ask, others 404, no token 401", async () => {
    for (const [method, path] of [
      ["GET", `/api/circles/${enc(ours)}/insights`],
      ["POST", `/api/circles/${enc(ours)}/export`],
    ] as const) {
      expect((await as(ada, method, path)).status, path).toBeLessThan(300);
      const member = await as(bob, method, path);
      expect(member.status, path).toBe(403);
      expect(member.json.error).toMatchObject({ code: "facilitators_only" });
      expect(member.json.error.message).toContain(ada.name);
      expect((await as(eve, method, path)).status, path).toBe(404);
      expect((await as(ada, method, path, otherTenant)).status, path).toBe(404);
      expect((await as(null, method, path)).status, path).toBe(401);
    }
    // Another tenant's circle stays invisible to the same person signed in to ours.
    expect((await as(ada, "GET", `/api/circles/${enc("19:theirs@thread.v2")}/insights`)).status).toBe(404);
  });

  it("remove my data: members remove their own, non-members and other tenants find nothing", async () => {
    const path = `/api/circles/${enc(ours)}/my-data/remove`;
    expect((await as(eve, "POST", path)).status).toBe(404);
    expect((await as(bob, "POST", path, otherTenant)).status).toBe(404);
    expect((await as(null, "POST", path)).status).toBe(401);
    const bobs = await as(bob, "POST", path);
    expect(bobs.json).toMatchObject({ shoutoutsReceivedDeleted: 1 });
    expect(await server.store.collection("shoutouts").countDocuments({})).toBe(0);
  });

  it("the personal tab and the meeting panel answer for the signed-in person only", async () => {
    const me = await as(ada, "GET", "/api/me");
    expect(me.json.person).toEqual({ id: ada.id, name: ada.name });
    expect(me.json.circles.map((c: { id: string }) => c.id)).toEqual([ours]);
    expect(me.json).not.toHaveProperty("people");
    // `as` is a preview-only knob: in Teams it changes nothing.
    expect((await as(ada, "GET", `/api/me?as=${enc(bob.id)}`)).json.person.id).toBe(ada.id);
    expect((await as(eve, "GET", "/api/me")).json).toMatchObject({ person: null, circles: [] });
    expect((await as(bob, "GET", `/api/circles/${enc(ours)}/meeting-panel`)).status).toBe(200);
    expect((await as(eve, "GET", `/api/circles/${enc(ours)}/meeting-panel`)).status).toBe(404);
    expect((await as(eve, "POST", `/api/circles/${enc(ours)}/meeting-panel/games/wordl6`)).status).toBe(404);
  });
});

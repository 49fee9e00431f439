// The tab's Home, History (with session details), Shoutout wall and Leaderboards API through the
// real server: pages by indexed keys, filters, validation errors, what a session may reveal, a
// shoutout given from the tab posted to the conversation, +1 once, milestones, opt-out, and the
// authorization matrix (member, non-member, other tenant, no token) in Teams mode.

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { HistoryResponse, SessionSummaryView, ShoutoutCardView, WallResponse } from "../../shared/api/types";
import type { Circle } from "../../shared/circles/types";
import { recordResults, setLeaderboardOptOut } from "../../shared/games/results";
import type { Session } from "../../shared/sessions/types";
import { giveShoutout } from "../../shared/shoutouts/repository";
import * as A from "../helpers/activities";
import { cardText, expectValidCard } from "../helpers/cards";
import { cardsOf, startFakeConnector, type FakeConnector } from "../helpers/connector";
import { startTestServer, type TestServer } from "../helpers/server";
import { teamsModeEnv, testIdentityProvider, type TestIdentityProvider } from "../helpers/sso";

const ada = { id: "29:ada", name: "Ada Lovelace", aadObjectId: "00000000-0000-0000-0000-0000000000a1" };
const bob = { id: "29:bob", name: "Bob Dylan", aadObjectId: "00000000-0000-0000-0000-0000000000b2" };
const cy = { id: "29:cy", name: "Cy Twombly", aadObjectId: "00000000-0000-0000-0000-0000000000c3" };
const eve = { id: "29:eve", name: "Eve Outsider", aadObjectId: "00000000-0000-0000-0000-0000000000e5" };
const where = A.groupChat(1);
const circleId = where.conversationId;
const other = A.groupChat(2);
const enc = encodeURIComponent;
/** Thursday 12 March 2026, 11:00 in Amsterdam. */
const NOW = new Date("2026-03-12T10:00:00Z");

function session(circle: string, ritualId: string, scheduledFor: Date, localDate: string, extra: Partial<Session> = {}): Session {
  return {
    _id: `${circle}|${ritualId}|${localDate}`,
    circleId: circle,
    tenantId: A.TENANT,
    ritualId: ritualId as Session["ritualId"],
    scheduledFor,
    localDate,
    state: "closed",
    late: false,
    trigger: "schedule",
    dueAt: scheduledFor,
    closesAt: new Date(scheduledFor.getTime() + 3_600_000),
    attempts: 1,
    participants: [],
    data: {},
    createdAt: scheduledFor,
    version: 1,
    ...extra,
  };
}

const day = (n: number) => new Date(NOW.getTime() - n * 86_400_000);
const localDateOf = (d: Date) => new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Amsterdam" }).format(d);

let connector: FakeConnector;
beforeAll(async () => {
  connector = await startFakeConnector();
});
afterAll(() => connector.close());

describe("local mode: the circle's pages", () => {
  let server: TestServer;
  const get = (path: string) => server.get(path);
  const post = async (path: string, body: unknown) => {
    const res = await fetch(`${server.url}${path}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
    return { status: res.status, json: await res.json() };
  };

  beforeAll(async () => {
    server = await startTestServer({}, { now: () => NOW, scheduler: false });
    connector.members.set(where.conversationId, [ada, bob, cy]);
    await server.post(A.installed(where, ada, connector.url));
    connector.members.set(other.conversationId, [eve]);
    await server.post(A.installed(other, eve, connector.url));
    const circles = server.store.collection<Circle>("circles");
    for (const id of [circleId, other.conversationId]) await circles.updateOne({ _id: id }, { $set: { "settings.timeZone": "Europe/Amsterdam" } });

    // 45 sessions over 45 days: trivia on even days, Wordl6 on odd ones; one from another circle.
    const sessions = server.store.collection<Session>("sessions");
    for (let i = 1; i <= 45; i++) {
      const at = day(i);
      await sessions.insertOne(session(circleId, i % 2 === 0 ? "daily-trivia" : "wordl6", at, localDateOf(at), { participants: [ada.id, bob.id] }));
    }
    await sessions.insertOne(session(other.conversationId, "wordl6", day(1), localDateOf(day(1))));
  });
  afterAll(() => server.close());

  describe("history", () => {
    it("pages through every session newest first with a cursor, without gaps or repeats", async () => {
      const seen: SessionSummaryView[] = [];
      let cursor: string | null = null;
      const sizes: number[] = [];
      do {
        const res: { status: number; json: HistoryResponse } = await get(`/api/circles/${enc(circleId)}/history?limit=20${cursor ? `&cursor=${cursor}` : ""}`);
        expect(res.status).toBe(200);
        sizes.push(res.json.items.length);
        seen.push(...res.json.items);
        cursor = res.json.nextCursor;
      } while (cursor);
      expect(sizes).toEqual([20, 20, 5]);
      expect(new Set(seen.map((s) => s.id)).size).toBe(45);
      const times = seen.map((s) => Date.parse(s.scheduledFor));
      expect(times).toEqual([...times].sort((a, b) => b - a));
      expect(seen.every((s) => s.id.startsWith(`${circleId}|`))).toBe(true);
      expect(seen[0]).toMatchObject({ ritualId: "wordl6", ritualName: "Wordl6", participantCount: 2, state: "closed" });
    });

    it("filters by ritual and by month in the circle's time zone", async () => {
      const trivia: HistoryResponse = (await get(`/api/circles/${enc(circleId)}/history?ritual=daily-trivia&limit=50`)).json;
      expect(trivia.items).toHaveLength(22);
      expect(trivia.items.every((s) => s.ritualId === "daily-trivia")).toBe(true);
      const february: HistoryResponse = (await get(`/api/circles/${enc(circleId)}/history?month=2026-02&limit=50`)).json;
      expect(february.items.length).toBeGreaterThan(0);
      expect(february.items.every((s) => s.localDate.startsWith("2026-02-"))).toBe(true);
      const both: HistoryResponse = (await get(`/api/circles/${enc(circleId)}/history?month=2026-02&ritual=wordl6&limit=5`)).json;
      expect(both.items.every((s) => s.ritualId === "wordl6" && s.localDate.startsWith("2026-02-"))).toBe(true);
      expect(both.nextCursor).not.toBeNull();
      expect((await get(`/api/circles/${enc(circleId)}/history?month=2025-01`)).json.items).toEqual([]);
    });

    it("refuses bad parameters with a JSON error that names them", async () => {
      const cases: [string, string][] = [
        ["limit=0", "limit"],
        ["limit=abc", "limit"],
        ["limit=51", "limit"],
        ["month=2026-13", "month"],
        ["ritual=nope", "ritual"],
        ["cursor=not-a-cursor!", "cursor"],
        [`cursor=${Buffer.from('["x",1]').toString("base64url")}`, "cursor"],
        ["sort=-1", "sort"],
      ];
      for (const [query, name] of cases) {
        const res = await get(`/api/circles/${enc(circleId)}/history?${query}`);
        expect(res.status, query).toBe(400);
        expect(res.json.error.code).toBe("bad_query");
        expect(res.json.error.message).toContain(name);
        expect(JSON.stringify(res.json)).not.toMatch(/at .*\.ts/);
      }
    });
  });

  describe("session details", () => {
    it("shows a closed Wordl6's word, its results without people who left leaderboards, and who took part", async () => {
      const at = new Date("2026-03-11T08:00:00Z");
      await server.store.collection<Session>("sessions").updateOne(
        { _id: `${circleId}|wordl6|2026-03-11` },
        {
          $set: {
            participants: [ada.id, bob.id, "29:gone"],
            "data.round": { locale: "en", answer: "planet" },
            "data.results": [
              { playerId: ada.id, name: ada.name, points: 5, won: true },
              { playerId: bob.id, name: bob.name, points: 3, won: false },
            ],
            scheduledFor: at,
          },
        },
      );
      await setLeaderboardOptOut(server.store, { circleId, playerId: ada.id, name: ada.name, optedOut: true });
      const res = await get(`/api/circles/${enc(circleId)}/sessions/${enc(`${circleId}|wordl6|2026-03-11`)}`);
      expect(res.status).toBe(200);
      expect(res.json.facts).toEqual({ kind: "wordl6", answer: "PLANET" });
      expect(res.json.results).toEqual([{ rank: 1, name: bob.name, points: 3, winner: true }]);
      expect(res.json.participants).toEqual([{ name: ada.name }, { name: bob.name }, { name: null }]);
      await setLeaderboardOptOut(server.store, { circleId, playerId: ada.id, name: ada.name, optedOut: false });
    });

    it("never reveals an open round's word or anyone's Week in review answers", async () => {
      const sessions = server.store.collection<Session>("sessions");
      await sessions.insertOne(session(circleId, "wordl6", NOW, "2026-03-12", { _id: `${circleId}|wordl6|2026-03-12b`, state: "open", data: { round: { locale: "en", answer: "secret" } } }));
      await sessions.insertOne(
        session(circleId, "week-in-review", NOW, "2026-03-12", {
          state: "open",
          participants: [bob.id],
          data: { answers: [{ userId: bob.id, name: bob.name, wentWell: "my private thought", learned: "", helpedBy: "Cy", updatedAt: NOW }] },
        }),
      );
      const open = await get(`/api/circles/${enc(circleId)}/sessions/${enc(`${circleId}|wordl6|2026-03-12b`)}`);
      expect(open.json.facts).toEqual({ kind: "wordl6", answer: null });
      expect(JSON.stringify(open.json).toLowerCase()).not.toContain("secret");
      const review = await get(`/api/circles/${enc(circleId)}/sessions/${enc(`${circleId}|week-in-review|2026-03-12`)}`);
      expect(review.json.facts).toEqual({ kind: "week-in-review", people: 1, answered: { wentWell: 1, learned: 0, helpedBy: 1 } });
      expect(JSON.stringify(review.json)).not.toContain("private thought");
      const history: HistoryResponse = (await get(`/api/circles/${enc(circleId)}/history?limit=5`)).json;
      expect(JSON.stringify(history).toLowerCase()).not.toContain("secret");
    });

    it("another circle's session and a made-up id are not found", async () => {
      const theirs = await get(`/api/circles/${enc(circleId)}/sessions/${enc(`${other.conversationId}|wordl6|${localDateOf(day(1))}`)}`);
      expect(theirs.status).toBe(404);
      expect(theirs.json.error.code).toBe("session_not_found");
      expect((await get(`/api/circles/${enc(circleId)}/sessions/${enc(`${circleId}|wordl6|1999-01-01`)}`)).status).toBe(404);
    });
  });

  describe("shoutout wall", () => {
    it("gives a shoutout from the tab: stored with the bot's rules and posted to the conversation", async () => {
      connector.sent.length = 0;
      const res = await post(`/api/circles/${enc(circleId)}/shoutouts?as=${enc(ada.id)}`, { recipients: [bob.id, cy.id], message: "for the <b>great</b> demo", tag: "teamwork" });
      expect(res.status).toBe(201);
      expect(res.json.posted).toBe(true);
      expect(res.json.shoutout).toMatchObject({ giverName: ada.name, message: "for the bgreat/b demo", tag: "teamwork", reactions: 0, fromOtherCircle: false });
      const [card] = cardsOf(connector.sent.filter((s) => s.conversationId === circleId));
      expectValidCard(card);
      expect(cardText(card)).toContain(`<at>${bob.name}</at>, <at>${cy.name}</at>`);
      const wall: WallResponse = (await get(`/api/circles/${enc(circleId)}/shoutouts`)).json;
      expect(wall.items[0]!.id).toBe(res.json.shoutout.id);
    });

    it("refuses bad shoutouts with the bot's messages, in the reader's language", async () => {
      const url = (query: string) => `/api/circles/${enc(circleId)}/shoutouts?${query}`;
      const self = await post(url(`as=${enc(ada.id)}&lang=nl`), { recipients: [ada.id], message: "voor mij" });
      expect(self.status).toBe(400);
      expect(self.json.error.message).toMatch(/jezelf/);
      const empty = await post(url(`as=${enc(ada.id)}`), { recipients: [bob.id], message: "   " });
      expect(empty.json.error.message).toMatch(/Add a few words/);
      const stranger = await post(url(`as=${enc(ada.id)}`), { recipients: ["29:nobody"], message: "thanks" });
      expect(stranger.status).toBe(400);
      const badTag = await post(url(`as=${enc(ada.id)}`), { recipients: [bob.id], message: "thanks", tag: "made-up" });
      expect(badTag.json.error.code).toBe("unknown_tag");
      const noGiver = await post(url(""), { recipients: [bob.id], message: "thanks" });
      expect(noGiver.status).toBe(400);
      expect(noGiver.json.error.code).toBe("pick_person");
      const shape = await post(url(`as=${enc(ada.id)}`), { recipients: bob.id, message: "thanks" });
      expect(shape.status).toBe(400);
      expect(shape.json.error.message).toContain("recipients");
      const extra = await post(url(`as=${enc(ada.id)}`), { recipients: [bob.id], message: "thanks", giverId: cy.id });
      expect(extra.status).toBe(400);
      await post(url(`as=${enc(cy.id)}`), { recipients: [bob.id], message: "for the coffee" });
      const twice = await post(url(`as=${enc(cy.id)}`), { recipients: [bob.id], message: "for the coffee" });
      expect(twice.status).toBe(409);
    });

    it("a +1 counts once per person, and the card in the conversation shows it", async () => {
      const [first] = ((await get(`/api/circles/${enc(circleId)}/shoutouts`)).json as WallResponse).items;
      const url = (who: string) => `/api/circles/${enc(circleId)}/shoutouts/${enc(first!.id)}/reactions?as=${enc(who)}`;
      expect((await post(url(ada.id), {})).json).toMatchObject({ reactions: 1, reactedByMe: true });
      expect((await post(url(ada.id), {})).json).toMatchObject({ reactions: 1 });
      expect((await post(url(cy.id), {})).json).toMatchObject({ reactions: 2 });
      await expect.poll(() => connector.updated.some((u) => cardText(u.activity.attachments![0]!.content as Record<string, unknown>).includes("+1 · 2"))).toBe(true);
      const missing = await post(`/api/circles/${enc(circleId)}/shoutouts/nope/reactions?as=${enc(ada.id)}`, {});
      expect(missing.status).toBe(404);
      const mine = ((await get(`/api/circles/${enc(circleId)}/shoutouts?as=${enc(cy.id)}`)).json as WallResponse).items[0]!;
      expect(mine.reactedByMe).toBe(true);
    });

    it("pages by cursor and filters by person, value tag and ISO week", async () => {
      const people = [ada, bob, cy];
      // 40 more over 40 days, from each person in turn to the next one.
      for (let i = 0; i < 40; i++) {
        const giver = people[i % 3]!;
        const recipient = people[(i + 1) % 3]!;
        const given = await giveShoutout(server.store, { circle: { _id: circleId, tenantId: A.TENANT }, giver, recipients: [recipient], message: `thanks ${i}`, tag: i % 4 === 0 ? "kind" : null, now: day(i + 1) });
        expect(given.ok).toBe(true);
      }
      const all: ShoutoutCardView[] = [];
      let cursor: string | null = null;
      do {
        const page: WallResponse = (await get(`/api/circles/${enc(circleId)}/shoutouts?limit=15${cursor ? `&cursor=${cursor}` : ""}`)).json;
        all.push(...page.items);
        expect(page.total).toBe(42);
        cursor = page.nextCursor;
      } while (cursor);
      expect(all).toHaveLength(42);
      expect(new Set(all.map((s) => s.id)).size).toBe(42);
      const times = all.map((s) => Date.parse(s.createdAt));
      expect(times).toEqual([...times].sort((a, b) => b - a));

      const byCy: WallResponse = (await get(`/api/circles/${enc(circleId)}/shoutouts?person=${enc(cy.id)}&limit=50`)).json;
      expect(byCy.items.length).toBeGreaterThan(0);
      expect(byCy.items.every((s) => s.giverName === cy.name || s.recipients.some((r) => r.id === cy.id))).toBe(true);
      expect(byCy.items.length).toBe(all.filter((s) => s.giverName === cy.name || s.recipients.some((r) => r.id === cy.id)).length);
      const kind: WallResponse = (await get(`/api/circles/${enc(circleId)}/shoutouts?tag=kind&limit=50`)).json;
      expect(kind.items).toHaveLength(10);
      // ISO week 10 of 2026: Monday 2 March to Sunday 8 March.
      const week: WallResponse = (await get(`/api/circles/${enc(circleId)}/shoutouts?week=2026-W10&limit=50`)).json;
      expect(week.items.map((s) => s.createdAt.slice(0, 10)).sort()).toEqual(["2026-03-02", "2026-03-03", "2026-03-04", "2026-03-05", "2026-03-06", "2026-03-07", "2026-03-08"]);
      for (const query of ["week=2026-W60", "week=10", "tag=nope", "person=", "limit=-1", "cursor=%7B%7D"]) {
        const res = await get(`/api/circles/${enc(circleId)}/shoutouts?${query}`);
        expect(res.status, query).toBe(400);
      }
    });

    it("celebrates a milestone while it is among the newest shoutouts", async () => {
      const before: WallResponse = (await get(`/api/circles/${enc(circleId)}/shoutouts`)).json;
      expect(before.total).toBe(42);
      // The 25th is 17 shoutouts back: still celebrated.
      expect(before.milestone).toMatchObject({ count: 25 });
      const circles = server.store.collection<Circle>("circles");
      const { members } = (await circles.findOne({ _id: other.conversationId }))!;
      await circles.updateOne({ _id: other.conversationId }, { $set: { members: [...members, { ...ada, role: "member" }] } });
      const otherWall = `/api/circles/${enc(other.conversationId)}/shoutouts`;
      let last: { status: number; json: { milestone: number | null } } | undefined;
      for (let i = 0; i < 10; i++) last = await post(`${otherWall}?as=${enc(eve.id)}`, { recipients: [ada.id], message: `thanks, number ${i}` });
      expect(last!.status).toBe(201);
      expect(last!.json.milestone).toBe(10);
      const wall: WallResponse = (await get(otherWall)).json;
      // (All ten were given at the same instant of the test's clock, so which one is "the 10th" is the wall's order.)
      expect(wall.milestone).toMatchObject({ count: 10, shoutout: { message: expect.stringMatching(/^thanks, number \d$/) } });
    });
  });

  describe("leaderboards", () => {
    it("shows today, this week and all time per game with streaks, and leaves out people who opted out", async () => {
      const sessions = server.store.collection<Session>("sessions");
      const results = [
        { playerId: ada.id, name: ada.name, points: 4, won: true },
        { playerId: bob.id, name: bob.name, points: 2, won: false },
        { playerId: cy.id, name: cy.name, points: 3, won: false },
      ];
      await sessions.updateOne({ _id: `${circleId}|daily-trivia|2026-03-10` }, { $set: { "data.results": results } });
      for (const [i, date] of ["2026-03-09", "2026-03-10", "2026-03-11"].entries()) {
        await recordResults(server.store, { circleId, gameId: "daily-trivia", sessionId: `s${i}`, localDate: date, workingDays: [1, 2, 3, 4, 5], results: results.map(({ playerId, name, points, won }) => ({ playerId, name, points, won })), now: NOW });
      }
      await setLeaderboardOptOut(server.store, { circleId, playerId: cy.id, name: cy.name, optedOut: true });
      const res = await get(`/api/circles/${enc(circleId)}/leaderboards`);
      expect(res.status).toBe(200);
      expect(res.json.today).toBe("2026-03-12");
      const trivia = res.json.games.find((g: { gameId: string }) => g.gameId === "daily-trivia");
      expect(trivia.allTime.map((e: { name: string; points: number }) => [e.name, e.points])).toEqual([
        [ada.name, 12],
        [bob.name, 6],
      ]);
      expect(trivia.week.map((e: { name: string; rank: number }) => [e.rank, e.name])).toEqual([
        [1, ada.name],
        [2, bob.name],
      ]);
      expect(trivia.today).toEqual([]);
      expect(trivia.streaks).toEqual([
        { name: ada.name, current: 3, best: 3 },
        { name: bob.name, current: 3, best: 3 },
      ]);
      expect(JSON.stringify(res.json)).not.toContain(cy.name);
      expect((await get(`/api/circles/${enc(circleId)}/leaderboards?game=chess`)).status).toBe(400);
      const one = await get(`/api/circles/${enc(circleId)}/leaderboards?game=wordl6`);
      expect(one.json.games.map((g: { gameId: string }) => g.gameId)).toEqual(["wordl6"]);
    });
  });

  describe("home", () => {
    it("shows the circle at a glance: next moments, this week, today, consistency and the newest shoutouts", async () => {
      const sessions = server.store.collection<Session>("sessions");
      await sessions.updateOne({ _id: `${circleId}|daily-trivia|2026-03-10` }, { $set: { state: "missed" } });
      await server.store.collection<Circle>("circles").updateOne(
        { _id: circleId },
        { $set: { "settings.rituals": [{ ritualId: "week-in-review", enabled: true, time: "15:30", cadence: { kind: "weekly", weekday: 5 } }] } },
      );
      const res = await get(`/api/circles/${enc(circleId)}/home?lang=nl`);
      expect(res.status).toBe(200);
      const home = res.json;
      expect(home.upcoming[0]).toEqual({ ritualId: "week-in-review", ritualName: "Terugblik op de week", at: "2026-03-13T14:30:00.000Z" });
      expect(home.thisWeek.map((s: SessionSummaryView) => s.localDate)).toEqual(expect.arrayContaining(["2026-03-12", "2026-03-11", "2026-03-10", "2026-03-09"]));
      expect(home.thisWeek.every((s: SessionSummaryView) => s.localDate >= "2026-03-09" && s.localDate <= "2026-03-12")).toBe(true);
      expect(home.today.localDate).toBe("2026-03-12");
      expect(home.today.sessions.map((s: SessionSummaryView) => s.ritualId).sort()).toEqual(["week-in-review", "wordl6"]);
      // 28 days: one planned session on each of the 27 before today, two today; one missed, which broke this week's run.
      expect(home.consistency).toMatchObject({ days: 28, planned: 29, held: 28, percent: 97, weekStreak: 0 });
      expect(home.consistency.weeks).toHaveLength(8);
      expect(home.shoutouts).toHaveLength(3);
      expect(home.shoutoutTotal).toBe(42);
      await sessions.updateOne({ _id: `${circleId}|daily-trivia|2026-03-10` }, { $set: { state: "closed" } });
      const fixed = (await get(`/api/circles/${enc(circleId)}/home`)).json;
      // Every week since the first session (Monday 26 January) held all it planned.
      expect(fixed.consistency.weekStreak).toBe(7);
    });
  });
});

describe("Teams mode: only members see a circle's pages", () => {
  const otherTenant = "99999999-9999-9999-9999-999999999999";
  let server: TestServer;
  let identity: TestIdentityProvider;
  const ours = "19:ours@thread.v2";
  const theirs = "19:theirs@thread.v2";

  beforeAll(async () => {
    identity = await testIdentityProvider();
    server = await startTestServer(teamsModeEnv, { auth: { keys: identity.keys }, now: () => NOW, scheduler: false });
    const base = { kind: "groupChat", locale: "en", active: true, installedAt: NOW, updatedAt: NOW, version: 1, settings: { timeZone: "Europe/Amsterdam", workingDays: [1, 2, 3, 4, 5], paused: false, rituals: [] }, reference: { bot: A.BOT, channelId: "msteams", conversation: { id: "x" }, serviceUrl: connector.url } };
    await server.store.collection("circles").insertOne({ ...base, _id: ours, tenantId: A.TENANT, name: "Ours", members: [{ ...ada, role: "facilitator" }, { ...bob, role: "member" }] });
    await server.store.collection("circles").insertOne({ ...base, _id: theirs, tenantId: otherTenant, name: "Theirs", members: [{ ...ada, role: "member" }] });
    await server.store.collection<Session>("sessions").insertOne(session(ours, "wordl6", day(1), localDateOf(day(1)), { tenantId: A.TENANT }));
    await giveShoutout(server.store, { circle: { _id: ours, tenantId: A.TENANT }, giver: bob, recipients: [ada], message: "thanks", now: day(1) });
  });
  afterAll(() => server.close());

  const paths = (circle: string) => [
    `/api/circles/${enc(circle)}/home`,
    `/api/circles/${enc(circle)}/history`,
    `/api/circles/${enc(circle)}/sessions/${enc(`${circle}|wordl6|${localDateOf(day(1))}`)}`,
    `/api/circles/${enc(circle)}/shoutouts`,
    `/api/circles/${enc(circle)}/leaderboards`,
  ];
  const as = async (token: string | null, path: string) => server.get(path, token ? { authorization: `Bearer ${token}` } : {});

  it("a member reads every page of their circle; `as=` cannot make them someone else", async () => {
    const token = await identity.tokenFor(ada);
    for (const path of paths(ours)) expect((await as(token, path)).status, path).toBe(200);
    const wall = await as(token, `/api/circles/${enc(ours)}/shoutouts?as=${enc(bob.id)}`);
    expect(wall.json.me).toBe(ada.id);
  });

  it("a non-member, another tenant and a missing token get nothing", async () => {
    const outsider = await identity.tokenFor(eve);
    const foreign = await identity.tokenFor(ada, otherTenant);
    for (const path of paths(ours)) {
      expect((await as(outsider, path)).status, path).toBe(404);
      expect((await as(foreign, path)).status, path).toBe(404);
      const anonymous = await as(null, path);
      expect(anonymous.status, path).toBe(401);
      expect(anonymous.json.error.code).toBe("unauthenticated");
    }
    // Ada is a member of "theirs" in the other tenant, but her token is for her own tenant.
    for (const path of paths(theirs)) expect((await as(await identity.tokenFor(ada), path)).status, path).toBe(404);
    const res = await fetch(`${server.url}/api/circles/${enc(ours)}/shoutouts`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${outsider}` },
      body: JSON.stringify({ recipients: [ada.id], message: "hi" }),
    });
    expect(res.status).toBe(404);
  });
});

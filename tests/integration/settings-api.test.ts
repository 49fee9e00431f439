// The tab's settings API: the same rules as the setup card — members read, facilitators change,
// bad values are refused with a clear message, strangers see nothing.

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { defaultSettings } from "../../shared/rituals/settings";
import type { Schedule } from "../../shared/scheduler/types";
import * as A from "../helpers/activities";
import { startFakeConnector, type FakeConnector } from "../helpers/connector";
import { startTestServer, type TestServer } from "../helpers/server";
import { teamsModeEnv, testIdentityProvider } from "../helpers/sso";

const ada = { id: "29:ada", name: "Ada Lovelace", aadObjectId: "00000000-0000-0000-0000-0000000000a1" };
const bob = { id: "29:bob", name: "Bob Dylan", aadObjectId: "00000000-0000-0000-0000-0000000000b2" };
const eve = { aadObjectId: "00000000-0000-0000-0000-0000000000e5" };
const now = new Date("2026-11-26T09:00:00Z");
const circleId = "19:ours@thread.v2";
const path = `/api/circles/${encodeURIComponent(circleId)}/settings`;

let connector: FakeConnector;
let server: TestServer;
let token: (who: { aadObjectId: string }, tid?: string) => Promise<string>;

beforeAll(async () => {
  connector = await startFakeConnector();
  const identity = await testIdentityProvider();
  token = identity.tokenFor;
  server = await startTestServer(teamsModeEnv, { auth: { keys: identity.keys }, now: () => now, scheduler: false });
  await server.store.collection("circles").insertOne({
    _id: circleId,
    tenantId: A.TENANT,
    kind: "groupChat",
    name: "Ours",
    locale: "en",
    active: true,
    installedAt: now,
    updatedAt: now,
    version: 1,
    reference: { bot: A.BOT, channelId: "msteams", conversation: { id: circleId }, serviceUrl: connector.url },
    members: [
      { ...ada, role: "facilitator" },
      { ...bob, role: "member" },
    ],
    settings: defaultSettings({ timeZone: "Europe/Amsterdam" }),
  });
});
afterAll(async () => {
  await server.close();
  await connector.close();
});

async function call(method: string, who: { aadObjectId: string } | null, body?: unknown, query = "") {
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (who) headers.authorization = `Bearer ${await token(who)}`;
  const res = await fetch(`${server.url}${path}${query}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  return { status: res.status, json: await res.json() };
}

describe("settings in the tab", () => {
  it("a member reads the settings, the catalog in their language and who may change them", async () => {
    const { status, json } = await call("GET", bob, undefined, "?lang=nl");
    expect(status).toBe(200);
    expect(json).toMatchObject({ circleId, canEdit: false, locale: "en", settings: { timeZone: "Europe/Amsterdam", paused: false } });
    expect(json.facilitators).toEqual([{ id: ada.id, name: ada.name, role: "facilitator" }]);
    expect(json.catalog.find((r: { id: string }) => r.id === "week-in-review")).toMatchObject({ available: true, cadence: "weekly" });
    expect(json.catalog.find((r: { id: string }) => r.id === "monthly-moment")).toMatchObject({ available: false, name: "Moment van de maand" });
    expect(json.templates.map((t: { id: string }) => t.id)).toEqual(["team", "cross-team", "leaders"]);
    expect(json.upcoming).toEqual([]);
  });

  it("a facilitator switches on a ritual; the answer and the scheduler's plan follow", async () => {
    const { status, json } = await call("PATCH", ada, { rituals: [{ ritualId: "week-in-review", enabled: true, time: "16:00", weekday: 5 }] });
    expect(status).toBe(200);
    expect(json.canEdit).toBe(true);
    expect(json.upcoming[0]).toMatchObject({ ritualId: "week-in-review", at: "2026-11-27T15:00:00.000Z", localTime: "16:00" });
    const [plan] = await server.store.collection<Schedule>("schedules").find({ circleId });
    expect(plan.nextAt).toEqual(new Date("2026-11-27T15:00:00Z"));
  });

  it("a member's change is refused with 403 and changes nothing", async () => {
    const { status, json } = await call("PATCH", bob, { paused: true });
    expect(status).toBe(403);
    expect(json.error.message).toMatch(/Only facilitators/);
    expect((await call("GET", bob)).json.settings.paused).toBe(false);
  });

  it("bad values get 400 with what is expected; hostile bodies too", async () => {
    for (const body of [
      { timeZone: "Mars/Base" },
      { workingDays: [] },
      { rituals: [{ ritualId: "week-in-review", time: "25:00" }] },
      { rituals: [{ ritualId: "monthly-moment", enabled: true }] },
      { timeZone: { $gt: "" } },
      JSON.parse('{"__proto__": {"paused": true}}'),
      "paused",
    ]) {
      const { status, json } = await call("PATCH", ada, body);
      expect(status, JSON.stringify(body)).toBe(400);
      expect(json.error.message.length).toBeGreaterThan(5);
    }
    expect((await call("GET", ada)).json.settings.timeZone).toBe("Europe/Amsterdam");
  });

  it("strangers and other tenants get 404; no token gets 401", async () => {
    expect((await call("GET", eve)).status).toBe(404);
    expect((await call("PATCH", eve, { paused: true })).status).toBe(404);
    const foreign = await fetch(`${server.url}${path}`, { headers: { authorization: `Bearer ${await token(ada, "99999999-9999-9999-9999-999999999999")}` } });
    expect(foreign.status).toBe(404);
    expect((await call("GET", null)).status).toBe(401);
  });
});

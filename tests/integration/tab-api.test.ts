// The tab's API through real HTTP: local mode for the preview, and Teams mode where every call
// carries an SSO token that is verified and mapped to circle membership.

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as A from "../helpers/activities";
import { startFakeConnector, type FakeConnector } from "../helpers/connector";
import { startTestServer, type TestServer } from "../helpers/server";
import { TEST_APP_ID, teamsModeEnv, testIdentityProvider } from "../helpers/sso";

const ada = { id: "29:ada", name: "Ada Lovelace", aadObjectId: "00000000-0000-0000-0000-0000000000a1" };
const bob = { id: "29:bob", name: "Bob Dylan", aadObjectId: "00000000-0000-0000-0000-0000000000b2" };
const eve = { id: "29:eve", name: "Eve Outsider", aadObjectId: "00000000-0000-0000-0000-0000000000e5" };

let connector: FakeConnector;
beforeAll(async () => {
  connector = await startFakeConnector();
});
afterAll(async () => {
  await connector.close();
});

describe("local mode (no app id): the local preview", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
    connector.members.set(A.channel(1).teamId!, [ada, bob]);
    await server.post(A.installed(A.channel(1), ada, connector.url));
    await server.post(A.installed(A.groupChat(1), bob, connector.url));
    await server.post(A.installed(A.groupChat(2), bob, connector.url));
    await server.post(A.uninstalled(A.groupChat(2), bob, connector.url));
  });
  afterAll(() => server.close());

  it("says it is local", async () => {
    expect(await server.get("/api/session")).toEqual({ status: 200, json: { mode: "local" } });
  });

  it("lists the active circles by name", async () => {
    const { status, json } = await server.get("/api/circles");
    expect(status).toBe(200);
    expect(json.circles.map((c: { name: string }) => c.name)).toEqual(["Group chat", "Team 1 › Coffee corner"]);
    expect(json.circles[1]).toMatchObject({ kind: "channel", memberCount: 2, isMeeting: false, teamName: "Team 1" });
  });

  it("shows one circle with its members and facilitators", async () => {
    const { status, json } = await server.get(`/api/circles/${encodeURIComponent(A.channel(1).conversationId)}`);
    expect(status).toBe(200);
    expect(json.members).toEqual([
      { id: ada.id, name: ada.name, role: "facilitator" },
      { id: bob.id, name: bob.name, role: "member" },
    ]);
    expect(json.facilitators).toEqual([{ id: ada.id, name: ada.name, role: "facilitator" }]);
    expect(json).not.toHaveProperty("reference");
    expect(json.members[0]).not.toHaveProperty("aadObjectId");
  });

  it("answers unknown and malformed ids with a clear JSON error", async () => {
    const missing = await server.get(`/api/circles/${encodeURIComponent("19:nope@thread.v2")}`);
    expect(missing.status).toBe(404);
    expect(missing.json.error.code).toBe("circle_not_found");
    const bad = await server.get(`/api/circles/${encodeURIComponent('{"$gt":""}')}`);
    expect(bad.status).toBe(400);
    expect(bad.json.error.message).toMatch(/not a valid circle id/);
    const route = await server.get("/api/nothing-here");
    expect(route.status).toBe(404);
    expect(route.json.error.code).toBe("not_found");
  });
});

describe("Teams mode: SSO token and membership", () => {
  const appId = TEST_APP_ID;
  const otherTenant = "99999999-9999-9999-9999-999999999999";
  let server: TestServer;
  let sign: (claims: Record<string, unknown>, options?: { expiresIn?: string | number; kid?: string }) => Promise<string>;

  beforeAll(async () => {
    const identity = await testIdentityProvider();
    sign = identity.sign;
    server = await startTestServer(teamsModeEnv, { auth: { keys: identity.keys } });
    // Bot activities need a Bot Framework token in Teams mode, so seed the circles directly.
    const now = new Date();
    const base = { kind: "groupChat", locale: "en", active: true, installedAt: now, updatedAt: now, version: 1, reference: { bot: A.BOT, channelId: "msteams", conversation: { id: "x" }, serviceUrl: connector.url } };
    await server.store.collection("circles").insertOne({ ...base, _id: "19:ours@thread.v2", tenantId: A.TENANT, name: "Ours", members: [{ ...ada, role: "facilitator" }, { ...bob, role: "member" }] });
    await server.store.collection("circles").insertOne({ ...base, _id: "19:theirs@thread.v2", tenantId: otherTenant, name: "Theirs", members: [{ ...ada, role: "member" }] });
    await server.store.collection("circles").insertOne({ ...base, _id: "19:eves@thread.v2", tenantId: A.TENANT, name: "Eve's", members: [{ ...eve, role: "facilitator" }] });
  });
  afterAll(() => server.close());

  const token = (who: { aadObjectId: string }, extra: Record<string, unknown> = {}) =>
    sign({ aud: appId, iss: `https://login.microsoftonline.com/${A.TENANT}/v2.0`, tid: A.TENANT, oid: who.aadObjectId, ...extra });
  const as = async (jwt: string, path: string) => server.get(path, { authorization: `Bearer ${jwt}` });

  it("says it is Teams mode, and refuses calls without a token", async () => {
    expect((await server.get("/api/session")).json).toEqual({ mode: "teams" });
    const res = await server.get("/api/circles");
    expect(res.status).toBe(401);
    expect(res.json.error.code).toBe("unauthenticated");
  });

  it("a member sees their circles of their own tenant only", async () => {
    const res = await as(await token(ada), "/api/circles");
    expect(res.status).toBe(200);
    expect(res.json.circles.map((c: { id: string }) => c.id)).toEqual(["19:ours@thread.v2"]);
    expect((await as(await token(ada), "/api/circles/19%3Aours%40thread.v2")).json.facilitators[0].name).toBe(ada.name);
  });

  it("the api:// audience form is accepted too", async () => {
    const res = await as(await token(bob, { aud: `api://localhost:3978/${appId}` }), "/api/circles");
    expect(res.status).toBe(200);
    expect(res.json.circles).toHaveLength(1);
  });

  it("a non-member and another tenant's circle look the same: not found", async () => {
    expect((await as(await token(bob), "/api/circles/19%3Aeves%40thread.v2")).status).toBe(404);
    expect((await as(await token(ada), "/api/circles/19%3Atheirs%40thread.v2")).status).toBe(404);
    const forged = await token(ada, { tid: otherTenant, iss: `https://login.microsoftonline.com/${otherTenant}/v2.0` });
    expect((await as(forged, "/api/circles/19%3Aours%40thread.v2")).status).toBe(404);
  });

  it("rejects expired, wrongly addressed, wrongly issued and unsigned tokens", async () => {
    const cases = [
      await sign(
        { aud: appId, tid: A.TENANT, oid: ada.aadObjectId, iss: `https://login.microsoftonline.com/${A.TENANT}/v2.0` },
        { expiresIn: Math.floor(Date.now() / 1000) - 3600 },
      ),
      await token(ada, { aud: "api://someone-else" }),
      await token(ada, { iss: "https://evil.example.com/v2.0" }),
      await token(ada, { oid: undefined }),
      await sign({ aud: appId, tid: A.TENANT, oid: ada.aadObjectId, iss: `https://login.microsoftonline.com/${A.TENANT}/v2.0` }, { kid: "unknown" }),
      "not.a.jwt",
    ];
    for (const jwt of cases) {
      const res = await as(jwt, "/api/circles");
      expect(res.status, jwt.slice(0, 20)).toBe(401);
      expect(res.json.error.code).toBe("invalid_token");
    }
  });

  it("refuses unauthenticated bot activities in Teams mode", async () => {
    const res = await server.post(A.message(A.groupChat(1), ada, "help", connector.url));
    expect(res.status).toBe(401);
  });
});

// Operations through the real HTTP server: liveness and readiness, request ids, body limits,
// rate limits of commands and card actions, and a graceful shutdown that finishes the work in
// flight, refuses new work, gives back the scheduler's leases and closes the store.

import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createLogger } from "../../bot/log";
import { SharedCardUpdates } from "../../bot/games/engine";
import { openStore, type Store } from "../../shared/store";
import * as A from "../helpers/activities";
import { startFakeConnector, type FakeConnector } from "../helpers/connector";
import { startTestServer, type TestServer } from "../helpers/server";
import { eventually } from "../helpers/wait";

const ada = { id: "29:ada", name: "Ada Lovelace", aadObjectId: "00000000-0000-0000-0000-0000000000a1" };
const bob = { id: "29:bob", name: "Bob Dylan", aadObjectId: "00000000-0000-0000-0000-0000000000b2" };
const where = A.groupChat(1);

let connector: FakeConnector;
let server: TestServer | undefined;

beforeAll(async () => {
  connector = await startFakeConnector();
  connector.members.set(where.conversationId, [ada, bob]);
});
afterAll(() => connector.close());
afterEach(async () => {
  connector.respond = undefined;
  connector.sent.length = 0;
  await server?.close();
  server = undefined;
});

/** A store whose ping fails, or never answers. */
function withPing(store: Store, ping: () => Promise<void>): Store {
  return new Proxy(store, { get: (target, key) => (key === "ping" ? ping : Reflect.get(target, key, target)) });
}

async function tempStore(): Promise<{ store: Store; dir: string }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "qc-ops-"));
  return { store: await openStore({ dataDir: dir, logger: createLogger("silent") }), dir };
}

describe("health and readiness", () => {
  it("/api/health answers while the process runs; /api/ready when the store answers", async () => {
    server = await startTestServer({}, { scheduler: false });
    expect(await server.get("/api/health")).toEqual({ status: 200, json: { status: "ok", store: "embedded", mode: "local" } });
    expect(await server.get("/api/ready")).toEqual({ status: 200, json: { status: "ready", store: "embedded", mode: "local" } });
  });

  it("a store that fails its ping makes the server unready (503 with a reason) but still alive", async () => {
    const { store, dir } = await tempStore();
    server = await startTestServer({}, { scheduler: false, store: withPing(store, () => Promise.reject(new Error("connection refused"))) });
    expect(await server.get("/api/ready")).toEqual({ status: 503, json: { status: "unavailable", store: "embedded", reason: "the store is not available" } });
    expect((await server.get("/api/health")).status).toBe(200);
    await server.close();
    server = undefined;
    await store.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("a store that does not answer within the timeout makes the server unready", async () => {
    const { store, dir } = await tempStore();
    server = await startTestServer({}, { scheduler: false, readyTimeoutMs: 50, store: withPing(store, () => new Promise(() => undefined)) });
    expect(await server.get("/api/ready")).toEqual({ status: 503, json: { status: "unavailable", store: "embedded", reason: "the store did not answer within 50 ms" } });
    await server.close();
    server = undefined;
    await store.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });
});

describe("request ids", () => {
  it("every response carries one: the caller's when it looks like an id, a new one otherwise", async () => {
    server = await startTestServer({}, { scheduler: false });
    const idOf = async (header?: string) => (await fetch(`${server!.url}/api/session`, { headers: header ? { "x-request-id": header } : {} })).headers.get("x-request-id");
    expect(await idOf("trace-0af7651916cd43dd")).toBe("trace-0af7651916cd43dd");
    const fresh = await idOf();
    expect(fresh).toMatch(/^[0-9a-f-]{36}$/);
    expect(await idOf()).not.toBe(fresh);
    for (const odd of ["short", "x".repeat(129), "<script>alert(1)</script>", "id with spaces in it"]) {
      const id = await idOf(odd);
      expect(id).not.toBe(odd);
      expect(id).toMatch(/^[0-9a-f-]{36}$/);
    }
  });
});

describe("body limits", () => {
  const postRaw = (pathname: string, body: string) =>
    fetch(`${server!.url}${pathname}`, { method: "POST", headers: { "content-type": "application/json" }, body }).then(async (res) => ({
      status: res.status,
      type: res.headers.get("content-type"),
      json: await res.json(),
    }));

  it("/api/messages takes up to 256 KB and answers 413 with JSON beyond", async () => {
    server = await startTestServer({}, { scheduler: false });
    const big = JSON.stringify({ ...A.message(where, ada, "help", connector.url), padding: "x".repeat(300 * 1024) });
    const res = await postRaw("/api/messages", big);
    expect(res).toMatchObject({ status: 413, type: expect.stringMatching(/application\/json/), json: { error: { code: "too_large" } } });
    expect(connector.sent).toHaveLength(0);
  });

  it("the tab API takes up to 64 KB and answers 413 with JSON beyond", async () => {
    server = await startTestServer({}, { scheduler: false });
    const res = await postRaw(`/api/circles/${encodeURIComponent(where.conversationId)}/shoutouts`, JSON.stringify({ message: "x".repeat(70 * 1024) }));
    expect(res).toMatchObject({ status: 413, type: expect.stringMatching(/application\/json/), json: { error: { code: "too_large" } } });
  });

  it("a body that is not an activity answers 400 with JSON", async () => {
    server = await startTestServer({}, { scheduler: false });
    expect(await postRaw("/api/messages", "{not json")).toMatchObject({ status: 400, json: { error: { code: "bad_request" } } });
    expect(await postRaw("/api/messages", "[1,2]")).toMatchObject({ status: 400, json: { error: { code: "bad_request" } } });
    expect(await postRaw("/api/messages", JSON.stringify({ text: "no type" }))).toMatchObject({ status: 400, json: { error: { code: "bad_request" } } });
  });
});

describe("rate limits through /api/messages", () => {
  let clock: Date;
  const texts = () => connector.sent.map((s) => s.activity.text).filter((text): text is string => typeof text === "string");
  const cards = () => connector.sent.filter((s) => (s.activity.attachments ?? []).length > 0).length;

  it("a person is told once when they go too fast, in their language; the circle's others go on until the circle is busy", async () => {
    clock = new Date("2026-03-02T09:00:00Z");
    server = await startTestServer({ RATE_LIMIT_PERSON: "3/10s", RATE_LIMIT_CIRCLE: "5/10s" }, { scheduler: false, now: () => clock });
    await server.post(A.installed(where, ada, connector.url));
    connector.sent.length = 0;

    for (let i = 0; i < 3; i++) expect((await server.post(A.message(where, ada, "help", connector.url))).status).toBe(200);
    expect(cards()).toBe(3);
    await server.post(A.message(where, ada, "help", connector.url));
    expect(texts()).toEqual(["You're going a bit fast. Give it 4 seconds and try again."]);
    // Said once: further messages in the same burst are dropped without a word.
    await server.post(A.message(where, ada, "help", connector.url));
    expect(connector.sent).toHaveLength(4);

    // A card press is always answered, to the presser only.
    const pressed = await server.press(where, ada, "setup.open", {}, connector.url);
    expect(pressed).toEqual({ statusCode: 200, type: "application/vnd.microsoft.activity.message", value: "You're going a bit fast. Give it 4 seconds and try again." });

    // Bob is not held by Ada's limit, but the circle's five actions are used up after his second.
    for (let i = 0; i < 2; i++) await server.post(A.message(where, bob, "help", connector.url));
    expect(cards()).toBe(5);
    const dutch = { ...A.message(where, bob, "help", connector.url), locale: "nl-NL" };
    await server.post(dutch);
    expect(texts().at(-1)).toBe("Het is nu erg druk in deze cirkel. Wacht 2 seconden en probeer het opnieuw.");

    // Ten seconds later the buckets have refilled.
    clock = new Date(clock.getTime() + 10_000);
    connector.sent.length = 0;
    await server.post(A.message(where, ada, "help", connector.url));
    expect(cards()).toBe(1);
  });

  it("installs and membership changes are never limited", async () => {
    clock = new Date("2026-03-02T09:00:00Z");
    server = await startTestServer({ RATE_LIMIT_PERSON: "1/10s", RATE_LIMIT_CIRCLE: "1/10s" }, { scheduler: false, now: () => clock });
    for (let n = 1; n <= 3; n++) {
      const chat = A.groupChat(100 + n);
      connector.members.set(chat.conversationId, [ada]);
      expect((await server.post(A.installed(chat, ada, connector.url))).status).toBe(200);
      expect((await server.post(A.membersAdded(chat, ada, [bob], connector.url))).status).toBe(200);
    }
    expect(await server.store.collection("circles").countDocuments({})).toBe(3);
  });
});

describe("graceful shutdown", () => {
  it("finishes the turn in flight, refuses new work with 503 and Retry-After, then closes the store", async () => {
    server = await startTestServer({}, { scheduler: false });
    await server.post(A.installed(where, ada, connector.url));
    connector.sent.length = 0;
    // Teams takes its time with the reply: the turn stays in flight until we let it go.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    connector.respond = async (request) => {
      if (request.method !== "POST") return undefined;
      await held;
      return undefined;
    };
    const inFlight = server.post(A.message(where, ada, "help", connector.url));
    await eventually(() => server!.lifecycle.inFlight === 1);

    const closing = server.close();
    let closed = false;
    void closing.then(() => (closed = true));

    expect(await server.get("/api/ready")).toEqual({ status: 503, json: { status: "unavailable", store: "embedded", reason: "shutting down" } });
    expect((await server.get("/api/health")).status).toBe(200);
    const refused = await fetch(`${server.url}/api/messages`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(A.message(where, bob, "help", connector.url)) });
    expect(refused.status).toBe(503);
    expect(refused.headers.get("retry-after")).toBe("5");
    expect(await refused.json()).toEqual({ error: { code: "shutting_down", message: "This server is shutting down. Try again in a few seconds." } });
    expect(closed).toBe(false);

    release();
    expect((await inFlight).status).toBe(200);
    await closing;
    // The held reply went out; Bob's refused message never reached the bot.
    expect(connector.sent).toHaveLength(1);
    expect(connector.sent[0]!.activity.attachments).toHaveLength(1);
    await expect(server.store.ping()).rejects.toThrow(/closed/);
    server = undefined;
  });

  it("gives up waiting after the drain timeout", async () => {
    server = await startTestServer({}, { scheduler: false, drainTimeoutMs: 100 });
    await server.post(A.installed(where, ada, connector.url));
    connector.respond = () => new Promise(() => undefined);
    const inFlight = server.post(A.message(where, ada, "help", connector.url)).catch((error: unknown) => error);
    await eventually(() => server!.lifecycle.inFlight === 1);
    await server.close();
    expect(await inFlight).toBeInstanceOf(Error);
    server = undefined;
  });

  it("gives back every schedule and session the scheduler still holds, so another instance takes them at once", async () => {
    const { store, dir } = await tempStore();
    server = await startTestServer({}, { store, scheduler: { tickMs: 3_600_000, syncOnStart: false } });
    const owner = server.scheduler!.instanceId;
    const until = new Date(Date.now() + 3_600_000);
    // What a claim that failed half-way leaves behind: leases that would otherwise hold for their full term.
    await store.collection("schedules").insertOne({ _id: "c1|wordl6", circleId: "c1", leaseOwner: owner, leaseUntil: until, nextAt: until });
    await store.collection("sessions").insertOne({ _id: "c1|wordl6|2026-03-02", circleId: "c1", state: "pending", leaseOwner: owner, leaseUntil: until, dueAt: until });
    await store.collection("sessions").insertOne({ _id: "c2|wordl6|2026-03-02", circleId: "c2", state: "pending", leaseOwner: "another-instance", leaseUntil: until, dueAt: until });
    await server.close();
    server = undefined;
    expect(await store.collection("schedules").findOne({ _id: "c1|wordl6" })).not.toHaveProperty("leaseOwner");
    expect(await store.collection("sessions").findOne({ _id: "c1|wordl6|2026-03-02" })).not.toHaveProperty("leaseUntil");
    // Another instance's lease is not ours to give back.
    expect(await store.collection("sessions").findOne({ _id: "c2|wordl6|2026-03-02" })).toMatchObject({ leaseOwner: "another-instance" });
    // The store was the caller's: still open.
    await expect(store.ping()).resolves.toBeUndefined();
    await store.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });
});

describe("pending shared-card updates", () => {
  it("are sent at once on flush instead of after their interval, each once", async () => {
    const updates = new SharedCardUpdates(60_000);
    const sent: string[] = [];
    updates.request("s1", async () => void sent.push("s1"));
    updates.request("s1", async () => void sent.push("s1 again"));
    updates.request("s2", async () => {
      await new Promise((resolve) => setTimeout(resolve, 20));
      sent.push("s2");
    });
    expect(updates.waiting).toBe(2);
    expect(await updates.flush()).toBe(2);
    expect(sent.sort()).toEqual(["s1", "s2"]);
    expect(updates.waiting).toBe(0);
    expect(await updates.flush()).toBe(0);
  });
});

// The logs of a conversation at info level, captured: JSON lines that carry the request id (and
// in a bot turn the activity's id and type), and never what people wrote, what cards carried,
// or a token — not even when a failing post hands the logger an error holding the whole request.

import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Writable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../bot/config";
import { createLogger } from "../../bot/log";
import { startServer, type RunningServer } from "../../bot/server";
import * as A from "../helpers/activities";
import { startFakeConnector, type FakeConnector } from "../helpers/connector";

const ada = { id: "29:ada", name: "Ada Lovelace", aadObjectId: "00000000-0000-0000-0000-0000000000a1" };
const bob = { id: "29:bob", name: "Bob Dylan", aadObjectId: "00000000-0000-0000-0000-0000000000b2" };
const where = A.groupChat(7);

/** Words that appear only in what people typed or sent; none may reach the log. */
const SECRET = {
  shoutout: "zebracrossing-gratitude",
  unknown: "quokka-whisper",
  role: "marmalade-architect",
  roleAnswer: "pelican-roadmap",
  token: "eyJhbGciOiJSUzI1NiJ9.c2VjcmV0LXRva2Vu.c2lnbmF0dXJl",
  failing: "narwhal-outage",
};

let connector: FakeConnector;
let server: RunningServer;
let dataDir: string;
const lines: string[] = [];

beforeAll(async () => {
  connector = await startFakeConnector();
  connector.members.set(where.conversationId, [ada, bob]);
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "qc-logging-"));
  const config = { ...loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: "info" }), port: 0 };
  const capture = new Writable({
    write(chunk, _encoding, done) {
      lines.push(...String(chunk).split("\n").filter(Boolean));
      done();
    },
  });
  server = await startServer(config, createLogger("info", capture), { scheduler: false });
});

afterAll(async () => {
  await server.close();
  await connector.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

const post = (activity: unknown, headers: Record<string, string> = {}) =>
  fetch(`${server.url}/api/messages`, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(activity) });
const mention = (p: { id: string; name: string }) => ({ type: "mention", text: `<at>${p.name}</at>`, mentioned: { id: p.id, name: p.name } });
const botMention = { type: "mention", text: `<at>${A.BOT.name}</at>`, mentioned: A.BOT };
const parsed = () => lines.map((line) => JSON.parse(line) as Record<string, unknown>);

describe("logs of a conversation at info level", () => {
  beforeAll(async () => {
    await post(A.installed(where, ada, connector.url), { "x-request-id": "install-request-0001" });
    const shoutout = A.message(where, ada, "", connector.url);
    await post({ ...shoutout, text: `<at>${A.BOT.name}</at> shoutout <at>${bob.name}</at> for the ${SECRET.shoutout}`, entities: [botMention, mention(bob)] });
    await post(A.message(where, bob, SECRET.unknown, connector.url));
    await post(
      A.cardAction(where, bob, "role.save", { circleId: where.conversationId, role: SECRET.role, cares: SECRET.roleAnswer, why: "", help: "", spotlight: "true" }, connector.url),
    );
    await fetch(`${server.url}/api/circles/${encodeURIComponent(where.conversationId)}`, { headers: { authorization: `Bearer ${SECRET.token}` } });
    // Teams refuses the reply that carries the text, echoing it in its answer: the turn fails and
    // its error — which holds that answer — is logged.
    connector.respond = (request) =>
      JSON.stringify(request.body).includes(SECRET.failing) ? { status: 500, body: { error: { code: "ServiceError", message: "boom" }, activity: request.body } } : undefined;
    await post(A.message(where, ada, `shoutout <at>${bob.name}</at> for ${SECRET.failing}`, connector.url, { entities: [botMention, mention(bob)] }), { "x-request-id": "failing-turn-0002" });
    connector.respond = undefined;
  });

  it("every line is JSON, and none holds what people wrote, what cards carried, or a token", () => {
    expect(lines.length).toBeGreaterThan(5);
    expect(() => parsed()).not.toThrow();
    const all = lines.join("\n");
    for (const [what, secret] of Object.entries(SECRET)) expect(all, `${what} leaked into the log`).not.toContain(secret);
    expect(all).not.toMatch(/Bearer/i);
    // The conversation really happened: the shoutout and the role card were stored.
    expect(connector.sent.some((s) => JSON.stringify(s.activity).includes(SECRET.shoutout))).toBe(true);
  });

  it("lines written in a bot turn carry the request id and the activity's type", () => {
    const active = parsed().find((line) => line.msg === "circle active");
    expect(active).toMatchObject({ reqId: "install-request-0001", activityType: "installationUpdate", activityId: expect.any(String), level: 30 });
  });

  it("a failed turn is logged once, with its request id and the error's message and stack only", () => {
    const failed = parsed().filter((line) => line.msg === "turn failed");
    expect(failed).toHaveLength(1);
    expect(failed[0]).toMatchObject({ reqId: "failing-turn-0002", activityType: "message", err: { type: expect.any(String), message: expect.any(String), stack: expect.any(String) } });
    expect(Object.keys(failed[0]!.err as object).sort()).toEqual(expect.arrayContaining(["message", "stack", "type"]));
    expect(failed[0]!.err).not.toHaveProperty("request");
    expect(failed[0]!.err).not.toHaveProperty("response");
  });

  it("each API request is one line with its route, never its ids or query", () => {
    const requests = parsed().filter((line) => line.msg === "request");
    expect(requests.map((line) => line.path)).toEqual(expect.arrayContaining(["/api/messages", "/api/circles/:id"]));
    for (const line of requests) expect(line).toMatchObject({ reqId: expect.any(String), method: expect.any(String), status: expect.any(Number), ms: expect.any(Number) });
    expect(lines.join("\n")).not.toContain(encodeURIComponent(where.conversationId));
  });
});

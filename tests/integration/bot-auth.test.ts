// A forged Bot Framework request is refused when an app id is configured. The server runs in
// Teams mode with BOT_OPENID_METADATA_URL pointing at a local OpenID metadata + JWKS server whose
// RSA key was generated here, so the real botbuilder validation (signature, issuer, audience,
// expiry, service URL, endorsements) runs against tokens this test signs. Accepted activities are
// sent with deliveryMode "expectReplies", so the bot's answer comes back in the HTTP response and
// no token for the real Bot Connector is needed.

import http from "node:http";
import type { AddressInfo } from "node:net";
import { Writable } from "node:stream";
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWK } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../bot/config";
import { createLogger } from "../../bot/log";
import { startServer, type RunningServer } from "../../bot/server";
import * as A from "../helpers/activities";
import { TEST_APP_ID, teamsModeEnv } from "../helpers/sso";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const ada = { id: "29:ada", name: "Ada Lovelace", aadObjectId: "00000000-0000-0000-0000-0000000000a1" };
/** Where the activities say Teams' Bot Connector is (never called: replies come back in the response). */
const SERVICE_URL = "https://smba.trafficmanager.net/emea/";
const BOT_FRAMEWORK = "https://api.botframework.com";

let keys: http.Server;
let server: RunningServer;
let dataDir: string;
let channelKey: CryptoKey;
let attackerKey: CryptoKey;
const logLines: string[] = [];

beforeAll(async () => {
  const channel = await generateKeyPair("RS256");
  const attacker = await generateKeyPair("RS256");
  channelKey = channel.privateKey;
  attackerKey = attacker.privateKey;
  const jwk: JWK = { ...(await exportJWK(channel.publicKey)), kid: "bf-key-1", use: "sig", alg: "RS256" };
  // The Bot Framework publishes which channels may use a key; the validation checks it.
  const published = { keys: [{ ...jwk, endorsements: ["msteams"] }] };
  keys = http.createServer((req, res) => {
    const base = `http://127.0.0.1:${(keys.address() as AddressInfo).port}`;
    res.setHeader("content-type", "application/json");
    if (req.url === "/v1/.well-known/openidconfiguration") {
      res.end(JSON.stringify({ issuer: BOT_FRAMEWORK, jwks_uri: `${base}/v1/.well-known/keys`, id_token_signing_alg_values_supported: ["RS256"] }));
    } else if (req.url === "/v1/.well-known/keys") {
      res.end(JSON.stringify(published));
    } else {
      res.statusCode = 404;
      res.end("{}");
    }
  });
  await new Promise<void>((resolve) => keys.listen(0, "127.0.0.1", resolve));
  const metadataUrl = `http://127.0.0.1:${(keys.address() as AddressInfo).port}/v1/.well-known/openidconfiguration`;

  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "qc-bot-auth-"));
  const config = { ...loadConfig({ ...teamsModeEnv, BOT_OPENID_METADATA_URL: metadataUrl, DATA_DIR: dataDir }), port: 0 };
  const capture = new Writable({
    write(chunk, _encoding, done) {
      logLines.push(...String(chunk).split("\n").filter(Boolean));
      done();
    },
  });
  server = await startServer(config, createLogger("info", capture), { scheduler: false });
});

afterAll(async () => {
  await server?.close();
  await new Promise<void>((resolve) => keys.close(() => resolve()));
  fs.rmSync(dataDir, { recursive: true, force: true });
});

interface TokenOptions {
  key?: CryptoKey;
  kid?: string;
  alg?: string;
  claims?: Record<string, unknown>;
  /** Seconds since the epoch; default an hour from now. */
  exp?: number;
}

/** A token the way the Bot Framework signs one for a bot (its issuer, the bot's app id as audience, the service URL). */
function token(options: TokenOptions = {}): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({ iss: BOT_FRAMEWORK, aud: TEST_APP_ID, serviceurl: SERVICE_URL, ...options.claims })
    .setProtectedHeader({ alg: options.alg ?? "RS256", kid: options.kid ?? "bf-key-1", typ: "JWT" })
    .setNotBefore(now - 60)
    .setIssuedAt(now - 60)
    .setExpirationTime(options.exp ?? now + 3600)
    .sign(options.key ?? channelKey);
}

let conversations = 0;
/** A first message in a new personal chat: accepted, it creates the circle and answers. */
function install() {
  const where = A.personalChat(`forged-${++conversations}`);
  return { where, activity: { ...A.installed(where, ada, SERVICE_URL), deliveryMode: "expectReplies" } };
}

async function post(activity: unknown, authorization?: string) {
  const res = await fetch(`${server.url}/api/messages`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(authorization ? { authorization } : {}) },
    body: JSON.stringify(activity),
  });
  const text = await res.text();
  return { status: res.status, type: res.headers.get("content-type") ?? "", body: text ? JSON.parse(text) : undefined };
}

const circle = (id: string) => server.store.collection("circles").findOne({ _id: id });

describe("the Bot Framework endpoint with an app id", () => {
  it("accepts an activity with a correctly signed token: the circle is created and the bot answers", async () => {
    const { where, activity } = install();
    const res = await post(activity, `Bearer ${await token()}`);
    expect(res.status).toBe(200);
    expect(res.body.activities.length).toBeGreaterThan(0);
    expect(await circle(where.conversationId)).toMatchObject({ _id: where.conversationId, active: true });
  });

  const refused: [string, () => Promise<string | undefined>][] = [
    ["no token at all", async () => undefined],
    ["a token signed with another key that claims the real key's id", async () => `Bearer ${await token({ key: attackerKey })}`],
    ["a token signed with another key of its own id", async () => `Bearer ${await token({ key: attackerKey, kid: "attacker-key" })}`],
    ["an expired token (beyond the five minutes of clock skew allowed)", async () => `Bearer ${await token({ exp: Math.floor(Date.now() / 1000) - 600 })}`],
    ["a token for another bot (wrong audience)", async () => `Bearer ${await token({ claims: { aud: "99999999-2222-3333-4444-555555555555" } })}`],
    ["a token from another issuer", async () => `Bearer ${await token({ claims: { iss: "https://sts.example.com/" } })}`],
    ["a token issued for another service URL", async () => `Bearer ${await token({ claims: { serviceurl: "https://evil.example.com/" } })}`],
    [
      "an unsigned token (alg none)",
      async () => {
        const encode = (part: object) => Buffer.from(JSON.stringify(part)).toString("base64url");
        const now = Math.floor(Date.now() / 1000);
        return `Bearer ${encode({ alg: "none", kid: "bf-key-1" })}.${encode({ iss: BOT_FRAMEWORK, aud: TEST_APP_ID, serviceurl: SERVICE_URL, exp: now + 3600 })}.`;
      },
    ],
    ["a token in the wrong scheme", async () => `Basic ${await token()}`],
    ["garbage", async () => "Bearer not.a.jwt"],
  ];

  it.each(refused)("refuses %s with 401 and stores nothing", async (_name, authorization) => {
    const { where, activity } = install();
    const res = await post(activity, await authorization());
    expect(res.status).toBe(401);
    expect(res.type).toMatch(/application\/json/);
    expect(res.body).toEqual({ error: { code: "unauthorized", message: "The request is not authenticated." } });
    expect(await circle(where.conversationId)).toBeNull();
  });

  it("a forged message or card press never reaches the bot either", async () => {
    const where = A.personalChat("forged-turns");
    const forged = `Bearer ${await token({ key: attackerKey })}`;
    expect((await post({ ...A.message(where, ada, "help", SERVICE_URL), deliveryMode: "expectReplies" }, forged)).status).toBe(401);
    expect((await post(A.cardAction(where, ada, "setup.save", { circleId: where.conversationId }, SERVICE_URL), forged)).status).toBe(401);
    expect(await server.store.collection("circles").countDocuments({ _id: where.conversationId })).toBe(0);
  });

  it("logs each refusal as one line with the reason, never the token", async () => {
    const secretToken = await token({ key: attackerKey });
    await post(install().activity, `Bearer ${secretToken}`);
    const refusals = logLines.map((line) => JSON.parse(line)).filter((line) => line.msg === "bot request refused: not authenticated");
    expect(refusals.length).toBeGreaterThan(0);
    expect(refusals.at(-1)).toMatchObject({ level: 40, hasToken: true, reqId: expect.any(String) });
    expect(logLines.join("\n")).not.toContain(secretToken.split(".")[2]);
  });
});

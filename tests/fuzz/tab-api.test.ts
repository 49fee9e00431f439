// Bad-input campaign, the tab API: a fast-check fuzzer calls every route the routers in bot/api
// declare (read from their source, so a new route is fuzzed too) with hostile path parameters
// (another circle's and another tenant's ids, operators, huge and odd strings), query strings and
// JSON bodies — in local mode, and in Teams mode with signed SSO tokens of a member, of someone in
// another tenant, and with forged tokens. The server always answers in time with a status below
// 500; in Teams mode nothing the member is answered contains the other tenant's circle's marker;
// afterwards every stored document keeps its invariants and /api/health is ok.

import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Circle } from "../../shared/circles/types";
import * as A from "../helpers/activities";
import { startFakeConnector, type FakeConnector } from "../helpers/connector";
import { ada, bob, cy } from "../helpers/people";
import { startTestServer, type TestServer } from "../helpers/server";
import { teamsModeEnv, testIdentityProvider, type TestIdentityProvider } from "../helpers/sso";
import { fuzzRuns, fuzzSeed, hostileString, hostileValue, storedDataProblems, tabApiRoutes, withKey } from "./hostile";

const RUNS = fuzzRuns(1_000);
const OTHER_TENANT = "0c0ffee0-0000-4000-8000-00000000b0b0";
const mine = A.groupChat(601);
const theirs: A.Where = { kind: "groupChat", conversationId: "19:chat602@thread.v2", tenantId: OTHER_TENANT };
const dan = { id: "29:dan", name: "Dan Other", aadObjectId: "00000000-0000-0000-0000-0000000000d4" };
const eve = { id: "29:eve", name: "Eve Other", aadObjectId: "00000000-0000-0000-0000-0000000000e5" };
const MARKER = "quokka-tangerine-4410";
const routes = tabApiRoutes();

let connector: FakeConnector;
beforeAll(async () => {
  connector = await startFakeConnector();
  connector.members.set(mine.conversationId, [ada, bob, cy]);
  connector.members.set(theirs.conversationId, [dan, eve]);
});
afterAll(() => connector.close());

it("finds the tab API's routes in the routers' source", () => {
  expect(routes.length).toBeGreaterThan(15);
  expect(routes).toContainEqual({ method: "PATCH", path: "/circles/:id/settings" });
  expect(routes).toContainEqual({ method: "POST", path: "/circles/:id/shoutouts" });
});

/** The two circles, seeded through /api/messages in local mode (a Teams-mode server wants signed activities) into `dataDir`. */
async function seed(dataDir: string) {
  const server = await startTestServer({ DATA_DIR: dataDir }, { scheduler: false });
  try {
    await seedThrough(server);
  } finally {
    await server.close();
  }
}

async function seedThrough(server: TestServer) {
  for (const [where, who] of [[mine, ada], [theirs, dan]] as const) expect((await server.post(A.installed(where, who, connector.url))).status).toBe(200);
  const given = await server.post(A.cardAction(theirs, dan, "shoutout.give", { circleId: theirs.conversationId, recipients: eve.id, message: `for the ${MARKER} plan`, tag: "teamwork" }, connector.url));
  expect(given.status).toBe(200);
  for (const command of ["globe", "trivia"]) {
    await server.post(A.message(mine, bob, command, connector.url));
    await server.post(A.message(theirs, dan, command, connector.url));
  }
}

function requestArbitrary(ids: string[], tokens: fc.Arbitrary<string | undefined>) {
  const param = fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...ids) },
    { weight: 1, arbitrary: hostileString(ids) },
    { weight: 1, arbitrary: hostileValue(ids).map((v) => JSON.stringify(v) ?? "") },
  ).map((s) => s.slice(0, 4_000)); // longer URLs only meet Node's header limit (431), not our code

  const query = fc.dictionary(fc.constantFrom("lang", "limit", "cursor", "before", "after", "kind", "ritual", "game", "q", "page", "from", "to", "__proto__", "$gt", "filter[$ne]"), fc.oneof(hostileString(ids).map((s) => s.slice(0, 2_000)), fc.constantFrom("en", "nl", "10", "-1", "1e9")), { maxKeys: 3 });
  const bodyFields = ["settings", "rituals", "timeZone", "workingDays", "paused", "language", "question", "answers", "correct", "category", "format", "content", "recipients", "message", "tag", "kind", "confirm", "circleId", "tenantId", "_id", "version"];
  const body = fc.oneof(
    fc.tuple(fc.array(fc.tuple(fc.constantFrom(...bodyFields, "__proto__", "constructor", "$set", "$where"), hostileValue(ids)), { maxLength: 6 })).map(([entries]) => entries.reduce((o, [k, v]) => withKey(o, k, v), {} as Record<string, unknown>)),
    hostileValue(ids).map((v) => v),
    fc.string({ maxLength: 100 }).map((raw) => ({ raw })),
  );
  return fc.record({ route: fc.constantFrom(...routes), params: fc.array(param, { minLength: 3, maxLength: 3 }), query, body, token: tokens, contentType: fc.constantFrom("application/json", "application/json", "text/plain", "text/csv") });
}

/** Percent-encoded; a lone surrogate (not encodable) is sent as bytes that are not UTF-8 at all. */
function encodePart(value: string): string {
  try {
    return encodeURIComponent(value);
  } catch {
    const wellFormed = Array.from(value, (c) => (c.length === 1 && c >= "\uD800" && c <= "\uDFFF" ? "\uFFFD" : c)).join("");
    return `${encodeURIComponent(wellFormed)}%ED%A0%80%FF`;
  }
}

async function send(server: TestServer, r: { route: { method: string; path: string }; params: string[]; query: Record<string, string>; body: unknown; token: string | undefined; contentType: string }) {
  let i = 0;
  const pathname = r.route.path.replace(/:[A-Za-z]+/g, () => encodePart(r.params[i++ % r.params.length]!));
  const search = Object.entries(r.query).map(([k, v]) => `${encodePart(k)}=${encodePart(v)}`).join("&");
  const raw = typeof r.body === "object" && r.body !== null && "raw" in (r.body as object) ? String((r.body as { raw: string }).raw) : JSON.stringify(r.body) ?? "null";
  const res = await fetch(`${server.url}/api${pathname}${search ? `?${search}` : ""}`, {
    method: r.route.method,
    headers: { "content-type": r.contentType, ...(r.token ? { authorization: `Bearer ${r.token}` } : {}) },
    body: r.route.method === "GET" || r.route.method === "DELETE" ? undefined : raw,
    signal: AbortSignal.timeout(60_000),
  });
  return { status: res.status, text: await res.text() };
}

async function campaign(server: TestServer, tokens: fc.Arbitrary<string | undefined>, mode: string, leakChecked: (token: string | undefined) => boolean) {
  const ids = [mine.conversationId, theirs.conversationId, `${theirs.conversationId}|walk-the-globe|${new Date().toISOString().slice(0, 10)}`, ...(await server.store.collection<{ _id: string }>("shoutouts").find({})).map((s) => s._id)];
  const statuses = new Map<number, number>();
  let runs = 0;
  await fc.assert(
    fc.asyncProperty(requestArbitrary(ids, tokens), async (r) => {
      runs++;
      const answer = await send(server, r);
      statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
      // 503 is documented for one case only: SSO not configured on the server (never here).
      expect(answer.status, `${r.route.method} ${r.route.path}: ${answer.text.slice(0, 300)}`).toBeLessThan(500);
      if (leakChecked(r.token)) expect(answer.text, `${r.route.method} ${r.route.path}`).not.toContain(MARKER);
    }),
    { numRuns: RUNS, seed: fuzzSeed(), endOnFailure: true },
  );
  const problems = await storedDataProblems(server.store, { circles: { [mine.conversationId]: { tenantId: A.TENANT }, [theirs.conversationId]: { tenantId: OTHER_TENANT } } });
  expect(problems).toEqual([]);
  expect((await fetch(`${server.url}/api/health`)).status).toBe(200);
  console.log(`fuzz tab API (${mode}): ${runs} cases over ${routes.length} routes, statuses ${JSON.stringify(Object.fromEntries(statuses))}`);
  expect(runs).toBeGreaterThanOrEqual(RUNS);
}

describe("the tab API under hostile input", () => {
  it(`local mode: ${RUNS} cases`, { timeout: 600_000 }, async () => {
    const server = await startTestServer({ RATE_LIMIT_PERSON: "100000/10s", RATE_LIMIT_CIRCLE: "100000/10s" }, { scheduler: false });
    try {
      await seedThrough(server);
      const before = await server.store.collection<Circle>("circles").findOne({ _id: theirs.conversationId });
      // Local mode shows every circle by design (the local preview): no leak check, the rest holds.
      await campaign(server, fc.constant(undefined), "local", () => false);
      expect((await server.store.collection<Circle>("circles").findOne({ _id: theirs.conversationId }))?.tenantId).toBe(before?.tenantId);
    } finally {
      await server.close();
    }
  });

  it(`Teams mode with SSO tokens: ${RUNS} cases, and a member never sees another tenant's circle`, { timeout: 600_000 }, async () => {
    const idp: TestIdentityProvider = await testIdentityProvider();
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "qc-fuzz-tab-"));
    await seed(dataDir);
    const server = await startTestServer({ ...teamsModeEnv, DATA_DIR: dataDir, RATE_LIMIT_PERSON: "100000/10s", RATE_LIMIT_CIRCLE: "100000/10s" }, { scheduler: false, auth: { keys: idp.keys } });
    try {
      const member = await idp.tokenFor(ada);
      const otherTenant = await idp.tokenFor(ada, OTHER_TENANT);
      const stranger = await idp.tokenFor({ aadObjectId: "00000000-0000-0000-0000-00000000ffff" });
      const theirMember = await idp.tokenFor(dan, OTHER_TENANT);
      const forged = [
        await idp.sign({ aud: "someone-else", tid: A.TENANT, oid: ada.aadObjectId, iss: `https://login.microsoftonline.com/${A.TENANT}/v2.0` }),
        await idp.sign({ aud: teamsModeEnv.MicrosoftAppId, tid: A.TENANT, oid: ada.aadObjectId, iss: "https://evil.example/" }),
        await idp.sign({ aud: teamsModeEnv.MicrosoftAppId, tid: { $ne: null }, oid: { $gt: "" }, iss: `https://login.microsoftonline.com/${A.TENANT}/v2.0` }),
        `${member.slice(0, -4)}AAAA`,
        "not-a-token",
      ];
      const tokens = fc.oneof({ weight: 6, arbitrary: fc.constant(member) }, fc.constantFrom(otherTenant, stranger, ...forged), fc.constant(undefined), fc.constant(theirMember));
      // Everyone but the other circle's own member must never see its marker.
      await campaign(server, tokens, "teams", (token) => token !== theirMember);
    } finally {
      await server.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

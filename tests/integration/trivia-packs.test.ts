// The circle's own trivia questions through the tab's API: members read and add, facilitators
// import packs (our JSON, CSV, Open Trivia DB) and delete, authors delete their own, strangers
// see nothing; hostile input is refused, never a crash; imported questions reach the rounds.

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { storeTriviaContent } from "../../bot/games";
import type { ApiError, TeamQuestionsResponse, TeamQuestionView, TriviaPackImportResponse } from "../../shared/api/types";
import { defaultSettings } from "../../shared/rituals/settings";
import * as A from "../helpers/activities";
import { startFakeConnector, type FakeConnector } from "../helpers/connector";
import { startTestServer, type TestServer } from "../helpers/server";
import { teamsModeEnv, testIdentityProvider } from "../helpers/sso";

const ada = { id: "29:ada", name: "Ada Lovelace", aadObjectId: "00000000-0000-0000-0000-0000000000a1" };
const bob = { id: "29:bob", name: "Bob Dylan", aadObjectId: "00000000-0000-0000-0000-0000000000b2" };
const eve = { id: "29:eve", name: "Eve Outsider", aadObjectId: "00000000-0000-0000-0000-0000000000e5" };
const now = new Date("2026-11-26T09:00:00Z");

const jsonPack = JSON.stringify({
  questions: [
    { question: "Who of us has climbed Kilimanjaro?", correct: "Sam", wrong: ["Alex", "Robin", "Kim"] },
    { question: "Which city is our office in?", correct: "Utrecht", wrong: ["Delft", "Breda", "Assen"], category: "geography", difficulty: "easy" },
    { question: "Only two answers", correct: "Yes", wrong: ["No"] },
  ],
});

const csvPack = [
  "question,correct,wrong1,wrong2,wrong3,difficulty",
  'What is our team\'s mascot?,"A heron","A fox","An owl","A badger",easy',
  "Which language did we ship first?,TypeScript,Go,Rust,Kotlin,hard",
  "A question without answers,,,,,",
].join("\r\n");

/** As Open Trivia DB's API sends it: HTML entities, a true/false question among the rest. */
const openTdbPack = JSON.stringify({
  response_code: 0,
  results: [
    {
      type: "multiple",
      difficulty: "medium",
      category: "Entertainment: Books",
      question: "Who wrote &quot;The Hitchhiker&#039;s Guide to the Galaxy&quot;?",
      correct_answer: "Douglas Adams",
      incorrect_answers: ["Terry Pratchett", "Neil Gaiman", "Arthur C. Clarke"],
    },
    {
      type: "boolean",
      difficulty: "easy",
      category: "General Knowledge",
      question: "The sky is blue.",
      correct_answer: "True",
      incorrect_answers: ["False"],
    },
    {
      type: "multiple",
      difficulty: "hard",
      category: "Science &amp; Nature",
      question: "What is the chemical symbol for tungsten?",
      correct_answer: "W",
      incorrect_answers: ["Tu", "Tg", "Wo"],
    },
  ],
});

const addition = { question: "What did Bob bake for the last team day?", correct: "Apple pie", wrong1: "Brownies", wrong2: "Scones", wrong3: "Carrot cake" };

let connector: FakeConnector;
beforeAll(async () => {
  connector = await startFakeConnector();
});
afterAll(async () => {
  await connector.close();
});

describe("Teams mode: who may do what", () => {
  const circleId = "19:ours@thread.v2";
  const otherCircleId = "19:theirs@thread.v2";
  const base = (id = circleId) => `/api/circles/${encodeURIComponent(id)}/trivia`;
  let server: TestServer;
  let token: (who: { aadObjectId: string }) => Promise<string>;

  async function call<T = any>(method: string, who: { aadObjectId: string } | null, path: string, body?: unknown): Promise<{ status: number; json: T }> {
    const headers: Record<string, string> = { "content-type": "application/json" };
    if (who) headers.authorization = `Bearer ${await token(who)}`;
    const res = await fetch(`${server.url}${path}`, { method, headers, body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body) });
    const text = await res.text();
    return { status: res.status, json: text ? JSON.parse(text) : undefined };
  }
  const list = async (who: { aadObjectId: string }, id = circleId) => (await call<TeamQuestionsResponse>("GET", who, `${base(id)}/questions`)).json;
  const importPack = (who: { aadObjectId: string }, format: string, text: unknown, query = "", id = circleId) =>
    call<TriviaPackImportResponse & Partial<ApiError>>("POST", who, `${base(id)}/packs${query}`, { format, text });
  const find = (questions: TeamQuestionView[], text: string) => questions.find((q) => q.question === text);

  beforeAll(async () => {
    const identity = await testIdentityProvider();
    token = identity.tokenFor;
    server = await startTestServer(teamsModeEnv, { auth: { keys: identity.keys }, now: () => now, scheduler: false });
    for (const [id, members] of [
      [circleId, [{ ...ada, role: "facilitator" }, { ...bob, role: "member" }]],
      [otherCircleId, [{ ...eve, role: "facilitator" }]],
    ] as const) {
      await server.store.collection("circles").insertOne({
        _id: id,
        tenantId: A.TENANT,
        kind: "groupChat",
        name: id,
        locale: "en",
        active: true,
        installedAt: now,
        updatedAt: now,
        version: 1,
        reference: { bot: A.BOT, channelId: "msteams", conversation: { id }, serviceUrl: connector.url },
        members,
        settings: defaultSettings({ timeZone: "Europe/Amsterdam" }),
      });
    }
  });
  afterAll(() => server.close());

  it("a member adds a question about the team; everyone in the circle sees it with who added it", async () => {
    const added = await call<TeamQuestionView>("POST", bob, `${base()}/questions`, addition);
    expect(added.status).toBe(201);
    expect(added.json).toMatchObject({ question: addition.question, category: "team", categoryName: "About us", addedBy: "Bob Dylan", canDelete: true });
    expect([...added.json.choices].sort()).toEqual(["Apple pie", "Brownies", "Carrot cake", "Scones"]);
    expect(added.json.choices[added.json.answer]).toBe("Apple pie");

    const forBob = await list(bob);
    expect(forBob).toMatchObject({ circleId, canImport: false, total: 1 });
    expect(forBob.questions).toEqual([added.json]);
    const forAda = await list(ada);
    expect(forAda.canImport).toBe(true);
    expect(forAda.questions[0]).toMatchObject({ id: added.json.id, addedBy: "Bob Dylan", canDelete: true, addedAt: now.toISOString() });
  });

  it("a refused question says why, in the reader's language, and stores nothing", async () => {
    const before = (await list(bob)).total;
    const refused = await call("POST", bob, `${base()}/questions?lang=nl`, { ...addition, wrong3: "" });
    expect(refused.status).toBe(400);
    expect(refused.json.error.message).toBe("Er zijn drie foute antwoorden nodig.");
    const english = await call("POST", bob, `${base()}/questions`, { ...addition, wrong1: "apple PIE" });
    expect(english.status).toBe(400);
    expect(english.json.error.message).toBe("Two of the answers are the same.");
    expect((await list(bob)).total).toBe(before);
  });

  it("a facilitator imports our JSON format: good questions in, bad entries skipped with the reason", async () => {
    const { status, json } = await importPack(ada, "json", jsonPack);
    expect(status).toBe(200);
    expect(json).toEqual({ imported: 2, duplicates: 0, skipped: [{ line: 3, reason: "wrong-missing", message: "Three wrong answers are needed." }] });
    const questions = (await list(ada)).questions;
    expect(find(questions, "Which city is our office in?")).toMatchObject({ category: "geography", difficulty: "easy", addedBy: "Ada Lovelace" });
    expect(find(questions, "Who of us has climbed Kilimanjaro?")).toMatchObject({ category: "team", difficulty: "medium" });
  });

  it("a facilitator imports CSV, skipped lines named by their line in the file, in Dutch when asked", async () => {
    const { status, json } = await importPack(ada, "csv", csvPack, "?lang=nl");
    expect(status).toBe(200);
    expect(json).toEqual({ imported: 2, duplicates: 0, skipped: [{ line: 4, reason: "correct-missing", message: "Het goede antwoord is leeg." }] });
    const mascot = find((await list(ada)).questions, "What is our team's mascot?");
    expect(mascot).toMatchObject({ difficulty: "easy" });
    expect(mascot!.choices[mascot!.answer]).toBe("A heron");
  });

  it("a facilitator imports Open Trivia DB's JSON: entities decoded, true/false skipped", async () => {
    const { status, json } = await importPack(ada, "opentdb", openTdbPack);
    expect(status).toBe(200);
    expect(json.imported).toBe(2);
    expect(json.skipped).toEqual([{ line: 2, reason: "true-false", message: expect.stringContaining("True/false") }]);
    const questions = (await list(ada)).questions;
    expect(find(questions, 'Who wrote "The Hitchhiker\'s Guide to the Galaxy"?')).toMatchObject({ category: "arts", difficulty: "medium" });
    expect(find(questions, "What is the chemical symbol for tungsten?")).toMatchObject({ category: "science", difficulty: "hard" });
    expect(questions.some((q) => /&(quot|#039|amp);/.test(q.question))).toBe(false);
  });

  it("importing the same packs again counts duplicates and adds no copies", async () => {
    const before = (await list(ada)).total;
    expect(before).toBe(7);
    expect((await importPack(ada, "json", jsonPack)).json).toMatchObject({ imported: 0, duplicates: 2 });
    expect((await importPack(ada, "csv", csvPack)).json).toMatchObject({ imported: 0, duplicates: 2 });
    expect((await importPack(ada, "opentdb", openTdbPack)).json).toMatchObject({ imported: 0, duplicates: 2 });
    expect((await list(ada)).total).toBe(before);
  });

  it("the same pack in another circle is that circle's own copy", async () => {
    const { json } = await importPack(eve, "json", jsonPack, "", otherCircleId);
    expect(json).toMatchObject({ imported: 2, duplicates: 0 });
    expect((await list(eve, otherCircleId)).total).toBe(2);
    expect((await list(ada)).total).toBe(7);
  });

  it("a member's import is refused with 403 and stores nothing", async () => {
    const refused = await importPack(bob, "json", JSON.stringify([{ question: "Bob's own?", correct: "a", wrong: ["b", "c", "d"] }]));
    expect(refused.status).toBe(403);
    expect(refused.json.error?.message).toBe("Only facilitators can import question packs (Ada Lovelace).");
    expect((await list(ada)).total).toBe(7);
  });

  it("strangers get 404 on every route, whatever they send; no token gets 401", async () => {
    const id = (await list(ada)).questions[0].id;
    for (const [method, path, body] of [
      ["GET", `${base()}/questions`, undefined],
      ["POST", `${base()}/questions`, addition],
      ["POST", `${base()}/packs`, { format: "json", text: jsonPack }],
      ["DELETE", `${base()}/questions/${encodeURIComponent(id)}`, undefined],
    ] as const) {
      const answer = await call(method, eve, path, body);
      expect(answer.status, `${method} ${path}`).toBe(404);
      expect(answer.json.error.code).toBe("circle_not_found");
      expect((await call(method, null, path, body)).status).toBe(401);
    }
    expect((await list(ada)).total).toBe(7);
  });

  it("hostile bodies are refused with 400 (or 413 when too large), never a crash", async () => {
    const before = (await list(ada)).total;
    for (const body of [
      { question: { $gt: "" }, correct: "a", wrong1: "b", wrong2: "c", wrong3: "d" },
      { $gt: "" },
      { ...addition, correct: ["Apple pie"] },
      { ...addition, wrong2: { toString: "x" } },
      JSON.parse('{"__proto__": {"question": "Polluted?", "correct": "a", "wrong1": "b", "wrong2": "c", "wrong3": "d"}}'),
      [addition],
      '"just a string"',
      "{ not json",
    ]) {
      const { status, json } = await call("POST", ada, `${base()}/questions`, body);
      expect(status, JSON.stringify(body)).toBe(400);
      expect(json.error.message.length).toBeGreaterThan(5);
    }
    for (const body of [
      { format: "xml", text: jsonPack },
      { format: "json", text: { $gt: "" } },
      { format: "json", text: 42 },
      { format: { $ne: "csv" }, text: csvPack },
      { text: jsonPack },
      { format: "json", text: "{ not json" },
      { format: "json", text: '{"questions": "all of them"}' },
      { format: "opentdb", text: '{"response_code": 1, "results": []}' },
      { format: "csv", text: "just,some,columns\n1,2,3" },
      { format: "json", text: "[]" },
    ]) {
      const { status, json } = await call("POST", ada, `${base()}/packs`, body);
      expect(status, JSON.stringify(body)).toBe(400);
      expect(json.error.message.length).toBeGreaterThan(5);
    }
    // Too many questions for one pack, but a body the pack route accepts (~250 kB).
    const tooMany = ["question,correct,wrong1,wrong2,wrong3", ...Array.from({ length: 600 }, (_, i) => `Question number ${i} of far too many?,a${i},b,c,d${"x".repeat(300)}`)].join("\n");
    const many = await call("POST", ada, `${base()}/packs`, { format: "csv", text: tooMany });
    expect(many.status).toBe(400);
    expect(many.json.error.message).toMatch(/600 questions; at most 500/);

    const huge = await call("POST", ada, `${base()}/packs`, { format: "json", text: "x".repeat(2_000_000) });
    expect(huge.status).toBe(413);
    const bigQuestion = await call("POST", ada, `${base()}/questions`, { ...addition, question: "x".repeat(100_000) });
    expect(bigQuestion.status).toBe(413);
    expect((await list(ada)).total).toBe(before);
  });

  it("a pack larger than other API bodies (over 64 kB) is imported", async () => {
    const rows = Array.from({ length: 400 }, (_, i) => `A long team question number ${i}, ${"padding ".repeat(15)}?,right ${i},wrong ${i} a,wrong ${i} b,wrong ${i} c`);
    const text = ["question,correct,wrong1,wrong2,wrong3", ...rows.map((row) => row.replace(/^([^?]*\?)/, '"$1"'))].join("\n");
    expect(text.length).toBeGreaterThan(64 * 1024);
    const { status, json } = await importPack(eve, "csv", text, "", otherCircleId);
    expect(status).toBe(200);
    expect(json).toMatchObject({ imported: 400, duplicates: 0, skipped: [] });
  });

  it("the person who added a question may delete it; other members may not; facilitators may delete any", async () => {
    const questions = (await list(bob)).questions;
    const bobs = questions.find((q) => q.addedBy === "Bob Dylan")!;
    const adas = questions.find((q) => q.addedBy === "Ada Lovelace")!;
    expect(adas.canDelete).toBe(false);

    const refused = await call("DELETE", bob, `${base()}/questions/${encodeURIComponent(adas.id)}`);
    expect(refused.status).toBe(403);
    expect(refused.json.error.message).toMatch(/Only facilitators and the person who added/);

    expect((await call("DELETE", bob, `${base()}/questions/${encodeURIComponent(bobs.id)}`)).status).toBe(204);
    expect((await call("DELETE", bob, `${base()}/questions/${encodeURIComponent(bobs.id)}`)).status).toBe(404);
    expect((await call("DELETE", ada, `${base()}/questions/${encodeURIComponent(adas.id)}`)).status).toBe(204);

    const left = (await list(ada)).questions.map((q) => q.id);
    expect(left).not.toContain(bobs.id);
    expect(left).not.toContain(adas.id);
    expect(left).toHaveLength(5);
  });

  it("a question of another circle can't be deleted through this one", async () => {
    const theirs = (await list(eve, otherCircleId)).questions[0];
    const answer = await call("DELETE", ada, `${base()}/questions/${encodeURIComponent(theirs.id)}`);
    expect(answer.status).toBe(404);
    expect(answer.json.error.code).toBe("question_not_found");
    expect((await call("DELETE", ada, `${base()}/questions/${encodeURIComponent('{"$gt":""}')}`)).status).toBe(404);
    expect((await list(eve, otherCircleId)).questions.map((q) => q.id)).toContain(theirs.id);
  });
});

describe("local mode: the preview may do everything", () => {
  let server: TestServer;
  const where = A.groupChat(7);
  const base = `/api/circles/${encodeURIComponent(where.conversationId)}/trivia`;
  const send = async (method: string, path: string, body?: unknown) => {
    const res = await fetch(`${server.url}${path}`, { method, headers: { "content-type": "application/json" }, body: body === undefined ? undefined : JSON.stringify(body) });
    const text = await res.text();
    return { status: res.status, json: text ? JSON.parse(text) : undefined };
  };

  beforeAll(async () => {
    server = await startTestServer({}, { now: () => now, scheduler: false });
    await server.post(A.installed(where, ada, connector.url));
  });
  afterAll(() => server.close());

  it("starts empty, adds, imports and deletes", async () => {
    expect((await server.get(`${base}/questions`)).json).toEqual({ circleId: where.conversationId, canImport: true, total: 0, questions: [] });
    const added = await send("POST", `${base}/questions`, addition);
    expect(added.status).toBe(201);
    expect(added.json.canDelete).toBe(true);
    expect(added.json).not.toHaveProperty("addedBy");
    expect((await send("POST", `${base}/packs`, { format: "opentdb", text: openTdbPack })).json).toMatchObject({ imported: 2, duplicates: 0 });
    expect((await send("DELETE", `${base}/questions/${encodeURIComponent(added.json.id)}`)).status).toBe(204);
    expect((await server.get(`${base}/questions`)).json.total).toBe(2);
  });

  it("an imported question is chosen for the circle's next trivia round", async () => {
    const ours = (await server.get(`${base}/questions`)).json.questions.map((q: TeamQuestionView) => q.id);
    const round = await storeTriviaContent(server.store).questionsFor(where.conversationId, "en", "seed-1", now);
    const team = round.filter((question) => question.source === "team");
    expect(team).toHaveLength(1);
    expect(ours).toContain(team[0].id);
    expect(round.at(-1)).toBe(team[0]);
  });
});

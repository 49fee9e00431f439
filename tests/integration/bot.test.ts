// The bot end to end: real Bot Framework activities through the real HTTP endpoint and
// CloudAdapter; what the bot sends is captured by a stand-in Bot Connector.

import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Circle } from "../../shared/circles/types";
import * as A from "../helpers/activities";
import { cardText, expectValidCard } from "../helpers/cards";
import { cardsOf, startFakeConnector, type FakeConnector } from "../helpers/connector";
import { startTestServer, type TestServer } from "../helpers/server";

const ada = { id: "29:ada", name: "Ada Lovelace", aadObjectId: "00000000-0000-0000-0000-0000000000a1" };
const bob = { id: "29:bob", name: "Bob Dylan", aadObjectId: "00000000-0000-0000-0000-0000000000b2" };
const cy = { id: "29:cy", name: "Cy Twombly", aadObjectId: "00000000-0000-0000-0000-0000000000c3" };
const dee = { id: "29:dee", name: "Dee Rees", aadObjectId: "00000000-0000-0000-0000-0000000000d4" };

let connector: FakeConnector;
let server: TestServer;

beforeAll(async () => {
  connector = await startFakeConnector();
});
afterAll(async () => {
  await connector.close();
});
beforeEach(async () => {
  connector.sent.length = 0;
  connector.members.clear();
  connector.failMembersWith = undefined;
  connector.pageRequests = 0;
  server = await startTestServer();
});
afterEach(async () => {
  await server.close();
});

const circle = (id: string) => server.store.collection<Circle>("circles").findOne({ _id: id });

describe("installing the bot creates the circle", () => {
  it("in a channel: names, tenant, paged members, installer as facilitator, one welcome card", async () => {
    const where = A.channel(1);
    connector.members.set(where.teamId!, [ada, bob, cy, dee]);
    connector.pageSize = 3;

    expect((await server.post(A.installed(where, bob, connector.url))).status).toBe(200);
    // Teams also sends conversationUpdate for the bot joining: no second welcome.
    expect((await server.post(A.membersAdded(where, bob, [A.BOT], connector.url))).status).toBe(200);

    const saved = await circle(where.conversationId);
    expect(saved).toMatchObject({
      tenantId: A.TENANT,
      kind: "channel",
      teamName: "Team 1",
      channelName: "Coffee corner",
      name: "Team 1 › Coffee corner",
      active: true,
      locale: "en",
      installedBy: bob.id,
    });
    expect(saved!.members.map((m) => m.id).sort()).toEqual([ada.id, bob.id, cy.id, dee.id]);
    expect(saved!.members.find((m) => m.id === bob.id)?.role).toBe("facilitator");
    expect(saved!.members.filter((m) => m.role === "facilitator")).toHaveLength(1);
    expect(saved!.members.find((m) => m.id === ada.id)?.aadObjectId).toBe(ada.aadObjectId);
    expect(saved!.reference.serviceUrl).toBe(connector.url);
    expect(connector.pageRequests).toBeGreaterThanOrEqual(4); // two installs × two pages

    const cards = cardsOf(connector.sent);
    expect(cards).toHaveLength(1);
    expectValidCard(cards[0]);
    expect(cardText(cards[0])).toContain("Quiet Circles is here");
    expect(cardText(cards[0])).toContain("Bob Dylan");
    expect(connector.sent[0].conversationId).toContain(where.conversationId);
  });

  it("in a group chat, a meeting chat and a personal chat", async () => {
    connector.members.set(A.groupChat(1).conversationId, [ada, bob]);
    await server.post(A.installed(A.groupChat(1), ada, connector.url));
    await server.post(A.installed(A.meetingChat(1), ada, connector.url));
    await server.post(A.installed(A.personalChat(cy.id), cy, connector.url));

    expect(await circle(A.groupChat(1).conversationId)).toMatchObject({ kind: "groupChat", name: "Group chat", active: true });
    expect(await circle(A.meetingChat(1).conversationId)).toMatchObject({ kind: "groupChat", meetingId: `meeting-${A.meetingChat(1).conversationId}` });
    const personal = await circle(A.personalChat(cy.id).conversationId);
    expect(personal).toMatchObject({ kind: "personal", name: "Cy Twombly" });
    expect(personal!.members).toEqual([expect.objectContaining({ id: cy.id, role: "facilitator" })]);
    expect(cardsOf(connector.sent)).toHaveLength(3);
  });

  it("welcomes in Dutch when Teams runs in Dutch", async () => {
    await server.post(A.installed(A.groupChat(2), ada, connector.url, "nl-NL"));
    const [card] = cardsOf(connector.sent);
    expectValidCard(card);
    expect(cardText(card)).toContain("Quiet Circles is er");
    expect((await circle(A.groupChat(2).conversationId))?.locale).toBe("nl");
  });

  it("still creates the circle when Teams refuses the member list", async () => {
    connector.failMembersWith = 403;
    await server.post(A.installed(A.groupChat(3), ada, connector.url));
    const saved = await circle(A.groupChat(3).conversationId);
    expect(saved?.members).toEqual([expect.objectContaining({ id: ada.id, role: "facilitator" })]);
  });
});

describe("membership follows the conversation", () => {
  it("adds and removes members; removing the bot marks the circle inactive; adding it back revives it", async () => {
    const where = A.groupChat(4);
    connector.members.set(where.conversationId, [ada, bob]);
    await server.post(A.installed(where, ada, connector.url));

    connector.members.set(where.conversationId, [ada, bob, cy]);
    await server.post(A.membersAdded(where, ada, [{ id: cy.id }], connector.url));
    let saved = await circle(where.conversationId);
    expect(saved!.members.find((m) => m.id === cy.id)).toMatchObject({ name: "Cy Twombly", role: "member", aadObjectId: cy.aadObjectId });

    await server.post(A.membersRemoved(where, ada, [{ id: bob.id }], connector.url));
    saved = await circle(where.conversationId);
    expect(saved!.members.map((m) => m.id)).toEqual([ada.id, cy.id]);

    await server.post(A.uninstalled(where, ada, connector.url));
    saved = await circle(where.conversationId);
    expect(saved).toMatchObject({ active: false });
    expect(saved!.removedAt).toBeInstanceOf(Date);

    connector.sent.length = 0;
    await server.post(A.installed(where, cy, connector.url));
    saved = await circle(where.conversationId);
    expect(saved).toMatchObject({ active: true });
    expect(saved!.removedAt).toBeUndefined();
    expect(saved!.members.find((m) => m.id === cy.id)?.role).toBe("facilitator");
    expect(cardsOf(connector.sent)).toHaveLength(1);
  });

  it("a channel named on the conversation rather than in channelData keeps its own name", async () => {
    const where = A.channel(4);
    const install = A.installed(where, ada, connector.url);
    await server.post({
      ...install,
      conversation: { ...install.conversation, name: "Announcements" },
      channelData: { ...install.channelData, channel: { id: where.conversationId } },
    });
    expect(await circle(where.conversationId)).toMatchObject({ channelName: "Announcements", name: "Team 4 › Announcements" });
  });

  it("the bot leaving through conversationUpdate also deactivates", async () => {
    const where = A.channel(2);
    await server.post(A.installed(where, ada, connector.url));
    await server.post(A.membersRemoved(where, ada, [A.BOT], connector.url));
    expect((await circle(where.conversationId))?.active).toBe(false);
  });

  it("install and members-added racing each other lose no update", async () => {
    const where = A.groupChat(5);
    connector.members.set(where.conversationId, [ada, bob]);
    await server.post(A.installed(where, ada, connector.url));
    connector.members.set(where.conversationId, [ada, bob, cy, dee]);
    await Promise.all([
      server.post(A.membersAdded(where, ada, [{ id: cy.id }], connector.url)),
      server.post(A.membersAdded(where, ada, [{ id: dee.id }], connector.url)),
      server.post(A.membersRemoved(where, ada, [{ id: bob.id }], connector.url)),
    ]);
    const saved = await circle(where.conversationId);
    expect(saved!.members.map((m) => m.id).sort()).toEqual([ada.id, cy.id, dee.id]);
  });
});

describe("messages", () => {
  it("`@Quiet Circles help` in a channel answers with the help card", async () => {
    const where = A.channel(3);
    await server.post(A.installed(where, ada, connector.url));
    connector.sent.length = 0;
    await server.post(A.message(where, bob, "help", connector.url));
    const [card] = cardsOf(connector.sent);
    expectValidCard(card);
    const text = cardText(card);
    expect(text).toContain("What Quiet Circles can do");
    for (const command of ["help", "setup", "trivia", "wordl6", "shoutout"]) expect(text).toContain(command);
    expect(text).not.toContain("I didn't recognise");
    expect(connector.sent[0].replyToId).toBeDefined();
  });

  it("unknown text answers with the help card and shows what was not understood", async () => {
    await server.post(A.message(A.personalChat(ada.id), ada, "dance please", connector.url));
    const [card] = cardsOf(connector.sent);
    expectValidCard(card);
    expect(cardText(card)).toContain('I didn\'t recognise "dance please"');
  });

  it("the welcome card's button asks for help through the same path", async () => {
    await server.post(A.message(A.groupChat(6), ada, "", connector.url, { text: undefined, value: { command: "help" } }));
    expect(cardText(cardsOf(connector.sent)[0])).toContain("What Quiet Circles can do");
  });

  it("answers in the circle's language", async () => {
    await server.post(A.installed(A.groupChat(7), ada, connector.url, "nl-BE"));
    connector.sent.length = 0;
    await server.post(A.message(A.groupChat(7), bob, "HELP", connector.url));
    expect(cardText(cardsOf(connector.sent)[0])).toContain("Wat Quiet Circles kan");
  });
});

describe("failures", () => {
  it("a failing turn answers with a friendly message and a reference, and the server keeps serving", async () => {
    // The store fails once (say MongoDB drops the connection) in the middle of a turn.
    const circles = server.store.collection<Circle>("circles");
    const findOne = circles.findOne.bind(circles);
    let failures = 1;
    circles.findOne = (...args) => (failures-- > 0 ? Promise.reject(new Error("connection reset")) : findOne(...args));

    const res = await server.post(A.message(A.groupChat(8), ada, "help", connector.url));
    expect(res.status).toBeLessThan(500);
    const friendly = connector.sent.map((s) => s.activity.text).find((text) => typeof text === "string");
    expect(friendly).toMatch(/something went wrong on our side.*reference [0-9a-f]{8}/i);
    expect(friendly).not.toContain("connection reset");

    connector.sent.length = 0;
    await server.post(A.message(A.groupChat(8), ada, "help", connector.url));
    expect(cardsOf(connector.sent)).toHaveLength(1);
  });

  it("rejects a body that is not an activity without crashing", async () => {
    const res = await fetch(`${server.url}/api/messages`, { method: "POST", headers: { "content-type": "application/json" }, body: "{not json" });
    expect(res.status).toBe(400);
    expect((await server.get("/api/health")).status).toBe(200);
  });
});

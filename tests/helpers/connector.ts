// A stand-in for the Bot Connector service: it receives what the bot sends (replies, new posts)
// and answers the bot's questions about conversations (member pages, a member, team details),
// so integration tests see exactly what Teams would have been sent.

import http from "node:http";
import type { AddressInfo } from "node:net";

export interface Member {
  id: string;
  name: string;
  aadObjectId?: string;
  email?: string;
}

export interface SentActivity {
  conversationId: string;
  replyToId?: string;
  activity: {
    type: string;
    text?: string;
    attachments?: { contentType: string; content: Record<string, unknown> }[];
    [key: string]: unknown;
  };
}

/** A request the bot made to the connector, as the optional `respond` hook sees it. */
export interface ConnectorRequest {
  method: string;
  /** Decoded path segments, e.g. ["v3", "conversations", "<id>", "activities"]. */
  parts: string[];
  /** The conversation the request is about, when the path names one. */
  conversationId?: string;
  body: any;
}

/** What the `respond` hook answers instead of the default behaviour. */
export interface ConnectorReply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface UpdatedActivity {
  conversationId: string;
  activityId: string;
  activity: SentActivity["activity"];
}

export interface FakeConnector {
  url: string;
  sent: SentActivity[];
  /** Activities the bot replaced in place (PUT /v3/conversations/{id}/activities/{activityId}). */
  updated: UpdatedActivity[];
  /**
   * Optional: decides the answer to a request before the default behaviour does. Return a reply to
   * answer with it (the activity is then not recorded as sent), undefined for the default, or a
   * promise that never settles to hold the request open (a Teams that does not answer).
   */
  respond?: (request: ConnectorRequest) => ConnectorReply | undefined | Promise<ConnectorReply | undefined>;
  /** Members per conversation (or team) id, served in pages of `pageSize`. */
  members: Map<string, Member[]>;
  teams: Map<string, { id: string; name: string }>;
  /** Answer every member request with this status (e.g. 403 when Teams refuses). */
  failMembersWith?: number;
  pageSize: number;
  pageRequests: number;
  close(): Promise<void>;
}

export async function startFakeConnector(): Promise<FakeConnector> {
  const { connector, listen } = fakeConnector();
  await listen();
  return connector;
}

/** The connector and its HTTP server, not listening yet: `url` is set once `listen` resolves. */
export function fakeConnector(): { connector: FakeConnector; listen(): Promise<void> } {
  let nextId = 1;
  const connector: FakeConnector = {
    url: "",
    sent: [],
    updated: [],
    members: new Map(),
    teams: new Map(),
    pageSize: 2,
    pageRequests: 0,
    close: async () => undefined,
  };
  const server = http.createServer((req, res) => {
    let raw = "";
    req.on("data", (chunk) => (raw += chunk));
    req.on("end", async () => {
      const url = new URL(req.url ?? "/", "http://connector");
      const parts = url.pathname.split("/").filter(Boolean).map(decodeURIComponent);
      const reply = (status: number, body: unknown, headers: Record<string, string> = {}) => {
        res.writeHead(status, { "content-type": "application/json", ...headers });
        res.end(JSON.stringify(body));
      };
      if (connector.respond) {
        let body: unknown = {};
        try {
          body = JSON.parse(raw || "{}");
        } catch {
          body = raw;
        }
        const conversationId = parts[1] === "conversations" ? parts[2] : undefined;
        let answer: ConnectorReply | undefined;
        try {
          answer = await connector.respond({ method: req.method ?? "GET", parts, conversationId, body });
        } catch (error) {
          answer = { status: 500, body: { error: { code: "ServiceError", message: String(error) } } };
        }
        if (answer) return reply(answer.status, answer.body ?? {}, answer.headers);
      }
      // POST /v3/conversations/{id}/activities[/{replyToId}]
      if (req.method === "POST" && parts[0] === "v3" && parts[1] === "conversations" && parts[3] === "activities") {
        connector.sent.push({ conversationId: parts[2], replyToId: parts[4], activity: JSON.parse(raw || "{}") });
        return reply(200, { id: `sent-${nextId++}` });
      }
      // PUT /v3/conversations/{id}/activities/{activityId}
      if (req.method === "PUT" && parts[0] === "v3" && parts[1] === "conversations" && parts[3] === "activities" && parts[4]) {
        connector.updated.push({ conversationId: parts[2], activityId: parts[4], activity: JSON.parse(raw || "{}") });
        return reply(200, { id: parts[4] });
      }
      if (req.method === "GET" && parts[1] === "conversations" && parts[3] === "pagedmembers") {
        connector.pageRequests++;
        if (connector.failMembersWith) return reply(connector.failMembersWith, { error: { code: "Forbidden", message: "no" } });
        const all = connector.members.get(parts[2]) ?? [];
        const start = Number(url.searchParams.get("continuationToken") ?? 0);
        const end = start + connector.pageSize;
        return reply(200, { members: all.slice(start, end), ...(end < all.length ? { continuationToken: String(end) } : {}) });
      }
      if (req.method === "GET" && parts[1] === "conversations" && parts[3] === "members" && parts[4]) {
        const member = [...connector.members.values()].flat().find((m) => m.id === parts[4]);
        return member ? reply(200, member) : reply(404, { error: { code: "NotFound", message: "member not found" } });
      }
      if (req.method === "GET" && parts[1] === "teams" && parts[2]) {
        const team = connector.teams.get(parts[2]);
        return team ? reply(200, team) : reply(404, { error: { code: "NotFound", message: "team not found" } });
      }
      reply(404, { error: { code: "NotFound", message: `${req.method} ${url.pathname}` } });
    });
  });
  connector.close = () =>
    new Promise((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections(); // requests the `respond` hook holds open would keep close() waiting
    });
  async function listen() {
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    connector.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  }
  return { connector, listen };
}

/** The adaptive cards among what the bot sent. */
export function cardsOf(sent: SentActivity[]): Record<string, unknown>[] {
  return sent.flatMap((s) =>
    (s.activity.attachments ?? [])
      .filter((a) => a.contentType === "application/vnd.microsoft.card.adaptive")
      .map((a) => a.content),
  );
}

// Starts the real server (embedded store in a temporary directory, local mode unless told
// otherwise) and posts activities to its real /api/messages endpoint.

import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { loadConfig, type Config } from "../../bot/config";
import { createLogger } from "../../bot/log";
import { startServer, type RunningServer, type ServerOptions } from "../../bot/server";
import { cardAction, type Person, type Where } from "./activities";

export interface TestServer extends RunningServer {
  dataDir: string;
  config: Config;
  /** POSTs an activity to /api/messages; resolves with the HTTP status and body. */
  post(activity: unknown, headers?: Record<string, string>): Promise<{ status: number; body: string }>;
  get(pathname: string, headers?: Record<string, string>): Promise<{ status: number; json: any }>;
  /** Presses an Action.Execute button of a card in `where` (data gets that circle's id); resolves with the invoke response. */
  press(where: Where, who: Person, verb: string, data: Record<string, unknown>, serviceUrl: string): Promise<{ statusCode: number; type: string; value: any }>;
}

export async function startTestServer(env: Record<string, string> = {}, options: ServerOptions = {}): Promise<TestServer> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "qc-test-"));
  // Rate limits are off unless a test sets them: tests play whole rounds faster than any person.
  const config = { ...loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: "silent", RATE_LIMIT_PERSON: "off", RATE_LIMIT_CIRCLE: "off", ...env }), port: 0 };
  const server = await startServer(config, createLogger(process.env.TEST_LOG_LEVEL ?? "silent"), options);
  const test: TestServer = {
    ...server,
    dataDir,
    config,
    async post(activity, headers = {}) {
      return request(`${server.url}/api/messages`, "POST", { "content-type": "application/json", ...headers }, JSON.stringify(activity));
    },
    async get(pathname, headers = {}) {
      const { status, body: text } = await request(`${server.url}${pathname}`, "GET", headers);
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch {
        json = text;
      }
      return { status, json };
    },
    async press(where, who, verb, data, serviceUrl) {
      const res = await test.post(cardAction(where, who, verb, { circleId: where.conversationId, ...data }, serviceUrl));
      if (res.status !== 200) throw new Error(`pressing ${verb} answered HTTP ${res.status}: ${res.body}`);
      return JSON.parse(res.body);
    },
    async close() {
      await server.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
  return test;
}

/**
 * One request on its own connection. A kept-alive connection can be closed by the server (idle
 * timeout, or a test's server closing) just as the next request reuses it — an ECONNRESET that
 * says nothing about the product, and happens most on a busy machine.
 */
function request(url: string, method: string, headers: Record<string, string>, body?: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method, headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString("utf8") }));
      res.on("error", reject);
    });
    req.on("error", reject);
    req.end(body);
  });
}

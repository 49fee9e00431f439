// Starts the real server (embedded store in a temporary directory, local mode unless told
// otherwise) and posts activities to its real /api/messages endpoint.

import fs from "node:fs";
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
  const config = { ...loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: "silent", ...env }), port: 0 };
  const server = await startServer(config, createLogger(process.env.TEST_LOG_LEVEL ?? "silent"), options);
  const test: TestServer = {
    ...server,
    dataDir,
    config,
    async post(activity, headers = {}) {
      const res = await fetch(`${server.url}/api/messages`, {
        method: "POST",
        headers: { "content-type": "application/json", ...headers },
        body: JSON.stringify(activity),
      });
      return { status: res.status, body: await res.text() };
    },
    async get(pathname, headers = {}) {
      const res = await fetch(`${server.url}${pathname}`, { headers });
      const text = await res.text();
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch {
        json = text;
      }
      return { status: res.status, json };
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

// Round trip of `help` through /api/messages (the real server, local mode, embedded store) next
// to a bare botbuilder echo bot on the same machine in the same run: what our turn costs on top
// of the Bot Framework itself. The echo bot and the timing helpers are shared with bench/games.ts.

import type { Server } from "node:http";
import express from "express";
import {
  ActivityHandler,
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  type AdaptiveCardInvokeResponse,
  type AdaptiveCardInvokeValue,
  type TurnContext,
} from "botbuilder";
import * as A from "../tests/helpers/activities";
import { startFakeConnector } from "../tests/helpers/connector";
import { startTestServer } from "../tests/helpers/server";
import { percentile } from "./stats";

export interface RoundTripResult {
  iterations: number;
  quietCircles: { p50: number; p99: number };
  echo: { p50: number; p99: number };
  ratio: { p50: number; p99: number };
}

/** The bare Bot Framework bot: echoes messages, and answers an Action.Execute with a one-line card. */
class EchoBot extends ActivityHandler {
  constructor() {
    super();
    this.onMessage(async (context, next) => {
      await context.sendActivity(`echo: ${context.activity.text}`);
      await next();
    });
  }

  protected async onAdaptiveCardInvoke(_context: TurnContext, value: AdaptiveCardInvokeValue): Promise<AdaptiveCardInvokeResponse> {
    const card = { type: "AdaptiveCard", version: "1.5", body: [{ type: "TextBlock", text: `echo: ${value.action.verb}`, wrap: true }] };
    return { statusCode: 200, type: "application/vnd.microsoft.card.adaptive", value: card as never };
  }
}

export async function startEchoBot(): Promise<{ url: string; close(): Promise<void> }> {
  const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
  const bot = new EchoBot();
  const app = express();
  app.post("/api/messages", express.json(), (req, res) => adapter.process(req, res, (context) => bot.run(context)));
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, () => resolve(s));
  });
  return {
    url: `http://localhost:${(server.address() as { port: number }).port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

export interface TimedPost {
  /** Send (serialising the activity included) until the whole HTTP response is read. */
  ms: number;
  status: number;
  body: string;
}

/** One POST of an activity to `${url}/api/messages`, timed; a network failure counts as status 0. */
export async function timePost(url: string, activity: unknown): Promise<TimedPost> {
  const start = performance.now();
  try {
    const res = await fetch(`${url}/api/messages`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(activity) });
    const body = await res.text();
    return { ms: performance.now() - start, status: res.status, body };
  } catch (error) {
    return { ms: performance.now() - start, status: 0, body: String(error) };
  }
}

async function timePosts(url: string, body: () => unknown, iterations: number): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const { ms, status } = await timePost(url, body());
    if (status >= 300 || status === 0) throw new Error(`POST ${url} answered ${status}`);
    times.push(ms);
  }
  return times;
}

/** Every activity POSTed at the same moment (one wave of concurrent requests), each timed on its own. */
export function timeConcurrent(url: string, activities: unknown[]): Promise<TimedPost[]> {
  return Promise.all(activities.map((activity) => timePost(url, activity)));
}

export async function benchRoundTrip(iterations = 1000, warmup = 100): Promise<RoundTripResult> {
  const connector = await startFakeConnector();
  const server = await startTestServer();
  const echo = await startEchoBot();
  const who = { id: "29:bench", name: "Bench Person" };
  const where = A.channel(1);
  try {
    await server.post(A.installed(where, who, connector.url));
    const helpActivity = () => A.message(where, who, "help", connector.url);
    await timePosts(server.url, helpActivity, warmup);
    await timePosts(echo.url, helpActivity, warmup);
    // Interleave in blocks so both see the same machine conditions.
    const ours: number[] = [];
    const theirs: number[] = [];
    const block = 100;
    for (let done = 0; done < iterations; done += block) {
      ours.push(...(await timePosts(server.url, helpActivity, block)));
      theirs.push(...(await timePosts(echo.url, helpActivity, block)));
      connector.sent.length = 0;
    }
    const q = { p50: percentile(ours, 50), p99: percentile(ours, 99) };
    const e = { p50: percentile(theirs, 50), p99: percentile(theirs, 99) };
    return { iterations, quietCircles: q, echo: e, ratio: { p50: q.p50 / e.p50, p99: q.p99 / e.p99 } };
  } finally {
    await echo.close();
    await server.close();
    await connector.close();
  }
}

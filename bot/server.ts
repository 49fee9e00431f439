// The one server process: the Bot Framework endpoint, the tab's API and the built tab.

import fs from "node:fs";
import type { Server } from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";
import express from "express";
import type { Logger } from "pino";
import { CircleRepository } from "../shared/circles/repository";
import { openStore } from "../shared/store";
import type { Store } from "../shared/store/types";
import { createAuthenticator, type AuthOptions } from "./api/auth";
import { apiErrorHandler, apiRouter } from "./api/router";
import { triviaPackBody } from "./api/trivia-questions";
import type { Config } from "./config";
import { createAdapter } from "./teams/adapter";
import { QuietCirclesBot } from "./teams/bot";
import { setupActions } from "./actions/setup";
import { startActions } from "./actions/start";
import type { SettingsDeps } from "../shared/circles/settings-service";
import { syncSchedules } from "../shared/scheduler/schedules";
import { SessionRepository } from "../shared/sessions/repository";
import { weekInReviewActions } from "./rituals/week-in-review";
import { createRitualOpeners } from "./rituals/registry";
import { createGames } from "./games";
import { triviaAddAction } from "./games/commands";
import { shoutoutActions } from "./actions/shoutouts";
import { fridayShoutoutsActions } from "./rituals/friday-shoutouts";
import { roleActions } from "./actions/roles";
import { walkAndTalkActions } from "./rituals/walk-and-talk";
import { backfillCircleIds } from "../shared/shoutouts/repository";
import { RitualScheduler, TeamsPoster, type RitualSchedulerOptions } from "./scheduler";
import { SharedCardUpdates } from "./games/engine";
import { messagesEndpoint } from "./teams/endpoint";
import { Lifecycle } from "./ops/lifecycle";
import { drainGate, keepRequestContext, requestLog } from "./ops/http";
import { healthRoutes } from "./ops/health";
import { ActionRateLimiter } from "./ops/rate-limit";

const here = path.dirname(fileURLToPath(import.meta.url));
export const TAB_DIST = path.resolve(here, "../dist/tab");

export interface ServerOptions {
  /** Use this store instead of opening the configured one (tests). */
  store?: Store;
  /** Overrides of the SSO check (tests inject a local key set). */
  auth?: Partial<AuthOptions>;
  now?: () => Date;
  tabDir?: string;
  /** The ritual scheduler: false leaves it off (tests that run their own); an object overrides its options (tick, clock, openers, poster). */
  scheduler?: false | Partial<Omit<RitualSchedulerOptions, "store" | "logger">>;
  /** How long a shutdown waits for requests in flight; default 10 s. */
  drainTimeoutMs?: number;
  /** How long the readiness probe waits for the store's ping; default 2 s. */
  readyTimeoutMs?: number;
}

export interface RunningServer {
  url: string;
  port: number;
  store: Store;
  /** Absent when started with `scheduler: false`. */
  scheduler?: RitualScheduler;
  /** Requests in flight and whether new ones are taken. */
  lifecycle: Lifecycle;
  /**
   * Stops gracefully, one logged phase at a time: refuse new work (readiness 503, requests 503
   * with Retry-After), wait for requests and turns in flight (bounded), stop the scheduler and
   * release its leases, send pending shared-card updates, close the store.
   */
  close(): Promise<void>;
}

export async function startServer(config: Config, logger: Logger, options: ServerOptions = {}): Promise<RunningServer> {
  const store = options.store ?? (await openStore({ mongodbUri: config.mongodbUri, dataDir: config.dataDir, logger }));
  const circles = new CircleRepository(store);
  const adapter = createAdapter(config, logger);
  const settings: SettingsDeps = { circles, afterChange: (circle, at) => syncSchedules(store, circle, at) };
  const poster = new TeamsPoster({ adapter, appId: config.bot.appId ?? "" });
  // One queue of shared-card updates for every game and round card, so a shutdown can send them.
  const sharedUpdates = new SharedCardUpdates(3_000);
  // The scheduler is created below; a solved circle game wakes it through this closure.
  const games = createGames(store, poster, () => scheduler?.wake(), sharedUpdates);
  // The ritual scheduler: started once the server listens, stopped first on close.
  const scheduler =
    options.scheduler === false
      ? undefined
      : new RitualScheduler({ store, logger, openers: createRitualOpeners(games.openers, store), poster, now: options.now, ...options.scheduler });
  const start = { settings, store, wakeScheduler: () => scheduler?.wake() };
  const shoutouts = { store, poster, logger, tags: config.shoutoutTags };
  const pairs = { store, poster, sharedUpdates };
  await backfillCircleIds(store);
  const bot = new QuietCirclesBot({
    circles,
    settings,
    games: { start, store },
    shoutouts,
    pairs,
    actions: {
      ...setupActions(settings),
      ...startActions(start),
      ...weekInReviewActions(new SessionRepository(store)),
      ...games.actions,
      ...triviaAddAction(store),
      ...shoutoutActions(shoutouts),
      ...fridayShoutoutsActions(shoutouts),
      ...roleActions(store),
      ...walkAndTalkActions(pairs),
    },
    logger,
    localMode: config.localMode,
    now: options.now,
    limiter: new ActionRateLimiter(config.rateLimits),
  });
  const authenticate = createAuthenticator({
    localMode: config.localMode,
    audienceAppId: config.tabAppId,
    publicUrl: config.publicUrl,
    ...options.auth,
  });

  const lifecycle = new Lifecycle();
  const app = express();
  app.disable("x-powered-by");
  app.use(requestLog(logger), drainGate(lifecycle));
  app.use(healthRoutes({ store, lifecycle, logger, mode: config.localMode ? "local" : "teams", pingTimeoutMs: options.readyTimeoutMs }));
  app.post("/api/messages", express.json({ limit: "256kb" }), keepRequestContext(), messagesEndpoint({ adapter, logger, run: (context) => bot.run(context) }));
  app.use("/api", triviaPackBody, express.json({ limit: "64kb" }), keepRequestContext(), apiRouter({ circles, settings, store, now: options.now ?? (() => new Date()), authenticate, localMode: config.localMode, logger, start, shoutouts }));
  app.use("/api", apiErrorHandler(logger));

  const tabDir = options.tabDir ?? TAB_DIST;
  if (fs.existsSync(path.join(tabDir, "index.html"))) {
    app.use(express.static(tabDir, { index: "index.html", maxAge: "1h", setHeaders: noCacheForHtml }));
  } else {
    logger.warn({ tabDir }, "the tab is not built: run `npm run build` to serve it at /");
    app.get("/", (_req, res) => {
      res.status(503).type("text").send("The Quiet Circles tab is not built yet. Run `npm run build` (or `npm start`) and reload.");
    });
  }

  const server = await listen(app, config.port);
  const port = (server.address() as { port: number }).port;
  scheduler?.start();
  const drainTimeoutMs = options.drainTimeoutMs ?? 10_000;
  let closing: Promise<void> | undefined;
  const shutdown = async () => {
    const log = logger.child({ component: "shutdown" });
    // Still listening while draining: the load balancer's probe sees 503 and new requests are told
    // to come back (Retry-After) instead of meeting a refused connection.
    lifecycle.drain();
    log.info({ inFlight: lifecycle.inFlight }, "shutdown 1/5: taking no new work (ready 503, new requests 503 with Retry-After)");
    const drained = await lifecycle.idle(drainTimeoutMs);
    if (drained) log.info("shutdown 2/5: requests and turns in flight finished");
    else log.warn({ inFlight: lifecycle.inFlight, waitedMs: drainTimeoutMs }, "shutdown 2/5: gave up waiting for requests in flight");
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeAllConnections();
    await closed;
    await scheduler?.stop();
    log.info(scheduler ? "shutdown 3/5: scheduler stopped, its leases released" : "shutdown 3/5: no scheduler in this process");
    const flushed = await sharedUpdates.flush();
    log.info({ cards: flushed }, "shutdown 4/5: pending shared-card updates sent");
    if (!options.store) await store.close();
    log.info({ store: store.kind }, options.store ? "shutdown 5/5: the store belongs to the caller and stays open" : "shutdown 5/5: store closed");
  };
  return {
    url: `http://localhost:${port}`,
    port,
    store,
    scheduler,
    lifecycle,
    close() {
      closing ??= shutdown();
      return closing;
    },
  };
}

function listen(app: express.Express, port: number): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = app.listen(port, (error?: Error) => (error ? reject(error) : resolve(server)));
    server.once("error", reject);
  });
}

function noCacheForHtml(res: express.Response, file: string): void {
  if (file.endsWith(".html")) res.setHeader("Cache-Control", "no-cache");
}

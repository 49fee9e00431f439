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
}

export interface RunningServer {
  url: string;
  port: number;
  store: Store;
  /** Absent when started with `scheduler: false`. */
  scheduler?: RitualScheduler;
  close(): Promise<void>;
}

export async function startServer(config: Config, logger: Logger, options: ServerOptions = {}): Promise<RunningServer> {
  const store = options.store ?? (await openStore({ mongodbUri: config.mongodbUri, dataDir: config.dataDir, logger }));
  const circles = new CircleRepository(store);
  const adapter = createAdapter(config, logger);
  const settings: SettingsDeps = { circles, afterChange: (circle, at) => syncSchedules(store, circle, at) };
  const poster = new TeamsPoster({ adapter, appId: config.bot.appId ?? "" });
  // The scheduler is created below; a solved circle game wakes it through this closure.
  const games = createGames(store, poster, () => scheduler?.wake());
  // The ritual scheduler: started once the server listens, stopped first on close.
  const scheduler =
    options.scheduler === false
      ? undefined
      : new RitualScheduler({ store, logger, openers: createRitualOpeners(games.openers, store), poster, now: options.now, ...options.scheduler });
  const start = { settings, store, wakeScheduler: () => scheduler?.wake() };
  const shoutouts = { store, poster, logger, tags: config.shoutoutTags };
  const pairs = { store, poster };
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
  });
  const authenticate = createAuthenticator({
    localMode: config.localMode,
    audienceAppId: config.tabAppId,
    publicUrl: config.publicUrl,
    ...options.auth,
  });

  const app = express();
  app.disable("x-powered-by");
  app.get("/api/health", async (_req, res) => {
    try {
      await store.ping();
      res.json({ status: "ok", store: store.kind, mode: config.localMode ? "local" : "teams" });
    } catch {
      res.status(503).json({ status: "unavailable", store: store.kind });
    }
  });
  app.post("/api/messages", express.json({ limit: "256kb" }), async (req, res) => {
    await adapter.process(req, res, (context) => bot.run(context));
  });
  app.use("/api", triviaPackBody, express.json({ limit: "64kb" }), apiRouter({ circles, settings, store, now: options.now ?? (() => new Date()), authenticate, localMode: config.localMode, logger }));
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
  return {
    url: `http://localhost:${port}`,
    port,
    store,
    scheduler,
    async close() {
      await scheduler?.stop();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      if (!options.store) await store.close();
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

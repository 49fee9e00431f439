// Entry point: read the configuration, start the server, stop cleanly on SIGINT/SIGTERM.

import { ConfigError, loadConfig, type Config } from "./config";
import { createLogger } from "./log";
import { startServer } from "./server";

let config: Config;
try {
  config = loadConfig(process.env);
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  console.error(error.message);
  process.exit(1);
}

const logger = createLogger(config.logLevel);
const server = await startServer(config, logger).catch((error: unknown) => {
  logger.fatal({ err: error }, "could not start");
  process.exit(1);
});

if (config.localMode) {
  logger.warn("local mode: no MicrosoftAppId is set, so the bot accepts unauthenticated activities (playground) and the tab API shows every circle (local preview). Never run like this in production.");
}
logger.info(
  { url: server.url, publicUrl: config.publicUrl, store: server.store.kind, dataDir: server.store.kind === "embedded" ? config.dataDir : undefined },
  `Quiet Circles is running: tab at ${server.url}/ , bot endpoint ${server.url}/api/messages`,
);

// The first SIGTERM/SIGINT stops gracefully (server.close logs each phase); a second one stops at once.
let stopping = false;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    if (stopping) {
      logger.warn({ signal }, "second signal: stopping now, without waiting");
      process.exit(1);
    }
    stopping = true;
    logger.info({ signal }, "shutting down gracefully");
    server.close().then(
      () => {
        logger.info("stopped");
        process.exit(0);
      },
      (error: unknown) => {
        logger.error({ err: error }, "shutdown failed");
        process.exit(1);
      },
    );
  });
}

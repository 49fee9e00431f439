// Child process for kill.test.ts: the real server (local mode, embedded store in argv[2]) with its
// scheduler ticking every 200 ms, on a clock that starts at argv[3] and runs at real speed. It
// prints {"ready":<port>} on stdout once it listens, then its JSON logs; the test kills it with
// SIGKILL at a moment of its choosing.

import { loadConfig } from "../../bot/config";
import { createLogger } from "../../bot/log";
import { startServer } from "../../bot/server";

const [dir, startIso] = process.argv.slice(2);
if (!dir || !startIso) throw new Error("usage: server-worker <data dir> <clock start ISO>");

const base = Date.parse(startIso);
const started = performance.now();
const now = () => new Date(base + (performance.now() - started));

const config = { ...loadConfig({ DATA_DIR: dir, LOG_LEVEL: "warn" }), port: 0 };
const logger = createLogger(config.logLevel, process.stderr);
const server = await startServer(config, logger, { now, scheduler: { tickMs: 200 } });
process.stdout.write(`${JSON.stringify({ ready: server.port })}\n`);

// Structured JSON logs (pino). Secrets and tokens are redacted wherever they appear in a log object.

import { pino, type Logger } from "pino";

export type { Logger };

export function createLogger(level: string, destination?: NodeJS.WritableStream): Logger {
  return pino(
    {
      level,
      base: { app: "quiet-circles" },
      redact: {
        paths: ["req.headers.authorization", "headers.authorization", "*.password", "*.appPassword", "*.token", "mongodbUri"],
        censor: "[redacted]",
      },
    },
    destination as pino.DestinationStream | undefined,
  );
}

// Structured JSON logs (pino). Every line written while serving a request carries its request id
// (and, in a bot turn, the activity's id and type). What people write and what cards carry never
// goes to the log: no message text, no card input, no tokens or secrets. The redact paths below
// are a safety net for those names; errors are reduced to their name, message, code and stack,
// because a connector error carries the whole outgoing request (the card and the bot's token).

import { pino, type Logger } from "pino";
import { logContext } from "./ops/request-context";

export type { Logger };

/** Field names that may hold a secret, a token or what someone wrote, at the top level or one level down. */
const SENSITIVE = [
  "authorization",
  "password",
  "appPassword",
  "MicrosoftAppPassword",
  "secret",
  "token",
  "accessToken",
  "mongodbUri",
  "text",
  "value",
];

export function createLogger(level: string, destination?: NodeJS.WritableStream): Logger {
  return pino(
    {
      level,
      base: { app: "quiet-circles" },
      mixin: logContext,
      serializers: { err: errorFields, error: errorFields },
      redact: {
        paths: ["req.headers.authorization", "headers.authorization", "*.headers.authorization", "headers.cookie", ...SENSITIVE, ...SENSITIVE.map((name) => `*.${name}`)],
        censor: "[redacted]",
      },
    },
    destination as pino.DestinationStream | undefined,
  );
}

interface ErrorFields {
  type: string;
  message: string;
  code?: string | number;
  statusCode?: number;
  stack?: string;
  cause?: ErrorFields;
}

/** An error as a log line shows it: what went wrong and where, never the request or response it carries. */
export function errorFields(error: unknown, depth = 0): ErrorFields {
  if (!(error instanceof Error)) return { type: typeof error, message: typeof error === "string" ? error : "a non-error value was thrown" };
  const { code, statusCode, status } = error as Error & { code?: unknown; statusCode?: unknown; status?: unknown };
  const fields: ErrorFields = { type: error.name, message: error.message };
  if (typeof code === "string" || typeof code === "number") fields.code = code;
  const httpStatus = typeof statusCode === "number" ? statusCode : typeof status === "number" ? status : undefined;
  if (httpStatus !== undefined) fields.statusCode = httpStatus;
  if (error.stack) fields.stack = error.stack;
  if (error.cause !== undefined && depth < 3) fields.cause = errorFields(error.cause, depth + 1);
  return fields;
}

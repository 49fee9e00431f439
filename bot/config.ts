// The server's configuration: read from the environment once at startup and validated, so a bad
// value stops the process with one line that names the variable and what it expects.

import path from "node:path";
import { z } from "zod";
import { DEFAULT_SHOUTOUT_TAGS } from "../shared/shoutouts/rules";

const guid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const empty = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);
const optionalText = z.preprocess(empty, z.string().trim().optional());

const schema = z
  .object({
    PORT: z.preprocess(
      empty,
      z.coerce
        .number({ error: "an integer port between 1 and 65535" })
        .int("an integer port between 1 and 65535")
        .min(1, "an integer port between 1 and 65535")
        .max(65535, "an integer port between 1 and 65535")
        .default(3978),
    ),
    PUBLIC_URL: z.preprocess(
      empty,
      z
        .url({ protocol: /^https?$/, error: "an http(s) URL where Teams reaches this server, e.g. https://circles.example.com" })
        .optional(),
    ),
    MONGODB_URI: z.preprocess(
      empty,
      z
        .string()
        .regex(/^mongodb(\+srv)?:\/\/\S+$/, "a MongoDB connection string starting with mongodb:// or mongodb+srv://")
        .optional(),
    ),
    DATA_DIR: z.preprocess(empty, z.string().default("./.data")),
    MicrosoftAppId: z.preprocess(empty, z.string().regex(guid, "the bot's Microsoft app id (a GUID)").optional()),
    MicrosoftAppPassword: optionalText,
    MicrosoftAppType: z.preprocess(
      empty,
      z.enum(["MultiTenant", "SingleTenant", "UserAssignedMSI"], { error: "MultiTenant, SingleTenant or UserAssignedMSI" }).default("SingleTenant"),
    ),
    MicrosoftAppTenantId: z.preprocess(empty, z.string().regex(guid, "the Entra tenant id (a GUID)").optional()),
    AAD_APP_CLIENT_ID: z.preprocess(empty, z.string().regex(guid, "the tab's Entra app (client) id for SSO (a GUID)").optional()),
    SHOUTOUT_TAGS: z.preprocess(
      (v) => (typeof empty(v) === "string" ? String(v).split(",").map((tag) => tag.trim().toLowerCase()).filter((tag) => tag !== "") : undefined),
      z
        .array(z.string().regex(/^[a-z0-9][a-z0-9-]{1,29}$/, "a comma-separated list of 1 to 12 value tags, each 2–30 letters, digits or dashes (e.g. helped-me,teamwork,brave)"))
        .min(1, "a comma-separated list of 1 to 12 value tags (e.g. helped-me,teamwork,brave)")
        .max(12, "a comma-separated list of 1 to 12 value tags (e.g. helped-me,teamwork,brave)")
        .default([...DEFAULT_SHOUTOUT_TAGS]),
    ),
    LOG_LEVEL: z.preprocess(
      (v) => (typeof empty(v) === "string" ? String(v).toLowerCase() : undefined),
      z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"], { error: "one of fatal, error, warn, info, debug, trace, silent" }).default("info"),
    ),
  })
  .superRefine((env, ctx) => {
    if (!env.MicrosoftAppId) return;
    if (env.MicrosoftAppType !== "UserAssignedMSI" && !env.MicrosoftAppPassword) {
      ctx.addIssue({ code: "custom", path: ["MicrosoftAppPassword"], message: "the bot's client secret (required when MicrosoftAppId is set)" });
    }
    if (env.MicrosoftAppType !== "MultiTenant" && !env.MicrosoftAppTenantId) {
      ctx.addIssue({ code: "custom", path: ["MicrosoftAppTenantId"], message: `the Entra tenant id (required for MicrosoftAppType=${env.MicrosoftAppType})` });
    }
  });

export interface Config {
  port: number;
  publicUrl: string;
  /** Set → MongoDB; unset → the embedded store in dataDir. */
  mongodbUri?: string;
  dataDir: string;
  /** No app id: local mode (playground and local preview), nothing is authenticated. */
  localMode: boolean;
  bot: {
    appId?: string;
    appPassword?: string;
    appType: "MultiTenant" | "SingleTenant" | "UserAssignedMSI";
    tenantId?: string;
  };
  /** The Entra app the tab's SSO tokens are issued for (defaults to the bot's app id). */
  tabAppId?: string;
  /** The value tags a shoutout can carry; the known ones are translated, others shown as written. */
  shoutoutTags: string[];
  logLevel: "fatal" | "error" | "warn" | "info" | "debug" | "trace" | "silent";
}

export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ConfigError";
  }
}

/** Parses the environment; throws ConfigError with one line per the first bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv, cwd = process.cwd()): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const name = String(issue.path[0] ?? "environment");
    const got = env[name];
    const shown = got === undefined ? "it is not set" : name.toLowerCase().includes("password") || name === "MONGODB_URI" ? "got a value that does not fit" : `got "${got}"`;
    throw new ConfigError(`Configuration error: ${name} must be ${issue.message} (${shown}).`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    publicUrl: (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/+$/, ""),
    mongodbUri: e.MONGODB_URI,
    dataDir: path.resolve(cwd, e.DATA_DIR),
    localMode: !e.MicrosoftAppId,
    bot: {
      appId: e.MicrosoftAppId,
      appPassword: e.MicrosoftAppPassword,
      appType: e.MicrosoftAppType,
      tenantId: e.MicrosoftAppTenantId,
    },
    tabAppId: e.AAD_APP_CLIENT_ID ?? e.MicrosoftAppId,
    shoutoutTags: [...new Set(e.SHOUTOUT_TAGS)],
    logLevel: e.LOG_LEVEL,
  };
}

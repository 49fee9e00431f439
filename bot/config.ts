// The server's configuration: read from the environment once at startup and validated, so a bad
// value stops the process with one line that names the variable and what it expects.

import path from "node:path";
import { z } from "zod";
import { DEFAULT_SHOUTOUT_TAGS } from "../shared/shoutouts/rules";
import type { BucketRule } from "./ops/rate-limit";

const guid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const empty = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);
const optionalText = z.preprocess(empty, z.string().trim().optional());

/** "20/10s" → 20 actions, refilled over 10 seconds; "off" → no limit. */
const rateLimit = (fallback: string) => {
  const expected = "a number of actions per a number of seconds, like 20/10s (1–100000 actions, 1–3600 s), or off";
  return z.preprocess(
    (v) => (typeof empty(v) === "string" ? String(v).trim().toLowerCase() : fallback),
    z
      .string()
      .transform((text, ctx): BucketRule | null => {
        if (text === "off") return null;
        const match = /^(\d{1,6})\s*\/\s*(\d{1,4})\s*s$/.exec(text);
        const capacity = Number(match?.[1]);
        const seconds = Number(match?.[2]);
        if (!match || capacity < 1 || capacity > 100_000 || seconds < 1 || seconds > 3600) {
          ctx.addIssue({ code: "custom", message: expected });
          return z.NEVER;
        }
        return { capacity, perMs: seconds * 1000 };
      }),
  );
};

/** Local addresses may be plain http (tests); anything else must be https. */
const localHost = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/;

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
    RATE_LIMIT_PERSON: rateLimit("20/10s"),
    RATE_LIMIT_CIRCLE: rateLimit("300/10s"),
    BOT_OPENID_METADATA_URL: z.preprocess(
      empty,
      z
        .url({ protocol: /^https?$/, error: "the https URL of the OpenID metadata that signs the Bot Framework's tokens (only for sovereign clouds and tests)" })
        .refine((url) => !URL.canParse(url) || url.startsWith("https:") || localHost.test(new URL(url).hostname), "an https URL (plain http only for localhost)")
        .optional(),
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
  /** Commands and card actions per person and per circle; `null` is no limit. */
  rateLimits: { person: BucketRule | null; circle: BucketRule | null };
  /**
   * Where the Bot Framework's token signing keys are published, when not Microsoft's public
   * cloud default (sovereign clouds, and tests that sign tokens with their own key).
   */
  botOpenIdMetadataUrl?: string;
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
    rateLimits: { person: e.RATE_LIMIT_PERSON, circle: e.RATE_LIMIT_CIRCLE },
    botOpenIdMetadataUrl: e.BOT_OPENID_METADATA_URL,
    logLevel: e.LOG_LEVEL,
  };
}

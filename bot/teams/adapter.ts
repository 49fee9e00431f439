// The Bot Framework CloudAdapter, authenticated with Teams Toolkit's variable names. With no app
// id the adapter is anonymous (local mode): fine for the playground, never for production.

import { randomUUID } from "node:crypto";
import {
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  type ConfigurationBotFrameworkAuthenticationOptions,
} from "botbuilder";
import type { Logger } from "pino";
import type { Config } from "../config";
import { botT, pickLocale } from "../../shared/i18n";

export function createAdapter(config: Config, logger: Logger): CloudAdapter {
  // Local mode passes no credentials at all: the adapter then neither checks nor sends tokens.
  const options: ConfigurationBotFrameworkAuthenticationOptions = config.bot.appId
    ? {
        MicrosoftAppId: config.bot.appId,
        MicrosoftAppPassword: config.bot.appPassword ?? "",
        MicrosoftAppType: config.bot.appType,
        MicrosoftAppTenantId: config.bot.tenantId ?? "",
      }
    : {};
  const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication(options));

  // A failing turn must never take the process down: log the details once with a reference the
  // person can quote, and tell them briefly that it was us, not them.
  adapter.onTurnError = async (context, error) => {
    const ref = randomUUID().slice(0, 8);
    logger.error(
      { err: error, ref, activityType: context.activity.type, conversationType: context.activity.conversation?.conversationType },
      "turn failed",
    );
    if (context.activity.type === "invoke") return;
    try {
      await context.sendActivity(botT(pickLocale(context.activity.locale))("error.turn", { ref }));
    } catch (sendError) {
      logger.warn({ err: sendError, ref }, "could not tell the user about the failed turn");
    }
  };
  return adapter;
}

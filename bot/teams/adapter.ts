// The Bot Framework CloudAdapter, authenticated with Teams Toolkit's variable names. With no app
// id the adapter is anonymous (local mode): fine for the playground, never for production.
// BOT_OPENID_METADATA_URL replaces only where the Bot Framework's signing keys are read.

import { randomUUID } from "node:crypto";
import {
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  type Activity,
  type ConfigurationBotFrameworkAuthenticationOptions,
  type TurnContext,
} from "botbuilder";
import type { Logger } from "pino";
import type { Config } from "../config";
import { botT, pickLocale } from "../../shared/i18n";

/** What authenticating an incoming activity gives the adapter to run its turn with. */
export type AuthenticatedRequest = Awaited<ReturnType<ConfigurationBotFrameworkAuthentication["authenticateRequest"]>>;

/**
 * The CloudAdapter with its turn entry point open to our own /api/messages endpoint
 * (endpoint.ts), which authenticates first so that a refusal is answered and logged our way.
 */
export class QuietCirclesAdapter extends CloudAdapter {
  constructor(readonly authentication: ConfigurationBotFrameworkAuthentication) {
    super(authentication);
  }

  /** Runs the turn of an activity that `authentication` accepted; resolves with the invoke response, if any. */
  runAuthenticated(request: AuthenticatedRequest, activity: Activity, logic: (context: TurnContext) => Promise<void>) {
    return this.processActivity(request, activity, logic);
  }
}

/**
 * Microsoft's public cloud, as botbuilder's defaults have it. Spelled out because naming one
 * endpoint (the OpenID metadata) makes botbuilder expect all of them.
 */
const PUBLIC_CLOUD = {
  ToChannelFromBotLoginUrl: "https://login.microsoftonline.com/botframework.com",
  ToChannelFromBotOAuthScope: "https://api.botframework.com",
  ToBotFromChannelTokenIssuer: "https://api.botframework.com",
  OAuthUrl: "https://api.botframework.com",
  ToBotFromEmulatorOpenIdMetadataUrl: "https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration",
  CallerId: "urn:botframework:azure",
  ValidateAuthority: true,
} as const;

export function createBotAuthentication(config: Config): ConfigurationBotFrameworkAuthentication {
  // Local mode passes no credentials at all: the adapter then neither checks nor sends tokens.
  const options: ConfigurationBotFrameworkAuthenticationOptions = config.bot.appId
    ? {
        MicrosoftAppId: config.bot.appId,
        MicrosoftAppPassword: config.bot.appPassword ?? "",
        MicrosoftAppType: config.bot.appType,
        MicrosoftAppTenantId: config.bot.tenantId ?? "",
        ...(config.botOpenIdMetadataUrl ? { ...PUBLIC_CLOUD, ToBotFromChannelOpenIdMetadataUrl: config.botOpenIdMetadataUrl } : {}),
      }
    : {};
  return new ConfigurationBotFrameworkAuthentication(options);
}

export function createAdapter(config: Config, logger: Logger): QuietCirclesAdapter {
  const adapter = new QuietCirclesAdapter(createBotAuthentication(config));

  // A failing turn must never take the process down: log the details once with a reference the
  // person can quote, and tell them briefly that it was us, not them.
  adapter.onTurnError = async (context, error) => {
    const ref = randomUUID().slice(0, 8);
    logger.error(
      { err: error, ref, activityType: context.activity.type, conversationType: context.activity.conversation?.conversationType },
      "turn failed",
    );
    if (context.activity.type === "invoke") {
      // Answered, not left to botbuilder's "501 Not Implemented": a card action gets Universal
      // Actions' error answer with the apology and the reference; any other invoke a plain 500.
      const message = botT(pickLocale(context.activity.locale))("error.turn", { ref });
      const body = context.activity.name === "adaptiveCard/action" ? { statusCode: 500, type: "application/vnd.microsoft.error", value: { code: "InternalServerError", message } } : undefined;
      await context
        .sendActivity({ type: "invokeResponse", value: body ? { status: 200, body } : { status: 500 } })
        .catch((sendError: unknown) => logger.warn({ err: sendError, ref }, "could not answer the failed invoke"));
      return;
    }
    try {
      await context.sendActivity(botT(pickLocale(context.activity.locale))("error.turn", { ref }));
    } catch (sendError) {
      logger.warn({ err: sendError, ref }, "could not tell the user about the failed turn");
    }
  };
  return adapter;
}

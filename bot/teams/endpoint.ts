// POST /api/messages: the Bot Framework endpoint. It does what CloudAdapter.process does, in an
// order we control: read the activity, authenticate it (with an app id: the Bot Framework's JWT,
// its signature, issuer, audience, expiry and service URL), and only then run the turn. A request
// that is not authenticated is answered 401 with JSON and logged as one line without its token,
// and nothing of it reaches the bot.

import type { Activity, TurnContext } from "botbuilder";
import type { RequestHandler } from "express";
import type { Logger } from "pino";
import { requestContext } from "../ops/request-context";
import { malformedActivity } from "./activity-shape";
import type { AuthenticatedRequest, QuietCirclesAdapter } from "./adapter";

export interface MessagesEndpointDeps {
  adapter: QuietCirclesAdapter;
  logger: Logger;
  run: (context: TurnContext) => Promise<void>;
}

export function messagesEndpoint(deps: MessagesEndpointDeps): RequestHandler {
  return async (req, res) => {
    const activity = req.body as Activity | undefined;
    // Its envelope (type, sender, conversation, tenant, service URL) must be what Teams sends: a
    // forged or broken one must not fail deep in a turn or reach a store query as an object.
    const malformed = malformedActivity(activity);
    if (malformed !== null || activity === undefined) {
      res.status(400).json({ error: { code: "bad_request", message: `Send a Bot Framework activity: a JSON object with a type (the field "${malformed}" is not valid).` } });
      return;
    }
    readDates(activity);
    const authorization = typeof req.headers.authorization === "string" ? req.headers.authorization : "";
    let authenticated: AuthenticatedRequest;
    try {
      authenticated = await deps.adapter.authentication.authenticateRequest(activity, authorization);
    } catch (error) {
      // botbuilder says "500" when it could not fetch the signing keys: that is ours, not the caller's.
      if ((error as { statusCode?: unknown }).statusCode === 500) {
        deps.logger.error({ reason: (error as Error).message }, "bot request not authenticated: the signing keys could not be loaded");
        res.setHeader("Retry-After", "5");
        res.status(503).json({ error: { code: "unavailable", message: "The request could not be checked right now. Try again." } });
        return;
      }
      deps.logger.warn({ reason: error instanceof Error ? error.message : String(error), hasToken: authorization !== "" }, "bot request refused: not authenticated");
      res.status(401).json({ error: { code: "unauthorized", message: "The request is not authenticated." } });
      return;
    }
    const context = requestContext.getStore();
    if (context) {
      context.activityType = activity.type.slice(0, 40);
      if (typeof activity.id === "string") context.activityId = activity.id.slice(0, 128);
    }
    const response = await deps.adapter.runAuthenticated(authenticated, activity, deps.run);
    res.status(response?.status ?? 200);
    if (response?.body !== undefined) res.json(response.body);
    else res.end();
  };
}

/** The activity's time fields as Dates, the raw text kept (what botbuilder's own endpoint does). */
function readDates(activity: Activity): void {
  const fields = activity as unknown as Record<string, unknown>;
  for (const [field, raw] of [["timestamp", "rawTimestamp"], ["localTimestamp", "rawLocalTimestamp"], ["expiration", "rawExpiration"]] as const) {
    if (typeof fields[field] === "string") {
      fields[raw] = fields[field];
      fields[field] = new Date(fields[field] as string);
    }
  }
}

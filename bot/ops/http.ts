// The HTTP edge every request passes: a request id (the caller's `x-request-id` when it looks
// sane, otherwise a new one; returned in the response header), one access log line, and the
// drain gate of a stopping server.

import type { NextFunction, Request, RequestHandler, Response } from "express";
import type { Logger } from "pino";
import type { Lifecycle } from "./lifecycle";
import { requestContext, requestIdFrom, type RequestContext } from "./request-context";

/** Probes are answered while draining (that is how the load balancer learns about it) and logged at debug only. */
const PROBES = new Set(["/api/health", "/api/ready"]);

/** Seconds a client is asked to wait before trying another instance (or this one again). */
export const RETRY_AFTER_SECONDS = 5;

/** Starts the request's context and logs the request once it is answered (method, route, status, time). */
export function requestLog(logger: Logger): RequestHandler {
  return (req, res, next) => {
    const context: RequestContext = { reqId: requestIdFrom(req.headers["x-request-id"]) };
    res.locals.requestContext = context;
    res.setHeader("x-request-id", context.reqId);
    const started = performance.now();
    res.on("finish", () => {
      const line = { reqId: context.reqId, method: req.method, path: routeOf(req.originalUrl), status: res.statusCode, ms: Math.round(performance.now() - started) };
      const probeOrFile = PROBES.has(req.path) || !req.originalUrl.startsWith("/api/");
      if (probeOrFile) logger.debug(line, "request");
      else logger.info(line, "request");
    });
    requestContext.run(context, next);
  };
}

/**
 * Enters the request's context again. Body parsers call `next` from the socket's callbacks, which
 * lose the context; put this after them.
 */
export function keepRequestContext(): RequestHandler {
  return (_req, res, next) => {
    const context = res.locals.requestContext as RequestContext | undefined;
    if (context) requestContext.run(context, next);
    else next();
  };
}

/** Counts requests in flight; while draining, refuses new ones with 503 and Retry-After. */
export function drainGate(lifecycle: Lifecycle): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    if (PROBES.has(req.path)) return next();
    if (!lifecycle.accepting) {
      res.setHeader("Retry-After", String(RETRY_AFTER_SECONDS));
      res.setHeader("Connection", "close");
      res.status(503).json({ error: { code: "shutting_down", message: "This server is shutting down. Try again in a few seconds." } });
      return;
    }
    const leave = lifecycle.enter();
    res.on("close", leave);
    next();
  };
}

/**
 * The path as a route: words are kept, anything else (ids, tokens of one-time links, file
 * names) becomes `:id`, and the query is dropped, so no identifier or secret reaches the log.
 */
export function routeOf(url: string): string {
  const path = url.split("?")[0]!;
  return path
    .split("/")
    .map((segment) => (segment === "" || /^[a-z][a-z-]{0,23}$/i.test(segment) ? segment : ":id"))
    .join("/");
}

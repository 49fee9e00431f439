// What every log line written while serving one HTTP request (and the bot turn inside it)
// carries: the request id, and for a turn the activity's id and type. Kept in an
// AsyncLocalStorage so handlers deep inside the bot need not pass a logger around; the
// logger's mixin (log.ts) reads it.

import { AsyncLocalStorage } from "node:async_hooks";
import { randomUUID } from "node:crypto";

export interface RequestContext {
  reqId: string;
  /** Set for the bot turn of a /api/messages request. */
  activityId?: string;
  activityType?: string;
}

export const requestContext = new AsyncLocalStorage<RequestContext>();

/** Letters, digits and `._:-`, 8–128 characters: what load balancers and tracing put there. */
const SANE_ID = /^[A-Za-z0-9._:-]{8,128}$/;

/** The caller's `x-request-id` when it looks like an id; otherwise a new one. */
export function requestIdFrom(header: unknown): string {
  return typeof header === "string" && SANE_ID.test(header) ? header : randomUUID();
}

/** The fields the logger adds to a line (none outside a request). */
export function logContext(): Partial<RequestContext> {
  const context = requestContext.getStore();
  if (!context) return {};
  const { reqId, activityId, activityType } = context;
  return activityType ? { reqId, activityId, activityType } : { reqId };
}

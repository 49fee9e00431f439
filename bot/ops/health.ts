// Probes for the platform: liveness (`/api/health`: the process answers) and readiness
// (`/api/ready`: the store answers a ping in time and the server is not shutting down). A load
// balancer stops sending traffic to an instance that is not ready; only a dead one is restarted,
// so a store outage makes instances unready, not restarted.

import { Router } from "express";
import type { Logger } from "pino";
import type { Store } from "../../shared/store/types";
import type { Lifecycle } from "./lifecycle";

export interface HealthDeps {
  store: Pick<Store, "kind" | "ping">;
  lifecycle: Lifecycle;
  logger: Logger;
  mode: "local" | "teams";
  /** How long the store may take to answer the readiness ping; default 2 s. */
  pingTimeoutMs?: number;
}

export function healthRoutes(deps: HealthDeps): Router {
  const router = Router();
  const timeoutMs = deps.pingTimeoutMs ?? 2_000;

  router.get("/api/health", (_req, res) => {
    res.setHeader("Cache-Control", "no-store");
    res.json({ status: "ok", store: deps.store.kind, mode: deps.mode });
  });

  router.get("/api/ready", async (_req, res) => {
    res.setHeader("Cache-Control", "no-store");
    const unavailable = (reason: string) => res.status(503).json({ status: "unavailable", store: deps.store.kind, reason });
    if (!deps.lifecycle.accepting) return unavailable("shutting down");
    const ping = await pingWithin(deps.store, timeoutMs);
    if (ping !== "ok") {
      deps.logger.warn({ store: deps.store.kind, problem: ping }, "not ready: the store does not answer");
      return unavailable(ping === "timeout" ? `the store did not answer within ${timeoutMs} ms` : "the store is not available");
    }
    // Checked again: a shutdown may have begun while the store was being asked.
    if (!deps.lifecycle.accepting) return unavailable("shutting down");
    res.json({ status: "ready", store: deps.store.kind, mode: deps.mode });
  });

  return router;
}

async function pingWithin(store: Pick<Store, "ping">, timeoutMs: number): Promise<"ok" | "timeout" | "failed"> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<"timeout">((resolve) => {
    timer = setTimeout(() => resolve("timeout"), timeoutMs);
  });
  try {
    return await Promise.race([store.ping().then(() => "ok" as const, () => "failed" as const), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

// The circle's data: facilitators export it as a JSON file, and anyone removes their own.
//
// Export is a one-time link rather than a download of the API call itself: inside Teams the tab's
// requests carry an SSO token that a plain download cannot, and the new Teams client hands
// downloads to another browser without the tab's state. So the signed-in facilitator asks for a
// link (POST), and the link — a random token valid for two minutes, used once — streams the file.

import { randomBytes, randomUUID } from "node:crypto";
import { Router, type Response } from "express";
import type { Logger } from "pino";
import { z } from "zod";
import type { ExportLinkResponse, RemoveMyDataResponse } from "../../shared/api/types";
import type { Circle, Locale } from "../../shared/circles/types";
import { exportCircle } from "../../shared/privacy/circle-export";
import { removeMyData } from "../../shared/privacy/remove-my-data";
import type { Doc, Store } from "../../shared/store/types";
import { HttpError } from "./errors";
import { requireFacilitator, type CircleScopeDeps } from "./insights";
import { memberOf } from "./person";

export interface CircleDataDeps extends CircleScopeDeps {
  logger: Logger;
}

interface ExportLink extends Doc {
  circleId: string;
  tenantId: string;
  createdAt: Date;
  expiresAt: Date;
  usedAt?: Date;
}

const LINK_TTL_MS = 2 * 60_000;
const tokenSchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/);

const MESSAGES = {
  notAMember: {
    en: "This circle has no data of yours: Quiet Circles does not list you as one of its members.",
    nl: "Deze cirkel heeft geen gegevens van jou: Quiet Circles kent je niet als lid ervan.",
  },
  pickPerson: {
    en: "In the local preview, pick whose data to remove first.",
    nl: "Kies in de lokale preview eerst wiens gegevens je wilt verwijderen.",
  },
} satisfies Record<string, Record<Locale, string>>;

export function circleDataRouter(deps: CircleDataDeps): Router {
  const router = Router();
  const links = () => deps.store.collection<ExportLink>("export_links");

  router.post("/circles/:id/export", async (req, res) => {
    const scope = await deps.scope(req);
    requireFacilitator(scope, { en: "Exports of the circle's data", nl: "Exports van de gegevens van de cirkel" });
    const now = deps.now();
    await links().deleteMany({ expiresAt: { $lt: now } });
    const token = randomBytes(32).toString("base64url");
    const expiresAt = new Date(now.getTime() + LINK_TTL_MS);
    await links().insertOne({ _id: token, circleId: scope.circle._id, tenantId: scope.circle.tenantId, createdAt: now, expiresAt });
    const body: ExportLinkResponse = { url: `/api/exports/${token}`, expiresAt: expiresAt.toISOString() };
    res.status(201).json(body);
  });

  router.get("/exports/:token", async (req, res) => {
    const token = tokenSchema.safeParse(req.params.token);
    const now = deps.now();
    const link = token.success
      ? await links().findOneAndUpdate({ _id: token.data, expiresAt: { $gt: now }, usedAt: { $exists: false } }, { $set: { usedAt: now } })
      : null;
    if (!link) throw new HttpError(404, "export_link_gone", "This download link has expired or was used already. Start the export again from the circle's settings.");
    const circle = await deps.store.collection<Circle>("circles").findOne({ _id: link.circleId, tenantId: link.tenantId });
    if (!circle) throw new HttpError(404, "circle_not_found", "This circle no longer exists.");
    await streamExport(res, deps.store, circle, now, deps.logger);
  });

  router.post("/circles/:id/my-data/remove", async (req, res) => {
    const scope = await deps.scope(req);
    const member = memberOf(scope.circle, scope.caller, req);
    if (!member) {
      const message = scope.caller.kind === "local" ? MESSAGES.pickPerson : MESSAGES.notAMember;
      throw new HttpError(scope.caller.kind === "local" ? 400 : 404, scope.caller.kind === "local" ? "pick_person" : "not_a_member", message[scope.language]);
    }
    const body: RemoveMyDataResponse = await removeMyData(deps.store, {
      circle: scope.circle,
      person: { id: member.id, ...(member.aadObjectId ? { aadObjectId: member.aadObjectId } : {}) },
      placeholder: () => randomUUID(),
    });
    deps.logger.info({ circleId: scope.circle._id, removed: body }, "removed a person's data on their request");
    res.json(body);
  });

  return router;
}

function fileNameOf(circle: Circle, now: Date): string {
  const slug = circle.name.normalize("NFKD").replace(/[^A-Za-z0-9]+/g, "-").replace(/^-|-$/g, "").toLowerCase().slice(0, 40) || "circle";
  return `quiet-circles-${slug}-${now.toISOString().slice(0, 10)}.json`;
}

/** Writes the export as it is read, waiting whenever the client is slower than the store. */
async function streamExport(res: Response, store: Store, circle: Circle, now: Date, logger: Logger): Promise<void> {
  res.status(200);
  res.setHeader("Content-Type", "application/json; charset=utf-8");
  res.setHeader("Content-Disposition", `attachment; filename="${fileNameOf(circle, now)}"`);
  res.setHeader("Cache-Control", "no-store");
  res.setHeader("X-Content-Type-Options", "nosniff");
  try {
    for await (const piece of exportCircle(store, circle, now)) {
      if (res.destroyed) return;
      // A client that goes away ends the wait too (and the loop, above).
      if (!res.write(piece)) await drainedOrClosed(res);
    }
    res.end();
  } catch (error) {
    // The headers are sent: the only honest signal left is a broken download.
    logger.error({ err: error, circleId: circle._id }, "circle export failed midway");
    res.destroy(error instanceof Error ? error : new Error(String(error)));
  }
}

function drainedOrClosed(res: Response): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      res.off("drain", done);
      res.off("close", done);
      resolve();
    };
    res.on("drain", done);
    res.on("close", done);
  });
}

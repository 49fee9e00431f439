// Who the caller is inside a circle: the member the bot recorded for their Teams sign-in. The
// local preview has no sign-in, so there `?as=<Teams user id>` says whose view to show — accepted
// only in local mode, never in Teams.

import type { Request } from "express";
import { z } from "zod";
import type { Circle, CircleMember } from "../../shared/circles/types";
import type { Caller } from "./auth";
import { HttpError } from "./errors";

const previewPersonSchema = z.string().min(1).max(200).regex(/^[A-Za-z0-9:@._\-=+/]+$/);

/** The local preview's pick (`?as=`), or undefined; a malformed value is a 400. */
export function previewPersonId(req: Request, caller: Caller): string | undefined {
  if (caller.kind !== "local" || req.query.as === undefined) return undefined;
  const parsed = previewPersonSchema.safeParse(req.query.as);
  if (!parsed.success) throw new HttpError(400, "bad_person", "`as` must be a Teams user id.");
  return parsed.data;
}

/** The caller as a member of the circle, or null when the circle does not list them (or the preview picked no one). */
export function memberOf(circle: Circle, caller: Caller, req: Request): CircleMember | null {
  if (caller.kind === "local") {
    const id = previewPersonId(req, caller);
    return id === undefined ? null : (circle.members.find((member) => member.id === id) ?? null);
  }
  return circle.members.find((member) => member.aadObjectId === caller.aadObjectId) ?? null;
}

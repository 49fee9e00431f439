// Reads a request's query or body with a zod schema; anything else is a 400 with a message that
// names the parameter and what is wrong with it.

import type { Request } from "express";
import type { z } from "zod";
import { HttpError } from "./errors";

export function parseQuery<S extends z.ZodType>(schema: S, req: Request): z.infer<S> {
  return parse(schema, req.query, "bad_query", "query parameter");
}

export function parseBody<S extends z.ZodType>(schema: S, req: Request): z.infer<S> {
  return parse(schema, req.body ?? {}, "bad_body", "field");
}

function parse<S extends z.ZodType>(schema: S, input: unknown, code: string, what: string): z.infer<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const name = issue.path.length > 0 ? issue.path.join(".") : (issue as { keys?: string[] }).keys?.join(", ");
  throw new HttpError(400, code, name ? `The ${what} "${name}" is not valid: ${issue.message}.` : `The request is not valid: ${issue.message}.`);
}

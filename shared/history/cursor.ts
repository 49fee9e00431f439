// Page cursors for lists read by indexed keys (history: scheduledFor + _id; wall: createdAt +
// _id): the last item's instant and id, opaque to the tab (base64url JSON). Decoding never
// trusts the input: anything malformed is null.

export interface PageCursor {
  at: Date;
  id: string;
}

export function encodeCursor(cursor: PageCursor): string {
  return Buffer.from(JSON.stringify([cursor.at.getTime(), cursor.id]), "utf8").toString("base64url");
}

export function decodeCursor(text: string): PageCursor | null {
  if (!/^[A-Za-z0-9_-]{1,800}$/.test(text)) return null;
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(text, "base64url").toString("utf8"));
  } catch {
    return null;
  }
  if (!Array.isArray(value) || value.length !== 2) return null;
  const [ms, id] = value as unknown[];
  if (typeof ms !== "number" || !Number.isSafeInteger(ms) || typeof id !== "string" || id.length === 0 || id.length > 500) return null;
  const at = new Date(ms);
  return Number.isNaN(at.getTime()) ? null : { at, id };
}

/**
 * The store filter for "after this cursor" in a list sorted by `field` descending, then `_id`
 * ascending. The top-level bound lets an index skip to the cursor; the `$or` breaks ties.
 */
export function afterCursor(field: string, cursor: PageCursor): { bound: { $lte: Date }; rest: Record<string, unknown> } {
  return { bound: { $lte: cursor.at }, rest: { $or: [{ [field]: { $lt: cursor.at } }, { _id: { $gt: cursor.id } }] } };
}

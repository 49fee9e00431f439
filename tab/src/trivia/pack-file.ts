// Reading a pack file in the browser before it is sent: its size, its text, and the format its
// name and content suggest. Nothing here leaves the browser.

import type { TriviaPackFormat } from "../../../shared/api/types";

/** What the server accepts for one import, with room for the JSON around the text. */
export const MAX_PACK_BYTES = 1_000_000;

/** The pack's size as sent (UTF-8), to refuse oversized pasted text before the upload. */
export function packBytes(text: string): number {
  return new TextEncoder().encode(text).length;
}

export function readTextFile(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(typeof reader.result === "string" ? reader.result : "");
    reader.onerror = () => reject(reader.error ?? new Error("unreadable file"));
    reader.readAsText(file);
  });
}

/**
 * The format a file most likely has: CSV by its name, Open Trivia DB when its JSON has the
 * API's `response_code`; otherwise the format already chosen.
 */
export function likelyFormat(fileName: string, text: string, chosen: TriviaPackFormat): TriviaPackFormat {
  if (/\.(csv|tsv|txt)$/i.test(fileName)) return "csv";
  if (/\.json$/i.test(fileName)) return /"response_code"\s*:/.test(text) ? "opentdb" : "json";
  return chosen;
}

/** "12 kB", "1.2 MB" in the reader's language. */
export function formatSize(bytes: number, locale: string): string {
  const kb = bytes / 1000;
  const [value, unit] = kb < 1000 ? [Math.max(1, Math.round(kb)), "kilobyte"] : [Math.round(kb / 100) / 10, "megabyte"];
  return new Intl.NumberFormat(locale, { style: "unit", unit, unitDisplay: "short" }).format(value);
}

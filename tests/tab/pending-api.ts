// Holds back the answers of some API paths (their requests never finish), so a test can look at
// a page's loading state; every other path answers as the fake API says.

import { vi } from "vitest";

export function holdBack(prefix: string): void {
  const answer = globalThis.fetch;
  vi.stubGlobal("fetch", (input: RequestInfo | URL, init?: RequestInit) =>
    String(input).startsWith(prefix) ? new Promise<Response>(() => undefined) : answer(input, init),
  );
}

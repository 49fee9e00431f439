// Renders the whole tab in jsdom against a fake /api, with react-dom and act (no extra
// testing library), and finds things the way a user would: by visible text and role.

import { act } from "react";
import { createRoot, type Root } from "react-dom/client";
import { vi } from "vitest";
import { App } from "../../tab/src/App";

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** Answers by path (any method), or by "METHOD path" for one method. */
export type FakeRoutes = Record<string, { status?: number; body: unknown }>;

export interface FakeApi {
  requests: { method: string; path: string; headers: Headers; body?: unknown }[];
}

/** Replaces fetch with an API that answers `routes` and 404s everything else. */
export function fakeApi(routes: FakeRoutes): FakeApi {
  const api: FakeApi = { requests: [] };
  vi.stubGlobal(
    "fetch",
    vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
      const path = String(input);
      const method = init?.method ?? "GET";
      const sent = typeof init?.body === "string" ? { body: JSON.parse(init.body) as unknown } : {};
      api.requests.push({ method, path, headers: new Headers(init?.headers), ...sent });
      const route = routes[`${method} ${path}`] ?? routes[path];
      const status = route?.status ?? (route ? 200 : 404);
      const body = route ? route.body : { error: { code: "not_found", message: `No route ${method} ${path}` } };
      // A 204 has no body, as the real API sends it.
      return new Response(status === 204 ? null : JSON.stringify(body), { status, headers: { "content-type": "application/json" } });
    }),
  );
  return api;
}

let root: Root | undefined;
let container: HTMLElement | undefined;

export async function renderTab(hash = ""): Promise<HTMLElement> {
  window.history.replaceState(null, "", `/index.html${hash}`);
  container = document.createElement("div");
  document.body.appendChild(container);
  root = createRoot(container);
  await act(async () => root!.render(<App />));
  return container;
}

export async function unmountTab(): Promise<void> {
  await act(async () => root?.unmount());
  container?.remove();
  root = undefined;
  container = undefined;
  document.body.innerHTML = "";
}

/** Retries `check` while React settles (fetches resolve, effects run) until it passes. */
export async function waitFor<T>(check: () => T, timeoutMs = 5000): Promise<T> {
  const started = Date.now();
  for (;;) {
    try {
      return check();
    } catch (error) {
      if (Date.now() - started > timeoutMs) throw error;
      await act(async () => new Promise((resolve) => setTimeout(resolve, 10)));
    }
  }
}

/** The page's visible text, whitespace collapsed. */
export function pageText(): string {
  return (document.body.textContent ?? "").replace(/\s+/g, " ");
}

export function expectText(text: string): void {
  if (!pageText().includes(text)) throw new Error(`"${text}" is not on the page:\n${pageText()}`);
}

/** What assistive technology reads for an element: its text without aria-hidden parts. */
export function spokenText(element: Element): string {
  const copy = element.cloneNode(true) as Element;
  copy.querySelectorAll('[aria-hidden="true"]').forEach((hidden) => hidden.remove());
  return (copy.textContent ?? "").replace(/\s+/g, " ").trim();
}

export function headings(level: number): string[] {
  return [...document.querySelectorAll(`h${level}`)].map((heading) => heading.textContent ?? "");
}

export async function click(element: HTMLElement): Promise<void> {
  await act(async () => {
    element.dispatchEvent(new MouseEvent("mousedown", { bubbles: true }));
    element.dispatchEvent(new MouseEvent("mouseup", { bubbles: true }));
    element.click();
  });
}

/** Changes a form control's value the way typing or picking does (React listens for input and change). */
export async function changeValue(element: HTMLInputElement | HTMLSelectElement, value: string): Promise<void> {
  const prototype = element instanceof HTMLSelectElement ? HTMLSelectElement.prototype : HTMLInputElement.prototype;
  await act(async () => {
    Object.getOwnPropertyDescriptor(prototype, "value")!.set!.call(element, value);
    element.dispatchEvent(new Event(element instanceof HTMLSelectElement ? "change" : "input", { bubbles: true }));
  });
}

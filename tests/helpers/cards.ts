// Checks a card the way a Teams client would: the official `adaptivecards` library parses and
// renders it (in a jsdom document), and it must stay under Teams' message size limit.

import { createRequire } from "node:module";
import { JSDOM } from "jsdom";
import { expect } from "vitest";

const MAX_CARD_BYTES = 28 * 1024;

type AdaptiveCardsModule = typeof import("adaptivecards");
let adaptiveCards: AdaptiveCardsModule | undefined;

function library(): AdaptiveCardsModule {
  if (!adaptiveCards) {
    const dom = new JSDOM("<!doctype html><html><body></body></html>");
    const g = globalThis as Record<string, unknown>;
    g.window ??= dom.window;
    g.document ??= dom.window.document;
    // The renderer checks `instanceof HTMLButtonElement` and the like.
    for (const name of Object.getOwnPropertyNames(dom.window)) {
      if (/^(HTML\w*Element|Element|Node|Event|KeyboardEvent|MouseEvent)$/.test(name)) g[name] ??= (dom.window as unknown as Record<string, unknown>)[name];
    }
    // The renderer reads innerText, which jsdom does not implement.
    Object.defineProperty(dom.window.HTMLElement.prototype, "innerText", {
      get(this: HTMLElement) {
        return this.textContent;
      },
      set(this: HTMLElement, value: string) {
        this.textContent = value;
      },
      configurable: true,
    });
    // The package's `lib` build is extensionless ESM that Node cannot load; its UMD bundle works.
    adaptiveCards = createRequire(import.meta.url)("adaptivecards/dist/adaptivecards.js") as AdaptiveCardsModule;
  }
  return adaptiveCards;
}

/** Parses and renders the card; fails the test on any parse event, a render failure or excess size. */
export function expectValidCard(json: Record<string, unknown>): void {
  const AC = library();
  const card = new AC.AdaptiveCard();
  const context = new AC.SerializationContext();
  card.parse(json, context);
  const events = Array.from({ length: context.eventCount }, (_, i) => context.getEventAt(i).message);
  expect(events, "adaptivecards parse events").toEqual([]);
  expect(card.validateProperties().validationEvents.map((e) => e.message), "adaptivecards validation").toEqual([]);
  expect(card.render(), "rendered card").toBeTruthy();
  expect(Buffer.byteLength(JSON.stringify(json))).toBeLessThanOrEqual(MAX_CARD_BYTES);
}

/** All the text a card shows, for content assertions. */
export function cardText(json: unknown): string {
  const out: string[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === "object") {
      for (const [key, value] of Object.entries(node)) {
        if (typeof value === "string" && ["text", "title", "value"].includes(key)) out.push(value);
        else walk(value);
      }
    }
  };
  walk(json);
  return out.join("\n");
}

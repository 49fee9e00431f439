// The tab's pages, addressed by the URL hash: `#/config` (settings page of the configurable
// tab), `#/me` (personal tab), `#/privacy` and `#/terms` (the static pages the app manifest
// links to), `#/circle` (the default) and `#/settings` (the circle's rituals and rhythm).
// `#/circle/<id>` and `#/settings/<id>` pick a circle in the local preview, where no Teams
// context says which one.

export type Route =
  | { page: "circle"; circleId?: string }
  | { page: "settings"; circleId?: string }
  | { page: "trivia"; circleId?: string }
  | { page: "me" }
  | { page: "config" }
  | { page: "privacy" }
  | { page: "terms" };

/** Pages about one circle: the conversation's own in Teams, the picked one in the preview. */
export type CirclePageName = "circle" | "settings" | "trivia";

const circlePages: readonly CirclePageName[] = ["circle", "settings", "trivia"];

const simplePages = ["me", "config", "privacy", "terms"] as const;

export function parseRoute(hash: string): Route {
  const [page, ...rest] = hash.replace(/^#?\/?/, "").split("/");
  const simple = simplePages.find((name) => name === page);
  if (simple) return { page: simple };
  const circlePage = circlePages.find((name) => name === page) ?? "circle";
  const circleId = page === circlePage && rest.length > 0 ? safeDecode(rest.join("/")) : undefined;
  return circleId ? { page: circlePage, circleId } : { page: circlePage };
}

export function hrefOf(route: Route): string {
  if (!isCirclePage(route)) return `#/${route.page}`;
  return route.circleId ? `#/${route.page}/${encodeURIComponent(route.circleId)}` : `#/${route.page}`;
}

export function isCirclePage(route: Route): route is Extract<Route, { page: CirclePageName }> {
  return (circlePages as readonly string[]).includes(route.page);
}

/** Pages with fixed text: they need no API, no sign-in and no session check, so they always render. */
export function isStaticPage(page: Route["page"]): page is "privacy" | "terms" {
  return page === "privacy" || page === "terms";
}

function safeDecode(value: string): string | undefined {
  try {
    return decodeURIComponent(value);
  } catch {
    return undefined;
  }
}

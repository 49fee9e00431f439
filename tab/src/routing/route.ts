// The tab's pages, addressed by the URL hash: `#/config` (settings page of the configurable
// tab), `#/me` (personal tab), `#/privacy` and `#/terms` (the static pages the app manifest
// links to), `#/circle` (the default; `#/circle/<id>` picks a circle in the local preview,
// where no Teams context says which one).

export type Route =
  | { page: "circle"; circleId?: string }
  | { page: "me" }
  | { page: "config" }
  | { page: "privacy" }
  | { page: "terms" };

const simplePages = ["me", "config", "privacy", "terms"] as const;

export function parseRoute(hash: string): Route {
  const [page, ...rest] = hash.replace(/^#?\/?/, "").split("/");
  const simple = simplePages.find((name) => name === page);
  if (simple) return { page: simple };
  const circleId = page === "circle" && rest.length > 0 ? safeDecode(rest.join("/")) : undefined;
  return circleId ? { page: "circle", circleId } : { page: "circle" };
}

export function hrefOf(route: Route): string {
  if (route.page !== "circle") return `#/${route.page}`;
  return route.circleId ? `#/circle/${encodeURIComponent(route.circleId)}` : "#/circle";
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

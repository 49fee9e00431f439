// The tab's pages, addressed by the URL hash: `#/config` (settings page of the configurable
// tab), `#/me` (personal tab), `#/privacy` and `#/terms` (the static pages the app manifest
// links to), and the circle's pages: `#/circle` (Home, the default), `#/history`, `#/wall`,
// `#/journey`, `#/leaderboards`, `#/insights`, `#/settings`, `#/trivia` and `#/panel` (the meeting
// side panel, which Teams opens as `#/circle` in a side panel frame). A circle page may
// carry the circle's id (`#/history/<id>`): the local preview picks circles that way, where no
// Teams context says which one. `#/session/<session id>` is one session's details; its circle
// is the first part of the session id.

export type CirclePageName = "circle" | "history" | "wall" | "journey" | "leaderboards" | "insights" | "settings" | "trivia" | "panel";

export type Route =
  | { page: CirclePageName; circleId?: string }
  | { page: "session"; sessionId: string; circleId?: string }
  | { page: "me" }
  | { page: "config" }
  | { page: "privacy" }
  | { page: "terms" };

export const circlePages: readonly CirclePageName[] = ["circle", "history", "wall", "journey", "leaderboards", "insights", "settings", "trivia", "panel"];

/** The pages the circle's navigation lists, in its order (trivia is reached from Home, the panel is for meetings). */
export const circleNavPages = ["circle", "history", "wall", "journey", "leaderboards", "insights", "settings"] as const satisfies readonly CirclePageName[];

const simplePages = ["me", "config", "privacy", "terms"] as const;

export function parseRoute(hash: string): Route {
  const [page, ...rest] = hash.replace(/^#?\/?/, "").split("/");
  const simple = simplePages.find((name) => name === page);
  if (simple) return { page: simple };
  const param = rest.length > 0 ? safeDecode(rest.join("/")) : undefined;
  if (page === "session" && param) {
    const circleId = param.split("|")[0];
    return circleId ? { page: "session", sessionId: param, circleId } : { page: "session", sessionId: param };
  }
  const circlePage = circlePages.find((name) => name === page) ?? "circle";
  const circleId = page === circlePage ? param : undefined;
  return circleId ? { page: circlePage, circleId } : { page: circlePage };
}

export function hrefOf(route: Route): string {
  if (route.page === "session") return `#/session/${encodeURIComponent(route.sessionId)}`;
  if (!isCirclePage(route)) return `#/${route.page}`;
  return route.circleId ? `#/${route.page}/${encodeURIComponent(route.circleId)}` : `#/${route.page}`;
}

export function isCirclePage(route: Route): route is Extract<Route, { page: CirclePageName }> {
  return (circlePages as readonly string[]).includes(route.page);
}

/** The circle a route is about, when the URL says (the preview's pick, or a session's circle). */
export function circleOf(route: Route): string | undefined {
  return isCirclePage(route) || route.page === "session" ? route.circleId : undefined;
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

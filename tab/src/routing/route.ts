// The tab's pages, addressed by the URL hash: `#/config` (settings page of the configurable
// tab), `#/me` (personal tab), `#/circle` (the default; `#/circle/<id>` picks a circle in the
// local preview, where no Teams context says which one).

export type Route = { page: "circle"; circleId?: string } | { page: "me" } | { page: "config" };

export function parseRoute(hash: string): Route {
  const [page, ...rest] = hash.replace(/^#?\/?/, "").split("/");
  if (page === "config") return { page: "config" };
  if (page === "me") return { page: "me" };
  const circleId = page === "circle" && rest.length > 0 ? safeDecode(rest.join("/")) : undefined;
  return circleId ? { page: "circle", circleId } : { page: "circle" };
}

export function hrefOf(route: Route): string {
  if (route.page !== "circle") return `#/${route.page}`;
  return route.circleId ? `#/circle/${encodeURIComponent(route.circleId)}` : "#/circle";
}

function safeDecode(value: string): string | undefined {
  try {
    return decodeURIComponent(value);
  } catch {
    return undefined;
  }
}

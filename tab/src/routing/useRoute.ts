// The current route, following hash changes.

import { useSyncExternalStore } from "react";
import { hrefOf, parseRoute, type Route } from "./route";

function subscribe(onChange: () => void): () => void {
  window.addEventListener("hashchange", onChange);
  return () => window.removeEventListener("hashchange", onChange);
}

const currentHash = () => window.location.hash;

export function useRoute(): Route {
  return parseRoute(useSyncExternalStore(subscribe, currentHash, () => ""));
}

/** Moves to `route`; `replace` keeps the browser's back button from returning to the old one. */
export function navigate(route: Route, { replace = false } = {}): void {
  const href = hrefOf(route);
  if (replace) {
    window.history.replaceState(window.history.state, "", href);
    window.dispatchEvent(new HashChangeEvent("hashchange"));
  } else {
    window.location.hash = href;
  }
}

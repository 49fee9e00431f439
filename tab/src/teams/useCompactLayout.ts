// Compact layout for narrow places: Teams' meeting side panel, or any viewport under 480px.

import { useSyncExternalStore } from "react";
import { useTabHost } from "./TabHostContext";

const narrowQuery = "(max-width: 480px)";

function subscribe(onChange: () => void): () => void {
  const query = window.matchMedia?.(narrowQuery);
  query?.addEventListener("change", onChange);
  return () => query?.removeEventListener("change", onChange);
}

const isNarrow = () => window.matchMedia?.(narrowQuery).matches ?? false;

export function useCompactLayout(): boolean {
  const host = useTabHost();
  const narrow = useSyncExternalStore(subscribe, isNarrow, () => false);
  return narrow || (host.kind === "teams" && host.teams.context.frameContext === "sidePanel");
}

// Tells Teams, once, that the page has loaded (data shown or an error explained).

import { useEffect } from "react";
import { useTabHost } from "./TabHostContext";

const notified = new WeakSet<object>();

export function useNotifyLoaded(loaded: boolean): void {
  const host = useTabHost();
  useEffect(() => {
    if (!loaded || host.kind !== "teams" || notified.has(host.teams)) return;
    notified.add(host.teams);
    host.teams.notifySuccess();
  }, [loaded, host]);
}

// Loads one API resource and keeps its loading / ready / error state; `reload` tries again.
// A null path means "nothing to load yet" (e.g. no circle picked).

import { useCallback, useEffect, useState } from "react";
import type { TabError } from "./api-client";
import { useApiClient } from "./ApiClientContext";

export type ResourceState<T> =
  | { status: "idle" }
  | { status: "loading" }
  | { status: "ready"; data: T }
  | { status: "error"; error: TabError };

export type Resource<T> = ResourceState<T> & { reload: () => void };

export function useApiResource<T>(path: string | null): Resource<T> {
  const client = useApiClient();
  const [attempt, setAttempt] = useState(0);
  const [loaded, setLoaded] = useState<{ key: string; state: ResourceState<T> } | null>(null);
  const key = `${path}#${attempt}`;

  useEffect(() => {
    if (path === null) return;
    const controller = new AbortController();
    client.get<T>(path, controller.signal).then(
      (result) => {
        if (controller.signal.aborted) return;
        setLoaded({ key, state: result.ok ? { status: "ready", data: result.data } : { status: "error", error: result.error } });
      },
      () => undefined, // aborted: a newer request owns the state
    );
    return () => controller.abort();
  }, [client, path, key]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  // State from an earlier path or attempt is never shown as the current one.
  const state: ResourceState<T> =
    path === null ? { status: "idle" } : loaded?.key === key ? loaded.state : { status: "loading" };
  return { ...state, reload };
}

// GET /api/me/shoutouts: the person's shoutouts received or given, newest first, loaded a page
// at a time ("Show more" asks for the page after the last cursor).

import { useCallback, useEffect, useState } from "react";
import type { MyShoutoutsResponse, MyShoutoutView } from "../../../shared/api/types";
import type { TabError } from "./api-client";
import { useApiClient } from "./ApiClientContext";
import { withPerson } from "./usePreviewPerson";

export type ShoutoutDirection = MyShoutoutsResponse["direction"];

export interface MyShoutouts {
  status: "loading" | "ready" | "error";
  items: MyShoutoutView[];
  /** More pages exist. */
  hasMore: boolean;
  loadingMore: boolean;
  error?: TabError;
  loadMore: () => void;
  reload: () => void;
}

const PAGE_SIZE = 20;

export function useMyShoutouts(direction: ShoutoutDirection, personId: string | undefined): MyShoutouts {
  const client = useApiClient();
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<{ key: string; items: MyShoutoutView[]; next: string | null; error?: TabError; loadingMore: boolean } | null>(null);
  const key = `${direction}|${personId}|${attempt}`;
  const path = useCallback(
    (before: string | null) => withPerson(`/api/me/shoutouts?direction=${direction}&limit=${PAGE_SIZE}${before ? `&before=${encodeURIComponent(before)}` : ""}`, personId),
    [direction, personId],
  );

  useEffect(() => {
    const controller = new AbortController();
    client.get<MyShoutoutsResponse>(path(null), controller.signal).then(
      (result) => {
        if (controller.signal.aborted) return;
        setState(result.ok ? { key, items: result.data.items, next: result.data.next, loadingMore: false } : { key, items: [], next: null, error: result.error, loadingMore: false });
      },
      () => undefined,
    );
    return () => controller.abort();
  }, [client, path, key]);

  const current = state?.key === key ? state : null;
  const loadMore = useCallback(() => {
    if (!current?.next || current.loadingMore) return;
    setState({ ...current, loadingMore: true });
    void client.get<MyShoutoutsResponse>(path(current.next)).then((result) => {
      setState((latest) => {
        if (latest?.key !== current.key) return latest;
        return result.ok
          ? { ...latest, items: [...latest.items, ...result.data.items], next: result.data.next, loadingMore: false, error: undefined }
          : { ...latest, loadingMore: false, error: result.error };
      });
    });
  }, [client, path, current]);
  const reload = useCallback(() => setAttempt((n) => n + 1), []);

  if (!current) return { status: "loading", items: [], hasMore: false, loadingMore: false, loadMore, reload };
  const failedFirst = current.error !== undefined && current.items.length === 0;
  return {
    status: failedFirst ? "error" : "ready",
    items: current.items,
    hasMore: current.next !== null,
    loadingMore: current.loadingMore,
    ...(current.error ? { error: current.error } : {}),
    loadMore,
    reload,
  };
}

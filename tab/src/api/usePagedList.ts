// A list the API serves in pages (`items` + `nextCursor`): the first page as a resource, and
// `loadMore` appending the next ones. A new path (other filters, other language) starts over.

import { useCallback, useState } from "react";
import type { Page } from "../../../shared/api/types";
import type { TabError } from "./api-client";
import { useApiClient } from "./ApiClientContext";
import { useApiResource, type Resource } from "./useApiResource";

export interface PagedList<P extends Page<unknown>> {
  /** The first page's resource, its items followed by every page loaded since. */
  list: Resource<P>;
  loadMore: () => void;
  loadingMore: boolean;
  moreError: TabError | null;
  /** Replaces items in place (after a +1) or puts new ones first (after giving). */
  update: (change: (page: P) => P) => void;
}

export function usePagedList<P extends Page<unknown>>(path: string): PagedList<P> {
  const client = useApiClient();
  const first = useApiResource<P>(path);
  const loaded = first.status === "ready" ? first.data : undefined;
  const [state, setState] = useState<{ from: P; page: P; loadingMore: boolean; moreError: TabError | null } | null>(null);
  const current = state && state.from === loaded ? state : loaded ? { from: loaded, page: loaded, loadingMore: false, moreError: null } : null;

  const loadMore = useCallback(() => {
    if (!current || current.loadingMore || !current.page.nextCursor) return;
    const { from, page } = current;
    setState({ ...current, loadingMore: true, moreError: null });
    const separator = path.includes("?") ? "&" : "?";
    void client.get<P>(`${path}${separator}cursor=${encodeURIComponent(page.nextCursor!)}`).then((result) =>
      setState((before) => {
        const base = before && before.from === from ? before : { from, page, loadingMore: true, moreError: null };
        if (!result.ok) return { ...base, loadingMore: false, moreError: result.error };
        return { from, page: { ...result.data, items: [...base.page.items, ...result.data.items] }, loadingMore: false, moreError: null };
      }),
    );
  }, [client, path, current]);

  const update = useCallback(
    (change: (page: P) => P) =>
      setState((before) => {
        if (!loaded) return before;
        const base = before && before.from === loaded ? before : { from: loaded, page: loaded, loadingMore: false, moreError: null };
        return { ...base, page: change(base.page) };
      }),
    [loaded],
  );

  const list: Resource<P> = current ? { status: "ready", data: current.page, reload: first.reload } : first;
  return { list, loadMore, loadingMore: current?.loadingMore ?? false, moreError: current?.moreError ?? null, update };
}

// Renders an API resource: its loading state, its error (with retry), or the loaded data.

import type { ReactNode } from "react";
import type { Resource } from "../api/useApiResource";
import { ErrorState } from "./ErrorState";
import { LoadingState } from "./LoadingState";

interface ResourceViewProps<T> {
  resource: Resource<T>;
  loadingLabel: string;
  errorTitle: string;
  children: (data: T) => ReactNode;
}

export function ResourceView<T>({ resource, loadingLabel, errorTitle, children }: ResourceViewProps<T>) {
  switch (resource.status) {
    case "idle":
      return null;
    case "loading":
      return <LoadingState label={loadingLabel} />;
    case "error":
      return <ErrorState title={errorTitle} error={resource.error} onRetry={resource.reload} />;
    case "ready":
      return <>{children(resource.data)}</>;
  }
}

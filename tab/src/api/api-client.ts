// The tab's client for the JSON API under /api. Inside Teams every request carries the
// user's Teams SSO token. Failures come back as values the error state can explain.

import type { ApiError } from "../../../shared/api/types";

export type TabError =
  /** The API answered with its error body: its message is meant for the user. */
  | { kind: "api"; status: number; code: string; message: string }
  /** An error status without the API's error body (a proxy, a crashed server). */
  | { kind: "http"; status: number }
  | { kind: "network" }
  /** Teams couldn't give us a token. */
  | { kind: "sign-in"; detail: string };

export type ApiResult<T> = { ok: true; data: T } | { ok: false; error: TabError };

export interface ApiClient {
  get<T>(path: string, signal?: AbortSignal): Promise<ApiResult<T>>;
  /** Sends `body` as JSON; answers the changed resource. */
  patch<T>(path: string, body: unknown): Promise<ApiResult<T>>;
  /** Sends `body` as JSON; answers what was created or done. */
  post<T>(path: string, body: unknown): Promise<ApiResult<T>>;
  /** Answers `undefined` when the resource is gone (204). */
  delete(path: string): Promise<ApiResult<undefined>>;
}

export function createApiClient(getToken?: () => Promise<string>): ApiClient {
  async function request<T>(path: string, init: { method: string; body?: unknown; signal?: AbortSignal }): Promise<ApiResult<T>> {
    const headers: Record<string, string> = { Accept: "application/json" };
    if (init.body !== undefined) headers["Content-Type"] = "application/json";
    if (getToken) {
      try {
        headers.Authorization = `Bearer ${await getToken()}`;
      } catch (error) {
        return { ok: false, error: { kind: "sign-in", detail: describe(error) } };
      }
    }

    let response: Response;
    try {
      const body = init.body === undefined ? undefined : JSON.stringify(init.body);
      response = await fetch(path, { method: init.method, headers, body, signal: init.signal });
    } catch (error) {
      if (init.signal?.aborted) throw error;
      return { ok: false, error: { kind: "network" } };
    }

    const body: unknown = await response.json().catch(() => undefined);
    if (response.ok && (body !== undefined || response.status === 204)) return { ok: true, data: body as T };
    if (isApiError(body)) {
      return { ok: false, error: { kind: "api", status: response.status, ...body.error } };
    }
    return { ok: false, error: { kind: "http", status: response.status } };
  }

  return {
    get: (path, signal) => request(path, { method: "GET", signal }),
    patch: (path, body) => request(path, { method: "PATCH", body }),
    post: (path, body) => request(path, { method: "POST", body }),
    delete: (path) => request(path, { method: "DELETE" }),
  };
}

function isApiError(body: unknown): body is ApiError {
  const error = (body as Partial<ApiError> | undefined)?.error;
  return typeof error?.message === "string" && typeof error.code === "string";
}

function describe(error: unknown): string {
  if (error instanceof Error) return error.message;
  return typeof error === "string" ? error : "unknown error";
}

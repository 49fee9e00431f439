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
}

export function createApiClient(getToken?: () => Promise<string>): ApiClient {
  return {
    async get<T>(path: string, signal?: AbortSignal): Promise<ApiResult<T>> {
      const headers: Record<string, string> = { Accept: "application/json" };
      if (getToken) {
        try {
          headers.Authorization = `Bearer ${await getToken()}`;
        } catch (error) {
          return { ok: false, error: { kind: "sign-in", detail: describe(error) } };
        }
      }

      let response: Response;
      try {
        response = await fetch(path, { headers, signal });
      } catch (error) {
        if (signal?.aborted) throw error;
        return { ok: false, error: { kind: "network" } };
      }

      const body: unknown = await response.json().catch(() => undefined);
      if (response.ok && body !== undefined) return { ok: true, data: body as T };
      if (isApiError(body)) {
        return { ok: false, error: { kind: "api", status: response.status, ...body.error } };
      }
      return { ok: false, error: { kind: "http", status: response.status } };
    },
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

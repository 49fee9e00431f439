// Errors the tab API returns on purpose: a status, a stable code and a message people can read.

import type { ApiError } from "../../shared/api/types";

export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }

  body(): ApiError {
    return { error: { code: this.code, message: this.message } };
  }
}

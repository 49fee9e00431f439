// When to try a failed post again: exponential backoff with full jitter (a random delay between
// zero and the exponential step, so many failed posts do not come back in lockstep), starting
// around 2 s and capped at 5 minutes; a Retry-After from Teams wins over our own guess. Retries
// stop at a deadline (30 minutes after the session was written, and never after its window).

export interface RetryPolicy {
  /** The first step of the exponential backoff. */
  baseMs: number;
  /** No computed delay is longer than this (Retry-After may be). */
  capMs: number;
  /** How long after the first attempt posting is given up. */
  giveUpAfterMs: number;
  /** Full jitter can draw a delay close to zero; wait at least this long. */
  minMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = { baseMs: 2_000, capMs: 5 * 60_000, giveUpAfterMs: 30 * 60_000, minMs: 250 };

/** The delay before attempt `attempt + 1`, after `attempt` (1-based) failed attempts. */
export function retryDelayMs(policy: RetryPolicy, attempt: number, retryAfterMs: number | undefined, random: () => number = Math.random): number {
  if (retryAfterMs !== undefined) return Math.max(retryAfterMs, 0);
  const step = Math.min(policy.capMs, policy.baseMs * 2 ** Math.max(0, attempt - 1));
  return Math.max(policy.minMs, Math.floor(random() * step));
}

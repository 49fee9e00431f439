// Client-side rate limits for proactive posts, so the scheduler stays inside what Teams allows
// instead of learning it from 429s: per conversation (Microsoft's published figures: 7 per
// second, 8 per 2 s, 60 per 30 s, 1800 per hour) and per tenant (30 per second; published figures
// say 30 or 50, we plan for 30).
//
// Each limit is a sliding window over the recent send times rather than a refilling token bucket:
// a bucket of 7 refilling at 7/s lets 14 through in one second at a window boundary, which a
// service that counts per window answers with 429. A conversation sees a few posts a day, so the
// kept send times are few; keys whose windows are empty are dropped.
//
// Pure logic: time comes in as milliseconds on any monotonic clock.

export interface RateLimit {
  count: number;
  perMs: number;
}

export const TEAMS_CONVERSATION_LIMITS: readonly RateLimit[] = [
  { count: 7, perMs: 1_000 },
  { count: 8, perMs: 2_000 },
  { count: 60, perMs: 30_000 },
  { count: 1800, perMs: 3_600_000 },
];

export const TEAMS_TENANT_LIMITS: readonly RateLimit[] = [{ count: 30, perMs: 1_000 }];

export interface RateLimiterOptions {
  conversation?: readonly RateLimit[];
  tenant?: readonly RateLimit[];
}

/** Send times of one key, oldest first, kept as long as the longest window needs them. */
class Window {
  private times: number[] = [];
  private start = 0;
  private readonly longestMs: number;

  constructor(private readonly limits: readonly RateLimit[]) {
    this.longestMs = Math.max(0, ...limits.map((limit) => limit.perMs));
  }

  /** Milliseconds until one more send fits every limit (0: it fits now). */
  waitMs(now: number): number {
    let wait = 0;
    for (const { count, perMs } of this.limits) {
      const inWindow = this.countSince(now - perMs);
      // The send that must leave the window first is the count-th most recent one.
      if (inWindow >= count) wait = Math.max(wait, this.times[this.times.length - count]! + perMs - now);
    }
    return wait;
  }

  record(now: number): void {
    this.times.push(now);
    while (this.start < this.times.length && this.times[this.start]! <= now - this.longestMs) this.start++;
    if (this.start > 64 && this.start * 2 > this.times.length) {
      this.times = this.times.slice(this.start);
      this.start = 0;
    }
  }

  idle(now: number): boolean {
    return this.times.length === 0 || this.times[this.times.length - 1]! <= now - this.longestMs;
  }

  private countSince(from: number): number {
    // Binary search for the first send inside the window (times are non-decreasing).
    let lo = this.start;
    let hi = this.times.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.times[mid]! > from) hi = mid;
      else lo = mid + 1;
    }
    return this.times.length - lo;
  }
}

export class RateLimiter {
  private readonly conversationLimits: readonly RateLimit[];
  private readonly tenantLimits: readonly RateLimit[];
  private readonly conversations = new Map<string, Window>();
  private readonly tenants = new Map<string, Window>();
  private lastSweep = 0;

  constructor(options: RateLimiterOptions = {}) {
    this.conversationLimits = options.conversation ?? TEAMS_CONVERSATION_LIMITS;
    this.tenantLimits = options.tenant ?? TEAMS_TENANT_LIMITS;
  }

  /**
   * Takes a slot for one send to the conversation in the tenant when both have one, returning 0;
   * otherwise takes nothing and returns how many milliseconds to wait before asking again.
   */
  take(conversationId: string, tenantId: string, now: number): number {
    this.sweep(now);
    const conversation = this.window(this.conversations, conversationId, this.conversationLimits);
    const tenant = this.window(this.tenants, tenantId, this.tenantLimits);
    const wait = Math.max(conversation.waitMs(now), tenant.waitMs(now));
    if (wait > 0) return wait;
    conversation.record(now);
    tenant.record(now);
    return 0;
  }

  /** How many conversations and tenants are tracked (for tests and logs). */
  get size(): { conversations: number; tenants: number } {
    return { conversations: this.conversations.size, tenants: this.tenants.size };
  }

  private window(map: Map<string, Window>, key: string, limits: readonly RateLimit[]): Window {
    let window = map.get(key);
    if (!window) {
      window = new Window(limits);
      map.set(key, window);
    }
    return window;
  }

  /** Drops keys with no send inside the longest window, at most once per minute. */
  private sweep(now: number): void {
    if (now - this.lastSweep < 60_000) return;
    this.lastSweep = now;
    for (const map of [this.conversations, this.tenants]) {
      for (const [key, window] of map) if (window.idle(now)) map.delete(key);
    }
  }
}

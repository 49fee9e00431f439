// Rate limits for what people do with the bot (commands and card actions): a token bucket per
// person and one per circle. A person may act in a short burst and then at a steady pace; a
// circle's bucket caps what a whole conversation can ask of the server, so a script with many
// accounts cannot flood it either.
//
// Pure logic: time comes in as milliseconds. Memory stays bounded: a bucket that has refilled
// completely is the same as no bucket and is dropped at the next sweep, and beyond `maxKeys`
// the least recently used buckets go first.

export interface BucketRule {
  /** Actions allowed in a burst. */
  capacity: number;
  /** The time in which an empty bucket refills completely (so the steady pace is capacity per this). */
  perMs: number;
}

/** `null` switches that limit off. */
export interface RateLimitRules {
  person: BucketRule | null;
  circle: BucketRule | null;
}

export type RateVerdict =
  | { allowed: true }
  | {
      allowed: false;
      /** Which bucket was empty. */
      scope: "person" | "circle";
      /** When one more action fits. */
      retryAfterMs: number;
      /** The first refusal since this bucket last let something through: say so once, then stay quiet. */
      first: boolean;
    };

interface Bucket {
  tokens: number;
  at: number;
  refused: boolean;
}

/** Token buckets for one kind of key. */
export class TokenBuckets {
  private readonly buckets = new Map<string, Bucket>();
  private readonly perTokenMs: number;
  private lastSweep = -Infinity;

  constructor(
    private readonly rule: BucketRule,
    private readonly maxKeys = 100_000,
  ) {
    if (!(rule.capacity >= 1) || !(rule.perMs > 0)) throw new RangeError("a bucket needs a capacity of at least 1 and a positive refill time");
    this.perTokenMs = rule.perMs / rule.capacity;
  }

  /** How many keys hold a bucket (for tests and metrics). */
  get size(): number {
    return this.buckets.size;
  }

  /** Milliseconds until `key` can take one token (0: now). */
  waitMs(key: string, now: number): number {
    return this.wait(this.tokens(this.buckets.get(key), now));
  }

  /** Takes one token if there is one; otherwise marks the refusal. */
  take(key: string, now: number): { ok: true } | { ok: false; retryAfterMs: number; first: boolean } {
    this.sweep(now);
    const bucket = this.buckets.get(key);
    const tokens = this.tokens(bucket, now);
    const retryAfterMs = this.wait(tokens);
    if (retryAfterMs === 0) {
      this.put(key, { tokens: Math.max(0, tokens - 1), at: now, refused: false });
      return { ok: true };
    }
    const first = !bucket?.refused;
    this.put(key, { tokens, at: now, refused: true });
    return { ok: false, retryAfterMs, first };
  }

  /** Whole milliseconds until one token; the epsilon absorbs floating-point dust of the refill sums. */
  private wait(tokens: number): number {
    return Math.max(0, Math.ceil((1 - tokens) * this.perTokenMs - 1e-6));
  }

  private tokens(bucket: Bucket | undefined, now: number): number {
    if (!bucket) return this.rule.capacity;
    // A clock that went back never takes tokens away.
    const elapsed = Math.max(0, now - bucket.at);
    return Math.min(this.rule.capacity, bucket.tokens + elapsed / this.perTokenMs);
  }

  /** Re-inserted on every use, so the map's order is least recently used first. */
  private put(key: string, bucket: Bucket): void {
    this.buckets.delete(key);
    this.buckets.set(key, bucket);
    while (this.buckets.size > this.maxKeys) this.buckets.delete(this.buckets.keys().next().value!);
  }

  /** Drops the buckets that have refilled (at most once per refill time, so the cost is spread). */
  private sweep(now: number): void {
    if (now - this.lastSweep < this.rule.perMs) return;
    this.lastSweep = now;
    for (const [key, bucket] of this.buckets) {
      if (this.tokens(bucket, now) >= this.rule.capacity - 1e-9) this.buckets.delete(key);
    }
  }
}

/** The person's and the circle's bucket together: an action needs a token from both. */
export class ActionRateLimiter {
  private readonly people: TokenBuckets | null;
  private readonly circles: TokenBuckets | null;

  constructor(rules: RateLimitRules, maxKeys = 100_000) {
    this.people = rules.person && new TokenBuckets(rules.person, maxKeys);
    this.circles = rules.circle && new TokenBuckets(rules.circle, maxKeys);
  }

  get size(): { people: number; circles: number } {
    return { people: this.people?.size ?? 0, circles: this.circles?.size ?? 0 };
  }

  /**
   * One action of `person` in `circle`. The person's bucket is asked first and the circle's
   * only when that allows it, so someone who is refused spends none of the circle's budget.
   */
  check(person: string, circle: string, now: number): RateVerdict {
    // Checked before taking, so a refusal by the circle costs the person nothing either.
    if (this.circles && (this.people?.waitMs(person, now) ?? 0) === 0) {
      const fromCircle = this.circles.take(circle, now);
      if (!fromCircle.ok) return { allowed: false, scope: "circle", retryAfterMs: fromCircle.retryAfterMs, first: fromCircle.first };
    }
    const fromPerson = this.people?.take(person, now) ?? { ok: true as const };
    if (!fromPerson.ok) return { allowed: false, scope: "person", retryAfterMs: fromPerson.retryAfterMs, first: fromPerson.first };
    return { allowed: true };
  }
}

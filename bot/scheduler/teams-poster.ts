// Posts cards into a circle's conversation on the bot's own initiative (proactive messages) and
// updates them later, through the same CloudAdapter that serves /api/messages. Each call waits for
// a rate-limit slot, makes exactly one request to the Bot Connector, and returns what happened as
// a value: posted, retryable (429, 412, 5xx, network; with Retry-After when Teams sent one), gone
// (403: the bot was removed or blocked; 404: the conversation no longer exists) or permanent.

import type { IAdaptiveCard } from "@microsoft/teams.cards";
import type { CloudAdapter, ConversationReference, TurnContext } from "botbuilder";
import type { Circle, StoredConversationReference } from "../../shared/circles/types";
import { cardAttachment } from "../cards/card";
import { RateLimiter } from "./rate-limiter";

export type PostOutcome = { ok: true; activityId: string } | PostFailure;

export interface PostFailure {
  ok: false;
  kind: "retryable" | "gone" | "permanent";
  /** The HTTP status Teams answered with; absent for network errors. */
  status?: number;
  /** When Teams said when to come back (Retry-After), in milliseconds from now. */
  retryAfterMs?: number;
  /** Short and free of message content: status and error code, for logs and `lastError`. */
  reason: string;
}

/** What the scheduler needs from Teams; tests and the benchmark use the real one against a stand-in connector. */
export interface CardPoster {
  /** Posts the card as a new message in the circle's conversation (in a channel: a new post, not a reply). */
  post(circle: Circle, card: IAdaptiveCard): Promise<PostOutcome>;
  /** Replaces a message the bot posted earlier. */
  updateCard(circle: Circle, activityId: string, card: IAdaptiveCard): Promise<PostOutcome>;
}

export interface TeamsPosterOptions {
  adapter: CloudAdapter;
  /** The bot's app id; "" in local mode (anonymous: no token is sent). */
  appId: string;
  limiter?: RateLimiter;
  /** Milliseconds on a monotonic clock for the rate limits: real seconds, whatever the scheduler's clock says. */
  clock?: () => number;
  sleep?: (ms: number) => Promise<void>;
  /**
   * The longest wait for a rate-limit slot. A longer one is returned as a retryable outcome with
   * that wait as Retry-After, so a session's lease is not held while it waits.
   */
  maxSlotWaitMs?: number;
  /** An attempt Teams has not answered by then counts as a retryable failure. */
  timeoutMs?: number;
}

const RETRYABLE_STATUS = new Set([408, 412, 429, 500, 502, 503, 504]);
const GONE_STATUS = new Set([403, 404]);

export class TeamsPoster implements CardPoster {
  private readonly limiter: RateLimiter;
  private readonly clock: () => number;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly maxSlotWaitMs: number;
  private readonly timeoutMs: number;

  constructor(private readonly options: TeamsPosterOptions) {
    this.limiter = options.limiter ?? new RateLimiter();
    this.clock = options.clock ?? (() => performance.now());
    this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    this.maxSlotWaitMs = options.maxSlotWaitMs ?? 10_000;
    this.timeoutMs = options.timeoutMs ?? 30_000;
  }

  post(circle: Circle, card: IAdaptiveCard): Promise<PostOutcome> {
    return this.call(circle, async (context) => {
      // The continuation turn makes every send a reply to its own (made-up) activity id; without
      // replyToId the connector gets POST /conversations/{id}/activities: a new message.
      context.onSendActivities(async (_context, activities, next) => {
        for (const activity of activities) delete activity.replyToId;
        return next();
      });
      const response = await context.sendActivity({ type: "message", attachments: [cardAttachment(card)] });
      return response?.id ?? "";
    });
  }

  updateCard(circle: Circle, activityId: string, card: IAdaptiveCard): Promise<PostOutcome> {
    return this.call(circle, async (context) => {
      await context.updateActivity({ type: "message", id: activityId, attachments: [cardAttachment(card)] });
      return activityId;
    });
  }

  private async call(circle: Circle, send: (context: TurnContext) => Promise<string>): Promise<PostOutcome> {
    const wait = await this.waitForSlot(circle);
    if (wait > 0) return { ok: false, kind: "retryable", retryAfterMs: wait, reason: "rate limit (client side)" };
    let outcome: PostOutcome | undefined;
    const attempt = this.options.adapter
      .continueConversationAsync(this.options.appId, postingReference(circle.reference), async (context) => {
        withoutHiddenRetries(context, this.options.adapter);
        // Caught here: an error escaping the turn would reach the adapter's onTurnError, which
        // writes an apology into the conversation (another request that would fail the same way).
        try {
          outcome = { ok: true, activityId: await send(context) };
        } catch (error) {
          outcome = classifyFailure(error);
        }
      })
      .then(
        (): PostOutcome => outcome ?? { ok: false, kind: "permanent", reason: "the adapter did not run the turn" },
        (error: unknown) => classifyFailure(error),
      );
    return withTimeout(attempt, this.timeoutMs);
  }

  /** Waits for a slot in the conversation's and the tenant's limits; returns 0 once taken, or the wait it refused. */
  private async waitForSlot(circle: Circle): Promise<number> {
    const conversationId = baseConversationId(circle.reference.conversation.id);
    const started = this.clock();
    for (;;) {
      const now = this.clock();
      const wait = this.limiter.take(conversationId, circle.tenantId, now);
      if (wait === 0) return 0;
      if (now - started + wait > this.maxSlotWaitMs) return Math.ceil(wait);
      await this.sleep(wait);
    }
  }
}

/**
 * Sorts a failed call into retryable, gone and permanent. botbuilder surfaces connector errors as
 * @azure/core-rest-pipeline RestErrors: `statusCode`, `code` (Teams' error code from the body,
 * e.g. "BotNotInConversationRoster") and `response.headers.get()`; network errors carry a Node
 * error code (ECONNREFUSED, ...) and no status. Errors without a status are treated as retryable:
 * the retry deadline bounds them.
 */
export function classifyFailure(error: unknown, now: number = Date.now()): PostFailure {
  const e = (error ?? {}) as { statusCode?: unknown; code?: unknown; name?: unknown; response?: { headers?: { get(name: string): string | undefined } } };
  const status = typeof e.statusCode === "number" ? e.statusCode : undefined;
  const code = typeof e.code === "string" ? e.code : typeof e.name === "string" ? e.name : "Error";
  if (status === undefined) return { ok: false, kind: "retryable", reason: `no answer (${code})` };
  const reason = `HTTP ${status} ${code}`.trim();
  if (RETRYABLE_STATUS.has(status)) {
    const retryAfterMs = parseRetryAfter(e.response?.headers?.get("retry-after"), now);
    return { ok: false, kind: "retryable", status, reason, ...(retryAfterMs !== undefined ? { retryAfterMs } : {}) };
  }
  if (GONE_STATUS.has(status)) return { ok: false, kind: "gone", status, reason };
  return { ok: false, kind: "permanent", status, reason };
}

/** Retry-After as delta-seconds or an HTTP-date, in milliseconds from `now`; undefined when absent or unreadable. */
export function parseRetryAfter(value: string | undefined | null, now: number): number | undefined {
  if (value === undefined || value === null || value.trim() === "") return undefined;
  const text = value.trim();
  if (/^\d+(\.\d+)?$/.test(text)) return Math.round(Number(text) * 1000);
  const date = Date.parse(text);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** Without `;messageid=` (a thread in a channel) and without the activity it came from: posts become new messages, not replies. */
function postingReference(reference: StoredConversationReference): Partial<ConversationReference> {
  const { activityId: _thread, ...rest } = reference;
  return { ...rest, conversation: { ...reference.conversation, id: baseConversationId(reference.conversation.id) } } as Partial<ConversationReference>;
}

function baseConversationId(id: string): string {
  const thread = id.indexOf(";messageid=");
  return thread < 0 ? id : id.slice(0, thread);
}

/**
 * The connector client retries 429 and 5xx up to three times inside one call, sleeping for
 * Retry-After (even minutes) while our lease and concurrency slot are held, and hiding the
 * attempts from our rate limits and logs. The scheduler has its own retry policy, so the hidden
 * one is removed from the (per-call) client's pipeline. If botbuilder ever changes this
 * structure, the calls still work, just with the hidden retries back.
 */
function withoutHiddenRetries(context: TurnContext, adapter: CloudAdapter): void {
  const connector = context.turnState.get(adapter.ConnectorClientKey) as
    | { client?: { pipeline?: { removePolicy(options: { name: string }): unknown } } }
    | undefined;
  connector?.client?.pipeline?.removePolicy({ name: "defaultRetryPolicy" });
}

function withTimeout(attempt: Promise<PostOutcome>, ms: number): Promise<PostOutcome> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<PostOutcome>((resolve) => {
    timer = setTimeout(() => resolve({ ok: false, kind: "retryable", reason: `no answer within ${ms} ms` }), ms);
  });
  return Promise.race([attempt, timeout]).finally(() => clearTimeout(timer));
}

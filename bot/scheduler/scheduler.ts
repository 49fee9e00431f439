// The ritual scheduler: every few seconds it turns due schedules into sessions (the outbox),
// posts pending sessions through their ritual's opener, and closes sessions whose window has
// ended. All coordination goes through leases in the store, so any number of instances can run
// side by side and each occurrence is posted once. Store logic lives in shared/scheduler; this
// is the imperative shell around it: the timer, the posts, retries and their bookkeeping.

import { randomUUID } from "node:crypto";
import type { IAdaptiveCard } from "@microsoft/teams.cards";
import type { Logger } from "pino";
import { CircleRepository } from "../../shared/circles/repository";
import type { Circle } from "../../shared/circles/types";
import type { RitualId } from "../../shared/rituals/types";
import {
  claimClosing,
  claimDue,
  claimPending,
  markClosed,
  markFailed,
  markMissed,
  markPosted,
  markRetry,
  recordDueOccurrences,
  releaseAllLeases,
  releaseSchedule,
  releaseSession,
  syncAllSchedules,
  syncSchedules,
} from "../../shared/scheduler";
import type { Session } from "../../shared/sessions/types";
import type { Store } from "../../shared/store/types";
import type { RitualOpener } from "../rituals/types";
import { DEFAULT_RETRY_POLICY, retryDelayMs, type RetryPolicy } from "./retry-policy";
import type { CardPoster, PostFailure } from "./teams-poster";

export interface RitualSchedulerOptions {
  store: Store;
  poster: CardPoster;
  logger: Logger;
  /** What each ritual posts when it opens and closes; the app passes the ritual registry. */
  openers: Partial<Record<RitualId, RitualOpener>>;
  /** The clock for schedules and sessions (tests move it by hand). Rate limits always use real time. */
  now?: () => Date;
  /** How often the scheduler looks for work; default 5 s. */
  tickMs?: number;
  /** How long a claim is held before another instance may take over; default 2 minutes. */
  leaseMs?: number;
  /** Posts in flight at once; default 16. */
  concurrency?: number;
  retry?: Partial<RetryPolicy>;
  /** Jitter source, for deterministic tests. */
  random?: () => number;
  /** This process's id in leases; random by default. */
  instanceId?: string;
  /** Sync every active circle's schedules when started (repairs a crash between a settings save and its sync); default true. */
  syncOnStart?: boolean;
}

/** What one tick did. */
export interface TickReport {
  /** Pending sessions written from due schedules. */
  recorded: number;
  /** Occurrences recorded as missed, or pending ones skipped because the circle was paused meanwhile. */
  missed: number;
  posted: number;
  retried: number;
  failed: number;
  closed: number;
}

type Phase = "open" | "close";

export class RitualScheduler {
  readonly instanceId: string;
  private readonly store: Store;
  private readonly circles: CircleRepository;
  private readonly poster: CardPoster;
  private readonly logger: Logger;
  private readonly openers: Partial<Record<RitualId, RitualOpener>>;
  private readonly now: () => Date;
  private readonly tickMs: number;
  private readonly leaseMs: number;
  private readonly concurrency: number;
  private readonly retry: RetryPolicy;
  private readonly random: () => number;
  private readonly syncOnStart: boolean;

  private started = false;
  private stopping = false;
  private startup: Promise<void> = Promise.resolve();
  private running: Promise<TickReport> | null = null;
  private again = false;
  private timer: NodeJS.Timeout | undefined;
  private timerAt = Infinity;

  constructor(options: RitualSchedulerOptions) {
    this.store = options.store;
    this.circles = new CircleRepository(options.store);
    this.poster = options.poster;
    this.openers = options.openers;
    this.now = options.now ?? (() => new Date());
    this.tickMs = options.tickMs ?? 5_000;
    this.leaseMs = options.leaseMs ?? 120_000;
    this.concurrency = Math.max(1, options.concurrency ?? 16);
    this.retry = { ...DEFAULT_RETRY_POLICY, ...options.retry };
    this.random = options.random ?? Math.random;
    this.syncOnStart = options.syncOnStart ?? true;
    this.instanceId = options.instanceId ?? `scheduler-${randomUUID()}`;
    this.logger = options.logger.child({ component: "scheduler", instance: this.instanceId });
  }

  /** Starts ticking (first tick right away). */
  start(): void {
    if (this.started) return;
    this.started = true;
    this.stopping = false;
    this.startup = (async () => {
      if (!this.syncOnStart) return;
      try {
        const circles = await syncAllSchedules(this.store, this.now());
        this.logger.info({ circles }, "schedules synced with circles");
      } catch (error) {
        this.logger.error({ err: error }, "could not sync schedules at start");
      }
    })();
    void this.startup.then(() => this.planRun(0));
    this.logger.info({ tickMs: this.tickMs, leaseMs: this.leaseMs, concurrency: this.concurrency }, "scheduler started");
  }

  /**
   * Stops taking work, waits for posts in flight, and gives back every lease it still holds —
   * what it claimed but did not start, and what failed half-way — so another instance can take
   * them at once.
   */
  async stop(): Promise<void> {
    if (!this.started) return;
    this.stopping = true;
    clearTimeout(this.timer);
    this.timer = undefined;
    this.timerAt = Infinity;
    await this.startup;
    await this.running?.catch(() => undefined);
    this.started = false;
    try {
      const released = await releaseAllLeases(this.store, this.instanceId);
      this.logger.info({ releasedSchedules: released.schedules, releasedSessions: released.sessions }, "scheduler stopped");
    } catch (error) {
      this.logger.error({ err: error }, "scheduler stopped; its leases could not be released and run out by themselves");
    }
  }

  /** Looks for work now instead of at the next tick (after "play now" wrote a session). */
  wake(): void {
    if (this.running) this.again = true;
    else if (this.started && !this.stopping) this.planRun(0);
  }

  /**
   * One pass: record due occurrences and post them, post other pending sessions (retries, "play
   * now"), close ended ones. With `now`, the whole pass sees that instant; without, it reads the
   * clock as it goes. A tick asked for while one runs joins it (a running scheduler then makes
   * another pass right after).
   */
  tick(now?: Date): Promise<TickReport> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    const clock = now ? () => now : this.now;
    this.running = this.pass(clock).finally(() => {
      this.running = null;
    });
    return this.running;
  }

  private async pass(clock: () => Date): Promise<TickReport> {
    const report: TickReport = { recorded: 0, missed: 0, posted: 0, retried: 0, failed: 0, closed: 0 };
    const owner = this.instanceId;
    const claim = (limit: number, now = clock()) => ({ now, owner, leaseMs: this.leaseMs, limit });
    // Due schedules are judged as of the pass's start: an occurrence is "late" (catch-up rule) when
    // it was overdue when the scheduler came to look, not because a burst of 10,000 took minutes to
    // write. Schedules falling due during the pass wait for the next one.
    const started = clock();
    await this.drain(
      (limit) => claimDue(this.store, claim(limit, started)),
      async (schedule) => {
        const leaseUntil = new Date(clock().getTime() + this.leaseMs);
        const result = await recordDueOccurrences(this.store, schedule, { now: started, owner, leaseUntil });
        report.missed += result.missed;
        if (!result.pending) return;
        report.recorded++;
        // Written leased to this instance: post it now, in the same slot.
        if (this.stopping) await releaseSession(this.store, result.pending._id, owner);
        else await this.open(result.pending, clock, report);
      },
      (schedule) => releaseSchedule(this.store, schedule._id, owner),
    );
    // Sessions still pending: retries that have come due, "play now", and any a crashed instance left.
    await this.drain(
      (limit) => claimPending(this.store, claim(limit)),
      (session) => this.open(session, clock, report),
      (session) => releaseSession(this.store, session._id, owner),
    );
    await this.drain(
      (limit) => claimClosing(this.store, claim(limit)),
      (session) => this.close(session, clock, report),
      (session) => releaseSession(this.store, session._id, owner),
    );
    if (Object.values(report).some((count) => count > 0)) this.logger.info(report, "scheduler tick");
    return report;
  }

  /**
   * Claims work in batches and handles it with at most `concurrency` items in flight, until
   * nothing is left to claim. When stopping, it finishes what is in flight and releases the rest.
   */
  private async drain<T extends { _id: string }>(
    claim: (limit: number) => Promise<T[]>,
    handle: (item: T) => Promise<void>,
    release: (item: T) => Promise<void>,
  ): Promise<void> {
    const queue: T[] = [];
    const inFlight = new Set<Promise<void>>();
    let exhausted = false;
    try {
      while (!this.stopping) {
        if (!exhausted && queue.length < this.concurrency) {
          const claimed = await claim(this.concurrency * 8);
          if (claimed.length === 0) exhausted = true;
          queue.push(...claimed);
        }
        while (queue.length > 0 && inFlight.size < this.concurrency && !this.stopping) {
          const item = queue.shift()!;
          const job: Promise<void> = handle(item)
            .catch((error: unknown) => this.logger.error({ err: error, id: item._id }, "scheduler work failed; its lease runs out and it is tried again"))
            .finally(() => inFlight.delete(job));
          inFlight.add(job);
        }
        if (inFlight.size === 0) {
          if (exhausted && queue.length === 0) break;
          continue;
        }
        if (exhausted || inFlight.size >= this.concurrency) await Promise.race(inFlight);
      }
    } finally {
      // Also when claiming failed (the store is unreachable): nothing is left running behind us.
      await Promise.all(inFlight);
      for (const item of queue) await release(item).catch(() => undefined);
    }
  }

  /** Posts a pending session's card. */
  private async open(session: Session, clock: () => Date, report: TickReport): Promise<void> {
    const owner = this.instanceId;
    const circle = await this.circles.get(session.circleId);
    if (!circle || !circle.active) {
      if (await markFailed(this.store, session, owner, "the circle is no longer active", false)) report.failed++;
      return;
    }
    // A pending session whose window has closed meanwhile (the process that wrote it died, and the
    // restart came later than its close): the catch-up rule records it as missed, never posts a round that is over.
    if (clock().getTime() >= session.closesAt.getTime()) {
      if (await markMissed(this.store, session, owner, "its window closed before it could be posted")) report.missed++;
      return;
    }
    if (session.trigger === "schedule") {
      const ritual = circle.settings.rituals.find((r) => r.ritualId === session.ritualId);
      if (circle.settings.paused || !ritual?.enabled) {
        const reason = circle.settings.paused ? "the circle was paused before it was posted" : "the ritual was switched off before it was posted";
        if (await markMissed(this.store, session, owner, reason)) report.missed++;
        return;
      }
    }
    const card = await this.card(session, async () => {
      const opener = this.openers[session.ritualId]!;
      const prepared = await this.prepare(opener, session, circle, clock);
      return opener.open({ circle, session: prepared, now: clock() });
    });
    if (!card.ok) {
      if (await markFailed(this.store, session, owner, card.reason, false)) report.failed++;
      return;
    }
    const outcome = await this.poster.post(circle, card.card);
    if (outcome.ok) {
      if (await markPosted(this.store, session, owner, outcome.activityId, clock())) {
        report.posted++;
        this.logger.debug({ session: session._id, late: session.late, attempts: session.attempts + 1 }, "session posted");
      } else {
        this.logger.error({ session: session._id }, "posted, but the lease had run out: another instance may post it too (raise leaseMs)");
      }
      return;
    }
    await this.failed(session, circle, outcome, "open", clock, report);
  }

  /** Posts a session's closing cards once its window has ended, then marks it closed. */
  private async close(session: Session, clock: () => Date, report: TickReport): Promise<void> {
    const owner = this.instanceId;
    const circle = await this.circles.get(session.circleId);
    if (!circle || !circle.active) {
      if (await markClosed(this.store, session, owner, clock(), "the circle is no longer active: closing cards not posted", false)) report.closed++;
      return;
    }
    const opener = this.openers[session.ritualId];
    let cards: Awaited<ReturnType<RitualOpener["close"]>>;
    try {
      cards = opener ? await opener.close({ circle, session, now: clock() }) : {};
    } catch (error) {
      const ref = randomUUID().slice(0, 8);
      this.logger.error({ err: error, ref, session: session._id }, "closing cards could not be built");
      if (await markClosed(this.store, session, owner, clock(), `closing cards could not be built (ref ${ref})`, false)) report.closed++;
      return;
    }
    if (cards.replaceWith && session.activityId) {
      const replaced = await this.poster.updateCard(circle, session.activityId, cards.replaceWith);
      // 404 on an update: the message itself was deleted; the summary can still be posted.
      if (!replaced.ok && !(replaced.status === 404)) return this.failed(session, circle, replaced, "close", clock, report);
    }
    if (cards.summary) {
      const posted = await this.poster.post(circle, cards.summary);
      if (!posted.ok) return this.failed(session, circle, posted, "close", clock, report);
    }
    if (await markClosed(this.store, session, owner, clock())) report.closed++;
  }

  /** Builds a card with the ritual's opener; a missing opener or a throwing one is a reason, not a crash. */
  /**
   * The ritual's own session data (today's questions, the secret word), computed once and stored
   * with the session before the first post, so a retry or another instance posts the same round.
   */
  private async prepare(opener: RitualOpener, session: Session, circle: Circle, clock: () => Date): Promise<Session> {
    if (!opener.prepare || session.data.prepared === true) return session;
    const data = { ...session.data, ...(await opener.prepare({ circle, session, now: clock() })), prepared: true };
    const saved = await this.store
      .collection<Session>("sessions")
      .findOneAndUpdate({ _id: session._id, state: session.state, leaseOwner: this.instanceId }, { $set: { data }, $inc: { version: 1 } }, { returnDocument: "after" });
    if (!saved) throw new Error("the lease on the session was lost while preparing it");
    return saved;
  }

  private async card(session: Session, build: () => Promise<IAdaptiveCard>): Promise<{ ok: true; card: IAdaptiveCard } | { ok: false; reason: string }> {
    if (!this.openers[session.ritualId]) {
      this.logger.warn({ session: session._id, ritualId: session.ritualId }, "no opener is registered for this ritual");
      return { ok: false, reason: `no opener is registered for ritual ${session.ritualId}` };
    }
    try {
      return { ok: true, card: await build() };
    } catch (error) {
      const ref = randomUUID().slice(0, 8);
      this.logger.error({ err: error, ref, session: session._id }, "the ritual's card could not be built");
      return { ok: false, reason: `the ritual's card could not be built (ref ${ref})` };
    }
  }

  /**
   * A post or update that did not work: the bot removed → the circle is deactivated and never
   * tried again; permanent → recorded; retryable → tried again after the backoff (or Retry-After)
   * unless that is past the deadline.
   */
  private async failed(session: Session, circle: Circle, failure: PostFailure, phase: Phase, clock: () => Date, report: TickReport): Promise<void> {
    const owner = this.instanceId;
    const now = clock();
    const attempt = session.attempts + 1;
    const giveUp = async (reason: string) => {
      const done =
        phase === "open" ? await markFailed(this.store, session, owner, reason, true) : await markClosed(this.store, session, owner, now, reason);
      if (done && phase === "open") report.failed++;
      if (done && phase === "close") report.closed++;
    };
    if (failure.kind === "gone") {
      this.logger.warn({ circle: circle._id, session: session._id, status: failure.status, reason: failure.reason }, "the bot can no longer post in this conversation: circle deactivated");
      const deactivated = await this.circles.deactivate(circle._id, now);
      if (deactivated) await syncSchedules(this.store, deactivated, now);
      return giveUp(`the bot was removed from the conversation (${failure.reason})`);
    }
    if (failure.kind === "permanent") {
      this.logger.error({ session: session._id, phase, status: failure.status, reason: failure.reason }, "Teams refused the post");
      return giveUp(failure.reason);
    }
    const deadline =
      phase === "open"
        ? Math.min(session.createdAt.getTime() + this.retry.giveUpAfterMs, session.closesAt.getTime())
        : session.closesAt.getTime() + this.retry.giveUpAfterMs;
    const next = new Date(now.getTime() + retryDelayMs(this.retry, attempt, failure.retryAfterMs, this.random));
    if (next.getTime() > deadline) {
      this.logger.error({ session: session._id, phase, attempts: attempt, reason: failure.reason }, "giving up after retries");
      return giveUp(`gave up after ${attempt} attempts: ${failure.reason}`);
    }
    if (await markRetry(this.store, session, owner, failure.reason, next)) {
      report.retried++;
      this.logger.warn({ session: session._id, phase, attempts: attempt, reason: failure.reason, retryAt: next }, "post failed; will retry");
      this.planRun(next.getTime() - now.getTime());
    }
  }

  /** Runs a tick after `delayMs` unless one is planned sooner. */
  private planRun(delayMs: number): void {
    if (!this.started || this.stopping) return;
    const at = Date.now() + Math.max(0, delayMs);
    if (this.timer && this.timerAt <= at) return;
    clearTimeout(this.timer);
    this.timerAt = at;
    this.timer = setTimeout(() => void this.run(), Math.max(0, delayMs));
    this.timer.unref();
  }

  private async run(): Promise<void> {
    this.timer = undefined;
    this.timerAt = Infinity;
    try {
      await this.tick();
    } catch (error) {
      this.logger.error({ err: error }, "scheduler tick failed");
    }
    const again = this.again;
    this.again = false;
    this.planRun(again ? 0 : this.tickMs);
  }
}

// The ritual scheduler's Teams side: the timer loop, proactive posts, rate limits and retries.
// Store-facing use cases (syncSchedules, openSessionNow, ...) are in shared/scheduler.

export { RitualScheduler, type RitualSchedulerOptions, type TickReport } from "./scheduler";
export { TeamsPoster, classifyFailure, parseRetryAfter, type CardPoster, type PostFailure, type PostOutcome, type TeamsPosterOptions } from "./teams-poster";
export { RateLimiter, TEAMS_CONVERSATION_LIMITS, TEAMS_TENANT_LIMITS, type RateLimit, type RateLimiterOptions } from "./rate-limiter";
export { DEFAULT_RETRY_POLICY, retryDelayMs, type RetryPolicy } from "./retry-policy";

// The scheduler's use cases over the store (no Teams code): keeping schedules in step with
// circles, claiming due work with leases, and the session outbox with its guarded transitions.

export type { ClaimOptions, Schedule } from "./types";
export { catchUp, LATE_AFTER_MS, MAX_MISSED_RECORDED, type CatchUp } from "./catch-up";
export { releaseAllLeases } from "./lease";
export { advanceSchedule, claimDue, plannedOccurrence, releaseSchedule, scheduleId, syncAllSchedules, syncSchedules } from "./schedules";
export {
  claimClosing,
  claimPending,
  markClosed,
  markFailed,
  markMissed,
  markPosted,
  markRetry,
  openSessionNow,
  recordDueOccurrences,
  releaseSession,
  sessionId,
  type RecordedOccurrences,
} from "./sessions";

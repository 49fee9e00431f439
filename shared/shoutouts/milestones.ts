// Milestones of a circle's wall: round numbers of shoutouts worth a celebration. Pure.

const STEPS = [10, 25, 50, 100, 250, 500, 1000, 2500, 5000];
/** A milestone is celebrated while its shoutout is among the wall's newest this many. */
export const MILESTONE_FRESH = 20;

/** The largest milestone reached with `total` shoutouts (after 5,000: every 5,000), or null below 10. */
export function milestoneReached(total: number): number | null {
  if (total >= 10_000) return Math.floor(total / 5000) * 5000;
  let reached: number | null = null;
  for (const step of STEPS) if (total >= step) reached = step;
  return reached;
}

/** True when the shoutout that made the total `total` was a milestone (the 100th, …). */
export function isMilestone(total: number): boolean {
  return total > 0 && milestoneReached(total) === total;
}

/** How many shoutouts newer than the milestone's one there are; null when there is none to celebrate now. */
export function milestoneOffset(total: number): { count: number; newer: number } | null {
  const count = milestoneReached(total);
  if (count === null || total - count >= MILESTONE_FRESH) return null;
  return { count, newer: total - count };
}

// The label key for what kind of conversation a circle lives in.

import type { CircleSummary } from "../../../shared/api/types";

export function circleKindKey(circle: Pick<CircleSummary, "kind" | "isMeeting">): string {
  return circle.isMeeting ? "circle.kind.meeting" : `circle.kind.${circle.kind}`;
}

// Request and response shapes of the tab's JSON API (served by bot/, used by tab/).

import type { ConversationKind, Locale, MemberRole } from "../circles/types";

/** GET /api/session — how the tab must authenticate. */
export interface SessionInfo {
  /** "local": no bot app id configured; the API serves every circle to the local preview. */
  mode: "local" | "teams";
}

export interface CircleSummary {
  id: string;
  name: string;
  kind: ConversationKind;
  isMeeting: boolean;
  teamName?: string;
  channelName?: string;
  memberCount: number;
  active: boolean;
}

export interface CircleMemberView {
  id: string;
  name: string;
  role: MemberRole;
}

/** GET /api/circles — the circles the caller may see (all of them in local mode). */
export interface CircleListResponse {
  circles: CircleSummary[];
}

/** GET /api/circles/:id — one circle with its members and (later) history and shoutouts. */
export interface CircleDetailsResponse extends CircleSummary {
  locale: Locale;
  installedAt: string;
  members: CircleMemberView[];
  facilitators: CircleMemberView[];
  /** Newest first. Empty until rituals run. */
  history: never[];
  /** Newest first. Empty until shoutouts are given. */
  shoutouts: never[];
}

/** Every error the API returns has this body, with a matching HTTP status. */
export interface ApiError {
  error: { code: string; message: string };
}

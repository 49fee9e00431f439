// Request and response shapes of the tab's JSON API (served by bot/, used by tab/).

import type { ConversationKind, Locale, MemberRole } from "../circles/types";
import type { Cadence, CircleSettings, CircleTemplateId, Opens, RitualId } from "../rituals/types";

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

/** A ritual of the catalog as the settings page shows it. */
export interface RitualInfo {
  id: RitualId;
  name: string;
  description: string;
  cadence: Cadence["kind"];
  opens: Opens;
  windowMinutes: number;
  /** False: "coming soon", cannot be switched on. */
  available: boolean;
}

export interface CircleTemplateInfo {
  id: CircleTemplateId;
  name: string;
  description: string;
  rituals: RitualId[];
}

export interface UpcomingMoment {
  ritualId: RitualId;
  /** ISO instant. */
  at: string;
  localDate: string;
  localTime: string;
}

/**
 * GET /api/circles/:id/settings — the circle's settings with everything needed to edit them.
 * PATCH /api/circles/:id/settings with a SettingsPatch body (facilitators only) answers the same
 * shape with the saved settings; 400 with the reason when a value is refused, 403 for members.
 */
export interface CircleSettingsResponse {
  circleId: string;
  /** True when the caller may change the settings (a facilitator, or local mode). */
  canEdit: boolean;
  facilitators: CircleMemberView[];
  locale: Locale;
  settings: CircleSettings;
  catalog: RitualInfo[];
  templates: CircleTemplateInfo[];
  /** The next five scheduled moments. */
  upcoming: UpcomingMoment[];
}

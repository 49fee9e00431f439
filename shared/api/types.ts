// Request and response shapes of the tab's JSON API (served by bot/, used by tab/).

import type { ConversationKind, Locale, MemberRole } from "../circles/types";
import type { Category, Difficulty } from "../games/trivia/content/types";
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

// ---------------------------------------------------------------------------------------------
// Daily Trivia: the circle's own questions

/** One question the circle made itself (added by a member or imported in a pack). */
export interface TeamQuestionView {
  id: string;
  /** Team questions keep their author's language: the same text whatever the reader's. */
  question: string;
  /** Four answers, in the order players see them. */
  choices: string[];
  /** Index (0–3) of the right answer in `choices`. */
  answer: number;
  category: Category;
  /** The category's name in the reader's language. */
  categoryName: string;
  difficulty: Difficulty;
  /** Who added it, when the circle still knows them. */
  addedBy?: string;
  /** ISO instant. */
  addedAt: string;
  /** The caller may delete it: a facilitator, or the person who added it. */
  canDelete: boolean;
}

/**
 * GET /api/circles/:id/trivia/questions — the circle's own questions, newest first (at most
 * 500 of `total`). Members read and add; facilitators also import packs and delete any.
 */
export interface TeamQuestionsResponse {
  circleId: string;
  /** True when the caller may import packs (a facilitator, or local mode). */
  canImport: boolean;
  total: number;
  questions: TeamQuestionView[];
}

/**
 * POST /api/circles/:id/trivia/questions — adds one question, as `trivia add` does in chat;
 * answers 201 with the TeamQuestionView, or 400 with why it was refused (`?lang=` decides the
 * language of the message).
 */
export interface NewTeamQuestion {
  question: string;
  correct: string;
  wrong1: string;
  wrong2: string;
  wrong3: string;
}

export type TriviaPackFormat = "json" | "csv" | "opentdb";

/** POST /api/circles/:id/trivia/packs (facilitators only; the body may be up to 1 MB). */
export interface TriviaPackImport {
  format: TriviaPackFormat;
  text: string;
}

/** What an import did; a pack that could not be read at all is a 400 instead. */
export interface TriviaPackImportResponse {
  imported: number;
  /** Questions the circle already had (importing the same pack again adds nothing). */
  duplicates: number;
  /** Entries left out, by line (CSV) or position (JSON), with why in the reader's language. */
  skipped: { line: number; reason: string; message: string }[];
}

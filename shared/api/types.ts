// Request and response shapes of the tab's JSON API (served by bot/, used by tab/).

import type { ConversationKind, Locale, MemberRole } from "../circles/types";
import type { Category, Difficulty } from "../games/trivia/content/types";
import type { Consistency } from "../history/consistency";
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

/** GET /api/circles/:id — one circle with its members (its history, wall and boards have their own routes). */
export interface CircleDetailsResponse extends CircleSummary {
  locale: Locale;
  installedAt: string;
  members: CircleMemberView[];
  facilitators: CircleMemberView[];
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

// ---------------------------------------------------------------------------------------------
// Insights (facilitators): aggregates of the circle, never a ranking of people

/** One week (Monday to Sunday in the circle's time zone) of the circle's rhythm. */
export interface InsightsWeek {
  /** The Monday, "YYYY-MM-DD". */
  weekStart: string;
  /** Moments the schedule planned this week (recorded by the scheduler, plus those still to come). */
  planned: number;
  /** Planned moments that were posted. */
  held: number;
  /** Moments opened on demand (play now, a game command) on top of the plan. */
  extra: number;
  /** Planned moments later this week (only the current week has them). */
  upcoming: number;
}

export interface ParticipationWeek {
  weekStart: string;
  /** Sessions of the ritual that ended this week. */
  sessions: number;
  /** Average share of the circle's members who took part (0–1); null without sessions. */
  rate: number | null;
}

export interface RitualParticipation {
  ritualId: RitualId;
  name: string;
  weeks: ParticipationWeek[];
}

export interface CrossTeamWeek {
  weekStart: string;
  /** Shoutouts from this circle to people in other circles. */
  sent: number;
  /** Shoutouts from other circles to this circle's people. */
  received: number;
}

export interface ConnectedCircle {
  name: string;
  shoutouts: number;
}

/**
 * GET /api/circles/:id/insights (facilitators only; 403 for members) — the last 12 weeks, oldest
 * first, in the circle's time zone.
 */
export interface InsightsResponse {
  circleId: string;
  timeZone: string;
  memberCount: number;
  weeks: InsightsWeek[];
  /** Planned moments up to now, and how many of them were held; percent is null without any. */
  consistency: { planned: number; held: number; percent: number | null };
  participation: RitualParticipation[];
  crossTeam: {
    sent: number;
    received: number;
    weeks: CrossTeamWeek[];
    /** The other circles this circle exchanged thanks with, most first: channels by name, chats and meetings together under "". */
    circles: ConnectedCircle[];
    /** Walk-and-talk pairs whose people came from different teams; null while no pairing data exists. */
    pairs: { total: number; crossTeam: number } | null;
  };
}

// ---------------------------------------------------------------------------------------------
// The circle's data: export (facilitators) and "remove my data" (anyone)

/**
 * POST /api/circles/:id/export (facilitators only) — a one-time link, valid for two minutes,
 * that downloads the circle's data as a JSON file (GET, no sign-in needed: the link is the key).
 */
export interface ExportLinkResponse {
  url: string;
  /** ISO instant. */
  expiresAt: string;
}

/**
 * POST /api/circles/:id/my-data/remove — removes the caller's own data in this circle; safe to
 * repeat (a second call finds nothing and answers zeros).
 */
export interface RemoveMyDataResponse {
  /** Game moves (one per round played). */
  plays: number;
  /** Leaderboard rows (one per game). */
  scores: number;
  shoutoutsGiven: number;
  /** Shoutouts to you alone, deleted. */
  shoutoutsReceivedDeleted: number;
  /** Shoutouts to you and others: you were taken off, the thanks to the others stay. */
  shoutoutsReceivedUpdated: number;
  /** Week in review answers. */
  answers: number;
  /** Past sessions where your name, results and participation were taken out. */
  sessions: number;
  /** Trivia questions you added. */
  questions: number;
  roleCards: number;
  /** Walk-and-talk sign-ups. */
  optIns: number;
}

// ---------------------------------------------------------------------------------------------
// The personal tab

export interface PersonView {
  id: string;
  name: string;
}

export interface StreakView {
  circleId: string;
  circleName: string;
  gameId: string;
  gameName: string;
  /** Working days in a row, as of today in the circle's time zone. */
  current: number;
  best: number;
  points: number;
  games: number;
  /** "YYYY-MM-DD", the last day that counted. */
  lastDate?: string;
}

/**
 * GET /api/me — the caller's circles (active, across teams) and streaks. In local mode the
 * preview picks whose view to show with `?as=<Teams user id>`; without it `person` is null and
 * `people` lists who can be picked.
 */
export interface MeResponse {
  person: PersonView | null;
  /** Local mode only: the people of the local store. */
  people?: PersonView[];
  circles: CircleSummary[];
  streaks: StreakView[];
}

/** A shoutout on the personal tab: the wall's short form, plus the circle it is on. */
export interface MyShoutoutView extends WallShoutoutView {
  circleId: string;
  circleName: string;
}

/**
 * GET /api/me/shoutouts?direction=received|given[&before=<cursor>][&limit=20] — newest first
 * across the caller's circles; `next` is the cursor of the following page (null at the end).
 */
export interface MyShoutoutsResponse {
  direction: "received" | "given";
  items: MyShoutoutView[];
  next: string | null;
}

// ---------------------------------------------------------------------------------------------
// The meeting side panel

export type QuickGameState = "ready" | "open" | "done";

export interface QuickGameView {
  ritualId: RitualId;
  name: string;
  description: string;
  /** Today's round: not opened yet, open now, or over. */
  state: QuickGameState;
}

/** A shoutout in short (recipients by name): the meeting side panel and the personal tab. */
export interface WallShoutoutView {
  id: string;
  giverName: string;
  recipients: string[];
  message: string;
  tag: string | null;
  /** ISO instant. */
  createdAt: string;
  reactions: number;
}

/** GET /api/circles/:id/meeting-panel — today's quick games and the newest shoutouts of the wall. */
export interface MeetingPanelResponse {
  circleId: string;
  games: QuickGameView[];
  shoutouts: WallShoutoutView[];
}

/**
 * POST /api/circles/:id/meeting-panel/games/:ritualId — opens today's round in the circle's
 * conversation (once per day; a second press finds it open).
 */
export interface QuickGameStartResponse {
  ritualId: RitualId;
  outcome: "opened" | "alreadyOpen" | "alreadyDone";
  state: QuickGameState;
}

// ---------------------------------------------------------------------------------------------
// Home, history, shoutout wall, leaderboards (the circle's pages in the tab)

/** A list page read by indexed keys; `nextCursor` asks for the page after it (`?cursor=`), null at the end. */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** One player's place in a session, as everyone may see it (people who left leaderboards are left out). */
export interface SessionResultView {
  rank: number;
  name: string;
  points: number;
  winner: boolean;
}

export interface SessionSummaryView {
  id: string;
  ritualId: RitualId;
  ritualName: string;
  /** ISO instant it was planned for. */
  scheduledFor: string;
  /** The day in the circle's time zone, "YYYY-MM-DD". */
  localDate: string;
  state: "pending" | "open" | "closed" | "missed" | "failed";
  /** Posted after its time because the server was down. */
  late: boolean;
  /** "now": opened on demand (play now, a game command) rather than by the schedule. */
  trigger: "schedule" | "now";
  participantCount: number;
  /** The top three of a game's results (closed sessions). */
  podium: SessionResultView[];
}

/** GET /api/circles/:id/history?ritual=&month=YYYY-MM&cursor=&limit= — the circle's sessions, newest first. */
export interface HistoryResponse extends Page<SessionSummaryView> {
  circleId: string;
  timeZone: string;
}

/** What a session's details may tell about its ritual's data: nothing private, no open answer. */
export type SessionFacts =
  | { kind: "wordl6"; /** The word, once the round closed; null while it is open. */ answer: string | null }
  | { kind: "trivia"; questions: number }
  | { kind: "week-in-review"; people: number; answered: { wentWell: number; learned: number; helpedBy: number } }
  | { kind: "shoutouts"; shoutouts: number }
  | { kind: "none" };

/** GET /api/circles/:id/sessions/:sessionId — one session with its results and who took part. */
export interface SessionDetailsResponse extends SessionSummaryView {
  circleId: string;
  timeZone: string;
  /** ISO instants. */
  closesAt: string;
  postedAt?: string;
  closedAt?: string;
  /** Names from the circle's members; null for someone no longer in the circle. */
  participants: { name: string | null }[];
  results: SessionResultView[];
  facts: SessionFacts;
}

export interface ShoutoutCardView {
  id: string;
  giverName: string;
  recipients: { id: string; name: string }[];
  message: string;
  tag: string | null;
  /** ISO instant. */
  createdAt: string;
  reactions: number;
  /** The caller gave a +1 already. */
  reactedByMe: boolean;
  /** Given in another circle and shown here because it thanks this circle's people. */
  fromOtherCircle: boolean;
}

/** A round number of shoutouts the circle reached (10, 25, 50, 100, …), while it is among the newest. */
export interface ShoutoutMilestone {
  count: number;
  shoutout: ShoutoutCardView;
}

/**
 * GET /api/circles/:id/shoutouts?person=&tag=&week=YYYY-Www&cursor=&limit= — the circle's wall,
 * newest first. `total` counts the whole wall (no filters).
 */
export interface WallResponse extends Page<ShoutoutCardView> {
  circleId: string;
  timeZone: string;
  total: number;
  milestone: ShoutoutMilestone | null;
  tags: string[];
  /** The circle's members: recipients to pick and people to filter by. */
  people: { id: string; name: string }[];
  /** The caller's member id (in the local preview the person picked with `?as=`); null when none. */
  me: string | null;
}

/**
 * POST /api/circles/:id/shoutouts — gives a shoutout with the bot's rules and posts it in the
 * conversation (201). In the local preview, which has no sign-in, `?as=<member id>` is the giver.
 */
export interface NewShoutout {
  recipients: string[];
  message: string;
  tag?: string | null;
}

export interface GiveShoutoutResponse {
  shoutout: ShoutoutCardView;
  /** False when it was saved but Teams could not be reached to post it. */
  posted: boolean;
  /** Set when this shoutout was the circle's milestone (its 100th, …). */
  milestone: number | null;
}

// POST /api/circles/:id/shoutouts/:shoutoutId/reactions (no body) — the caller's +1, once; answers the ShoutoutCardView.

export interface LeaderboardEntry {
  rank: number;
  name: string;
  points: number;
  wins: number;
  games: number;
}

export interface StreakEntry {
  name: string;
  /** Working days in a row up to today. */
  current: number;
  best: number;
}

export interface GameLeaderboards {
  gameId: import("../games/types").GameId;
  name: string;
  today: LeaderboardEntry[];
  week: LeaderboardEntry[];
  allTime: LeaderboardEntry[];
  /** Current streaks above zero, longest first. */
  streaks: StreakEntry[];
}

/**
 * GET /api/circles/:id/leaderboards?game= — per game the circle plays: today, this week
 * (Monday–Sunday) and all time, plus streaks. People who left leaderboards are never on them.
 */
export interface LeaderboardsResponse {
  circleId: string;
  /** The circle's local date. */
  today: string;
  games: GameLeaderboards[];
}

export interface HomeMoment {
  ritualId: RitualId;
  ritualName: string;
  /** ISO instant. */
  at: string;
}

/** GET /api/circles/:id/home — the circle at a glance. */
export interface HomeResponse {
  circleId: string;
  name: string;
  timeZone: string;
  paused: boolean;
  upcoming: HomeMoment[];
  /** Sessions of this week (Monday–Sunday), newest first. */
  thisWeek: SessionSummaryView[];
  /** What happened today: its sessions and how many thanks were given. */
  today: { localDate: string; sessions: SessionSummaryView[]; shoutouts: number };
  consistency: Consistency;
  shoutouts: ShoutoutCardView[];
  shoutoutTotal: number;
  milestone: ShoutoutMilestone | null;
}

// ---------------------------------------------------------------------------------------------
// The journey map (Walk the Globe)

export interface JourneyStopView {
  /** ISO 3166-1 alpha-2. */
  code: string;
  name: Record<Locale, string>;
  lat: number;
  lon: number;
  /** Continent code: AF, AN, AS, EU, NA, OC, SA. */
  continent: string;
  /** ISO instant the round found it. */
  at: string;
  /** Whole km from the previous stop (0 for the first). */
  legKm: number;
}

export interface JourneyView {
  stops: JourneyStopView[];
  totalKm: number;
  countries: number;
  continents: string[];
  /** Milestone ids (see the globe's MILESTONES) in the order reached. */
  milestones: { id: string; at: string }[];
}

/** GET /api/circles/:id/journey — the circle's route; `journey` is null before its first stop. */
export interface JourneyResponse {
  circleId: string;
  journey: JourneyView | null;
}

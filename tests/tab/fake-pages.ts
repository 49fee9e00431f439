// Home, history, session, wall and leaderboards as the API serves them, for the tab's tests.

import type { HistoryResponse, HomeResponse, LeaderboardsResponse, SessionDetailsResponse, SessionSummaryView, ShoutoutCardView, WallResponse } from "../../shared/api/types";

const base = (circleId: string) => `/api/circles/${encodeURIComponent(circleId)}`;
export const homePath = (circleId: string, lang = "en", as?: string) => `${base(circleId)}/home?lang=${lang}${as ? `&as=${encodeURIComponent(as)}` : ""}`;
export const historyPath = (circleId: string, query = "lang=en") => `${base(circleId)}/history?${query}`;
export const sessionPath = (circleId: string, sessionId: string, lang = "en") => `${base(circleId)}/sessions/${encodeURIComponent(sessionId)}?lang=${lang}`;
export const wallPath = (circleId: string, query = "lang=en") => `${base(circleId)}/shoutouts?${query}`;
export const leaderboardsPath = (circleId: string, lang = "en") => `${base(circleId)}/leaderboards?lang=${lang}`;

export function emptyHome(circleId: string, name = "Product Team › General"): HomeResponse {
  return {
    circleId,
    name,
    timeZone: "Europe/Amsterdam",
    paused: false,
    upcoming: [],
    thisWeek: [],
    today: { localDate: "2026-03-12", sessions: [], shoutouts: 0 },
    consistency: { days: 28, planned: 0, held: 0, extra: 0, percent: null, weekStreak: 0, weeks: [] },
    shoutouts: [],
    shoutoutTotal: 0,
    milestone: null,
  };
}

export function sessionView(circleId: string, n: number, change: Partial<SessionSummaryView> = {}): SessionSummaryView {
  const day = String(12 - (n % 10)).padStart(2, "0");
  return {
    id: `${circleId}|wordl6|2026-03-${day}-${n}`,
    ritualId: "wordl6",
    ritualName: "Wordl6",
    scheduledFor: `2026-03-${day}T08:00:00.000Z`,
    localDate: `2026-03-${day}`,
    state: "closed",
    late: false,
    trigger: "schedule",
    participantCount: 3,
    podium: [
      { rank: 1, name: "Ada Lovelace", points: 5, winner: true },
      { rank: 2, name: "Grace Hopper", points: 3, winner: false },
    ],
    ...change,
  };
}

export function historyPage(circleId: string, items: SessionSummaryView[], nextCursor: string | null = null): HistoryResponse {
  return { circleId, timeZone: "Europe/Amsterdam", items, nextCursor };
}

export function shoutoutView(n: number, change: Partial<ShoutoutCardView> = {}): ShoutoutCardView {
  return {
    id: `s${n}`,
    giverName: "Grace Hopper",
    recipients: [{ id: "29:ada", name: "Ada Lovelace" }],
    message: `Thanks for the review, number ${n}`,
    tag: "teamwork",
    createdAt: "2026-03-11T09:30:00.000Z",
    reactions: 1,
    reactedByMe: false,
    fromOtherCircle: false,
    ...change,
  };
}

export function wallPage(circleId: string, items: ShoutoutCardView[], change: Partial<WallResponse> = {}): WallResponse {
  return {
    circleId,
    timeZone: "Europe/Amsterdam",
    items,
    nextCursor: null,
    total: items.length,
    milestone: null,
    tags: ["helped-me", "teamwork", "kind"],
    people: [
      { id: "29:ada", name: "Ada Lovelace" },
      { id: "29:alan", name: "Alan Turing" },
      { id: "29:grace", name: "Grace Hopper" },
    ],
    me: "29:grace",
    ...change,
  };
}

export function sessionDetails(circleId: string, change: Partial<SessionDetailsResponse> = {}): SessionDetailsResponse {
  return {
    ...sessionView(circleId, 1),
    circleId,
    timeZone: "Europe/Amsterdam",
    closesAt: "2026-03-11T16:00:00.000Z",
    closedAt: "2026-03-11T16:00:00.000Z",
    participants: [{ name: "Ada Lovelace" }, { name: "Grace Hopper" }, { name: null }],
    results: [
      { rank: 1, name: "Ada Lovelace", points: 5, winner: true },
      { rank: 2, name: "Grace Hopper", points: 3, winner: false },
    ],
    facts: { kind: "wordl6", answer: "PLANET" },
    ...change,
  };
}

export function leaderboards(circleId: string): LeaderboardsResponse {
  return {
    circleId,
    today: "2026-03-12",
    games: [
      {
        gameId: "daily-trivia",
        name: "Daily Trivia",
        today: [{ rank: 1, name: "Alan Turing", points: 4, wins: 1, games: 1 }],
        week: [
          { rank: 1, name: "Ada Lovelace", points: 9, wins: 2, games: 3 },
          { rank: 2, name: "Alan Turing", points: 7, wins: 1, games: 3 },
        ],
        allTime: [
          { rank: 1, name: "Ada Lovelace", points: 120, wins: 20, games: 40 },
          { rank: 2, name: "Grace Hopper", points: 80, wins: 9, games: 35 },
        ],
        streaks: [{ name: "Ada Lovelace", current: 6, best: 11 }],
      },
    ],
  };
}

// What the tab may show of a session: its ritual, when, its state, how many took part, and the
// results as the channel saw them (people who left leaderboards are left out and the rest ranked
// again). The ritual's own data is summarised, never copied: no answer of an open round (the
// Wordl6 word stays hidden until the close), no one's private input (Week in review answers are
// counted, not shown). Pure: the caller loads the session and passes what else it needs.

import type { SessionDetailsResponse, SessionFacts, SessionResultView, SessionSummaryView } from "../api/types";
import type { CircleMember, Locale } from "../circles/types";
import { visibleResults, type Ranked } from "../games/results/ranking";
import { isRitualId, ritualTemplate } from "../rituals/catalog";
import { QUESTIONS, weekInReviewData } from "../rituals/week-in-review";
import type { Session } from "../sessions/types";

const PODIUM = 3;

export type SummarySession = Pick<Session, "_id" | "ritualId" | "scheduledFor" | "localDate" | "state" | "late" | "trigger" | "participants" | "data">;

export interface SessionViewContext {
  locale: Locale;
  optedOut: ReadonlySet<string>;
  /** Players of a round that is still open (its participants are recorded at the close). */
  openPlayers?: number;
}

export function ritualName(ritualId: string, locale: Locale): string {
  return isRitualId(ritualId) ? ritualTemplate(ritualId).name[locale] : ritualId;
}

/** The results stored at the close (`data.results`), as everyone may see them. */
export function visibleSessionResults(session: Pick<Session, "data">, optedOut: ReadonlySet<string>): SessionResultView[] {
  const stored = session.data.results;
  if (!Array.isArray(stored)) return [];
  const players = stored.flatMap((entry): Ranked[] => {
    const r = entry as { playerId?: unknown; name?: unknown; points?: unknown; tiebreakMs?: unknown };
    if (typeof r.playerId !== "string" || typeof r.points !== "number") return [];
    const tiebreakMs = typeof r.tiebreakMs === "number" ? r.tiebreakMs : undefined;
    return [{ playerId: r.playerId, name: typeof r.name === "string" ? r.name : "", points: r.points, tiebreakMs, finished: true, rank: 0, winner: false }];
  });
  return visibleResults(players, optedOut).map(({ rank, name, points, winner }) => ({ rank, name, points, winner }));
}

/** How many people took part: recorded participants, Week in review's answers, or an open round's players. */
function participantCount(session: SummarySession, openPlayers: number | undefined): number {
  const answers = weekInReviewData(session.data).answers.length;
  return Math.max(new Set(session.participants).size, answers, openPlayers ?? 0);
}

export function sessionSummary(session: SummarySession, context: SessionViewContext): SessionSummaryView {
  return {
    id: session._id,
    ritualId: session.ritualId,
    ritualName: ritualName(session.ritualId, context.locale),
    scheduledFor: session.scheduledFor.toISOString(),
    localDate: session.localDate,
    state: session.state,
    late: session.late,
    trigger: session.trigger,
    participantCount: participantCount(session, context.openPlayers),
    podium: session.state === "closed" ? visibleSessionResults(session, context.optedOut).slice(0, PODIUM) : [],
  };
}

/** The ritual's data, summarised safely. `shoutouts`: how many were given in the session (Friday shoutouts). */
export function sessionFacts(session: Pick<Session, "ritualId" | "state" | "data">, shoutouts: number): SessionFacts {
  const round = session.data.round as { answer?: unknown; questions?: unknown } | undefined;
  switch (session.ritualId) {
    case "wordl6":
      return { kind: "wordl6", answer: session.state === "closed" && typeof round?.answer === "string" ? round.answer.toUpperCase() : null };
    case "daily-trivia":
      return { kind: "trivia", questions: Array.isArray(round?.questions) ? round.questions.length : 0 };
    case "week-in-review": {
      const { answers } = weekInReviewData(session.data);
      const answered = Object.fromEntries(QUESTIONS.map((q) => [q, answers.filter((a) => typeof a[q] === "string" && a[q] !== "").length])) as Record<(typeof QUESTIONS)[number], number>;
      return { kind: "week-in-review", people: answers.length, answered };
    }
    case "friday-shoutouts":
      return { kind: "shoutouts", shoutouts };
    default:
      return { kind: "none" };
  }
}

export function sessionDetails(
  session: SummarySession & Pick<Session, "circleId" | "closesAt" | "postedAt" | "closedAt">,
  context: SessionViewContext & { members: readonly Pick<CircleMember, "id" | "name">[]; timeZone: string; shoutouts: number },
): SessionDetailsResponse {
  const names = new Map(context.members.map((m) => [m.id, m.name]));
  const people = [...new Set(session.participants)];
  return {
    ...sessionSummary(session, context),
    circleId: session.circleId,
    timeZone: context.timeZone,
    closesAt: session.closesAt.toISOString(),
    ...(session.postedAt ? { postedAt: session.postedAt.toISOString() } : {}),
    ...(session.closedAt ? { closedAt: session.closedAt.toISOString() } : {}),
    participants: people
      .map((id) => ({ name: names.get(id) ?? null }))
      .sort((a, b) => (a.name === null ? 1 : b.name === null ? -1 : a.name.localeCompare(b.name))),
    results: session.state === "closed" ? visibleSessionResults(session, context.optedOut) : [],
    facts: sessionFacts(session, context.shoutouts),
  };
}

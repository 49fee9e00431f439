// Week in review in Teams: the shared prompt card, each person's own answer form (a
// user-specific view through Action.Execute refresh), and the summary when the window closes.

import type { CardElement, IAdaptiveCard } from "@microsoft/teams.cards";
import type { Circle, Locale } from "../../shared/circles/types";
import { botT } from "../../shared/i18n";
import {
  ANSWER_MAX,
  QUESTIONS,
  answerOf,
  parseAnswer,
  recordAnswer,
  summarize,
  weekInReviewData,
} from "../../shared/rituals/week-in-review";
import type { SessionRepository } from "../../shared/sessions/repository";
import type { Session } from "../../shared/sessions/types";
import { adaptiveCard } from "../cards/card";
import { momentLabel } from "../cards/format";
import { execute } from "../cards/setup-card";
import type { ActionHandler } from "../actions/types";
import type { RitualOpener } from "./types";

const MAX_REFRESH_USERS = 60;

function header(circle: Circle, session: Session, t: ReturnType<typeof botT>): CardElement[] {
  return [
    { type: "TextBlock", text: t("wir.title"), size: "Large", weight: "Bolder", wrap: true, style: "heading" },
    { type: "TextBlock", text: t("wir.intro"), wrap: true },
    ...(session.late ? [{ type: "TextBlock" as const, text: t("wir.late"), isSubtle: true, wrap: true, size: "Small" as const }] : []),
    {
      type: "TextBlock",
      text: QUESTIONS.map((q) => `- ${t(`wir.questions.${q}`)}`).join("\n"),
      wrap: true,
    },
    { type: "TextBlock", text: t("wir.closesAt", { time: momentLabel(circle.locale, circle.settings.timeZone, session.closesAt) }), isSubtle: true, wrap: true, size: "Small" },
  ];
}

function progress(session: Session, t: ReturnType<typeof botT>): CardElement {
  const count = weekInReviewData(session.data).answers.length;
  return { type: "TextBlock", text: count === 0 ? t("wir.nobodyYet") : t("wir.answered", { count }), wrap: true, weight: "Bolder" };
}

function refreshFor(circle: Circle, session: Session) {
  return {
    action: { type: "Action.Execute" as const, verb: "wir.open", data: { circleId: circle._id, sessionId: session._id, verb: "wir.open" } },
    userIds: circle.members.map((member) => member.id).slice(0, MAX_REFRESH_USERS),
  };
}

/** What everyone sees: the questions and how many answered — never the answers before the close. */
export function sharedPromptCard(circle: Circle, session: Session): IAdaptiveCard {
  const t = botT(circle.locale);
  const card = adaptiveCard(
    [...header(circle, session, t), progress(session, t)],
    [execute(t("wir.answer"), "wir.open", { circleId: circle._id, sessionId: session._id })],
    t("wir.title"),
  );
  return { ...card, refresh: refreshFor(circle, session) };
}

/** One person's own view: the form with their current answer. */
export function answerFormCard(circle: Circle, session: Session, userId: string, notice?: { kind: "Good" | "Attention"; text: string }, draft?: Record<string, string>): IAdaptiveCard {
  const t = botT(circle.locale);
  const mine = answerOf(weekInReviewData(session.data), userId);
  const card = adaptiveCard(
    [
      ...header(circle, session, t),
      progress(session, t),
      ...(notice ? [{ type: "TextBlock" as const, text: notice.text, color: notice.kind, weight: "Bolder" as const, wrap: true }] : []),
      ...QUESTIONS.map(
        (q): CardElement => ({
          type: "Input.Text",
          id: q,
          label: t(`wir.questions.${q}`),
          isMultiline: true,
          maxLength: ANSWER_MAX,
          value: draft?.[q] ?? mine?.[q] ?? "",
        }),
      ),
      { type: "TextBlock", text: t("wir.yourAnswer"), isSubtle: true, wrap: true, size: "Small" },
    ],
    [execute(t("wir.save"), "wir.answer", { circleId: circle._id, sessionId: session._id }, "positive")],
    t("wir.title"),
  );
  return { ...card, refresh: refreshFor(circle, session) };
}

export function closedCard(locale: Locale): IAdaptiveCard {
  const t = botT(locale);
  return adaptiveCard(
    [
      { type: "TextBlock", text: t("wir.closedTitle"), size: "Large", weight: "Bolder", wrap: true, style: "heading" },
      { type: "TextBlock", text: t("wir.closed"), wrap: true },
    ],
    [],
    t("wir.closedTitle"),
  );
}

export function summaryCard(circle: Circle, session: Session): IAdaptiveCard {
  const t = botT(circle.locale);
  const summary = summarize(weekInReviewData(session.data));
  const sections: CardElement[] = QUESTIONS.flatMap((q): CardElement[] =>
    summary.byQuestion[q].length === 0
      ? []
      : [
          { type: "TextBlock", text: t(`wir.questions.${q}`), weight: "Bolder", wrap: true, spacing: "Medium" },
          ...summary.byQuestion[q].map((entry): CardElement => ({ type: "TextBlock", text: `**${entry.name}**: ${entry.text}`, wrap: true, spacing: "Small" })),
        ],
  );
  return adaptiveCard(
    [
      { type: "TextBlock", text: t("wir.summaryTitle"), size: "Large", weight: "Bolder", wrap: true, style: "heading" },
      { type: "TextBlock", text: summary.people === 0 ? t("wir.summaryEmpty") : t("wir.summaryPeople", { count: summary.people }), wrap: true, isSubtle: true },
      ...sections,
    ],
    [],
    t("wir.summaryTitle"),
  );
}

export const weekInReviewOpener: RitualOpener = {
  open: ({ circle, session }) => sharedPromptCard(circle, session),
  close: ({ circle, session }) => ({ replaceWith: closedCard(circle.locale), summary: summaryCard(circle, session) }),
};

/** The card actions: open my own view, save my answer. */
export function weekInReviewActions(sessions: SessionRepository): Record<string, ActionHandler> {
  const sessionOf = async (circle: Circle, data: Record<string, unknown>) => {
    const id = data.sessionId;
    // The id must name a session of this circle: a forged id of another circle finds nothing.
    if (typeof id !== "string" || id.length > 500 || !id.startsWith(`${circle._id}|week-in-review|`)) return null;
    return sessions.get(id);
  };
  return {
    "wir.open": async ({ circle, data, actor, now }) => {
      const session = await sessionOf(circle, data);
      if (!session) return { kind: "message", text: botT(circle.locale)("actions.stale") };
      if (session.state !== "open" || now >= session.closesAt) return { kind: "card", card: closedCard(circle.locale) };
      return { kind: "card", card: answerFormCard(circle, session, actor.id!) };
    },
    "wir.answer": async ({ circle, data, actor, now }) => {
      const t = botT(circle.locale);
      const session = await sessionOf(circle, data);
      if (!session) return { kind: "message", text: t("actions.stale") };
      if (session.state !== "open" || now >= session.closesAt) return { kind: "card", card: closedCard(circle.locale) };
      const parsed = parseAnswer(data);
      if (!parsed.ok) {
        const draft = Object.fromEntries(QUESTIONS.map((q) => [q, typeof data[q] === "string" ? String(data[q]).slice(0, ANSWER_MAX * 2) : ""]));
        return { kind: "card", card: answerFormCard(circle, session, actor.id!, { kind: "Attention", text: parsed.error.message[circle.locale] }, draft) };
      }
      let closed = false;
      const saved = await sessions.update(session._id, (current) => {
        closed = current.state !== "open" || now >= current.closesAt;
        if (closed) return null;
        const next = recordAnswer(weekInReviewData(current.data), { id: actor.id!, name: actor.name }, parsed.answer, now);
        const participants = current.participants.includes(actor.id!) ? current.participants : [...current.participants, actor.id!];
        return { ...current, data: { ...current.data, answers: next.answers }, participants };
      });
      if (!saved || closed) return { kind: "card", card: closedCard(circle.locale) };
      return {
        kind: "card",
        card: answerFormCard(circle, saved, actor.id!, { kind: "Good", text: t("wir.saved", { time: momentLabel(circle.locale, circle.settings.timeZone, saved.closesAt) }) }),
        forAll: sharedPromptCard(circle, saved),
      };
    },
  };
}

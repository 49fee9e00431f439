// Typed game commands: `trivia`, `trivia add`, `wordl6`, `leaderboard on|off`, and the
// `trivia.add` card action that stores a team-made question.

import { randomUUID } from "node:crypto";
import { MessageFactory, type TurnContext } from "botbuilder";
import type { CardElement, IAdaptiveCard } from "@microsoft/teams.cards";
import type { Circle, Locale } from "../../shared/circles/types";
import { botT } from "../../shared/i18n";
import { currentStreak, leaderboard, setLeaderboardOptOut } from "../../shared/games/results";
import { ritualTemplate } from "../../shared/rituals/catalog";
import { localDateTime } from "../../shared/rituals/schedule";
import { validateTeamQuestion } from "../../shared/games/trivia/content/packs";
import type { Store } from "../../shared/store/types";
import type { ActionHandler } from "../actions/types";
import { openRitualNow, type StartDeps } from "../actions/start";
import { adaptiveCard, cardAttachment } from "../cards/card";
import { execute } from "../cards/setup-card";
import type { TeamQuestion } from "./index";

export function addQuestionCard(circle: Circle, notice?: { kind: "Good" | "Attention"; text: string }, draft: Record<string, string> = {}): IAdaptiveCard {
  const t = botT(circle.locale, "trivia");
  return adaptiveCard(
    [
      { type: "TextBlock", text: t("add.title", { circle: circle.name }), size: "Medium", weight: "Bolder", wrap: true, style: "heading" },
      { type: "TextBlock", text: t("add.intro"), wrap: true, isSubtle: true },
      ...(notice ? [{ type: "TextBlock" as const, text: notice.text, color: notice.kind, wrap: true, weight: "Bolder" as const }] : []),
      { type: "Input.Text", id: "question", label: t("add.question"), maxLength: 200, isRequired: true, errorMessage: t("add.required"), value: draft.question ?? "" },
      { type: "Input.Text", id: "correct", label: t("add.correct"), maxLength: 80, isRequired: true, errorMessage: t("add.required"), value: draft.correct ?? "" },
      ...[1, 2, 3].map((n) => ({ type: "Input.Text" as const, id: `wrong${n}`, label: `${t("add.wrong")} (${n})`, maxLength: 80, isRequired: true, errorMessage: t("add.required"), value: draft[`wrong${n}`] ?? "" })),
    ],
    [execute(t("add.save"), "trivia.add", { circleId: circle._id }, "positive")],
    t("add.title", { circle: circle.name }),
  );
}

export function triviaAddAction(store: Store): Record<string, ActionHandler> {
  return {
    "trivia.add": async ({ circle, data, actor, now }) => {
      const t = botT(circle.locale, "trivia");
      const checked = validateTeamQuestion(data);
      const draft = Object.fromEntries(["question", "correct", "wrong1", "wrong2", "wrong3"].map((k) => [k, typeof data[k] === "string" ? String(data[k]).slice(0, 400) : ""]));
      if (!checked.ok) return { kind: "card", card: addQuestionCard(circle, { kind: "Attention", text: checked.error.message[circle.locale] }, draft) };
      const id = `team-${randomUUID()}`;
      const question: TeamQuestion = { ...checked.question, id, _id: id, circleId: circle._id, addedBy: actor.id!, addedAt: now };
      await store.collection<TeamQuestion>("trivia_questions").insertOne(question);
      return { kind: "card", card: addQuestionCard(circle, { kind: "Good", text: t("add.saved", { circle: circle.name }) }) };
    },
  };
}

type Reply = Parameters<TurnContext["sendActivity"]>[0];

export interface GameCommandDeps {
  start: StartDeps;
  store: Store;
}

export async function triviaCommand(deps: GameCommandDeps, circle: Circle, args: string, now: Date): Promise<Reply> {
  if (/^(add|toevoegen)\b/i.test(args)) return MessageFactory.attachment(cardAttachment(addQuestionCard(circle)));
  return openRitualNow(deps.start, circle, "daily-trivia", now);
}

export function wordl6Command(deps: GameCommandDeps, circle: Circle, now: Date): Promise<string> {
  return openRitualNow(deps.start, circle, "wordl6", now);
}

/**
 * `leaderboard`: the circle's all-time boards per game. `leaderboard off` hides me from them (I
 * keep playing); `leaderboard on` brings me back.
 */
export async function leaderboardCommand(deps: GameCommandDeps, circle: Circle, turn: TurnContext, args: string, locale: Locale, now: Date): Promise<Reply> {
  const t = botT(locale, "games");
  if (!/^(off|uit|on|aan)$/i.test(args.trim())) return MessageFactory.attachment(cardAttachment(await boardsCard(deps.store, circle, locale, now)));
  const off = /^(off|uit)$/i.test(args.trim());
  await setLeaderboardOptOut(deps.store, { circleId: circle._id, playerId: turn.activity.from.id, name: turn.activity.from.name ?? "", optedOut: off });
  return off ? t("leaderboardOff") : t("leaderboardOn");
}

async function boardsCard(store: Store, circle: Circle, locale: Locale, now: Date): Promise<IAdaptiveCard> {
  const t = botT(locale, "games");
  const today = localDateTime(circle.settings.timeZone, now).localDate;
  const sections = await Promise.all(
    (["daily-trivia", "wordl6", "walk-the-globe", "team-puzzle", "two-truths"] as const).map(async (gameId): Promise<CardElement[]> => {
      const rows = await leaderboard(store, { circleId: circle._id, gameId, limit: 10 });
      return [
        { type: "TextBlock", text: ritualTemplate(gameId).name[locale], weight: "Bolder", wrap: true, spacing: "Medium" },
        {
          type: "TextBlock",
          text:
            rows.length === 0
              ? t("boardEmpty")
              : rows
                  .map((row) => t("boardLine", { rank: row.rank, name: row.name, points: row.points, wins: row.wins, streak: currentStreak(row.streak, today, circle.settings.workingDays) }))
                  .join("\n\n"),
          wrap: true,
          size: "Small",
        },
      ];
    }),
  );
  return adaptiveCard(
    [
      { type: "TextBlock", text: t("boardTitle", { circle: circle.name }), size: "Medium", weight: "Bolder", wrap: true, style: "heading" },
      ...sections.flat(),
      { type: "TextBlock", text: t("boardHint"), isSubtle: true, wrap: true, size: "Small", spacing: "Medium" },
    ],
    [],
    t("boardTitle", { circle: circle.name }),
  );
}

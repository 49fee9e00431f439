// Daily Trivia in Teams: today's five questions for the circle, each player's own question card
// with right/wrong after every answer, progress for everyone, the ranking and answers at the close.

import type { CardElement } from "@microsoft/teams.cards";
import type { Locale } from "../../shared/circles/types";
import { botT } from "../../shared/i18n";
import { ritualTemplate } from "../../shared/rituals/catalog";
import type { Play } from "../../shared/games/types";
import { QUESTIONS_PER_ROUND, triviaRules, triviaScore, type TriviaMove, type TriviaRound, type TriviaState } from "../../shared/games/trivia/rules";
import type { TriviaQuestion } from "../../shared/games/trivia/content/types";
import { adaptiveCard } from "../cards/card";
import { execute } from "../cards/setup-card";
import type { GameAdapter, PlayerResult } from "./engine";

export interface TriviaContent {
  /** Today's questions for a circle: chosen from the bank, country data and the circle's own, avoiding recent repeats. */
  questionsFor(circleId: string, locale: Locale, seed: string, now: Date): Promise<TriviaQuestion[]>;
}

const seconds = (ms: number) => Math.round(ms / 1000);
const MAX_NAMES = 20;

function choicesOf(question: TriviaQuestion, locale: Locale): string[] {
  return question.choices[locale] ?? question.choices.en;
}

export function triviaAdapter(content: TriviaContent): GameAdapter<TriviaRound, TriviaState, TriviaMove> {
  const name = ritualTemplate("daily-trivia").name;
  return {
    gameId: "daily-trivia",
    verb: "trivia",
    name,
    rules: triviaRules,
    prepare: async ({ circle, session, now }) => ({
      locale: circle.locale,
      questions: await content.questionsFor(circle._id, circle.locale, session._id, now),
    }),

    personalCard({ circle, session, round, play, notice }) {
      const t = botT(circle.locale, "trivia");
      const locale = circle.locale;
      const state = play?.state;
      const answers = state?.answers ?? [];
      const last = answers.at(-1);
      const lastQuestion = last ? round.questions.find((q) => q.id === last.questionId) : undefined;
      const feedback: CardElement[] =
        last && lastQuestion && !notice
          ? [
              {
                type: "TextBlock",
                text: last.correct ? `✅ ${t("right")}` : `❌ ${t("wrong", { answer: choicesOf(lastQuestion, locale)[lastQuestion.answer] })}`,
                color: last.correct ? "Good" : "Attention",
                wrap: true,
                weight: "Bolder",
              },
            ]
          : [];
      const noticeBlock: CardElement[] = notice ? [{ type: "TextBlock", text: notice.text, color: notice.kind, wrap: true, weight: "Bolder" }] : [];
      const title: CardElement = { type: "TextBlock", text: name[locale], size: "Large", weight: "Bolder", wrap: true, style: "heading" };

      if (play?.finished) {
        const { points, totalMs } = triviaScore(play.state);
        return adaptiveCard(
          [
            title,
            ...feedback,
            { type: "TextBlock", text: t("done", { points, total: round.questions.length, seconds: seconds(totalMs) }), wrap: true, weight: "Bolder" },
            {
              type: "FactSet",
              facts: play.state.answers.map((answer, i) => ({
                title: `${i + 1}. ${answer.correct ? "✅" : "❌"}`,
                value: round.questions[i].text[locale] ?? round.questions[i].text.en,
              })),
            },
          ],
          [],
          name[locale],
        );
      }

      const index = answers.length;
      const question = round.questions[index];
      const points = answers.filter((a) => a.correct).length;
      const body: CardElement[] = [
        title,
        ...feedback,
        ...noticeBlock,
        { type: "TextBlock", text: t("progress", { number: index + 1, total: round.questions.length, points }), isSubtle: true, size: "Small", wrap: true },
        { type: "TextBlock", text: question.text[locale] ?? question.text.en, wrap: true, size: "Medium", weight: "Bolder" },
      ];
      const actions = choicesOf(question, locale).map((choice, i) =>
        execute(choice, "trivia.move", { circleId: circle._id, sessionId: session._id, step: play?.step ?? 0, questionId: question.id, choice: i }),
      );
      return adaptiveCard(body, actions, name[locale]);
    },

    progress({ circle, plays }) {
      const t = botT(circle.locale, "trivia");
      if (plays.length === 0) return [];
      const shown = plays.slice(0, MAX_NAMES).map((p) => `${p.playerName} · ${p.finished ? t("finished") : t("playing")}`);
      const more = plays.length > MAX_NAMES ? [t("more", { count: plays.length - MAX_NAMES })] : [];
      return [{ type: "TextBlock", text: [...shown, ...more].join("\n\n"), wrap: true, size: "Small" }];
    },

    results({ circle, round, plays, optedOut }) {
      const t = botT(circle.locale, "trivia");
      const locale = circle.locale;
      const scored = plays
        .filter((p) => p.step > 0)
        .map((p: Play<TriviaState>) => ({ play: p, ...triviaScore(p.state) }))
        .sort((a, b) => b.points - a.points || a.totalMs - b.totalMs || a.play.playerName.localeCompare(b.play.playerName));
      const best = scored[0];
      const players: PlayerResult[] = scored.map((s) => ({
        playerId: s.play.playerId,
        name: s.play.playerName,
        points: s.points,
        tiebreakMs: s.totalMs,
        won: best !== undefined && s.points > 0 && s.points === best.points && s.totalMs === best.totalMs,
      }));
      // People who opted out of leaderboards still count, but others do not see their names.
      const visible = scored.map((s, i) => ({ ...s, rank: i + 1 })).filter((s) => !optedOut.has(s.play.playerId));
      const hidden = scored.length - visible.length;
      const perfect = visible.find((s) => s.points === QUESTIONS_PER_ROUND && s.play.finished);
      const body: CardElement[] = [
        ...(visible.length > 0
          ? [
              { type: "TextBlock" as const, text: t("ranking"), weight: "Bolder" as const, wrap: true, spacing: "Medium" as const },
              {
                type: "TextBlock" as const,
                text: visible
                  .slice(0, 10)
                  .map((s) => t("rankLine", { rank: s.rank, name: s.play.playerName, points: s.points, total: round.questions.length, seconds: seconds(s.totalMs) }))
                  .join("\n\n"),
                wrap: true,
              },
            ]
          : []),
        ...(hidden > 0 ? [{ type: "TextBlock" as const, text: t("hidden", { count: hidden }), wrap: true, isSubtle: true, size: "Small" as const }] : []),
        ...(perfect ? [{ type: "TextBlock" as const, text: t("fastestPerfect", { name: perfect.play.playerName, seconds: seconds(perfect.totalMs) }), wrap: true, isSubtle: true }] : []),
        { type: "TextBlock", text: t("answers"), weight: "Bolder", wrap: true, spacing: "Medium" },
        {
          type: "TextBlock",
          text: round.questions.map((q, i) => `${i + 1}. ${t("answerLine", { question: q.text[locale] ?? q.text.en, answer: choicesOf(q, locale)[q.answer] })}`).join("\n\n"),
          wrap: true,
          size: "Small",
        },
      ];
      return { players, body };
    },
  };
}

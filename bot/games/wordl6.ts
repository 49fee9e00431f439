// Wordl6 in Teams: one secret word per circle per day; each player guesses in their own view
// (tiles coloured per letter); everyone sees letterless grids; at the close the word and how
// many guesses the circle needed.

import type { CardElement } from "@microsoft/teams.cards";
import { botT } from "../../shared/i18n";
import { ritualTemplate } from "../../shared/rituals/catalog";
import type { Mark } from "../../shared/games/wordl6/feedback";
import { pickAnswer } from "../../shared/games/wordl6/pick-answer";
import { wordl6Rules, type Wordl6Move, type Wordl6Round, type Wordl6State } from "../../shared/games/wordl6/rules";
import { sharedGrid, summary, view } from "../../shared/games/wordl6/view";
import { adaptiveCard } from "../cards/card";
import { execute } from "../cards/setup-card";
import type { GameAdapter, PlayerResult } from "./engine";

const DAY = 86_400_000;
const MAX_GRIDS = 20;
const SQUARE: Record<Mark, string> = { correct: "🟩", present: "🟨", absent: "⬜" };
const TILE_STYLE: Record<Mark, "good" | "warning" | "emphasis"> = { correct: "good", present: "warning", absent: "emphasis" };

export function wordl6Adapter(): GameAdapter<Wordl6Round, Wordl6State, Wordl6Move> {
  const name = ritualTemplate("wordl6").name;
  return {
    gameId: "wordl6",
    verb: "wordl6",
    name,
    rules: wordl6Rules,
    prepare: async ({ circle, session }) => ({
      locale: circle.locale,
      // Whole days since 1970 in the circle's own calendar: each local day has its own word.
      answer: pickAnswer(circle.locale, circle._id, Math.floor(Date.parse(`${session.localDate}T00:00:00Z`) / DAY)),
    }),

    personalCard({ circle, session, round, play, notice, moveData }) {
      const t = botT(circle.locale, "wordl6");
      const board = view(round, play?.state ?? null, false);
      const rows: CardElement[] = board.rows.map((row) => ({
        type: "ColumnSet",
        spacing: "Small",
        columns: row.map((tile) => ({
          type: "Column",
          width: "stretch",
          style: TILE_STYLE[tile.mark],
          items: [{ type: "TextBlock", text: tile.letter.toUpperCase(), weight: "Bolder", horizontalAlignment: "Center", size: "Medium" }],
        })),
      }));
      const tried = (mark: Mark) =>
        board.keyboard
          .flat()
          .filter((key) => key.mark === mark)
          .map((key) => key.letter.toUpperCase())
          .join(" ");
      const keys = (["correct", "present", "absent"] as const)
        .filter((mark) => tried(mark) !== "")
        .map((mark) => `${SQUARE[mark]} ${tried(mark)}`)
        .join("   ");
      const status =
        board.status === "solved"
          ? t("solved", { count: board.rows.length })
          : board.status === "failed"
            ? t("failed")
            : t("guessesLeft", { count: board.guessesLeft });
      const body: CardElement[] = [
        { type: "TextBlock", text: name[circle.locale], size: "Large", weight: "Bolder", wrap: true, style: "heading" },
        ...(board.rows.length === 0 ? [{ type: "TextBlock" as const, text: t("intro"), wrap: true }] : []),
        ...rows,
        ...(keys ? [{ type: "TextBlock" as const, text: keys, wrap: true, size: "Small" as const, spacing: "Medium" as const }] : []),
        ...(notice ? [{ type: "TextBlock" as const, text: notice.text, color: notice.kind, wrap: true, weight: "Bolder" as const }] : []),
        { type: "TextBlock", text: status, wrap: true, weight: "Bolder", spacing: "Medium" },
      ];
      if (board.status !== "playing") return adaptiveCard(body, [], name[circle.locale]);
      const draft = typeof moveData.guess === "string" ? moveData.guess.slice(0, 12) : "";
      body.push(
        { type: "Input.Text", id: "guess", label: t("guessLabel"), placeholder: t("guessPlaceholder"), maxLength: 12, value: draft },
        { type: "TextBlock", text: t("legend"), isSubtle: true, size: "Small", wrap: true },
      );
      return adaptiveCard(body, [execute(t("submit"), "wordl6.move", { circleId: circle._id, sessionId: session._id, step: play?.step ?? 0 }, "positive")], name[circle.locale]);
    },

    progress({ circle, plays }) {
      const t = botT(circle.locale, "wordl6");
      return plays
        .filter((p) => p.state.guesses.length > 0)
        .slice(0, MAX_GRIDS)
        .map((p): CardElement => {
          const grid = sharedGrid(p.state).map((marks) => marks.map((mark) => SQUARE[mark]).join("")).join("\n\n");
          const state = p.state.solved ? t("progressSolved", { count: p.state.guesses.length }) : p.finished ? t("progressFailed") : t("progressPlaying", { count: p.state.guesses.length });
          return { type: "TextBlock", text: `**${p.playerName}** · ${state}\n\n${grid}`, wrap: true, size: "Small" };
        });
    },

    results({ circle, round, plays, optedOut }) {
      const t = botT(circle.locale, "wordl6");
      const result = summary(round, plays.map((p) => ({ id: p.playerId, name: p.playerName, state: p.state })));
      const fewest = result.solvers[0]?.guesses;
      const players: PlayerResult[] = plays
        .filter((p) => p.state.guesses.length > 0)
        .map((p) => ({ playerId: p.playerId, name: p.playerName, points: p.score, won: p.state.solved && p.state.guesses.length === fewest }));
      const visibleSolvers = result.solvers.filter((s) => !optedOut.has(s.id));
      const body: CardElement[] = [
        { type: "TextBlock", text: t("answer", { answer: round.answer.toUpperCase() }), wrap: true, size: "Medium" },
        ...(result.played > 0
          ? [
              { type: "TextBlock" as const, text: t("distribution"), weight: "Bolder" as const, wrap: true, spacing: "Medium" as const },
              {
                type: "FactSet" as const,
                facts: [
                  ...result.solvedIn.map((count, i) => ({ title: String(i + 1), value: `${"🟩".repeat(Math.min(count, 20))} ${count}` })),
                  { title: t("notSolved"), value: String(result.notSolved) },
                ],
              },
              {
                type: "TextBlock" as const,
                text: visibleSolvers.length > 0 ? t("solvers", { names: visibleSolvers.map((s) => `${s.name} (${s.guesses})`).join(", ") }) : t("nobodySolved"),
                wrap: true,
              },
            ]
          : []),
      ];
      return { players, body };
    },
  };
}

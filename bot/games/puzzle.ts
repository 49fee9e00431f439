// The team puzzle in Teams: one shared board per session. Anyone ticks four of the remaining words
// and presses "Try this group"; right groups lock for everyone (coloured by difficulty), wrong
// ones cost the team a shared mistake. The card shows the board, the wrong tries and who did
// what; the results card reveals every group and the points.

import type { CardElement, IAdaptiveCard } from "@microsoft/teams.cards";
import type { Circle, Locale } from "../../shared/circles/types";
import type { Session } from "../../shared/sessions/types";
import type { Store } from "../../shared/store/types";
import { botT } from "../../shared/i18n";
import { ritualTemplate } from "../../shared/rituals/catalog";
import {
  foldPuzzleWord,
  isFinished,
  newBoard,
  parseProposal,
  propose,
  puzzleForDay,
  puzzleView,
  scores,
  type Difficulty,
  type GroupView,
  type PuzzleBoard,
  type PuzzleView,
} from "../../shared/games/puzzle";
import { openRitualNow } from "../actions/start";
import { adaptiveCard } from "../cards/card";
import { momentLabel } from "../cards/format";
import { execute } from "../cards/setup-card";
import type { CircleGameAdapter, CircleGameView } from "./circle-game";
import type { GameCommandDeps } from "./commands";

export interface PuzzleMove {
  words: string[];
}

/** The puzzle ids a circle has had, oldest first (not counting the session being prepared). */
export interface PuzzleHistory {
  playedIds(circleId: string, exceptSessionId: string): Promise<string[]>;
}

/** The circle's earlier puzzle rounds from the store, oldest first. */
export function storePuzzleHistory(store: Store): PuzzleHistory {
  return {
    async playedIds(circleId, exceptSessionId) {
      const rounds = await store
        .collection<Session>("sessions")
        .find({ circleId, ritualId: "team-puzzle", _id: { $ne: exceptSessionId } }, { projection: { _id: 1, createdAt: 1, data: 1 }, sort: { createdAt: 1 } });
      return rounds.flatMap((round) => {
        const id = (round.data.board as { puzzleId?: unknown } | undefined)?.puzzleId;
        return typeof id === "string" ? [id] : [];
      });
    },
  };
}

const SQUARE: Record<Difficulty, string> = { 1: "🟨", 2: "🟩", 3: "🟦", 4: "🟪" };
// Adaptive Cards have no purple container; the square carries the colour, the style the contrast.
const STYLE: Record<Difficulty, "warning" | "good" | "accent" | "emphasis"> = { 1: "warning", 2: "good", 3: "accent", 4: "emphasis" };

const heading = (text: string): CardElement => ({ type: "TextBlock", text, size: "Large", weight: "Bolder", wrap: true, style: "heading" });
const line = (text: string, extra: Partial<{ isSubtle: boolean; weight: "Bolder"; size: "Small"; color: "Good" | "Attention" | "Warning"; spacing: "Medium" | "Small" }> = {}): CardElement => ({
  type: "TextBlock",
  text,
  wrap: true,
  ...extra,
});

function groupBlock(locale: Locale, group: GroupView): CardElement {
  const t = botT(locale, "puzzle");
  const who = group.by ? t("foundBy", { name: group.by.name }) : t("notFound");
  return {
    type: "Container",
    style: STYLE[group.difficulty],
    spacing: "Small",
    items: [
      { type: "TextBlock", text: `${SQUARE[group.difficulty]} **${group.theme}** · ${who}`, wrap: true, size: "Small" },
      { type: "TextBlock", text: group.words.join(" · "), wrap: true, weight: "Bolder", spacing: "None" },
    ],
  };
}

function mistakesLine(locale: Locale, view: PuzzleView): CardElement {
  const dots = "●".repeat(view.mistakesLeft) + "○".repeat(view.mistakes);
  return line(botT(locale, "puzzle")("mistakesLeft", { dots, count: view.mistakesLeft }), { weight: "Bolder", spacing: "Medium" });
}

function contributionsBlock(locale: Locale, view: PuzzleView): CardElement[] {
  const t = botT(locale, "puzzle");
  if (view.contributors.length === 0) return [];
  return [
    line(t("contributions"), { weight: "Bolder", spacing: "Medium" }),
    {
      type: "FactSet",
      facts: view.contributors.map((c) => ({
        title: c.name,
        value: [t("proposals", { count: c.proposals }), ...(c.found.length > 0 ? [t("found", { themes: c.found.join(", ") })] : [])].join(" · "),
      })),
    },
  ];
}

/** The words of a refused proposal that are still on the board, to tick them again. */
function draftWords(view: PuzzleView, draft: Record<string, unknown> | undefined): string {
  const raw = typeof draft?.words === "string" ? draft.words.slice(0, 1_000) : "";
  const byKey = new Map(view.remaining.map((word) => [foldPuzzleWord(word), word]));
  return [...new Set(raw.split(",").flatMap((item) => byKey.get(foldPuzzleWord(item)) ?? []))].join(",");
}

/** What the person who just moved sees about their own move, or the last move for everyone. */
function latestLine(locale: Locale, view: PuzzleView, viewerId: string | null): CardElement[] {
  const t = botT(locale, "puzzle");
  const latest = view.latest;
  if (!latest) return [];
  const theme = latest.theme ?? "";
  const color = latest.outcome === "locked" ? ("Good" as const) : latest.outcome === "oneAway" ? ("Warning" as const) : ("Attention" as const);
  if (viewerId && latest.by.id === viewerId) return [line(t(`mine.${latest.outcome}`, { theme }), { weight: "Bolder", color })];
  return [line(t(`latest.${latest.outcome}`, { name: latest.by.name, theme, words: latest.words.join(", ") }), { color })];
}

function openCard(circle: Circle, view: CircleGameView<PuzzleBoard>, board: PuzzleView, title: string): IAdaptiveCard {
  const t = botT(circle.locale, "puzzle");
  const games = botT(circle.locale, "games");
  // Newest first; there are at most four (one per mistake).
  const tries = [...board.wrongTries].reverse();
  const body: CardElement[] = [
    heading(title),
    ...(board.latest === null ? [line(t("intro"), { isSubtle: true })] : []),
    ...board.locked.map((group) => groupBlock(circle.locale, group)),
    ...(view.notice ? [line(view.notice.text, { weight: "Bolder", color: view.notice.kind })] : latestLine(circle.locale, board, view.viewer?.id ?? null)),
    mistakesLine(circle.locale, board),
    {
      type: "Input.ChoiceSet",
      id: "words",
      label: t("pickLabel"),
      isMultiSelect: true,
      // Checkboxes: the same on Teams desktop, web and mobile, and every word stays visible.
      style: "expanded",
      choices: board.remaining.map((word) => ({ title: word, value: word })),
      value: draftWords(board, view.draft),
    },
    ...(tries.length > 0
      ? [
          line(t("tried"), { weight: "Bolder", size: "Small", spacing: "Medium" }),
          line(tries.map((tr) => `${tr.words.join(", ")} — ${tr.by.name}${tr.oneAway ? ` (**${t("oneAwayMark")}**)` : ""}`).join("\n\n"), { size: "Small", spacing: "Small" }),
        ]
      : []),
    ...contributionsBlock(circle.locale, board),
    line(games("closesAt", { time: momentLabel(circle.locale, circle.settings.timeZone, view.session.closesAt) }), { isSubtle: true, size: "Small", spacing: "Medium" }),
  ];
  return adaptiveCard(body, [execute(t("tryGroup"), "puzzle.move", { circleId: circle._id, sessionId: view.session._id }, "positive")], title);
}

/** The board once nothing more can be played: every group shown, found or not. */
function outcomeBody(locale: Locale, board: PuzzleView): CardElement[] {
  const t = botT(locale, "puzzle");
  const status =
    board.status === "solved" ? t("solved", { count: board.mistakes }) : board.latest === null ? t("nobody") : board.status === "failed" ? t("failed") : t("unsolved");
  return [
    line(status, { weight: "Bolder" }),
    ...[...board.locked, ...board.revealed].map((group) => groupBlock(locale, group)),
    line(t("mistakesUsed", { count: board.mistakes }), { spacing: "Medium" }),
    ...contributionsBlock(locale, board),
  ];
}

export function puzzleAdapter(history: PuzzleHistory): CircleGameAdapter<PuzzleBoard, PuzzleMove> {
  const name = ritualTemplate("team-puzzle").name;
  return {
    gameId: "team-puzzle",
    verb: "puzzle",
    name,
    async prepare({ circle, session }) {
      const played = await history.playedIds(circle._id, session._id);
      const today = puzzleForDay(circle.locale, played, `${circle._id}|${session.localDate}`);
      return newBoard(today, circle.locale, session._id);
    },
    parseMove(board, input) {
      const parsed = parseProposal(board, input.words);
      return parsed.ok ? { ok: true, move: { words: parsed.words } } : parsed;
    },
    play(board, player, move) {
      const result = propose(board, player, move.words);
      return result.ok ? { ok: true, board: result.board } : result;
    },
    isFinished,
    card(view) {
      const { circle } = view;
      const title = name[circle.locale];
      const board = puzzleView(view.board, view.closed);
      if (!view.closed) return openCard(circle, view, board, title);
      return adaptiveCard([heading(title), ...outcomeBody(circle.locale, board)], [], title);
    },
    results({ circle, board, optedOut }) {
      const t = botT(circle.locale, "puzzle");
      const view = puzzleView(board, true);
      const players = scores(board);
      const shown = players.filter((p) => !optedOut.has(p.playerId));
      const body: CardElement[] = [
        ...outcomeBody(circle.locale, view),
        ...(shown.length > 0
          ? [
              line(t("points"), { weight: "Bolder", spacing: "Medium" }),
              { type: "FactSet" as const, facts: shown.map((p) => ({ title: p.name, value: t("pointsValue", { count: p.points }) })) },
            ]
          : []),
        ...(view.teamBonus > 0 ? [line(t("teamBonus", { bonus: view.teamBonus }))] : []),
        line(t("scoring"), { isSubtle: true, size: "Small", spacing: "Medium" }),
      ];
      return { players, body };
    },
  };
}

/** `puzzle`: opens today's team puzzle in this conversation right away (once a day). */
export function puzzleCommand(deps: GameCommandDeps, circle: Circle, now: Date): Promise<string> {
  return openRitualNow(deps.start, circle, "team-puzzle", now);
}

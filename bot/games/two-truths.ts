// Two Truths and a Lie in Teams, on the circle-game engine: the storyteller writes in their own
// view of the card (Action.Execute refresh for them only), everyone votes on the shared card
// (their own view shows their vote), the reveal scores both sides, and the storyteller can
// delete their statements from the results card later. Also the `truths` command.

import type { CardElement, IAdaptiveCard } from "@microsoft/teams.cards";
import type { Circle } from "../../shared/circles/types";
import { botT } from "../../shared/i18n";
import { ritualTemplate } from "../../shared/rituals/catalog";
import type { Player } from "../../shared/games/types";
import {
  LETTERS,
  POINTS_PER_FOOLED,
  POINTS_RIGHT,
  STATEMENT_MAX,
  STATEMENT_MIN,
  STATEMENTS,
  isFinished,
  newBoard,
  outcome,
  parseMove,
  play,
  settle,
  storyteller,
  told,
  voteOf,
  type TwoTruthsBoard,
  type TwoTruthsMove,
} from "../../shared/games/two-truths/rules";
import { storytellerQueue, volunteer, withdrawVolunteer } from "../../shared/games/two-truths/storytellers";
import type { Store } from "../../shared/store/types";
import type { ActionHandler } from "../actions/types";
import { openRitualNow, type StartDeps } from "../actions/start";
import { adaptiveCard, type CardAction } from "../cards/card";
import { momentLabel } from "../cards/format";
import { execute } from "../cards/setup-card";
import { circleGameCard, type CircleGameAdapter, type CircleGameDeps, type CircleGameView } from "./circle-game";
import type { PlayerResult } from "./engine";

const VERB = "truths";
/** Names listed on a card before "and N more". */
const MAX_NAMES = 30;
const DRAFT_MAX = 400;

type T = ReturnType<typeof botT<"truths">>;

const textBlock = (text: string, extra: Partial<Extract<CardElement, { type: "TextBlock" }>> = {}): CardElement => ({ type: "TextBlock", text, wrap: true, ...extra });

function namesList(t: T, names: string[]): string {
  if (names.length <= MAX_NAMES) return names.join(", ");
  return t("spottedMore", { names: names.slice(0, MAX_NAMES).join(", "), count: names.length - MAX_NAMES });
}

/** A button that does not send the form's inputs (and so does not ask for them to be filled). */
function withoutInputs(action: CardAction): CardAction {
  const { fallback, ...rest } = action as CardAction & { fallback?: object };
  return { ...rest, associatedInputs: "none", ...(fallback ? { fallback: { ...fallback, associatedInputs: "none" } } : {}) } as CardAction;
}

function statementRows(board: TwoTruthsBoard, t: T, options: { revealed: boolean; mine?: number; ownLie?: boolean }): CardElement[] {
  const perStatement = outcome(board)?.perStatement ?? [];
  return board.statements.map((statement, i): CardElement => {
    const isLie = i === board.lie;
    const style = options.revealed ? (isLie ? "attention" : "good") : options.mine === i || (options.ownLie && isLie) ? "accent" : "emphasis";
    const details = options.revealed
      ? `${isLie ? t("lie") : t("truth")} · ${t("votesOn", { count: perStatement[i] ?? 0 })}`
      : options.mine === i
        ? `✓ ${t("yourVote")}`
        : options.ownLie && isLie
          ? `(${t("yourLie")})`
          : "";
    return {
      type: "Container",
      style,
      spacing: "Small",
      items: [
        {
          type: "ColumnSet",
          columns: [
            { type: "Column", width: "auto", items: [textBlock(LETTERS[i], { weight: "Bolder", size: "Large" })] },
            {
              type: "Column",
              width: "stretch",
              verticalContentAlignment: "Center",
              items: [
                board.deletedAt ? textBlock(t("deletedStatement"), { isSubtle: true }) : textBlock(statement),
                ...(details ? [textBlock(details, { size: "Small", isSubtle: !options.revealed, weight: options.revealed ? ("Bolder" as const) : undefined })] : []),
              ],
            },
          ],
        },
      ],
    };
  });
}

function form(view: CircleGameView<TwoTruthsBoard>, t: T, teller: Player): { body: CardElement[]; actions: CardAction[] } {
  const { circle, session, draft = {} } = view;
  const value = (key: string) => (typeof draft[key] === "string" ? String(draft[key]).slice(0, DRAFT_MAX) : "");
  const ids = { circleId: circle._id, sessionId: session._id };
  return {
    body: [
      textBlock(t("formIntro", { name: teller.name }), { weight: "Bolder" }),
      textBlock(t("formRules", { min: STATEMENT_MIN, max: STATEMENT_MAX }), { isSubtle: true, size: "Small" }),
      ...Array.from({ length: STATEMENTS }, (_, i): CardElement => ({
        type: "Input.Text",
        id: `s${i + 1}`,
        label: t("statement", { n: i + 1 }),
        placeholder: i === 0 ? t("statementPlaceholder") : undefined,
        maxLength: STATEMENT_MAX,
        isRequired: true,
        errorMessage: t("errors.statementMissing"),
        value: value(`s${i + 1}`),
      })),
      {
        type: "Input.ChoiceSet",
        id: "lie",
        label: t("whichLie"),
        style: "expanded",
        isRequired: true,
        errorMessage: t("errors.lieMissing"),
        choices: Array.from({ length: STATEMENTS }, (_, i) => ({ title: t("lieChoice", { n: i + 1 }), value: String(i + 1) })),
        value: /^[1-3]$/.test(value("lie")) ? value("lie") : undefined,
      },
    ],
    actions: [execute(t("submit"), `${VERB}.move`, { ...ids, kind: "submit" }, "positive"), withoutInputs(execute(t("pass"), `${VERB}.move`, { ...ids, kind: "pass" }))],
  };
}

/** The card for everyone (viewer null) or one person's own view, in every phase. */
function card(view: CircleGameView<TwoTruthsBoard>): IAdaptiveCard {
  const { circle, session, viewer, closed, notice } = view;
  const t = botT(circle.locale, "truths");
  const name = ritualTemplate("two-truths").name[circle.locale];
  // At the close an open vote is revealed, as the results say.
  const board = closed ? settle(view.board, session.closesAt) : view.board;
  const teller = storyteller(board);
  const isTeller = viewer !== null && teller !== null && viewer.id === teller.id;
  const ids = { circleId: circle._id, sessionId: session._id };
  const until = momentLabel(circle.locale, circle.settings.timeZone, session.closesAt);
  const body: CardElement[] = [textBlock(name, { size: "Large", weight: "Bolder", style: "heading" })];
  if (notice) body.push(textBlock(notice.text, { color: notice.kind, weight: "Bolder" }));
  const actions: CardAction[] = [];

  const passedNow = viewer !== null && board.passed.includes(viewer.id);
  if (board.phase === "skipped") {
    body.push(
      passedNow
        ? textBlock(t("passedNobody"))
        : textBlock(board.queue.length === 0 ? t("nobodyToAsk") : t("skipped", { names: namesList(t, board.queue.map((p) => p.name)) })),
      textBlock(t("volunteerHint"), { isSubtle: true, size: "Small" }),
    );
  } else if (board.phase === "collecting" && teller) {
    if (closed) {
      body.push(textBlock(t("lapsed", { name: teller.name })), textBlock(t("volunteerHint"), { isSubtle: true, size: "Small" }));
    } else if (isTeller) {
      const own = form(view, t, teller);
      body.push(...own.body);
      actions.push(...own.actions);
    } else {
      if (passedNow) body.push(textBlock(t("passed", { next: teller.name }), { weight: "Bolder" }));
      body.push(
        textBlock(t("intro")),
        textBlock(t("waiting", { name: teller.name }), { weight: "Bolder" }),
        textBlock(viewer ? t("onlyStoryteller", { name: teller.name }) : t("waitingHint", { name: teller.name }), { isSubtle: true }),
        textBlock(t("openUntil", { time: until }), { isSubtle: true, size: "Small" }),
      );
      // Everyone sees this button; its title says whose it is (the others get "only … can write").
      if (!viewer) actions.push(execute(t("openForm", { name: teller.name }), `${VERB}.open`, ids));
    }
  } else if (board.phase === "voting" && teller) {
    const mine = viewer ? voteOf(board, viewer.id)?.choice : undefined;
    body.push(textBlock(t("question", { name: teller.name })), ...statementRows(board, t, { revealed: false, mine, ownLie: isTeller }));
    body.push(textBlock(t("voted", { count: board.votes.length }), { weight: "Bolder", spacing: "Medium" }));
    if (isTeller) {
      body.push(textBlock(t("storytellerView", { time: until }), { isSubtle: true }));
      actions.push(execute(t("revealNow"), `${VERB}.move`, { ...ids, kind: "reveal" }, "positive"));
    } else {
      body.push(
        textBlock(viewer && mine !== undefined ? t("youVoted", { letter: LETTERS[mine] }) : t("notVoted"), { isSubtle: viewer === null || mine === undefined }),
        textBlock(t("closesAt", { time: until }), { isSubtle: true, size: "Small" }),
      );
      actions.push(...LETTERS.map((letter, i) => execute(t("voteButton", { letter }), `${VERB}.move`, { ...ids, kind: "vote", choice: i })));
      if (!viewer) actions.push(execute(t("myView"), `${VERB}.open`, ids));
    }
  } else if (board.phase === "revealed" && teller) {
    const result = outcome(board);
    body.push(textBlock(t("revealedTitle", { name: teller.name })), ...statementRows(board, t, { revealed: true }));
    if (result) {
      const voters = board.votes.length;
      body.push(
        textBlock(result.right.length > 0 ? t("spotted", { names: namesList(t, result.right.map((v) => v.name)) }) : t("nobodySpotted"), { weight: "Bolder", spacing: "Medium" }),
        textBlock(voters > 0 ? t("fooled", { name: teller.name, fooled: result.fooled.length, voters }) : t("nobodyVoted")),
      );
      const own = viewer ? voteOf(board, viewer.id) : undefined;
      if (own) body.push(textBlock(own.choice === board.lie ? t("youSpotted") : t("youWereFooled", { name: teller.name }), { color: own.choice === board.lie ? "Good" : "Attention" }));
      body.push(
        textBlock(t("pointsRule", { right: t("points", { count: POINTS_RIGHT }), name: teller.name, perFooled: t("points", { count: POINTS_PER_FOOLED }) }), {
          isSubtle: true,
          size: "Small",
        }),
      );
    }
    if (board.deletedAt) body.push(textBlock(t("deleted", { name: teller.name }), { isSubtle: true, size: "Small" }));
    else if (told(board)) {
      body.push(textBlock(t("deleteHint", { name: teller.name }), { isSubtle: true, size: "Small" }));
      actions.push(execute(t("deleteMine"), `${VERB}.delete`, ids));
    }
  }
  return adaptiveCard(body, actions, name);
}

function results({ circle, session, board, optedOut }: Parameters<CircleGameAdapter<TwoTruthsBoard, TwoTruthsMove>["results"]>[0]): { players: PlayerResult[]; body: CardElement[] } {
  const t = botT(circle.locale, "truths");
  const settled = settle(board, session.closesAt);
  const teller = storyteller(settled);
  const result = outcome(settled);
  if (!result || !teller) {
    const text =
      settled.phase === "skipped"
        ? settled.queue.length === 0
          ? t("nobodyToAsk")
          : t("skipped", { names: namesList(t, settled.queue.map((p) => p.name)) })
        : t("lapsed", { name: teller?.name ?? "" });
    return { players: [], body: [textBlock(text), textBlock(t("volunteerHint"), { isSubtle: true, size: "Small" })] };
  }
  const players: PlayerResult[] = result.scores.map((score) => ({ playerId: score.player.id, name: score.player.name, points: score.points, won: score.won }));
  const visible = result.scores.filter((score) => !optedOut.has(score.player.id) && (score.points > 0 || score.role === "storyteller"));
  const voters = settled.votes.length;
  return {
    players,
    body: [
      textBlock(t("summaryLie", { letter: LETTERS[settled.lie] }), { size: "Medium" }),
      textBlock(voters > 0 ? t("fooled", { name: teller.name, fooled: result.fooled.length, voters }) : t("nobodyVoted")),
      ...(visible.length > 0
        ? [
            textBlock(t("summaryPoints"), { weight: "Bolder", spacing: "Medium" }),
            {
              type: "FactSet" as const,
              facts: visible.slice(0, MAX_NAMES).map((score) => ({
                title: score.player.name,
                value: `${t("points", { count: score.points })} · ${score.role === "storyteller" ? t("summaryStoryteller", { count: result.fooled.length }) : t("summaryRight")}`,
              })),
            },
          ]
        : []),
    ],
  };
}

export function twoTruthsAdapter(store: Store): CircleGameAdapter<TwoTruthsBoard, TwoTruthsMove> {
  return {
    gameId: "two-truths",
    verb: VERB,
    name: ritualTemplate("two-truths").name,
    prepare: async ({ circle, session }) => newBoard(await storytellerQueue(store, circle, session), session._id),
    parseMove: (_board, input) => parseMove(input),
    play,
    isFinished,
    card,
    // The storyteller gets their form (then their "reveal now"); voters see their own vote.
    personalViewFor(board) {
      const teller = storyteller(board);
      if (!teller) return [];
      if (board.phase === "collecting") return [teller.id];
      if (board.phase === "voting") return [teller.id, ...board.votes.map((v) => v.id)];
      return [];
    },
    results,
  };
}

/**
 * `truths.delete`: the storyteller blanks their statements after the reveal (also after the round
 * closed, which the engine's moves no longer allow). Who took part and the scores stay.
 */
export function twoTruthsActions(adapter: CircleGameAdapter<TwoTruthsBoard, TwoTruthsMove>, deps: CircleGameDeps): Record<string, ActionHandler> {
  return {
    [`${VERB}.delete`]: async ({ circle, data, actor, now }) => {
      const games = botT(circle.locale, "games");
      const id = data.sessionId;
      // Only a session of this circle and this game: a forged id of another circle finds nothing.
      if (typeof id !== "string" || id.length > 500 || !id.startsWith(`${circle._id}|${adapter.gameId}|`)) return { kind: "message", text: games("stale") };
      const player: Player = { id: actor.id!, name: actor.name };
      let refused: string | null = null;
      const saved = await deps.sessions.update(id, (current) => {
        refused = null;
        const stored = (current.data as { board?: TwoTruthsBoard }).board;
        if (!stored) return null;
        const over = current.state !== "open" || now >= current.closesAt;
        const result = play(over ? settle(stored, current.closesAt) : stored, player, { kind: "delete" }, now);
        if (!result.ok) {
          refused = result.error.message[circle.locale];
          return null;
        }
        return { ...current, data: { ...current.data, board: result.board } };
      });
      if (!saved || !(saved.data as { board?: unknown }).board) return { kind: "message", text: games("stale") };
      if (refused) return { kind: "message", text: refused };
      const shared = circleGameCard(adapter, circle, saved, null, now);
      if (saved.activityId) await deps.poster.updateCard(circle, saved.activityId, shared);
      return { kind: "message", text: botT(circle.locale, "truths")("deleteDone") };
    },
  };
}

export interface TruthsCommandDeps {
  start: StartDeps;
  store: Store;
}

/** `truths`: open a round now; `truths volunteer` / `truths volunteer off`: the storyteller list. */
export async function truthsCommand(deps: TruthsCommandDeps, circle: Circle, person: Player, args: string, now: Date): Promise<string> {
  const t = botT(circle.locale, "truths");
  const words = args.trim().toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return openRitualNow(deps.start, circle, "two-truths", now);
  if (!["volunteer", "vrijwilliger"].includes(words[0]) || words.length > 2) return t("usage");
  if (words.length === 2) {
    if (!["off", "uit", "stop"].includes(words[1])) return t("usage");
    return (await withdrawVolunteer(deps.store, circle._id, person.id)) ? t("volunteerOff") : t("volunteerWasOff");
  }
  const { added, position } = await volunteer(deps.store, circle._id, person, now);
  return added ? t("volunteered", { name: person.name, position }) : t("alreadyVolunteered", { position });
}

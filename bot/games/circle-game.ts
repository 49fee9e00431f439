// Circle games: one board for the whole circle (Walk the Globe, the team puzzle, Two Truths and
// a Lie). The board lives in the session (`session.data.board`) and every move is a
// compare-and-set on the session, so people moving at once never overwrite each other. Everyone
// sees the same card; a game may give some people their own view (the storyteller's form).
// A finished board closes the round at once: the scheduler posts the results.

import type { CardElement, IAdaptiveCard } from "@microsoft/teams.cards";
import type { Circle, Locale } from "../../shared/circles/types";
import { botT } from "../../shared/i18n";
import type { GameError, GameId, Player } from "../../shared/games/types";
import type { Session } from "../../shared/sessions/types";
import type { ActionHandler, ActionResult } from "../actions/types";
import type { RitualContext, RitualOpener } from "../rituals/types";
import { MAX_REFRESH_USERS, SharedCardUpdates, type GameDeps, type Notice, type PlayerResult } from "./engine";

/** Who moved in a round, and how often: the round's participation and "everyone's contributions". */
export interface Contributor {
  id: string;
  name: string;
  moves: number;
}

export interface CircleGameView<Board> {
  circle: Circle;
  session: Session;
  board: Board;
  /** Null for the card everyone sees; a person for their own view. */
  viewer: Player | null;
  contributors: Contributor[];
  /** True once the round can take no more moves (closed or finished). */
  closed: boolean;
  notice?: Notice;
  /** The inputs of the refused move, to show them again. */
  draft?: Record<string, unknown>;
}

export interface CircleGameAdapter<Board, Move> {
  gameId: GameId;
  /** Prefix of the card verbs: "<verb>.open" (own view), "<verb>.move". */
  verb: string;
  name: Record<Locale, string>;
  /** The round's starting board (the mystery country, today's puzzle), computed once per session. */
  prepare(context: RitualContext): Promise<Board>;
  /** Validates untrusted card input into a move; errors are shown to the person, nothing is stored. */
  parseMove(board: Board, input: Record<string, unknown>): { ok: true; move: Move } | { ok: false; error: GameError };
  /** Applies a move (pure): the new board, or why it is refused. A refused move costs nothing. */
  play(board: Board, player: Player, move: Move, now: Date): { ok: true; board: Board } | { ok: false; error: GameError };
  /** True when the board needs no more moves (solved, out of mistakes): the round closes at once. */
  isFinished(board: Board): boolean;
  /** The card: everyone's (viewer null) or one person's own view. */
  card(view: CircleGameView<Board>): IAdaptiveCard;
  /** People who get their own view automatically when they open the message (at most 60). */
  personalViewFor?(board: Board, circle: Circle): string[];
  /**
   * The round's scores and the body of the results card. It may record what the round leaves
   * behind (Walk the Globe's journey); the close is retried after a failure, so that must be
   * idempotent per session.
   */
  results(view: { circle: Circle; session: Session; board: Board; contributors: Contributor[]; optedOut: Set<string>; now: Date }):
    | { players: PlayerResult[]; body: CardElement[] }
    | Promise<{ players: PlayerResult[]; body: CardElement[] }>;
}

export interface CircleGameDeps extends GameDeps {
  /** Asks the scheduler to act now (a finished round is closed and its results posted). */
  wakeScheduler?: () => void;
}

interface CircleGameData<Board> {
  board: Board;
  contributors: Contributor[];
}

const dataOf = <Board>(session: Session) => session.data as unknown as CircleGameData<Board>;

function withRefresh<Board, Move>(adapter: CircleGameAdapter<Board, Move>, card: IAdaptiveCard, circle: Circle, session: Session, board: Board, closed: boolean): IAdaptiveCard {
  const userIds = closed ? [] : (adapter.personalViewFor?.(board, circle) ?? []).slice(0, MAX_REFRESH_USERS);
  if (userIds.length === 0) return card;
  const data = { circleId: circle._id, sessionId: session._id, verb: `${adapter.verb}.open` };
  return { ...card, refresh: { action: { type: "Action.Execute", verb: `${adapter.verb}.open`, data }, userIds } };
}

/** The card for everyone, or for one person, with the refresh that gives people their own view. */
export function circleGameCard<Board, Move>(adapter: CircleGameAdapter<Board, Move>, circle: Circle, session: Session, viewer: Player | null, now: Date, extra: Pick<CircleGameView<Board>, "notice" | "draft"> = {}): IAdaptiveCard {
  const { board, contributors } = dataOf<Board>(session);
  const closed = session.state !== "open" || now >= session.closesAt || adapter.isFinished(board);
  const card = adapter.card({ circle, session, board, viewer, contributors, closed, ...extra });
  return withRefresh(adapter, card, circle, session, board, closed);
}

/** The ritual side: prepare the board, post the shared card, post the results once at the close. */
export function circleGameOpener<Board, Move>(adapter: CircleGameAdapter<Board, Move>, deps: CircleGameDeps): RitualOpener {
  return {
    prepare: async (context) => ({ board: await adapter.prepare(context), contributors: [] }),
    // The session is still pending while its first card is built: draw it as the open round it becomes.
    open: ({ circle, session, now }) => circleGameCard(adapter, circle, { ...session, state: "open" }, null, now),
    close: async ({ circle, session, now }) => {
      const { board, contributors } = dataOf<Board>(session);
      const optedOut = await deps.optedOut(circle._id);
      const { players, body } = await adapter.results({ circle, session, board, contributors, optedOut, now });
      await deps.recordResults({ circle, session, gameId: adapter.gameId, players, now });
      // The closing card shows the board as stored last (e.g. statements deleted since the claim).
      const latest = await deps.sessions.update(session._id, (current) =>
        current.data.results ? null : { ...current, data: { ...current.data, results: players }, participants: contributors.map((c) => c.id) },
      );
      const t = botT(circle.locale, "games");
      const title = t("resultsTitle", { game: adapter.name[circle.locale] });
      const summary: IAdaptiveCard = {
        type: "AdaptiveCard",
        $schema: "http://adaptivecards.io/schemas/adaptive-card.json",
        version: "1.5",
        msteams: { width: "full" },
        fallbackText: title,
        body: [{ type: "TextBlock", text: title, size: "Large", weight: "Bolder", wrap: true, style: "heading" }, ...body],
      };
      const closedSession = { ...(latest ?? session), state: "closed" as const };
      return { replaceWith: circleGameCard(adapter, circle, closedSession, null, now), summary };
    },
  };
}

/** The card actions: open my own view, make a move on the shared board. */
export function circleGameActions<Board, Move>(adapter: CircleGameAdapter<Board, Move>, deps: CircleGameDeps): Record<string, ActionHandler> {
  const updates = deps.sharedUpdates ?? new SharedCardUpdates(deps.sharedUpdateMs ?? 3_000);

  const sessionOf = async (circle: Circle, data: Record<string, unknown>): Promise<Session | null> => {
    const id = data.sessionId;
    // Only a session of this circle and this game: a forged id of another circle finds nothing.
    if (typeof id !== "string" || id.length > 500 || !id.startsWith(`${circle._id}|${adapter.gameId}|`)) return null;
    const session = await deps.sessions.get(id);
    // Only a round that was posted: a pending one (prepared, not yet on the card) would be drawn as
    // over, revealing its answer to whoever guessed its predictable id; a failed one never ran.
    const posted = session?.state === "open" || session?.state === "closed";
    return session && posted && session.data.board !== undefined ? session : null;
  };
  const stale = (circle: Circle): ActionResult => ({ kind: "message", text: botT(circle.locale, "games")("stale") });

  // Drawn as of the move that asked for it (the server's clock, which tests and replays control).
  const refreshShared = (circle: Circle, sessionId: string, now: Date) =>
    updates.request(sessionId, async () => {
      const latest = await deps.sessions.get(sessionId);
      if (!latest?.activityId || latest.state !== "open") return;
      await deps.poster.updateCard(circle, latest.activityId, circleGameCard(adapter, circle, latest, null, now));
    });

  return {
    [`${adapter.verb}.open`]: async ({ circle, data, actor, now }) => {
      const session = await sessionOf(circle, data);
      if (!session) return stale(circle);
      return { kind: "card", card: circleGameCard(adapter, circle, session, { id: actor.id!, name: actor.name }, now) };
    },
    [`${adapter.verb}.move`]: async ({ circle, data, actor, now }) => {
      const session = await sessionOf(circle, data);
      if (!session) return stale(circle);
      const player: Player = { id: actor.id!, name: actor.name };
      const refuse = (current: Session, error: GameError) => ({
        kind: "card" as const,
        card: circleGameCard(adapter, circle, current, player, now, { notice: { kind: "Attention", text: error.message[circle.locale] }, draft: data }),
      });
      const parsed = adapter.parseMove(dataOf<Board>(session).board, data);
      if (!parsed.ok) return refuse(session, parsed.error);

      let refusal: GameError | null = null;
      let finished = false;
      const saved = await deps.sessions.update(session._id, (current) => {
        refusal = null;
        const { board, contributors } = dataOf<Board>(current);
        if (current.state !== "open" || now >= current.closesAt || adapter.isFinished(board)) return null;
        const result = adapter.play(board, player, parsed.move, now);
        if (!result.ok) {
          refusal = result.error;
          return null;
        }
        finished = adapter.isFinished(result.board);
        const mine = contributors.find((c) => c.id === player.id);
        const nextContributors = mine
          ? contributors.map((c) => (c.id === player.id ? { ...c, name: player.name, moves: c.moves + 1 } : c))
          : [...contributors, { id: player.id, name: player.name, moves: 1 }];
        const participants = current.participants.includes(player.id) ? current.participants : [...current.participants, player.id];
        // A finished board ends the round now: the scheduler closes it and posts the results.
        const ending = finished ? { closesAt: now, dueAt: now } : {};
        return { ...current, ...ending, participants, data: { ...current.data, board: result.board, contributors: nextContributors } };
      });
      if (!saved) return stale(circle);
      if (refusal) return refuse(saved, refusal);
      if (finished) deps.wakeScheduler?.();
      else refreshShared(circle, saved._id, now);
      return { kind: "card", card: circleGameCard(adapter, circle, saved, player, now) };
    },
  };
}

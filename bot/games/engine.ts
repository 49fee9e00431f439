// The game engine in Teams: one shared, spoiler-free card per session, each player's own view
// (Action.Execute refresh for up to 60 people, a Play button for everyone), moves applied per
// player with a step guard, the shared card updated in place at most every few seconds, and the
// round finalised once when its window closes.

import type { CardElement, IAdaptiveCard } from "@microsoft/teams.cards";
import type { Circle, Locale } from "../../shared/circles/types";
import { botT } from "../../shared/i18n";
import { PlayRepository } from "../../shared/games/plays";
import type { GameId, GameRules, Play, Player } from "../../shared/games/types";
import type { SessionRepository } from "../../shared/sessions/repository";
import type { Session } from "../../shared/sessions/types";
import type { ActionHandler, ActionResult } from "../actions/types";
import { adaptiveCard } from "../cards/card";
import { momentLabel } from "../cards/format";
import { execute } from "../cards/setup-card";
import type { RitualContext, RitualOpener } from "../rituals/types";
import type { CardPoster } from "../scheduler";

/** Teams refreshes a card automatically for at most this many user ids. */
export const MAX_REFRESH_USERS = 60;

export interface Notice {
  kind: "Good" | "Attention";
  text: string;
}

export interface PlayerResult {
  playerId: string;
  name: string;
  points: number;
  won: boolean;
  /** Lower is better among equal points (e.g. total answer time). */
  tiebreakMs?: number;
}

export interface GameAdapter<Round, S, Move> {
  gameId: GameId;
  /** Prefix of the card verbs: "<verb>.open", "<verb>.move". */
  verb: string;
  name: Record<Locale, string>;
  rules: GameRules<Round, S, Move>;
  /** Today's round for the circle (questions, the secret word), computed once per session. */
  prepare(context: RitualContext): Promise<Round>;
  /** The player's own view: their board, the next question, feedback on the last move. */
  personalCard(view: { circle: Circle; session: Session; round: Round; play: Play<S> | null; notice?: Notice; moveData: Record<string, unknown> }): IAdaptiveCard;
  /** What everyone may see while the round is open: progress only, never an answer. */
  progress(view: { circle: Circle; session: Session; round: Round; plays: Play<S>[] }): CardElement[];
  /** The round's results and the results card's body. */
  results(view: { circle: Circle; session: Session; round: Round; plays: Play<S>[]; optedOut: Set<string> }): { players: PlayerResult[]; body: CardElement[] };
}

export interface GameDeps {
  sessions: SessionRepository;
  plays: PlayRepository;
  poster: CardPoster;
  /** Records the round's scores into leaderboards and streaks; must be idempotent per session. */
  recordResults(input: { circle: Circle; session: Session; gameId: GameId; players: PlayerResult[]; now: Date }): Promise<void>;
  /** Ids of people who asked not to appear on leaderboards. */
  optedOut(circleId: string): Promise<Set<string>>;
  /** Minimum time between two updates of one shared card (Teams allows a few operations per second per conversation). */
  sharedUpdateMs?: number;
  /** The server's one queue of shared-card updates (flushed on shutdown); each game makes its own without it. */
  sharedUpdates?: SharedCardUpdates;
}

export function roundOf<Round>(session: Session): Round {
  return session.data.round as Round;
}

function refreshFor(circle: Circle, session: Session, verb: string) {
  return {
    action: { type: "Action.Execute" as const, verb: `${verb}.open`, data: { circleId: circle._id, sessionId: session._id, verb: `${verb}.open` } },
    userIds: circle.members.map((member) => member.id).slice(0, MAX_REFRESH_USERS),
  };
}

export function sharedCard<Round, S, Move>(adapter: GameAdapter<Round, S, Move>, circle: Circle, session: Session, plays: Play<S>[]): IAdaptiveCard {
  const t = botT(circle.locale, "games");
  const round = roundOf<Round>(session);
  const card = adaptiveCard(
    [
      { type: "TextBlock", text: adapter.name[circle.locale], size: "Large", weight: "Bolder", wrap: true, style: "heading" },
      { type: "TextBlock", text: plays.length === 0 ? t("nobodyYet") : t("played", { count: plays.length }), wrap: true, weight: "Bolder" },
      ...adapter.progress({ circle, session, round, plays }),
      { type: "TextBlock", text: t("closesAt", { time: momentLabel(circle.locale, circle.settings.timeZone, session.closesAt) }), isSubtle: true, size: "Small", wrap: true },
    ],
    [execute(t("play"), `${adapter.verb}.open`, { circleId: circle._id, sessionId: session._id })],
    adapter.name[circle.locale],
  );
  return { ...card, refresh: refreshFor(circle, session, adapter.verb) };
}

function closedCard(circle: Circle): IAdaptiveCard {
  return adaptiveCard([{ type: "TextBlock", text: botT(circle.locale, "games")("closed"), wrap: true }]);
}

export function resultsCard<Round, S, Move>(adapter: GameAdapter<Round, S, Move>, circle: Circle, session: Session, plays: Play<S>[], optedOut: Set<string>) {
  const t = botT(circle.locale, "games");
  const round = roundOf<Round>(session);
  const { players, body } = adapter.results({ circle, session, round, plays, optedOut });
  const winners = players.filter((p) => p.won && !optedOut.has(p.playerId)).map((p) => p.name);
  const card = adaptiveCard(
    [
      { type: "TextBlock", text: t("resultsTitle", { game: adapter.name[circle.locale] }), size: "Large", weight: "Bolder", wrap: true, style: "heading" },
      {
        type: "TextBlock",
        text: plays.length === 0 ? t("nobodyPlayed") : winners.length > 0 ? t("winners", { names: winners.join(", "), count: winners.length }) : t("noWinners"),
        wrap: true,
        weight: "Bolder",
      },
      ...body,
    ],
    [],
    t("resultsTitle", { game: adapter.name[circle.locale] }),
  );
  return { card, players };
}

/**
 * Coalesces updates of shared cards: many moves in a few seconds become one update, sent after
 * the quiet interval with the latest state, so a busy round stays within Teams' rate limits.
 */
export class SharedCardUpdates {
  private readonly pending = new Map<string, { timer: NodeJS.Timeout; update: () => Promise<void> }>();
  private readonly running = new Set<Promise<void>>();
  constructor(private readonly intervalMs: number) {}

  /** How many updates wait for their interval. */
  get waiting(): number {
    return this.pending.size;
  }

  request(sessionId: string, update: () => Promise<void>): void {
    if (this.pending.has(sessionId)) return;
    const timer = setTimeout(() => this.send(sessionId), this.intervalMs);
    timer.unref();
    this.pending.set(sessionId, { timer, update });
  }

  /** Sends what is waiting now and resolves when every update has been sent (on shutdown). */
  async flush(): Promise<number> {
    const ids = [...this.pending.keys()];
    for (const id of ids) this.send(id);
    await Promise.all(this.running);
    return ids.length;
  }

  private send(sessionId: string): void {
    const entry = this.pending.get(sessionId);
    if (!entry) return;
    clearTimeout(entry.timer);
    this.pending.delete(sessionId);
    const job: Promise<void> = entry
      .update()
      .catch(() => undefined)
      .finally(() => this.running.delete(job));
    this.running.add(job);
  }
}

/** The ritual side: prepare the round, post the shared card, finalise once at the close. */
export function gameOpener<Round, S, Move>(adapter: GameAdapter<Round, S, Move>, deps: GameDeps): RitualOpener {
  return {
    prepare: async (context) => ({ round: await adapter.prepare(context) }),
    open: ({ circle, session }) => sharedCard(adapter, circle, session, []),
    close: async ({ circle, session, now }) => {
      const plays = await deps.plays.listForSession<S>(session._id);
      const optedOut = await deps.optedOut(circle._id);
      const { card, players } = resultsCard(adapter, circle, session, plays, optedOut);
      await deps.recordResults({ circle, session, gameId: adapter.gameId, players, now });
      await deps.sessions.update(session._id, (current) =>
        current.data.results ? null : { ...current, data: { ...current.data, results: players }, participants: plays.map((p) => p.playerId) },
      );
      return { replaceWith: closedSharedCard(adapter, circle, plays), summary: card };
    },
  };
}

function closedSharedCard<Round, S, Move>(adapter: GameAdapter<Round, S, Move>, circle: Circle, plays: Play<S>[]): IAdaptiveCard {
  const t = botT(circle.locale, "games");
  return adaptiveCard(
    [
      { type: "TextBlock", text: adapter.name[circle.locale], size: "Large", weight: "Bolder", wrap: true, style: "heading" },
      { type: "TextBlock", text: plays.length === 0 ? t("nobodyPlayed") : t("played", { count: plays.length }), wrap: true },
      { type: "TextBlock", text: t("closed"), wrap: true, isSubtle: true },
    ],
    [],
    adapter.name[circle.locale],
  );
}

/** The card actions: open my view, make a move. */
export function gameActions<Round, S, Move>(adapter: GameAdapter<Round, S, Move>, deps: GameDeps): Record<string, ActionHandler> {
  const updates = deps.sharedUpdates ?? new SharedCardUpdates(deps.sharedUpdateMs ?? 3_000);

  const sessionOf = async (circle: Circle, data: Record<string, unknown>): Promise<Session | null> => {
    const id = data.sessionId;
    // Only a session of this circle and this game: a forged id of another circle finds nothing.
    if (typeof id !== "string" || id.length > 500 || !id.startsWith(`${circle._id}|${adapter.gameId}|`)) return null;
    const session = await deps.sessions.get(id);
    return session && session.data.round ? session : null;
  };
  const isClosed = (session: Session, now: Date) => session.state !== "open" || now >= session.closesAt;
  const stale = (circle: Circle): ActionResult => ({ kind: "message", text: botT(circle.locale, "games")("stale") });

  const refreshShared = (circle: Circle, session: Session) =>
    updates.request(session._id, async () => {
      const latest = await deps.sessions.get(session._id);
      if (!latest?.activityId || latest.state !== "open") return;
      const plays = await deps.plays.listForSession<S>(session._id);
      await deps.poster.updateCard(circle, latest.activityId, sharedCard(adapter, circle, latest, plays));
    });

  return {
    [`${adapter.verb}.open`]: async ({ circle, data, actor, now }) => {
      const session = await sessionOf(circle, data);
      if (!session) return stale(circle);
      if (isClosed(session, now)) return { kind: "card", card: closedCard(circle) };
      const player: Player = { id: actor.id!, name: actor.name };
      const round = roundOf<Round>(session);
      const play = await deps.plays.start<S>({ _id: session._id, circleId: circle._id, gameId: adapter.gameId }, player, () => adapter.rules.initial(round, player, now), now);
      return { kind: "card", card: adapter.personalCard({ circle, session, round, play, moveData: {} }) };
    },
    [`${adapter.verb}.move`]: async ({ circle, data, actor, now }) => {
      const session = await sessionOf(circle, data);
      if (!session) return stale(circle);
      if (isClosed(session, now)) return { kind: "card", card: closedCard(circle) };
      const player: Player = { id: actor.id!, name: actor.name };
      const round = roundOf<Round>(session);
      const step = typeof data.step === "number" ? data.step : Number.parseInt(String(data.step ?? ""), 10);
      if (!Number.isInteger(step) || step < 0 || step > 100) return stale(circle);
      const parsed = adapter.rules.parseMove(round, data);
      if (!parsed.ok) {
        const play = await deps.plays.get<S>(session._id, player.id);
        const notice = { kind: "Attention" as const, text: parsed.error.message[circle.locale] };
        return { kind: "card", card: adapter.personalCard({ circle, session, round, play, notice, moveData: data }) };
      }
      const outcome = await deps.plays.apply<S>(
        { _id: session._id, circleId: circle._id, gameId: adapter.gameId },
        player,
        step,
        () => adapter.rules.initial(round, player, now),
        (state) => adapter.rules.play(round, state, parsed.move, now),
        now,
      );
      if (outcome.kind === "refused") {
        const notice = { kind: "Attention" as const, text: outcome.error.message[circle.locale] };
        return { kind: "card", card: adapter.personalCard({ circle, session, round, play: outcome.play, notice, moveData: data }) };
      }
      if (outcome.kind === "applied") refreshShared(circle, session);
      return { kind: "card", card: adapter.personalCard({ circle, session, round, play: outcome.play, moveData: {} }) };
    },
  };
}

// Stores players' moves. Each player has their own document per session, so 200 people playing
// at once never contend for one document; within a document every move is guarded by the step
// the player's card was drawn at, so a double tap or a stale card is applied at most once.

import { DuplicateKeyError, type Store } from "../store/types";
import type { GameError, GameId, MoveResult, Play, Player } from "./types";

export type ApplyOutcome<S> =
  /** The move was applied. */
  | { kind: "applied"; play: Play<S> }
  /** The card was stale (a double tap, or an older card): nothing changed; show the current state. */
  | { kind: "stale"; play: Play<S> }
  /** The rules refused the move: show the message; nothing was stored. */
  | { kind: "refused"; play: Play<S> | null; error: GameError };

const MAX_ATTEMPTS = 10;

export class PlayRepository {
  constructor(private readonly store: Store) {}

  private get plays() {
    return this.store.collection<Play>("plays");
  }

  static id(sessionId: string, playerId: string): string {
    return `${sessionId}|${playerId}`;
  }

  get<S>(sessionId: string, playerId: string): Promise<Play<S> | null> {
    return this.plays.findOne({ _id: PlayRepository.id(sessionId, playerId) }) as Promise<Play<S> | null>;
  }

  listForSession<S>(sessionId: string): Promise<Play<S>[]> {
    return this.plays.find({ sessionId }, { sort: { startedAt: 1 } }) as Promise<Play<S>[]>;
  }

  /**
   * Makes sure the player has a play document (step 0) from the moment they open their view, so
   * answer times can be measured from then. Returns the player's play.
   */
  async start<S>(session: { _id: string; circleId: string; gameId: GameId }, player: Player, initial: () => S, now: Date): Promise<Play<S>> {
    const existing = await this.get<S>(session._id, player.id);
    if (existing) return existing;
    const created: Play<S> = {
      _id: PlayRepository.id(session._id, player.id),
      sessionId: session._id,
      circleId: session.circleId,
      gameId: session.gameId,
      playerId: player.id,
      playerName: player.name,
      state: initial(),
      step: 0,
      finished: false,
      score: 0,
      startedAt: now,
      updatedAt: now,
      version: 1,
    };
    try {
      await this.plays.insertOne(created as Play);
      return created;
    } catch (error) {
      if (!(error instanceof DuplicateKeyError)) throw error;
      return (await this.get<S>(session._id, player.id))!;
    }
  }

  /**
   * Applies one move for a player. `expectedStep` is the step the player's card showed; when the
   * stored step differs, the press was a repeat or came from an old card and is not applied.
   */
  async apply<S>(
    session: { _id: string; circleId: string; gameId: GameId },
    player: Player,
    expectedStep: number,
    initial: () => S,
    play: (state: S) => MoveResult<S>,
    now: Date,
  ): Promise<ApplyOutcome<S>> {
    const id = PlayRepository.id(session._id, player.id);
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      const current = (await this.plays.findOne({ _id: id })) as Play<S> | null;
      const step = current?.step ?? 0;
      if (current && (current.finished || step !== expectedStep)) return { kind: "stale", play: current };
      if (!current && expectedStep !== 0) return { kind: "refused", play: null, error: staleCard };
      const result = play(current?.state ?? initial());
      if (!result.ok) return { kind: "refused", play: current, error: result.error };
      const fields = {
        state: result.state,
        step: step + 1,
        finished: result.finished,
        score: result.score ?? current?.score ?? 0,
        updatedAt: now,
        playerName: player.name,
      };
      if (!current) {
        const created: Play<S> = {
          _id: id,
          sessionId: session._id,
          circleId: session.circleId,
          gameId: session.gameId,
          playerId: player.id,
          startedAt: now,
          version: 1,
          ...fields,
        };
        try {
          await this.plays.insertOne(created as Play);
          return { kind: "applied", play: created };
        } catch (error) {
          if (error instanceof DuplicateKeyError) continue;
          throw error;
        }
      }
      const saved = (await this.plays.findOneAndUpdate(
        { _id: id, step, version: current.version },
        { $set: { ...fields, version: current.version + 1 } },
        { returnDocument: "after" },
      )) as Play<S> | null;
      if (saved) return { kind: "applied", play: saved };
    }
    throw new Error(`play ${id} kept changing; gave up after ${MAX_ATTEMPTS} attempts`);
  }
}

const staleCard: GameError = {
  code: "stale_card",
  message: { en: "This card is out of date. Press Play to get your current board.", nl: "Deze kaart is verouderd. Druk op Spelen voor je actuele bord." },
};

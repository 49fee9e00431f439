// What a ritual shows when its session opens and closes. Each available ritual registers one
// (registry.ts); the scheduler and "play now" use them, never a ritual's internals.

import type { IAdaptiveCard } from "@microsoft/teams.cards";
import type { Circle } from "../../shared/circles/types";
import type { Session } from "../../shared/sessions/types";

export interface RitualContext {
  circle: Circle;
  session: Session;
  now: Date;
}

export interface ClosingCards {
  /** Replaces the session's posted card (e.g. the prompt, now marked closed). */
  replaceWith?: IAdaptiveCard;
  /** Posted as a new message in the conversation (e.g. the week's summary). */
  summary?: IAdaptiveCard;
}

export interface RitualOpener {
  /**
   * The ritual's own session data (e.g. today's questions), computed once before the first post
   * and stored with the session; `open` and `close` then read it from `session.data`.
   */
  prepare?(context: RitualContext): Promise<Record<string, unknown>>;
  /** The card posted to the circle's conversation when the session opens. */
  open(context: RitualContext): IAdaptiveCard | Promise<IAdaptiveCard>;
  /**
   * What to show once the window has closed. Called when the session closes — again if posting
   * the closing cards has to be retried, so any results it records must be written idempotently.
   */
  close(context: RitualContext): ClosingCards | Promise<ClosingCards>;
}

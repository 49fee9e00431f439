// Card actions: what a press on an Action.Execute (or its Action.Submit fallback) asks for, and
// what the bot answers. One handler per verb; both paths run the same handler.

import type { IAdaptiveCard } from "@microsoft/teams.cards";
import type { TurnContext } from "botbuilder";
import type { Actor } from "../../shared/circles/settings-service";
import type { Circle, Locale } from "../../shared/circles/types";

export interface ActionRequest {
  verb: string;
  /** The action's data merged with the card's inputs, untrusted: each handler validates it. */
  data: Record<string, unknown>;
  /** This conversation's circle (the data's circleId was checked against it). */
  circle: Circle;
  actor: Extract<Actor, { kind: "person" }> & { name: string };
  locale: Locale;
  now: Date;
  turn: TurnContext;
}

export type ActionResult =
  /** The card the person who pressed sees; `forAll` also replaces the message for everyone. */
  | { kind: "card"; card: IAdaptiveCard; forAll?: IAdaptiveCard }
  /** A short message (a toast in Teams). */
  | { kind: "message"; text: string };

export type ActionHandler = (request: ActionRequest) => Promise<ActionResult>;

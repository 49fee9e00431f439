// The envelope every Quiet Circles card shares: Adaptive Cards 1.5 (what Teams renders on
// desktop, web and mobile), full width, and a size guard so no card grows past Teams' limit.

import type { CardElement, IAdaptiveCard, ISubmitAction, IExecuteAction, IOpenUrlAction } from "@microsoft/teams.cards";
import { CardFactory, type Attachment } from "botbuilder";

/** We keep every card under the older, stricter Teams message limit so it renders fast everywhere. */
export const MAX_CARD_BYTES = 28 * 1024;

export type CardAction = ISubmitAction | IExecuteAction | IOpenUrlAction;

/** A person @mentioned in a card: the card's text carries `<at>name</at>`, Teams resolves it by id. */
export interface CardMention {
  id: string;
  name: string;
}

export const mentionText = (person: CardMention) => `<at>${person.name}</at>`;

export function adaptiveCard(body: CardElement[], actions: CardAction[] = [], fallbackText?: string, mentions: readonly CardMention[] = []): IAdaptiveCard {
  const card: IAdaptiveCard = {
    type: "AdaptiveCard",
    $schema: "http://adaptivecards.io/schemas/adaptive-card.json",
    version: "1.5",
    body,
    // Teams documents "Full"; the typed schema spells it in lower case. Teams accepts both.
    msteams: {
      width: "full",
      ...(mentions.length > 0 ? { entities: mentions.map((person) => ({ type: "mention" as const, text: mentionText(person), mentioned: { id: person.id, name: person.name } })) } : {}),
    },
    ...(actions.length > 0 ? { actions } : {}),
    ...(fallbackText ? { fallbackText } : {}),
  };
  const bytes = Buffer.byteLength(JSON.stringify(card));
  if (bytes > MAX_CARD_BYTES) {
    throw new Error(`card is ${bytes} bytes, over the ${MAX_CARD_BYTES} byte limit`);
  }
  return card;
}

export function cardAttachment(card: IAdaptiveCard): Attachment {
  return CardFactory.adaptiveCard(card);
}

// The card the bot posts when it is added to a conversation: what a circle is, who facilitates it.

import type { IAdaptiveCard } from "@microsoft/teams.cards";
import type { Locale } from "../../shared/circles/types";
import { botT } from "../../shared/i18n";
import { adaptiveCard } from "./card";
import { helpAction } from "./help-card";

export interface WelcomeView {
  locale: Locale;
  circleName: string;
  /** A personal chat is one person with the bot: no circle of colleagues to welcome. */
  personal: boolean;
  facilitatorName?: string;
}

export function welcomeCard(view: WelcomeView): IAdaptiveCard {
  const t = botT(view.locale);
  return adaptiveCard(
    [
      { type: "TextBlock", text: t("welcome.title"), size: "Large", weight: "Bolder", wrap: true, style: "heading" },
      { type: "TextBlock", text: view.personal ? t("welcome.introPersonal") : t("welcome.intro", { circle: view.circleName }), wrap: true },
      ...(view.facilitatorName && !view.personal
        ? [{ type: "TextBlock" as const, text: t("welcome.facilitator", { name: view.facilitatorName }), wrap: true, isSubtle: true }]
        : []),
      { type: "TextBlock", text: t("welcome.next"), wrap: true },
    ],
    [helpAction(view.locale, t("welcome.helpButton"))],
    t("welcome.title"),
  );
}

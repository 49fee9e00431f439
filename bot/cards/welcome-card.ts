// The card the bot posts when it is added to a conversation: what a circle is, who facilitates it.

import type { IAdaptiveCard } from "@microsoft/teams.cards";
import type { Locale } from "../../shared/circles/types";
import { botT } from "../../shared/i18n";
import { adaptiveCard } from "./card";
import { helpAction } from "./help-card";
import { execute } from "./setup-card";
import { circleTemplates } from "../../shared/rituals/catalog";

export interface WelcomeView {
  locale: Locale;
  circleId: string;
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
      ...(view.personal
        ? [{ type: "TextBlock" as const, text: t("welcome.next"), wrap: true }]
        : [
            { type: "TextBlock" as const, text: t("templates.prompt"), wrap: true, spacing: "Medium" as const },
            ...circleTemplates.map((template) => ({
              type: "TextBlock" as const,
              text: `**${template.name[view.locale]}** — ${template.description[view.locale]}`,
              wrap: true,
              size: "Small" as const,
              spacing: "Small" as const,
            })),
          ]),
    ],
    [
      ...(view.personal
        ? []
        : circleTemplates.map((template) =>
            execute(template.name[view.locale], "template.apply", { circleId: view.circleId, templateId: template.id }),
          )),
      helpAction(view.locale, t("welcome.helpButton")),
    ],
    t("welcome.title"),
  );
}

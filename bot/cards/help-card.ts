// The help card: every command the bot understands, and which of them work today.

import type { CardElement, IAdaptiveCard, ISubmitAction } from "@microsoft/teams.cards";
import type { Locale } from "../../shared/circles/types";
import { botT } from "../../shared/i18n";
import { commandCatalog, type CommandInfo } from "../commands";
import { adaptiveCard } from "./card";

export interface HelpView {
  locale: Locale;
  /** The text the person typed when it was not a command; shown back to them. */
  unknownText?: string;
}

/** A button that asks for the help card; the same path as typing "help". */
export function helpAction(locale: Locale, title = botT(locale)("help.title")): ISubmitAction {
  return { type: "Action.Submit", title, data: { command: "help" } };
}

export function helpCard(view: HelpView): IAdaptiveCard {
  const t = botT(view.locale);
  const commandSection = (heading: string, commands: readonly CommandInfo[]): CardElement[] =>
    commands.length === 0
      ? []
      : [
          { type: "TextBlock", text: heading, weight: "Bolder", wrap: true, spacing: "Medium" },
          {
            type: "FactSet",
            facts: commands.map((command) => ({ title: command.name, value: t(`help.commands.${command.name}`) })),
          },
        ];
  return adaptiveCard(
    [
      { type: "TextBlock", text: t("help.title"), size: "Large", weight: "Bolder", wrap: true, style: "heading" },
      ...(view.unknownText !== undefined
        ? [{ type: "TextBlock" as const, text: t("help.unknown", { text: view.unknownText }), wrap: true }]
        : []),
      { type: "TextBlock", text: t("help.intro"), wrap: true, isSubtle: true },
      ...commandSection(t("help.available"), commandCatalog.filter((command) => command.available)),
      ...commandSection(t("help.soon"), commandCatalog.filter((command) => !command.available)),
      { type: "TextBlock", text: t("help.tab"), wrap: true, isSubtle: true, spacing: "Medium" },
    ],
    [],
    t("help.title"),
  );
}

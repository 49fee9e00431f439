// Typed commands that act on the circle: setup (rituals), next, pause, resume, games, shoutout.

import { MessageFactory, type TurnContext } from "botbuilder";
import { setPaused, type SettingsDeps } from "../../shared/circles/settings-service";
import type { Circle, Locale } from "../../shared/circles/types";
import { botT } from "../../shared/i18n";
import { ritualCatalog } from "../../shared/rituals/catalog";
import { upcoming } from "../../shared/rituals/schedule";
import { adaptiveCard, cardAttachment } from "../cards/card";
import { momentLabel } from "../cards/format";
import type { CommandName } from "../commands";
import { leaderboardCommand, triviaCommand, wordl6Command, type GameCommandDeps } from "../games/commands";
import { nextMomentText, setupCardFor } from "./setup";
import { shoutoutCommand, type ShoutoutDeps } from "./shoutouts";

export interface CommandDeps {
  settings: SettingsDeps;
  games: GameCommandDeps;
  shoutouts: ShoutoutDeps;
}

type Reply = Parameters<TurnContext["sendActivity"]>[0];
/** Resolves to the reply, or null when the handler already posted what it had to say. */
type CommandHandler = (deps: CommandDeps, turn: TurnContext, circle: Circle | null, now: Date, locale: Locale, args: string) => Promise<Reply | null>;

const actorOf = (turn: TurnContext, circle: Circle) => ({
  kind: "person" as const,
  tenantId: circle.tenantId,
  id: turn.activity.from.id,
  aadObjectId: turn.activity.from.aadObjectId,
});

const pauseOrResume =
  (paused: boolean): CommandHandler =>
  async (deps, turn, circle, now, locale) => {
    const t = botT(locale);
    if (!circle) return t("commands.noCircle");
    const result = await setPaused(deps.settings, circle._id, actorOf(turn, circle), paused, now);
    if (!result.ok) return result.error.message[locale];
    return paused ? t("commands.paused") : t("commands.resumed", { next: nextMomentText(result.circle, now, locale) });
  };

/** The commands that act; `help` and commands whose capability has not landed get the help card. */
export const commandHandlers: Partial<Record<CommandName, CommandHandler>> = {
  setup: async (_deps, turn, circle, now, locale) => {
    if (!circle) return botT(locale)("commands.noCircle");
    return MessageFactory.attachment(cardAttachment(setupCardFor(circle, actorOf(turn, circle), now)));
  },
  next: async (_deps, _turn, circle, now, locale) => {
    const t = botT(locale);
    if (!circle) return t("commands.noCircle");
    const moments = upcoming(circle.settings, now, 5);
    const body =
      moments.length === 0
        ? [{ type: "TextBlock" as const, text: t("setup.nothingPlanned"), wrap: true }]
        : [
            {
              type: "FactSet" as const,
              facts: moments.map((moment) => ({
                title: momentLabel(locale, circle.settings.timeZone, moment.at),
                value: ritualCatalog.find((r) => r.id === moment.ritualId)?.name[locale] ?? moment.ritualId,
              })),
            },
          ];
    const paused = circle.settings.paused ? [{ type: "TextBlock" as const, text: t("setup.paused"), color: "Warning" as const, wrap: true }] : [];
    return MessageFactory.attachment(
      cardAttachment(
        adaptiveCard([
          { type: "TextBlock", text: t("commands.nextTitle", { circle: circle.name }), weight: "Bolder", size: "Medium", wrap: true },
          ...paused,
          ...body,
          { type: "TextBlock", text: `${t("setup.timeZone")}: ${circle.settings.timeZone}`, isSubtle: true, size: "Small", wrap: true },
        ]),
      ),
    );
  },
  pause: pauseOrResume(true),
  resume: pauseOrResume(false),
  trivia: async (deps, _turn, circle, now, locale, args) => (circle ? triviaCommand(deps.games, circle, args, now) : botT(locale)("commands.noCircle")),
  wordl6: async (deps, _turn, circle, now, locale) => (circle ? wordl6Command(deps.games, circle, now) : botT(locale)("commands.noCircle")),
  leaderboard: async (deps, turn, circle, now, locale, args) => (circle ? leaderboardCommand(deps.games, circle, turn, args, locale, now) : botT(locale)("commands.noCircle")),
  shoutout: async (deps, turn, circle, now, locale) => (circle ? shoutoutCommand(deps.shoutouts, turn, circle, now) : botT(locale)("commands.noCircle")),
};


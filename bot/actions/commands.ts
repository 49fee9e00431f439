// Typed commands that act on the circle: setup (rituals), next, pause, resume, games, shoutout, role.

import { MessageFactory, type TurnContext } from "botbuilder";
import { setPaused, type SettingsDeps } from "../../shared/circles/settings-service";
import type { Circle, Locale } from "../../shared/circles/types";
import { botT } from "../../shared/i18n";
import { ritualCatalog, ritualTemplate } from "../../shared/rituals/catalog";
import { nextOccurrence, upcoming } from "../../shared/rituals/schedule";
import { adaptiveCard, cardAttachment } from "../cards/card";
import { momentLabel } from "../cards/format";
import { execute } from "../cards/setup-card";
import type { CommandName } from "../commands";
import { leaderboardCommand, triviaCommand, wordl6Command, type GameCommandDeps } from "../games/commands";
import { globeCommand } from "../games/globe";
import { puzzleCommand } from "../games/puzzle";
import { nextMomentText, setupCardFor } from "./setup";
import { shoutoutCommand, type ShoutoutDeps } from "./shoutouts";
import { roleCommand } from "./roles";
import { truthsCommand } from "../games/two-truths";
import { pairsCommand, type WalkAndTalkDeps } from "../rituals/walk-and-talk";

export interface CommandDeps {
  settings: SettingsDeps;
  games: GameCommandDeps;
  shoutouts: ShoutoutDeps;
  pairs: WalkAndTalkDeps;
}

type Reply = Parameters<TurnContext["sendActivity"]>[0];
/** Resolves to the reply, or null when the handler already posted what it had to say. */
type CommandHandler = (deps: CommandDeps, turn: TurnContext, circle: Circle | null, now: Date, locale: Locale, args: string) => Promise<Reply | null>;

/** "Start … now" buttons on the `next` card: Teams shows up to six actions on a card. */
const MAX_START_BUTTONS = 6;

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
    // Anyone can start a switched-on ritual today without waiting for its time, like typing `trivia`:
    // every one of them, soonest first, so a weekly ritual is not crowded out by a daily one.
    const startable = circle.settings.rituals
      .flatMap((ritual) => {
        const next = ritualTemplate(ritual.ritualId).available ? nextOccurrence(circle.settings, ritual, now) : null;
        return next ? [next] : [];
      })
      .sort((a, b) => a.at.getTime() - b.at.getTime())
      .map((moment) => moment.ritualId)
      .slice(0, MAX_START_BUTTONS);
    return MessageFactory.attachment(
      cardAttachment(
        adaptiveCard(
          [
            { type: "TextBlock", text: t("commands.nextTitle", { circle: circle.name }), weight: "Bolder", size: "Medium", wrap: true },
            ...paused,
            ...body,
            { type: "TextBlock", text: `${t("setup.timeZone")}: ${circle.settings.timeZone}`, isSubtle: true, size: "Small", wrap: true },
          ],
          startable.map((ritualId) => execute(t("commands.startNow", { ritual: ritualTemplate(ritualId).name[locale] }), "ritual.start", { circleId: circle._id, ritualId })),
        ),
      ),
    );
  },
  pause: pauseOrResume(true),
  resume: pauseOrResume(false),
  trivia: async (deps, _turn, circle, now, locale, args) => (circle ? triviaCommand(deps.games, circle, args, now) : botT(locale)("commands.noCircle")),
  wordl6: async (deps, _turn, circle, now, locale) => (circle ? wordl6Command(deps.games, circle, now) : botT(locale)("commands.noCircle")),
  globe: async (deps, _turn, circle, now, locale) => (circle ? globeCommand(deps.games, circle, now) : botT(locale)("commands.noCircle")),
  puzzle: async (deps, _turn, circle, now, locale) => (circle ? puzzleCommand(deps.games, circle, now) : botT(locale)("commands.noCircle")),
  leaderboard: async (deps, turn, circle, now, locale, args) => (circle ? leaderboardCommand(deps.games, circle, turn, args, locale, now) : botT(locale)("commands.noCircle")),
  shoutout: async (deps, turn, circle, now, locale) => (circle ? shoutoutCommand(deps.shoutouts, turn, circle, now) : botT(locale)("commands.noCircle")),
  role: async (deps, turn, circle, _now, locale, args) => (circle ? roleCommand(deps.games.store, turn, circle, args) : botT(locale)("commands.noCircle")),
  truths: async (deps, turn, circle, now, locale, args) =>
    circle ? truthsCommand(deps.games, circle, { id: turn.activity.from.id, name: turn.activity.from.name ?? "" }, args, now) : botT(locale)("commands.noCircle"),
  pairs: async (deps, turn, circle, now, locale, args) => (circle ? pairsCommand(deps.pairs, turn, circle, args, now) : botT(locale)("commands.noCircle")),
};


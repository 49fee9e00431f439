// The Teams activity handler: turns installs, membership changes and messages into circle use
// cases and answers with cards. Thin on purpose; rules live in shared/.

import {
  MessageFactory,
  TeamsActivityHandler,
  TeamsInfo,
  TurnContext,
  type AdaptiveCardInvokeResponse,
  type AdaptiveCardInvokeValue,
  type ChannelAccount,
} from "botbuilder";
import type { Logger } from "pino";
import { CircleRepository } from "../../shared/circles/repository";
import type { Person } from "../../shared/circles/rules";
import type { Circle, Locale } from "../../shared/circles/types";
import { botT, pickLocale } from "../../shared/i18n";
import { cardAttachment } from "../cards/card";
import { helpCard } from "../cards/help-card";
import { welcomeCard } from "../cards/welcome-card";
import { parseCommand } from "../commands";
import { parseAction, replaceCard, runAction } from "../actions/dispatch";
import type { ActionHandler, ActionResult } from "../actions/types";
import { commandHandlers, type CommandDeps } from "../actions/commands";
import type { ActionRateLimiter } from "../ops/rate-limit";
import { circleIdOf, conversationFacts, personOf } from "./conversation";

export interface BotDeps extends CommandDeps {
  circles: CircleRepository;
  /** Card actions by verb (setup, templates, rituals). */
  actions: Record<string, ActionHandler>;
  logger: Logger;
  localMode: boolean;
  now?: () => Date;
  /** Commands and card actions per person and circle; none without it. */
  limiter?: ActionRateLimiter;
}

/** Teams pages member lists; we stop at this many people per circle. */
const MAX_MEMBERS = 10_000;

export class QuietCirclesBot extends TeamsActivityHandler {
  private readonly now: () => Date;

  constructor(private readonly deps: BotDeps) {
    super();
    this.now = deps.now ?? (() => new Date());

    this.onInstallationUpdateAdd(async (context, next) => {
      await this.joinConversation(context);
      await next();
    });
    this.onInstallationUpdateRemove(async (context, next) => {
      await this.leaveConversation(context);
      await next();
    });
    this.onMembersAdded(async (context, next) => {
      const added = context.activity.membersAdded ?? [];
      if (added.some((member) => isBot(context, member))) await this.joinConversation(context);
      const people = added.filter((member) => !isBot(context, member));
      if (people.length > 0) await this.membersJoined(context, people);
      await next();
    });
    this.onMembersRemoved(async (context, next) => {
      const removed = context.activity.membersRemoved ?? [];
      if (removed.some((member) => isBot(context, member))) await this.leaveConversation(context);
      else if (removed.length > 0) {
        await this.deps.circles.removeMembers(this.circleId(context), removed.map((member) => member.id), this.now());
      }
      await next();
    });
    this.onMessage(async (context, next) => {
      await this.answerMessage(context);
      await next();
    });
  }

  private circleId(context: TurnContext): string {
    return circleIdOf(context.activity.conversation.id);
  }

  private async joinConversation(context: TurnContext): Promise<void> {
    const facts = conversationFacts(context.activity, this.deps.localMode);
    if (facts.kind === "channel" && !facts.teamName && facts.teamId) {
      facts.teamName = await TeamsInfo.getTeamDetails(context)
        .then((team) => team.name)
        .catch(() => undefined);
    }
    const installer = context.activity.from?.id ? personOf(context.activity.from) : undefined;
    const members = await this.fetchMembers(context);
    const { circle, wasActive } = await this.deps.circles.activate(facts, members, installer, this.now());
    await this.deps.settings.afterChange(circle, this.now());
    this.deps.logger.info(
      { circleId: circle._id, kind: circle.kind, members: circle.members.length, wasActive },
      "circle active",
    );
    if (wasActive) return;
    const facilitator = circle.members.find((member) => member.role === "facilitator");
    await context.sendActivity(
      MessageFactory.attachment(
        cardAttachment(welcomeCard({
          locale: circle.locale,
          circleId: circle._id,
          circleName: circle.name,
          personal: circle.kind === "personal",
          facilitatorName: facilitator?.name,
        })),
      ),
    );
  }

  private async leaveConversation(context: TurnContext): Promise<void> {
    const circle = await this.deps.circles.deactivate(this.circleId(context), this.now());
    if (!circle) return;
    await this.deps.settings.afterChange(circle, this.now());
    this.deps.logger.info({ circleId: circle._id }, "circle inactive: bot removed");
  }

  private async membersJoined(context: TurnContext, accounts: ChannelAccount[]): Promise<void> {
    const people = await Promise.all(
      accounts.map((account) =>
        TeamsInfo.getMember(context, account.id)
          .then(personOf)
          .catch(() => personOf(account)),
      ),
    );
    await this.deps.circles.addMembers(this.circleId(context), people, this.now());
  }

  /** Action.Execute: answer with the card for the person who pressed (Universal Actions). */
  protected async onAdaptiveCardInvoke(context: TurnContext, invokeValue: AdaptiveCardInvokeValue): Promise<AdaptiveCardInvokeResponse> {
    // An invoke is always answered, and only the presser sees the answer.
    const limited = this.overLimit(context);
    if (limited) return { statusCode: 200, type: "application/vnd.microsoft.activity.message", value: limited.text as never };
    const { circle, locale } = await this.circleAndLocale(context);
    const action = parseAction(invokeValue, true);
    const result: ActionResult = action
      ? await runAction(this.dispatchDeps(), context, action, circle, locale)
      : { kind: "message", text: botT(locale)("actions.invalid") };
    if (result.kind === "message") {
      return { statusCode: 200, type: "application/vnd.microsoft.activity.message", value: result.text as never };
    }
    if (result.forAll) await replaceCard(context, result.forAll);
    return { statusCode: 200, type: "application/vnd.microsoft.card.adaptive", value: result.card as never };
  }

  private dispatchDeps() {
    return { handlers: this.deps.actions, logger: this.deps.logger, now: this.now };
  }

  /**
   * A refusal when this person or this circle has acted too often just now; null when the action
   * may go ahead. Checked before anything is read from the store, so a flood costs little.
   */
  private overLimit(context: TurnContext): { text: string; first: boolean } | null {
    const { limiter, logger } = this.deps;
    const from = context.activity.from;
    if (!limiter || !from?.id) return null;
    const person = `${context.activity.conversation?.tenantId ?? ""}|${from.aadObjectId ?? from.id}`;
    const verdict = limiter.check(person, this.circleId(context), this.now().getTime());
    if (verdict.allowed) return null;
    if (verdict.first) logger.info({ scope: verdict.scope, retryAfterMs: verdict.retryAfterMs }, "rate limited: commands and card actions refused for a moment");
    const seconds = Math.max(1, Math.ceil(verdict.retryAfterMs / 1000));
    return { text: botT(pickLocale(context.activity.locale))(`limits.${verdict.scope}`, { count: seconds }), first: verdict.first };
  }

  private async answerMessage(context: TurnContext): Promise<void> {
    const limited = this.overLimit(context);
    if (limited) {
      // Said once per burst: answering every message of a flood would flood the conversation.
      if (limited.first) await context.sendActivity(limited.text);
      return;
    }
    const value = context.activity.value as { command?: unknown; verb?: unknown } | undefined;
    const { circle, locale } = await this.circleAndLocale(context);
    // Action.Submit, the fallback of Action.Execute on clients without Universal Actions.
    if (typeof value?.verb === "string") {
      const action = parseAction(value, false);
      const result: ActionResult = action
        ? await runAction(this.dispatchDeps(), context, action, circle, locale)
        : { kind: "message", text: botT(locale)("actions.invalid") };
      if (result.kind === "message") await context.sendActivity(result.text);
      else if (context.activity.conversation.conversationType === "personal") await replaceCard(context, result.card);
      else {
        // A personal view (a board, an answer form) must not replace a card everyone sees.
        if (result.forAll) await replaceCard(context, result.forAll);
        await context.sendActivity(botT(locale)("actions.ownViewElsewhere"));
      }
      return;
    }
    const text =
      typeof value?.command === "string" ? value.command : TurnContext.removeRecipientMention(context.activity) ?? "";
    const command = parseCommand(text);
    const handler = command.name !== "unknown" && command.available ? commandHandlers[command.name] : undefined;
    if (handler) {
      const reply = await handler(this.deps, context, circle, this.now(), locale, command.name === "unknown" ? "" : command.args);
      if (reply !== null) await context.sendActivity(reply);
      return;
    }
    if (command.name === "unknown" && command.text !== "") {
      await context.sendActivity(MessageFactory.attachment(cardAttachment(helpCard({ locale, unknownText: command.text }))));
      return;
    }
    // help, an empty message, and commands whose capability has not landed yet: the overview.
    await context.sendActivity(MessageFactory.attachment(cardAttachment(helpCard({ locale }))));
  }

  /** This conversation's circle, and its language — or, before it exists, the sender's Teams language. */
  private async circleAndLocale(context: TurnContext): Promise<{ circle: Circle | null; locale: Locale }> {
    const circle = await this.deps.circles.get(this.circleId(context));
    return { circle, locale: circle?.locale ?? conversationFacts(context.activity, this.deps.localMode).locale };
  }

  /** Everyone in the conversation, page by page; an empty list when Teams cannot tell us. */
  private async fetchMembers(context: TurnContext): Promise<Person[]> {
    const people: Person[] = [];
    let token: string | undefined;
    try {
      do {
        const page = await TeamsInfo.getPagedMembers(context, 500, token);
        people.push(...page.members.map(personOf));
        token = page.continuationToken || undefined;
      } while (token && people.length < MAX_MEMBERS);
    } catch (error) {
      this.deps.logger.warn({ err: error, conversationType: context.activity.conversation.conversationType }, "member list unavailable");
    }
    return people;
  }
}

function isBot(context: TurnContext, member: ChannelAccount): boolean {
  return member.id === context.activity.recipient?.id;
}

// One-press start from the welcome card: switch on a circle template's rituals, then "play now"
// opens today's first moment at once — two presses from install to a shared moment.

import type { IAdaptiveCard } from "@microsoft/teams.cards";
import { startTemplate, type SettingsDeps } from "../../shared/circles/settings-service";
import type { Circle } from "../../shared/circles/types";
import { botT } from "../../shared/i18n";
import { circleTemplate, isCircleTemplateId, isRitualId, ritualCatalog, ritualTemplate } from "../../shared/rituals/catalog";
import { upcoming } from "../../shared/rituals/schedule";
import type { RitualId } from "../../shared/rituals/types";
import { openSessionNow } from "../../shared/scheduler/sessions";
import type { Store } from "../../shared/store/types";
import { adaptiveCard } from "../cards/card";
import { momentLabel } from "../cards/format";
import { execute, cadenceLabel } from "../cards/setup-card";
import type { ActionHandler } from "./types";

export interface StartDeps {
  settings: SettingsDeps;
  store: Store;
  /** Asks the scheduler to post pending sessions now instead of at its next tick. */
  wakeScheduler: () => void;
}

function startedCard(circle: Circle, templateName: string, enabled: RitualId[], now: Date): IAdaptiveCard {
  const t = botT(circle.locale);
  const rituals = enabled.map((id) => {
    const setting = circle.settings.rituals.find((r) => r.ritualId === id)!;
    return `${ritualTemplate(id).name[circle.locale]} (${cadenceLabel(circle.locale, setting.cadence, setting.time)})`;
  });
  const [next] = upcoming(circle.settings, now, 1);
  return adaptiveCard(
    [
      {
        type: "TextBlock",
        text: enabled.length > 0 ? t("templates.started", { template: templateName, rituals: rituals.join(", ") }) : t("templates.nothingAvailable", { template: templateName }),
        wrap: true,
        weight: "Bolder",
      },
      ...(next
        ? [{ type: "TextBlock" as const, text: t("templates.playNowHint", { when: momentLabel(circle.locale, circle.settings.timeZone, next.at) }), wrap: true, isSubtle: true }]
        : []),
    ],
    next ? [execute(t("templates.playNow"), "play.now", { circleId: circle._id }, "positive")] : [],
    templateName,
  );
}

/**
 * Opens today's session of a ritual right away (play now, `trivia`, `wordl6`): at most one per
 * ritual per day; the scheduler posts it at once. Returns what to tell the person.
 */
export async function openRitualNow(deps: StartDeps, circle: Circle, ritualId: RitualId, now: Date): Promise<string> {
  const t = botT(circle.locale, "games");
  const game = ritualTemplate(ritualId).name[circle.locale];
  const { session, created } = await openSessionNow(deps.store, circle, ritualId, now);
  if (created || session.state === "pending") {
    deps.wakeScheduler();
    return t(circle.kind === "channel" ? "openedInChannel" : "opened", { game });
  }
  if (session.state === "open") return t("alreadyOpen", { game });
  return t("alreadyDone", { game });
}

export function startActions(deps: StartDeps): Record<string, ActionHandler> {
  return {
    "template.apply": async ({ circle, actor, data, now }) => {
      if (!isCircleTemplateId(data.templateId)) return { kind: "message", text: botT(circle.locale)("actions.invalid") };
      const template = circleTemplate(data.templateId);
      const result = await startTemplate(deps.settings, circle._id, actor, template.id, now);
      if (!result.ok) return { kind: "message", text: result.error.message[circle.locale] };
      const card = startedCard(result.circle, template.name[result.circle.locale], result.enabled, now);
      return { kind: "card", card, forAll: card };
    },
    /** "Start now" on the `next` card: one switched-on ritual, today, whatever its time. */
    "ritual.start": async ({ circle, data, now }) => {
      const t = botT(circle.locale);
      const ritualId = data.ritualId;
      if (!isRitualId(ritualId) || !ritualTemplate(ritualId).available) return { kind: "message", text: t("actions.invalid") };
      if (!circle.settings.rituals.some((r) => r.ritualId === ritualId && r.enabled)) return { kind: "message", text: t("commands.ritualOff", { ritual: ritualTemplate(ritualId).name[circle.locale] }) };
      return { kind: "message", text: await openRitualNow(deps, circle, ritualId, now) };
    },
    "play.now": async ({ circle, now }) => {
      const t = botT(circle.locale);
      const enabled = circle.settings.rituals.filter((r) => r.enabled && ritualCatalog.some((c) => c.id === r.ritualId && c.available));
      const first = upcoming(circle.settings, now, 5).find((moment) => enabled.some((r) => r.ritualId === moment.ritualId))?.ritualId ?? enabled[0]?.ritualId;
      if (!first) return { kind: "message", text: t("commands.nothingToOpen") };
      return { kind: "message", text: await openRitualNow(deps, circle, first, now) };
    },
  };
}

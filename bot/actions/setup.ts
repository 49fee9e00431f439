// The setup card's actions: open (own view), save, pause and resume.

import type { IAdaptiveCard } from "@microsoft/teams.cards";
import {
  changeSettings,
  facilitatorNames,
  isFacilitator,
  setPaused,
  type SettingsDeps,
} from "../../shared/circles/settings-service";
import type { Circle, Locale } from "../../shared/circles/types";
import { botT } from "../../shared/i18n";
import { ritualCatalog } from "../../shared/rituals/catalog";
import { upcoming } from "../../shared/rituals/schedule";
import type { Actor } from "../../shared/circles/settings-service";
import { momentLabel } from "../cards/format";
import { setupCard, type SetupView } from "../cards/setup-card";
import { patchFromSetupForm } from "../cards/setup-form";
import type { ActionHandler, ActionResult } from "./types";

/** Teams refreshes a card automatically for at most this many user ids. */
const MAX_REFRESH_USERS = 60;

/**
 * The setup card for a viewer: facilitators get the form, others the read-only summary. The
 * shared card refreshes itself for facilitators, so each sees the view that fits their role.
 */
export function setupCardFor(circle: Circle, actor: Actor | null, now: Date, notice?: SetupView["notice"]): IAdaptiveCard {
  const card = setupCard({
    locale: circle.locale,
    circleId: circle._id,
    circleName: circle.name,
    canEdit: actor !== null && isFacilitator(circle, actor),
    facilitators: facilitatorNames(circle),
    settings: circle.settings,
    catalog: ritualCatalog,
    upcoming: upcoming(circle.settings, now, 5),
    notice,
  });
  const facilitatorIds = circle.members.filter((member) => member.role === "facilitator").map((member) => member.id);
  return {
    ...card,
    refresh: {
      action: { type: "Action.Execute", verb: "setup.open", data: { circleId: circle._id, verb: "setup.open" } },
      userIds: facilitatorIds.slice(0, MAX_REFRESH_USERS),
    },
  };
}

/** "Next: Fri 28 Nov, 15:30 — Week in review." or "No rituals are switched on yet." */
export function nextMomentText(circle: Circle, now: Date, locale: Locale = circle.locale): string {
  const t = botT(locale);
  const [next] = upcoming(circle.settings, now, 1);
  if (!next) return t("setup.nothingPlanned");
  const ritual = ritualCatalog.find((r) => r.id === next.ritualId);
  return t("setup.nextMoment", { when: momentLabel(locale, circle.settings.timeZone, next.at), ritual: ritual?.name[locale] ?? next.ritualId });
}

export function setupActions(deps: SettingsDeps): Record<string, ActionHandler> {
  const afterChange = async (result: Awaited<ReturnType<typeof changeSettings>>, fallback: Circle, actor: Actor, now: Date): Promise<ActionResult> => {
    if (!result.ok) {
      const locale = fallback.locale;
      return { kind: "card", card: setupCardFor(fallback, actor, now, { kind: "Attention", text: result.error.message[locale] }) };
    }
    const circle = result.circle;
    const t = botT(circle.locale);
    return {
      kind: "card",
      card: setupCardFor(circle, actor, now, { kind: "Good", text: t("setup.saved", { next: nextMomentText(circle, now) }) }),
      forAll: setupCardFor(circle, null, now),
    };
  };

  return {
    "setup.open": async ({ circle, actor, now }) => ({ kind: "card", card: setupCardFor(circle, actor, now) }),
    "setup.save": async ({ circle, actor, data, now }) => {
      const patch = patchFromSetupForm(data, ritualCatalog);
      return afterChange(await changeSettings(deps, circle._id, actor, patch, now), circle, actor, now);
    },
    "setup.pause": async ({ circle, actor, now }) => afterChange(await setPaused(deps, circle._id, actor, true, now), circle, actor, now),
    "setup.resume": async ({ circle, actor, now }) => afterChange(await setPaused(deps, circle._id, actor, false, now), circle, actor, now),
  };
}

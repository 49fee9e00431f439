// Changing a circle's settings: the one path the setup card, the commands and the tab API share,
// so all three enforce the same rules (facilitators only, validated patch, schedules in step).

import type { Locale } from "./types";
import { applySettingsPatch, applyTemplate, parseSettingsPatch, type SettingsError } from "../rituals/settings";
import type { CircleTemplateId, RitualId } from "../rituals/types";
import type { CircleRepository } from "./repository";
import type { Circle } from "./types";

/** Who asks for a change: a person Teams identified, or the local preview (local mode only). */
export type Actor = { kind: "local" } | { kind: "person"; tenantId: string; id?: string; aadObjectId?: string };

export interface SettingsDeps {
  circles: CircleRepository;
  /** Keeps the scheduler's plan in step with the circle (called after every saved change). */
  afterChange: (circle: Circle, now: Date) => Promise<void>;
}

export type ChangeResult =
  | { ok: true; circle: Circle }
  | { ok: false; status: 400 | 403 | 404; error: SettingsError };

const notFound: SettingsError = {
  code: "circle_not_found",
  message: { en: "This conversation has no circle yet.", nl: "Dit gesprek heeft nog geen cirkel." },
};

export function forbidden(facilitators: string[]): SettingsError {
  const names = facilitators.join(", ");
  return {
    code: "facilitators_only",
    message: {
      en: `Only facilitators can change this circle's settings${names ? ` (${names})` : ""}.`,
      nl: `Alleen facilitators kunnen de instellingen van deze cirkel wijzigen${names ? ` (${names})` : ""}.`,
    },
  };
}

export function isFacilitator(circle: Circle, actor: Actor): boolean {
  if (actor.kind === "local") return true;
  if (actor.tenantId !== circle.tenantId) return false;
  return circle.members.some(
    (member) =>
      member.role === "facilitator" &&
      ((actor.id !== undefined && member.id === actor.id) ||
        (actor.aadObjectId !== undefined && member.aadObjectId === actor.aadObjectId)),
  );
}

export function facilitatorNames(circle: Circle): string[] {
  return circle.members.filter((member) => member.role === "facilitator").map((member) => member.name);
}

/** Validates and applies a settings patch (from a card or the tab API) for a facilitator. */
export async function changeSettings(
  deps: SettingsDeps,
  circleId: string,
  actor: Actor,
  input: unknown,
  now: Date,
): Promise<ChangeResult> {
  const parsed = parseSettingsPatch(input);
  if (!parsed.ok) return { ok: false, status: 400, error: parsed.error };
  return changeCircle(deps, circleId, actor, now, (circle) => {
    const applied = applySettingsPatch(circle.settings, parsed.patch);
    if (!applied.ok) return applied;
    const locale: Locale = parsed.patch.locale ?? circle.locale;
    return { ok: true, circle: { ...circle, settings: applied.settings, locale, updatedAt: now } };
  });
}

/** Switches on a circle template's rituals (one press on the welcome card). */
export async function startTemplate(deps: SettingsDeps, circleId: string, actor: Actor, templateId: CircleTemplateId, now: Date) {
  let enabled: RitualId[] = [];
  const result = await changeCircle(deps, circleId, actor, now, (circle) => {
    const applied = applyTemplate(circle.settings, templateId);
    enabled = applied.enabled;
    return { ok: true, circle: { ...circle, settings: { ...applied.settings, paused: false }, updatedAt: now } };
  });
  return result.ok ? { ...result, enabled } : result;
}

export function setPaused(deps: SettingsDeps, circleId: string, actor: Actor, paused: boolean, now: Date) {
  return changeCircle(deps, circleId, actor, now, (circle) => ({
    ok: true,
    circle: { ...circle, settings: { ...circle.settings, paused }, updatedAt: now },
  }));
}

type Edit = (circle: Circle) => { ok: true; circle: Circle } | { ok: false; error: SettingsError };

async function changeCircle(deps: SettingsDeps, circleId: string, actor: Actor, now: Date, edit: Edit): Promise<ChangeResult> {
  let refusal: ChangeResult | undefined;
  const saved = await deps.circles.update(circleId, (circle) => {
    refusal = undefined;
    if (!isFacilitator(circle, actor)) {
      refusal = { ok: false, status: 403, error: forbidden(facilitatorNames(circle)) };
      return circle;
    }
    const edited = edit(circle);
    if (!edited.ok) {
      refusal = { ok: false, status: 400, error: edited.error };
      return circle;
    }
    return edited.circle;
  });
  if (!saved) return { ok: false, status: 404, error: notFound };
  if (refusal) return refusal;
  await deps.afterChange(saved, now);
  return { ok: true, circle: saved };
}

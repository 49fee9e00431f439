// What the settings page sends: only what the facilitator changed, as the SettingsPatch that
// PATCH /api/circles/:id/settings takes. Pure, so "what gets saved" is tested on its own.

import type { Locale } from "../../../shared/circles/types";
import type { CircleSettings, QuietHours, RitualPatch, RitualSetting, SettingsPatch, Weekday } from "../../../shared/rituals";

export type MonthlyNth = NonNullable<RitualPatch["nth"]>;

/** Everything the page edits: the circle's settings and its language. */
export type SettingsDraft = CircleSettings & { locale: Locale };

/** The patch that turns `saved` into `draft`; empty when nothing changed. */
export function settingsPatchOf(saved: SettingsDraft, draft: SettingsDraft): SettingsPatch {
  const patch: SettingsPatch = {};
  if (draft.timeZone !== saved.timeZone) patch.timeZone = draft.timeZone;
  if (!sameDays(draft.workingDays, saved.workingDays)) patch.workingDays = draft.workingDays;
  if (!sameQuietHours(draft.quietHours, saved.quietHours)) patch.quietHours = draft.quietHours ?? null;
  if (draft.paused !== saved.paused) patch.paused = draft.paused;
  if (draft.locale !== saved.locale) patch.locale = draft.locale;
  const rituals = draft.rituals.flatMap((ritual) => {
    const before = saved.rituals.find((candidate) => candidate.ritualId === ritual.ritualId);
    const change = before && ritualPatchOf(before, ritual);
    return change ? [change] : [];
  });
  if (rituals.length > 0) patch.rituals = rituals;
  return patch;
}

export function isEmptyPatch(patch: SettingsPatch): boolean {
  return Object.keys(patch).length === 0;
}

function ritualPatchOf(before: RitualSetting, after: RitualSetting): RitualPatch | undefined {
  const change: RitualPatch = { ritualId: after.ritualId };
  if (after.enabled !== before.enabled) change.enabled = after.enabled;
  if (after.time !== before.time) change.time = after.time;
  const [was, is] = [before.cadence, after.cadence];
  if (is.kind !== "daily" && (was.kind === "daily" || is.weekday !== was.weekday)) change.weekday = is.weekday;
  if (is.kind === "monthly" && (was.kind !== "monthly" || is.nth !== was.nth)) change.nth = is.nth;
  return Object.keys(change).length > 1 ? change : undefined;
}

function sameDays(a: Weekday[], b: Weekday[]): boolean {
  const sorted = (days: Weekday[]) => [...days].sort().join();
  return sorted(a) === sorted(b);
}

function sameQuietHours(a: QuietHours | undefined, b: QuietHours | undefined): boolean {
  return a?.start === b?.start && a?.end === b?.end;
}

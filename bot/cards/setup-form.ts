// Turns the setup card's submitted inputs into a settings patch. Only the mapping lives here;
// shared/rituals/settings.ts validates the result like any other patch.

import type { RitualTemplate } from "../../shared/rituals/types";

const str = (value: unknown): string | undefined => (typeof value === "string" ? value.trim() : undefined);

/** Card inputs arrive as strings; absent ones (an older card) are left out of the patch. */
export function patchFromSetupForm(form: Record<string, unknown>, catalog: readonly RitualTemplate[]): Record<string, unknown> {
  const patch: Record<string, unknown> = {};
  const timeZone = str(form.timeZone);
  if (timeZone !== undefined) patch.timeZone = timeZone;
  const workingDays = str(form.workingDays);
  if (workingDays !== undefined) patch.workingDays = workingDays === "" ? [] : workingDays.split(",").map(Number);
  const quietStart = str(form.quietStart);
  const quietEnd = str(form.quietEnd);
  if (quietStart !== undefined || quietEnd !== undefined) {
    patch.quietHours = quietStart || quietEnd ? { start: quietStart ?? "", end: quietEnd ?? "" } : null;
  }
  const locale = str(form.locale);
  if (locale !== undefined) patch.locale = locale;

  const rituals: Record<string, unknown>[] = [];
  for (const ritual of catalog.filter((r) => r.available)) {
    const on = str(form[`r.${ritual.id}.on`]);
    const time = str(form[`r.${ritual.id}.time`]);
    const weekday = str(form[`r.${ritual.id}.weekday`]);
    const nth = str(form[`r.${ritual.id}.nth`]);
    if (on === undefined && time === undefined && weekday === undefined && nth === undefined) continue;
    rituals.push({
      ritualId: ritual.id,
      ...(on !== undefined ? { enabled: on === "true" } : {}),
      ...(time ? { time } : {}),
      ...(weekday ? { weekday: Number(weekday) } : {}),
      ...(nth ? { nth: Number(nth) } : {}),
    });
  }
  if (rituals.length > 0) patch.rituals = rituals;
  return patch;
}

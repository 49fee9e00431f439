// Shared setup of the scheduler tests: an embedded store in a temporary directory, circles with
// Week in review switched on (Fridays 15:30, Europe/Amsterdam), a movable clock, a small fake
// ritual opener, and real schedulers posting through the real CloudAdapter to a fake connector.

import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { loadConfig } from "../../bot/config";
import { createLogger } from "../../bot/log";
import type { RitualOpener } from "../../bot/rituals/types";
import { RateLimiter, RitualScheduler, TeamsPoster, type RitualSchedulerOptions } from "../../bot/scheduler";
import { adaptiveCard } from "../../bot/cards/card";
import { createAdapter } from "../../bot/teams/adapter";
import type { Circle } from "../../shared/circles/types";
import { defaultSettings } from "../../shared/rituals/settings";
import type { CircleSettings } from "../../shared/rituals/types";
import { syncSchedules } from "../../shared/scheduler";
import type { Session } from "../../shared/sessions/types";
import { openEmbeddedStore } from "../../shared/store/embedded-store";
import type { Store } from "../../shared/store/types";

/** Friday 6 March 2026, 15:30 in Amsterdam (14:30 UTC): Week in review is due. */
export const FRIDAY_1530 = new Date("2026-03-06T14:30:00Z");
export const TENANT = "72f988bf-86f1-41af-91ab-2d7cd011db47";
export const logger = createLogger(process.env.TEST_LOG_LEVEL ?? "silent");

export const seconds = (n: number) => n * 1000;
export const minutes = (n: number) => n * 60_000;
export const at = (base: Date, ms: number) => new Date(base.getTime() + ms);

export async function openTempStore(): Promise<{ store: Store; dir: string; cleanup(): Promise<void> }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "qc-scheduler-"));
  const store = await openEmbeddedStore({ dir, logger: { warn: () => {}, info: () => {} } });
  return {
    store,
    dir,
    async cleanup() {
      await store.close().catch(() => undefined);
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function weekInReviewSettings(changes: Partial<CircleSettings> = {}): CircleSettings {
  const settings = defaultSettings({ timeZone: "Europe/Amsterdam" });
  return {
    ...settings,
    rituals: settings.rituals.map((ritual) => (ritual.ritualId === "week-in-review" ? { ...ritual, enabled: true, time: "15:30" } : ritual)),
    ...changes,
  };
}

export const conversationOf = (n: number) => `19:circle${n}@thread.v2`;

export function circleDoc(n: number, serviceUrl: string, changes: Partial<Circle> = {}): Circle {
  const id = conversationOf(n);
  const installedAt = new Date("2026-01-05T09:00:00Z");
  return {
    _id: id,
    tenantId: TENANT,
    kind: "groupChat",
    name: `Circle ${n}`,
    locale: "en",
    active: true,
    // The reference of the message that installed the bot: posts must not become replies to it.
    reference: { activityId: `install-${n}`, bot: { id: "28:bot", name: "Quiet Circles" }, channelId: "msteams", conversation: { id, conversationType: "groupChat", tenantId: TENANT, isGroup: true }, serviceUrl },
    members: [{ id: `29:facilitator-${n}`, name: `Facilitator ${n}`, role: "facilitator" }],
    installedAt,
    updatedAt: installedAt,
    settings: weekInReviewSettings(),
    version: 1,
    ...changes,
  };
}

/** Inserts the circles and plans their schedules as of `plannedAt` (before the occurrence). */
export async function seedCircles(store: Store, circles: Circle[], plannedAt: Date): Promise<void> {
  for (const circle of circles) {
    await store.collection<Circle>("circles").insertOne(circle);
    await syncSchedules(store, circle, plannedAt);
  }
}

/** A ritual small enough to read in assertions: the card names the session. */
export const fakeOpener: RitualOpener = {
  open: ({ session }) => adaptiveCard([{ type: "TextBlock", text: `open ${session._id}${session.late ? " (late)" : ""}` }]),
  close: ({ session }) => ({
    replaceWith: adaptiveCard([{ type: "TextBlock", text: `closed ${session._id}` }]),
    summary: adaptiveCard([{ type: "TextBlock", text: `summary ${session._id}` }]),
  }),
};

export const openers = { "week-in-review": fakeOpener };

/** A movable clock (the integration tests use the same one). */
export { clockAt } from "../helpers/clock";

/** A scheduler as the server builds it (real CloudAdapter in local mode), with test-friendly defaults. */
export function testScheduler(store: Store, options: Partial<RitualSchedulerOptions> & { limiter?: RateLimiter } = {}): RitualScheduler {
  const config = loadConfig({ LOG_LEVEL: "silent" });
  const { limiter, ...rest } = options;
  return new RitualScheduler({
    store,
    logger,
    openers,
    poster: new TeamsPoster({ adapter: createAdapter(config, logger), appId: config.bot.appId ?? "", limiter }),
    syncOnStart: false,
    // Jitter at its maximum, so backoff steps are exact: 2 s, 4 s, 8 s, ...
    random: () => 0.999_999,
    ...rest,
  });
}

export const sessionsIn = (store: Store) => store.collection<Session>("sessions");

/** Posted cards' first text, per conversation. */
export function textOf(activity: { attachments?: { content: Record<string, unknown> }[] }): string {
  const body = activity.attachments?.[0]?.content.body as { text?: string }[] | undefined;
  return body?.[0]?.text ?? "";
}

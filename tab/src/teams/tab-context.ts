// What the tab takes from the Teams context, as plain data: which circle, which theme and
// language, and where in Teams the page is shown.

import type { app } from "@microsoft/teams-js";

export type ThemeName = "default" | "dark" | "contrast";

export interface TeamsTabContext {
  /** The conversation id of the channel, group chat or meeting chat; unset in personal scope. */
  circleId?: string;
  locale: string;
  theme: ThemeName;
  /** "content", "settings", "sidePanel", "meetingStage", … */
  frameContext: string;
}

/** Teams reports "default", "dark", "contrast" (and newer hosts "glass"); anything unknown is light. */
export function themeNameOf(theme: string | null | undefined): ThemeName {
  return theme === "dark" || theme === "contrast" ? theme : "default";
}

/**
 * The circle bound to the conversation the tab is in. Channel ids can carry a message suffix
 * (`19:…@thread.tacv2;messageid=…`); the circle is keyed by the bare channel id.
 */
export function circleIdOf(context: Pick<app.Context, "channel" | "chat">): string | undefined {
  const channelId = context.channel?.id?.split(";")[0];
  return channelId || context.chat?.id || undefined;
}

export function tabContextOf(context: app.Context): TeamsTabContext {
  return {
    circleId: circleIdOf(context),
    locale: context.app.locale,
    theme: themeNameOf(context.app.theme),
    frameContext: context.page.frameContext,
  };
}

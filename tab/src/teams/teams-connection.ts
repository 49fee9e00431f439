// Connects to Teams when the tab runs inside it. A plain browser tab (not in an iframe) is
// detected at once; in an iframe, app.initialize() gets a short race instead of the SDK's own
// ~5 s timeout. teams-js is loaded on demand, so the local preview never downloads it.

import type { pages } from "@microsoft/teams-js";
import { tabContextOf, themeNameOf, type TeamsTabContext, type ThemeName } from "./tab-context";

export interface TeamsConnection {
  context: TeamsTabContext;
  /** An Entra ID token for the app (Teams SSO); rejects when Teams can't provide one. */
  getAuthToken(): Promise<string>;
  /** Teams allows one theme handler per page; a later call replaces the earlier one. */
  onThemeChange(handler: (theme: ThemeName) => void): void;
  /** Tells Teams the page has loaded, so it hides its own loading indicator. */
  notifySuccess(): void;
  /** On the settings page: save `config` when the user selects Save, and enable Save now. */
  enableTabSave(config: pages.InstanceConfig): void;
}

export const teamsInitTimeoutMs = 3000;

export function isInsideFrame(win: Window = window): boolean {
  try {
    return win.parent !== win;
  } catch {
    // A cross-origin parent can make the comparison throw: that is still a frame.
    return true;
  }
}

/** The Teams connection, or null when the tab is not hosted by Teams. */
export async function connectToTeams(timeoutMs = teamsInitTimeoutMs): Promise<TeamsConnection | null> {
  if (!isInsideFrame()) return null;
  const { app, authentication, pages } = await import("@microsoft/teams-js");

  let timer: ReturnType<typeof setTimeout> | undefined;
  const timedOut = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  const initialized = app.initialize().then(
    () => true,
    () => false,
  );
  const inTeams = await Promise.race([initialized, timedOut]);
  clearTimeout(timer);
  if (!inTeams) return null;

  const context = tabContextOf(await app.getContext());
  return {
    context,
    getAuthToken: () => authentication.getAuthToken(),
    onThemeChange: (handler) => app.registerOnThemeChangeHandler((theme) => handler(themeNameOf(theme))),
    notifySuccess: () => void app.notifySuccess(),
    enableTabSave: (config) => {
      pages.config.registerOnSaveHandler((saveEvent) => {
        pages.config.setConfig(config).then(
          () => saveEvent.notifySuccess(),
          (error: unknown) => saveEvent.notifyFailure(error instanceof Error ? error.message : String(error)),
        );
      });
      pages.config.setValidityState(true);
    },
  };
}

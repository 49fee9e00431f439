// The theme to render with: Teams' theme (following live changes) inside Teams; in the local
// preview the `?theme=dark|contrast` query parameter, so dark and high contrast can be checked.

import { useEffect, useState } from "react";
import { themeNameOf, type ThemeName } from "./tab-context";
import type { HostDetection } from "./useHostDetection";

export function previewThemeOf(search: string): ThemeName {
  return themeNameOf(new URLSearchParams(search).get("theme"));
}

export function useHostTheme(detection: HostDetection): ThemeName {
  const teams = detection.status === "ready" && detection.host.kind === "teams" ? detection.host.teams : null;
  const [liveTheme, setLiveTheme] = useState<ThemeName | null>(null);

  useEffect(() => {
    teams?.onThemeChange(setLiveTheme);
  }, [teams]);

  if (teams) return liveTheme ?? teams.context.theme;
  return detection.status === "ready" ? previewThemeOf(window.location.search) : "default";
}

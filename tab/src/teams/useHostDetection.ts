// Finds out, once per page load, whether the tab runs in Teams or in a plain browser.

import { useEffect, useState } from "react";
import { connectToTeams, isInsideFrame, type TeamsConnection } from "./teams-connection";

export type TabHost = { kind: "teams"; teams: TeamsConnection } | { kind: "browser" };
export type HostDetection = { status: "connecting" } | { status: "ready"; host: TabHost };

export function useHostDetection(): HostDetection {
  // Outside an iframe the answer is known synchronously: no spinner, no flash.
  const [detection, setDetection] = useState<HostDetection>(() =>
    isInsideFrame() ? { status: "connecting" } : { status: "ready", host: { kind: "browser" } },
  );

  useEffect(() => {
    if (detection.status === "ready") return;
    let cancelled = false;
    void connectToTeams().then(
      (teams) => !cancelled && setDetection({ status: "ready", host: teams ? { kind: "teams", teams } : { kind: "browser" } }),
      () => !cancelled && setDetection({ status: "ready", host: { kind: "browser" } }),
    );
    return () => {
      cancelled = true;
    };
  }, [detection.status]);

  return detection;
}

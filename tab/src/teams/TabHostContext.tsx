// Makes the detected host (Teams or the browser) available to every page.

import { createContext, useContext, type ReactNode } from "react";
import type { TabHost } from "./useHostDetection";

const TabHostContext = createContext<TabHost | null>(null);

export function TabHostProvider({ host, children }: { host: TabHost; children: ReactNode }) {
  return <TabHostContext.Provider value={host}>{children}</TabHostContext.Provider>;
}

export function useTabHost(): TabHost {
  const host = useContext(TabHostContext);
  if (!host) throw new Error("useTabHost must be used inside TabHostProvider");
  return host;
}

// The tab: finds its host (Teams or a plain browser), then renders the page for the URL hash
// in Teams' theme and the user's language. The privacy and terms pages skip the local
// preview's session check, so they render even when the API is down.

import { FluentProvider, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { lazy, Suspense, useEffect, useMemo } from "react";
import { I18nextProvider, useTranslation } from "react-i18next";
import { createI18n, pickLocale } from "../../shared/i18n";
import { createApiClient } from "./api/api-client";
import { ApiClientProvider } from "./api/ApiClientContext";
import { LoadingState } from "./components/LoadingState";
import { PageFrame, PageMain } from "./components/PageFrame";
import { HomePage } from "./pages/HomePage";
import { ConfigPage } from "./pages/ConfigPage";
import { LocalPreviewShell } from "./pages/LocalPreviewShell";
import { MyCirclesPage } from "./pages/MyCirclesPage";
import { PrivacyPage } from "./pages/PrivacyPage";
import { SettingsPage } from "./pages/SettingsPage";
import { TermsPage } from "./pages/TermsPage";
import { TriviaQuestionsPage } from "./pages/TriviaQuestionsPage";
import { MeetingPanelPage } from "./pages/MeetingPanelPage";
import { isStaticPage, type Route } from "./routing/route";
import { useRoute } from "./routing/useRoute";
import { fluentThemes } from "./teams/fluent-theme";
import { TabHostProvider, useTabHost } from "./teams/TabHostContext";
import { useHostDetection } from "./teams/useHostDetection";
import { useHostTheme } from "./teams/useHostTheme";

// The map and the charts are their own chunks, loaded when someone opens them.
const InsightsPage = lazy(() => import("./pages/InsightsPage"));
const JourneyPage = lazy(() => import("./pages/JourneyPage"));
// Home is the first page; the circle's other pages load when someone opens them.
const HistoryPage = lazy(() => import("./pages/HistoryPage").then((m) => ({ default: m.HistoryPage })));
const SessionPage = lazy(() => import("./pages/SessionPage").then((m) => ({ default: m.SessionPage })));
const WallPage = lazy(() => import("./pages/WallPage").then((m) => ({ default: m.WallPage })));
const LeaderboardsPage = lazy(() => import("./pages/LeaderboardsPage").then((m) => ({ default: m.LeaderboardsPage })));

// The canvas is a child of FluentProvider, not the provider itself: the provider's classes are
// copied onto portal nodes (dropdown lists), which must not cover the page.
const useStyles = makeStyles({
  canvas: { minHeight: "100vh", backgroundColor: tokens.colorNeutralBackground3 },
  // Native parts (time pickers, select lists, scrollbars) follow the theme too.
  light: { colorScheme: "light" },
  dark: { colorScheme: "dark" },
  connecting: { padding: `${tokens.spacingVerticalXXL} ${tokens.spacingHorizontalXXL}` },
});

export function App() {
  const styles = useStyles();
  const detection = useHostDetection();
  const theme = useHostTheme(detection);
  const teams = detection.status === "ready" && detection.host.kind === "teams" ? detection.host.teams : null;
  const locale = pickLocale(teams ? teams.context.locale : navigator.language);
  const i18n = useMemo(() => createI18n(locale), [locale]);

  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  return (
    <I18nextProvider i18n={i18n}>
      <FluentProvider theme={fluentThemes[theme]}>
        <div className={mergeClasses(styles.canvas, theme === "default" ? styles.light : styles.dark)}>
          {detection.status === "connecting" ? (
            <div className={styles.connecting}>
              <LoadingState label={i18n.t("app.connecting")} />
            </div>
          ) : (
            <TabHostProvider host={detection.host}>
              <HostedTab />
            </TabHostProvider>
          )}
        </div>
      </FluentProvider>
    </I18nextProvider>
  );
}

function HostedTab() {
  const host = useTabHost();
  const route = useRoute();
  const client = useMemo(() => createApiClient(host.kind === "teams" ? host.teams.getAuthToken : undefined), [host]);
  const page = <TabPage route={route} />;
  return (
    <ApiClientProvider client={client}>
      <PageFrame>
        {host.kind === "teams" || isStaticPage(route.page) ? (
          <PageMain>{page}</PageMain>
        ) : (
          <LocalPreviewShell route={route}>{page}</LocalPreviewShell>
        )}
      </PageFrame>
    </ApiClientProvider>
  );
}

function TabPage({ route }: { route: Route }) {
  const host = useTabHost();
  const { t } = useTranslation();
  // Teams opens the same content page in the meeting side panel: there it is the panel.
  if (route.page === "circle" && host.kind === "teams" && host.teams.context.frameContext === "sidePanel") return <MeetingPanelPage />;
  switch (route.page) {
    case "config":
      return <ConfigPage />;
    case "me":
      return <MyCirclesPage />;
    case "circle":
      return <HomePage previewCircleId={route.circleId} />;
    case "history":
      return <Suspense fallback={<LoadingState label={t("lazyPage.loading")} />}>{<HistoryPage previewCircleId={route.circleId} />}</Suspense>;
    case "session":
      return <Suspense fallback={<LoadingState label={t("lazyPage.loading")} />}>{<SessionPage sessionId={route.sessionId} previewCircleId={route.circleId} />}</Suspense>;
    case "wall":
      return <Suspense fallback={<LoadingState label={t("lazyPage.loading")} />}>{<WallPage previewCircleId={route.circleId} />}</Suspense>;
    case "leaderboards":
      return <Suspense fallback={<LoadingState label={t("lazyPage.loading")} />}>{<LeaderboardsPage previewCircleId={route.circleId} />}</Suspense>;
    case "settings":
      return <SettingsPage previewCircleId={route.circleId} />;
    case "trivia":
      return <TriviaQuestionsPage previewCircleId={route.circleId} />;
    case "insights":
      return (
        <Suspense fallback={<LoadingState label={t("insights.loading")} />}>
          <InsightsPage previewCircleId={route.circleId} />
        </Suspense>
      );
    case "journey":
      return (
        <Suspense fallback={<LoadingState label={t("journey.loading")} />}>
          <JourneyPage previewCircleId={route.circleId} />
        </Suspense>
      );
    case "panel":
      return <MeetingPanelPage previewCircleId={route.circleId} />;
    case "privacy":
      return <PrivacyPage />;
    case "terms":
      return <TermsPage />;
  }
}

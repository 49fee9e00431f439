// Outside Teams: asks the server how it runs. A local server gets the preview (banner, page
// links, the page); a server set up for Teams gets "open it in Teams" instead.

import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useSession } from "../api/useSession";
import { LocalPreviewBanner } from "../components/LocalPreviewBanner";
import { OpenInTeamsNotice } from "../components/OpenInTeamsNotice";
import { PageMain } from "../components/PageFrame";
import { PreviewNav } from "../components/PreviewNav";
import { ResourceView } from "../components/ResourceView";
import type { Route } from "../routing/route";

export function LocalPreviewShell({ route, children }: { route: Route; children: ReactNode }) {
  const { t } = useTranslation();
  const session = useSession();
  return (
    <ResourceView resource={session} loadingLabel={t("preview.checking")} errorTitle={t("preview.sessionError")}>
      {({ mode }) =>
        mode === "local" ? (
          <>
            <LocalPreviewBanner />
            <PreviewNav current={route} />
            <PageMain>{children}</PageMain>
          </>
        ) : (
          <PageMain>
            <OpenInTeamsNotice />
          </PageMain>
        )
      }
    </ResourceView>
  );
}

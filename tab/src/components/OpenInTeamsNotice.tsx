// Shown in a plain browser when the server runs for Teams: the tab needs Teams sign-in.

import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";

export function OpenInTeamsNotice() {
  const { t } = useTranslation();
  return (
    <MessageBar intent="info" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t("openInTeams.title")}</MessageBarTitle>
        {t("openInTeams.body")}
      </MessageBarBody>
    </MessageBar>
  );
}

// Says, above everything else, that the circle's rituals are paused.

import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";

export function PausedNotice() {
  const { t } = useTranslation();
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>{t("settings.pausedNotice")}</MessageBarBody>
    </MessageBar>
  );
}

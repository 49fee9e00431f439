// Tells a member why the settings can't be changed here, and who can change them.

import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import type { CircleMemberView } from "../../../shared/api/types";

export function FacilitatorsOnlyNote({ facilitators }: { facilitators: CircleMemberView[] }) {
  const { t, i18n } = useTranslation();
  const names = new Intl.ListFormat(i18n.language, { type: "conjunction" }).format(facilitators.map((person) => person.name));
  return (
    <MessageBar intent="info" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t("settings.readOnly.title")}</MessageBarTitle>
        {facilitators.length > 0 ? t("settings.readOnly.facilitators", { names }) : t("settings.readOnly.noFacilitators")}
      </MessageBarBody>
    </MessageBar>
  );
}

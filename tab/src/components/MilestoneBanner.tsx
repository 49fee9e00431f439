// A celebration when the wall reached a round number of shoutouts (the 100th, …).

import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import type { ShoutoutMilestone } from "../../../shared/api/types";

export function MilestoneBanner({ milestone }: { milestone: ShoutoutMilestone }) {
  const { t } = useTranslation();
  const { shoutout } = milestone;
  return (
    <MessageBar intent="success" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t("wall.milestone.title", { count: milestone.count })}</MessageBarTitle>
        {t("wall.milestone.body", { count: milestone.count, giver: shoutout.giverName, names: shoutout.recipients.map((r) => r.name).join(", ") })}
      </MessageBarBody>
    </MessageBar>
  );
}

// The banner that makes the local preview unmistakable: no Teams sign-in, local data.

import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import { Trans } from "react-i18next";

export function LocalPreviewBanner() {
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <Trans i18nKey="preview.body" components={{ strong: <strong /> }} />
      </MessageBarBody>
    </MessageBar>
  );
}

// Explains why something could not be loaded — the API's own message when it sent one —
// and offers to try again when that could help.

import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import type { TabError } from "../api/api-client";

export function errorMessageOf(error: TabError, t: TFunction): string {
  switch (error.kind) {
    case "api":
      return error.message;
    case "http":
      return t("errors.http", { status: error.status });
    case "network":
      return t("errors.network");
    case "sign-in":
      return t("errors.signIn", { detail: error.detail });
  }
}

/** Trying again helps when the server or the connection failed, not when the request was wrong. */
function isRetryable(error: TabError): boolean {
  return error.kind !== "api" || error.status >= 500;
}

export function ErrorState({ title, error, onRetry }: { title: string; error: TabError; onRetry?: () => void }) {
  const { t } = useTranslation();
  return (
    <MessageBar intent="error" layout="multiline" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        {errorMessageOf(error, t)}
      </MessageBarBody>
      {onRetry && isRetryable(error) && (
        <MessageBarActions>
          <Button size="small" onClick={onRetry}>
            {t("errors.retry")}
          </Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}

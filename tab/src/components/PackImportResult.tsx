// What an import did: how many questions came in, how many the circle already had, and each
// skipped entry with why (by line for CSV, by position for JSON).

import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import type { TriviaPackFormat, TriviaPackImportResponse } from "../../../shared/api/types";

/** A pack full of mistakes would bury the page; the first ones show what to fix. */
const SHOWN_SKIPS = 20;

const useStyles = makeStyles({
  body: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  skipped: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL },
  where: { fontWeight: tokens.fontWeightSemibold },
});

export function PackImportResult({ result, format }: { result: TriviaPackImportResponse; format: TriviaPackFormat }) {
  const { t } = useTranslation();
  const styles = useStyles();
  const counts = [t("trivia.import.result.imported", { count: result.imported })];
  if (result.duplicates > 0) counts.push(t("trivia.import.result.duplicates", { count: result.duplicates }));
  const where = format === "csv" ? "trivia.import.result.line" : "trivia.import.result.entry";

  return (
    <MessageBar intent={result.skipped.length > 0 || result.imported === 0 ? "warning" : "success"} layout="multiline">
      <MessageBarBody className={styles.body}>
        <MessageBarTitle>{t("trivia.import.result.title")}</MessageBarTitle>
        <span>{counts.join(" · ")}</span>
        {result.skipped.length > 0 && (
          <>
            <span>{t("trivia.import.result.skipped", { count: result.skipped.length })}</span>
            <ul className={styles.skipped}>
              {result.skipped.slice(0, SHOWN_SKIPS).map((entry) => (
                <li key={`${entry.line} ${entry.reason}`}>
                  <span className={styles.where}>{t(where, { line: entry.line })}</span>: {entry.message}
                </li>
              ))}
            </ul>
            {result.skipped.length > SHOWN_SKIPS && <span>{t("trivia.import.result.more", { count: result.skipped.length - SHOWN_SKIPS })}</span>}
          </>
        )}
      </MessageBarBody>
    </MessageBar>
  );
}

// One shoutout on the wall: who thanked whom, for what, its value tag, when, and its +1 button
// (pressed once the reader gave one; a second press changes nothing, as in the chat).

import { Badge, Body1, Caption1, Card, ToggleButton, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { ShoutoutCardView } from "../../../shared/api/types";
import type { ApiResult } from "../api/api-client";
import { errorMessageOf } from "./ErrorState";
import { useVisuallyHiddenStyles } from "./visually-hidden";

const useStyles = makeStyles({
  card: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  header: { display: "flex", flexWrap: "wrap", alignItems: "baseline", gap: tokens.spacingHorizontalS },
  giver: { fontWeight: tokens.fontWeightSemibold, margin: 0, fontSize: tokens.fontSizeBase400 },
  message: { overflowWrap: "anywhere", whiteSpace: "pre-wrap" },
  footer: { display: "flex", flexWrap: "wrap", alignItems: "center", justifyContent: "space-between", gap: tokens.spacingHorizontalS },
  meta: { color: tokens.colorNeutralForeground3 },
  error: { color: tokens.colorPaletteRedForeground1 },
});

interface ShoutoutCardProps {
  shoutout: ShoutoutCardView;
  /** How dates show (the circle's time zone, the reader's language). */
  formatMoment: (iso: string) => string;
  /** Absent where a +1 is not offered (Home). */
  onReact?: (id: string) => Promise<ApiResult<ShoutoutCardView>>;
  headingLevel?: 3 | 4;
}

export function ShoutoutCard({ shoutout, formatMoment, onReact, headingLevel = 3 }: ShoutoutCardProps) {
  const { t } = useTranslation();
  const styles = useStyles();
  const hidden = useVisuallyHiddenStyles();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const Heading = headingLevel === 3 ? "h3" : "h4";
  const react = async () => {
    if (!onReact || busy) return;
    setBusy(true);
    setError(null);
    const result = await onReact(shoutout.id);
    setBusy(false);
    if (!result.ok) setError(`${t("wall.reactError")}: ${errorMessageOf(result.error, t)}`);
  };
  return (
    <Card className={styles.card} appearance="filled-alternative">
      <div className={styles.header}>
        <Heading className={styles.giver}>{t("wall.from", { name: shoutout.giverName })}</Heading>
        <Body1>{t("wall.to", { names: shoutout.recipients.map((r) => r.name).join(", ") })}</Body1>
      </div>
      <Body1 className={styles.message}>{shoutout.message}</Body1>
      <div className={styles.footer}>
        <Caption1 className={styles.meta}>
          <time dateTime={shoutout.createdAt}>{formatMoment(shoutout.createdAt)}</time>
          {shoutout.tag && (
            <>
              {" "}
              <Badge appearance="tint" color="brand">
                #{t(`shoutouts:tags.${shoutout.tag}`, { defaultValue: shoutout.tag })}
              </Badge>
            </>
          )}
          {shoutout.fromOtherCircle && (
            <>
              {" "}
              <Badge appearance="outline" color="informative">
                {t("wall.otherCircle")}
              </Badge>
            </>
          )}
        </Caption1>
        {onReact ? (
          <ToggleButton
            size="small"
            checked={shoutout.reactedByMe}
            onClick={react}
            disabledFocusable={busy}
          >
            +1 · {shoutout.reactions}
            <span className={hidden.hidden}> {t("wall.plusOneFor", { giver: shoutout.giverName })}</span>
          </ToggleButton>
        ) : (
          shoutout.reactions > 0 && <Caption1 className={styles.meta}>+1 · {shoutout.reactions}</Caption1>
        )}
      </div>
      {error && (
        <Caption1 role="alert" className={styles.error}>
          {error}
        </Caption1>
      )}
    </Card>
  );
}

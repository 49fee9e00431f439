// The side panel's quick games: one button per game that opens today's round in the meeting
// chat, with today's state next to it and what happened announced politely to screen readers.

import { Body1, Button, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { QuickGameView } from "../../../../shared/api/types";
import type { RitualId } from "../../../../shared/rituals/types";
import type { StartGame } from "../../api/useMeetingPanel";
import { EmptyState } from "../EmptyState";
import { errorMessageOf } from "../ErrorState";

const useStyles = makeStyles({
  list: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, margin: 0, padding: 0, listStyleType: "none" },
  item: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  button: { justifyContent: "flex-start", width: "100%" },
  state: { color: tokens.colorNeutralForeground3 },
  status: { minHeight: tokens.lineHeightBase300 },
  error: { color: tokens.colorPaletteRedForeground1 },
});

export function QuickGames({ games, start, onStarted }: { games: QuickGameView[]; start: StartGame; onStarted: () => void }) {
  const { t } = useTranslation();
  const styles = useStyles();
  const [busy, setBusy] = useState<RitualId | null>(null);
  const [status, setStatus] = useState<{ text: string; error: boolean } | null>(null);

  if (games.length === 0) return <EmptyState compact>{t("panel.noGames")}</EmptyState>;

  const open = async (game: QuickGameView) => {
    setBusy(game.ritualId);
    setStatus(null);
    const result = await start(game.ritualId);
    setBusy(null);
    if (result.ok) {
      setStatus({ text: t(`panel.outcome.${result.data.outcome}`, { game: game.name }), error: false });
      onStarted();
    } else {
      setStatus({ text: errorMessageOf(result.error, t), error: true });
    }
  };

  return (
    <>
      <Caption1>{t("panel.gamesHint")}</Caption1>
      <ul className={styles.list}>
        {games.map((game) => (
          <li key={game.ritualId} className={styles.item}>
            <Button
              appearance={game.state === "ready" ? "primary" : "secondary"}
              className={styles.button}
              disabled={busy !== null}
              onClick={() => void open(game)}
            >
              {busy === game.ritualId ? t("panel.opening") : t("panel.open", { game: game.name })}
            </Button>
            <Caption1 className={styles.state}>{t(`panel.state.${game.state}`)}</Caption1>
          </li>
        ))}
      </ul>
      <div role="status" aria-live="polite" className={styles.status}>
        {status && <Body1 className={status.error ? styles.error : undefined}>{status.text}</Body1>}
      </div>
    </>
  );
}

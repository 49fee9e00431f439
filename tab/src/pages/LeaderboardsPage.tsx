// The circle's leaderboards (`#/leaderboards`): per game, today, this week or all time (one
// choice for all games, as pressed buttons), and the running streaks. People who left leaderboards are not on them.

import { Caption1, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, ToggleButton, makeStyles, tokens } from "@fluentui/react-components";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import type { GameLeaderboards } from "../../../shared/api/types";
import { useLeaderboards } from "../api/useCirclePages";
import { CircleSection } from "../components/CircleSection";
import { EmptyState } from "../components/EmptyState";
import { PageHeader } from "../components/PageHeader";
import { ResourceView } from "../components/ResourceView";
import { useCompactLayout } from "../teams/useCompactLayout";
import { useNotifyLoaded } from "../teams/useNotifyLoaded";
import { CircleScope } from "./CircleScope";

type Period = "today" | "week" | "allTime";
const PERIODS: Period[] = ["today", "week", "allTime"];

const useStyles = makeStyles({
  periods: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  games: { display: "grid", gridTemplateColumns: "repeat(auto-fit, minmax(360px, 1fr))", gap: tokens.spacingHorizontalL, alignItems: "start" },
  streaks: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  subheading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  muted: { color: tokens.colorNeutralForeground3 },
});

export function LeaderboardsPage({ previewCircleId }: { previewCircleId?: string }) {
  return (
    <CircleScope page="leaderboards" previewCircleId={previewCircleId}>
      {(circleId) => <CircleLeaderboards key={circleId} circleId={circleId} />}
    </CircleScope>
  );
}

function CircleLeaderboards({ circleId }: { circleId: string }) {
  const { t } = useTranslation();
  const compact = useCompactLayout();
  const styles = useStyles();
  const boards = useLeaderboards(circleId);
  const [period, setPeriod] = useState<Period>("allTime");
  const panelId = useId();
  useNotifyLoaded(boards.status === "ready" || boards.status === "error");
  return (
    <>
      <PageHeader title={t("boards.title")} intro={t("boards.intro")} compact={compact} />
      <ResourceView resource={boards} loadingLabel={t("boards.loading")} errorTitle={t("boards.error")}>
        {(data) =>
          data.games.length === 0 ? (
            <EmptyState compact={compact}>{t("boards.empty")}</EmptyState>
          ) : (
            <>
              <div role="group" aria-label={t("boards.period")} className={styles.periods}>
                {PERIODS.map((p) => (
                  <ToggleButton key={p} checked={period === p} onClick={() => setPeriod(p)} aria-controls={panelId} appearance={period === p ? "primary" : "secondary"}>
                    {t(`boards.${p}`)}
                  </ToggleButton>
                ))}
              </div>
              <div id={panelId} aria-live="polite" className={styles.games}>
                {data.games.map((game) => (
                  <GameBoard key={game.gameId} game={game} period={period} compact={compact} />
                ))}
              </div>
            </>
          )
        }
      </ResourceView>
    </>
  );
}

function GameBoard({ game, period, compact }: { game: GameLeaderboards; period: Period; compact: boolean }) {
  const { t } = useTranslation();
  const styles = useStyles();
  const rows = game[period];
  return (
    <CircleSection title={game.name} compact={compact}>
      {rows.length === 0 ? (
        <EmptyState compact>{t("boards.emptyBoard")}</EmptyState>
      ) : (
        <Table size="small" aria-label={t("boards.caption", { game: game.name, period: t(`boards.${period}`) })}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t("boards.rank")}</TableHeaderCell>
              <TableHeaderCell>{t("boards.player")}</TableHeaderCell>
              <TableHeaderCell>{t("boards.points")}</TableHeaderCell>
              <TableHeaderCell>{t("boards.wins")}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {rows.map((row) => (
              <TableRow key={`${row.rank} ${row.name}`}>
                <TableCell>{row.rank}</TableCell>
                <TableCell>{row.name}</TableCell>
                <TableCell>{row.points}</TableCell>
                <TableCell>{row.wins}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      <h3 className={styles.subheading}>{t("boards.streaks")}</h3>
      {game.streaks.length === 0 ? (
        <Caption1 className={styles.muted}>{t("boards.noStreaks")}</Caption1>
      ) : (
        <ul className={styles.streaks}>
          {game.streaks.map((streak) => (
            <li key={streak.name}>
              {streak.name}: {t("boards.streakDays", { count: streak.current })} ({t("boards.best", { count: streak.best })})
            </li>
          ))}
        </ul>
      )}
    </CircleSection>
  );
}

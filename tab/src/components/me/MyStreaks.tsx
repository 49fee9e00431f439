// The person's streaks per game and circle, as a table: current streak (working days in a row,
// as of today), best, points.

import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, makeStyles } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import type { StreakView } from "../../../../shared/api/types";
import { EmptyState } from "../EmptyState";

const useStyles = makeStyles({ scroll: { overflowX: "auto" }, number: { fontVariantNumeric: "tabular-nums" } });

export function MyStreaks({ streaks, compact }: { streaks: StreakView[]; compact: boolean }) {
  const { t } = useTranslation();
  const styles = useStyles();
  if (streaks.length === 0) return <EmptyState compact={compact}>{t("me.streaks.empty")}</EmptyState>;
  return (
    <div className={styles.scroll}>
      <Table size="small" aria-label={t("me.streaks.caption")}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{t("me.streaks.game")}</TableHeaderCell>
            <TableHeaderCell>{t("me.streaks.circle")}</TableHeaderCell>
            <TableHeaderCell>{t("me.streaks.current")}</TableHeaderCell>
            <TableHeaderCell>{t("me.streaks.best")}</TableHeaderCell>
            {!compact && <TableHeaderCell>{t("me.streaks.points")}</TableHeaderCell>}
          </TableRow>
        </TableHeader>
        <TableBody>
          {streaks.map((streak) => (
            <TableRow key={`${streak.circleId}|${streak.gameId}`}>
              <TableCell>{streak.gameName}</TableCell>
              <TableCell>{streak.circleName}</TableCell>
              <TableCell className={styles.number}>{t("me.streaks.days", { count: streak.current })}</TableCell>
              <TableCell className={styles.number}>{t("me.streaks.days", { count: streak.best })}</TableCell>
              {!compact && <TableCell className={styles.number}>{streak.points}</TableCell>}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}

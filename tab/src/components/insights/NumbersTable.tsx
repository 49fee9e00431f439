// A chart's numbers as a table (the text alternative of WeekBars), shown on request.

import { Button, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, makeStyles, tokens } from "@fluentui/react-components";
import { useId, useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", alignItems: "flex-start", gap: tokens.spacingVerticalS, minWidth: 0 },
  scroll: { overflowX: "auto", maxWidth: "100%" },
  caption: { textAlign: "start", fontWeight: tokens.fontWeightSemibold, paddingBottom: tokens.spacingVerticalXS },
  number: { fontVariantNumeric: "tabular-nums" },
});

export interface NumbersTableProps {
  caption: string;
  columns: string[];
  rows: { key: string; cells: ReactNode[] }[];
}

export function NumbersTable({ caption, columns, rows }: NumbersTableProps) {
  const { t } = useTranslation();
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  const tableId = useId();
  return (
    <div className={styles.root}>
      <Button size="small" appearance="subtle" aria-expanded={open} aria-controls={tableId} onClick={() => setOpen(!open)}>
        {open ? t("insights.hideTable") : t("insights.showTable")}
      </Button>
      {open && (
        <div className={styles.scroll} id={tableId}>
          <Table size="small" aria-label={caption}>
            <TableHeader>
              <TableRow>
                {columns.map((column) => (
                  <TableHeaderCell key={column}>{column}</TableHeaderCell>
                ))}
              </TableRow>
            </TableHeader>
            <TableBody>
              {rows.map((row) => (
                <TableRow key={row.key}>
                  {row.cells.map((cell, index) => (
                    <TableCell key={index} className={index > 0 ? styles.number : undefined}>
                      {cell}
                    </TableCell>
                  ))}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
    </div>
  );
}

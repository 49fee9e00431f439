// Links between the tab's pages in the local preview (inside Teams, Teams itself navigates).

import { Link, makeStyles, tokens } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import { hrefOf, type Route } from "../routing/route";

const pages = ["circle", "me", "config"] as const;

const useStyles = makeStyles({
  list: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalXS,
    margin: 0,
    padding: 0,
    listStyleType: "none",
  },
  current: { fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground1 },
});

export function PreviewNav({ current }: { current: Route["page"] }) {
  const { t } = useTranslation();
  const styles = useStyles();
  return (
    <nav aria-label={t("preview.navLabel")}>
      <ul className={styles.list}>
        {pages.map((page) => (
          <li key={page}>
            <Link
              href={hrefOf({ page })}
              aria-current={page === current ? "page" : undefined}
              className={page === current ? styles.current : undefined}
            >
              {t(`preview.nav.${page}`)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

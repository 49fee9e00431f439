// Links between the tab's pages in the local preview (inside Teams, Teams itself navigates).
// The circle's pages keep the circle that is open.

import { Link, makeStyles, tokens } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import { hrefOf, isCirclePage, type Route } from "../routing/route";

const pages = ["circle", "settings", "trivia", "me", "config"] as const;

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

export function PreviewNav({ current }: { current: Route }) {
  const { t } = useTranslation();
  const styles = useStyles();
  const circleId = isCirclePage(current) ? current.circleId : undefined;
  const routeOf = (page: (typeof pages)[number]): Route => (page === "me" || page === "config" ? { page } : { page, circleId });
  return (
    <nav aria-label={t("preview.navLabel")}>
      <ul className={styles.list}>
        {pages.map((page) => (
          <li key={page}>
            <Link
              href={hrefOf(routeOf(page))}
              aria-current={page === current.page ? "page" : undefined}
              className={page === current.page ? styles.current : undefined}
            >
              {t(`preview.nav.${page}`)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

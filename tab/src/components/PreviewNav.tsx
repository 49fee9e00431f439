// Links between the tab's surfaces in the local preview (inside Teams, Teams itself opens them):
// the circle (whose pages have their own navigation), the personal tab, the configuration page.
// The circle link keeps the circle that is open.

import { Link, makeStyles, tokens } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import { circleOf, hrefOf, isCirclePage, type Route } from "../routing/route";

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

export function PreviewNav({ current }: { current: Route }) {
  const { t } = useTranslation();
  const styles = useStyles();
  const circleId = circleOf(current);
  const routeOf = (page: (typeof pages)[number]): Route => (page === "me" || page === "config" ? { page } : { page, circleId });
  return (
    <nav aria-label={t("preview.navLabel")}>
      <ul className={styles.list}>
        {pages.map((page) => (
          <li key={page}>
            <Link
              href={hrefOf(routeOf(page))}
              aria-current={isCurrent(page, current) ? "page" : undefined}
              className={isCurrent(page, current) ? styles.current : undefined}
            >
              {t(`preview.nav.${page}`)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** The circle link stands for every page of the circle. */
function isCurrent(page: (typeof pages)[number], current: Route): boolean {
  return page === "circle" ? isCirclePage(current) || current.page === "session" : page === current.page;
}

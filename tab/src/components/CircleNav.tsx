// The circle's pages as a row of links (Home, History, Shoutout wall, …), the current one marked
// for screen readers (aria-current) and by an underline. Plain links: Tab moves between them,
// Enter opens one, and the browser's back button works.

import { Link, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import { circleNavPages, type CirclePageName } from "../routing/route";

const useStyles = makeStyles({
  list: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalXS,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
    padding: 0,
    listStyleType: "none",
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  link: {
    display: "inline-block",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    color: tokens.colorNeutralForeground2,
    borderBottom: `${tokens.strokeWidthThicker} solid transparent`,
    textDecorationLine: "none",
    ":hover": { color: tokens.colorNeutralForeground1, textDecorationLine: "none" },
  },
  compactLink: { padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}` },
  current: {
    color: tokens.colorNeutralForeground1,
    fontWeight: tokens.fontWeightSemibold,
    borderBottomColor: tokens.colorCompoundBrandStroke,
  },
});

interface CircleNavProps {
  current: CirclePageName;
  /** The href of each page of this circle. */
  hrefOf: (page: CirclePageName) => string;
  compact: boolean;
}

export function CircleNav({ current, hrefOf, compact }: CircleNavProps) {
  const { t } = useTranslation();
  const styles = useStyles();
  return (
    <nav aria-label={t("circleNav.label")}>
      <ul className={styles.list}>
        {circleNavPages.map((page) => (
          <li key={page}>
            <Link
              href={hrefOf(page)}
              aria-current={page === current ? "page" : undefined}
              className={mergeClasses(styles.link, compact && styles.compactLink, page === current && styles.current)}
            >
              {t(`circleNav.${page === "circle" ? "home" : page}`)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

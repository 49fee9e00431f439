// Sessions of the circle as a list: the ritual (a link to its details), when, its state, how many
// took part and the top of its results.

import { Badge, Body1, Caption1, Link, makeStyles, tokens, type BadgeProps } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import type { SessionSummaryView } from "../../../shared/api/types";
import { hrefOf } from "../routing/route";
import { useCircleDates } from "./dates";

const useStyles = makeStyles({
  list: { display: "flex", flexDirection: "column", margin: 0, padding: 0, listStyleType: "none" },
  item: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalS} 0`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
    ":last-child": { borderBottomStyle: "none" },
  },
  line: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  name: { fontWeight: tokens.fontWeightSemibold },
  meta: { color: tokens.colorNeutralForeground3 },
});

const stateColor: Record<SessionSummaryView["state"], BadgeProps["color"]> = {
  pending: "informative",
  open: "brand",
  closed: "subtle",
  missed: "warning",
  failed: "danger",
};

interface SessionListProps {
  sessions: SessionSummaryView[];
  timeZone: string;
  label: string;
}

export function SessionList({ sessions, timeZone, label }: SessionListProps) {
  const { t } = useTranslation();
  const styles = useStyles();
  const dates = useCircleDates(timeZone);
  return (
    <ul className={styles.list} aria-label={label}>
      {sessions.map((session) => (
        <li key={session.id} className={styles.item}>
          <div className={styles.line}>
            <Link href={hrefOf({ page: "session", sessionId: session.id })} className={styles.name} aria-label={t("sessions.detailsLabel", { ritual: session.ritualName, date: dates.day(session.localDate) })}>
              {session.ritualName}
            </Link>
            <Badge appearance="tint" color={stateColor[session.state]}>
              {t(`sessions.state.${session.state}`)}
            </Badge>
            {session.late && (
              <Badge appearance="outline" color="warning">
                {t("sessions.late")}
              </Badge>
            )}
            {session.trigger === "now" && (
              <Badge appearance="outline" color="informative">
                {t("sessions.onDemand")}
              </Badge>
            )}
          </div>
          <Caption1 className={styles.meta}>
            <time dateTime={session.scheduledFor}>{dates.moment(session.scheduledFor)}</time>
            {" · "}
            {session.participantCount === 0 ? t("sessions.participantsNone") : t("sessions.participants", { count: session.participantCount })}
          </Caption1>
          {session.podium.length > 0 && (
            <Body1>{t("sessions.podium", { names: session.podium.map((r) => `${r.rank}. ${r.name} (${r.points})`).join(", ") })}</Body1>
          )}
        </li>
      ))}
    </ul>
  );
}

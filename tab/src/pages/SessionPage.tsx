// One session's details (`#/session/<id>`): when it was, its state, the results as the channel
// saw them, who took part, and what may be told about its ritual (never an open round's answer,
// never anyone's private input — the API decides that).

import { Body1, Caption1, Link, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import type { SessionDetailsResponse, SessionFacts } from "../../../shared/api/types";
import { useSessionDetails } from "../api/useCirclePages";
import { CircleSection } from "../components/CircleSection";
import { useCircleDates } from "../components/dates";
import { EmptyState } from "../components/EmptyState";
import { PageHeader } from "../components/PageHeader";
import { ResourceView } from "../components/ResourceView";
import { useCompactLayout } from "../teams/useCompactLayout";
import { useNotifyLoaded } from "../teams/useNotifyLoaded";
import { CircleScope, useCirclePageHref } from "./CircleScope";

const useStyles = makeStyles({
  back: { alignSelf: "flex-start" },
  meta: { color: tokens.colorNeutralForeground2 },
  grid: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 3fr) minmax(0, 2fr)",
    gap: tokens.spacingHorizontalL,
    alignItems: "start",
    "@media (max-width: 720px)": { gridTemplateColumns: "minmax(0, 1fr)" },
  },
  single: { gridTemplateColumns: "minmax(0, 1fr)", gap: tokens.spacingVerticalM },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  winner: { fontWeight: tokens.fontWeightSemibold },
});

export function SessionPage({ sessionId, previewCircleId }: { sessionId: string; previewCircleId?: string }) {
  return (
    <CircleScope page="history" previewCircleId={previewCircleId}>
      {(circleId) => <SessionDetails key={`${circleId} ${sessionId}`} circleId={circleId} sessionId={sessionId} />}
    </CircleScope>
  );
}

function SessionDetails({ circleId, sessionId }: { circleId: string; sessionId: string }) {
  const { t } = useTranslation();
  const styles = useStyles();
  const compact = useCompactLayout();
  const pageHref = useCirclePageHref();
  const session = useSessionDetails(circleId, sessionId);
  useNotifyLoaded(session.status === "ready" || session.status === "error");
  const back = (
    <Link href={pageHref("history", circleId)} className={styles.back}>
      <span aria-hidden="true">← </span>
      {t("session.back")}
    </Link>
  );
  return (
    <ResourceView resource={session} loadingLabel={t("session.loading")} errorTitle={t("session.error")}>
      {(data) => <SessionView session={data} back={back} compact={compact} />}
    </ResourceView>
  );
}

function SessionView({ session, back, compact }: { session: SessionDetailsResponse; back: React.ReactNode; compact: boolean }) {
  const { t } = useTranslation();
  const styles = useStyles();
  const dates = useCircleDates(session.timeZone);
  const when = [t("session.planned", { date: dates.moment(session.scheduledFor) })];
  if (session.closedAt) when.push(t("session.closed", { date: dates.moment(session.closedAt) }));
  else if (session.state === "open") when.push(t("session.closes", { date: dates.moment(session.closesAt) }));
  else when.push(t(`sessions.state.${session.state}`));
  if (session.late) when.push(t("sessions.late"));
  if (session.trigger === "now") when.push(t("sessions.onDemand"));
  return (
    <>
      <PageHeader title={`${session.ritualName} — ${dates.day(session.localDate)}`} compact={compact}>
        {back}
      </PageHeader>
      <Body1 className={styles.meta}>{when.join(" · ")}</Body1>
      <div className={mergeClasses(styles.grid, compact && styles.single)}>
        <CircleSection title={t("session.results")} compact={compact}>
          {session.results.length > 0 ? (
            <Table size="small" aria-label={t("session.results")}>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell>{t("session.rank")}</TableHeaderCell>
                  <TableHeaderCell>{t("session.player")}</TableHeaderCell>
                  <TableHeaderCell>{t("session.points")}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {session.results.map((result) => (
                  <TableRow key={`${result.rank} ${result.name}`}>
                    <TableCell>{result.rank}</TableCell>
                    <TableCell className={result.winner ? styles.winner : undefined}>
                      {result.name}
                      {result.winner && ` — ${t("session.winner")}`}
                    </TableCell>
                    <TableCell>{result.points}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          ) : (
            <EmptyState compact>{session.state === "open" || session.state === "pending" ? t("session.resultsLater") : t("session.noResults")}</EmptyState>
          )}
        </CircleSection>
        <CircleSection title={t("session.participants")} compact={compact}>
          {session.participants.length === 0 && session.participantCount === 0 ? (
            <EmptyState compact>{t("session.noParticipants")}</EmptyState>
          ) : (
            <>
              <Caption1>{t("sessions.participants", { count: Math.max(session.participantCount, session.participants.length) })}</Caption1>
              <ul className={styles.list}>
                {session.participants.map((person, i) => (
                  <li key={`${person.name ?? ""} ${i}`}>{person.name ?? t("session.formerMember")}</li>
                ))}
              </ul>
            </>
          )}
        </CircleSection>
      </div>
      <CircleSection title={t("session.about")} compact={compact}>
        <Facts facts={session.facts} />
      </CircleSection>
    </>
  );
}

function Facts({ facts }: { facts: SessionFacts }) {
  const { t } = useTranslation();
  switch (facts.kind) {
    case "wordl6":
      return <Body1>{facts.answer ? t("session.facts.wordl6Answer", { word: facts.answer }) : t("session.facts.wordl6Open")}</Body1>;
    case "trivia":
      return <Body1>{t("session.facts.trivia", { count: facts.questions })}</Body1>;
    case "week-in-review":
      return (
        <>
          <Body1>{t("session.facts.people", { count: facts.people })}</Body1>
          <ul>
            <li>{t("session.facts.wentWell", { count: facts.answered.wentWell })}</li>
            <li>{t("session.facts.learned", { count: facts.answered.learned })}</li>
            <li>{t("session.facts.helpedBy", { count: facts.answered.helpedBy })}</li>
          </ul>
          <Caption1>{t("session.facts.private")}</Caption1>
        </>
      );
    case "shoutouts":
      return <Body1>{t("session.facts.shoutouts", { count: facts.shoutouts })}</Body1>;
    case "none":
      return <Body1>{t("session.facts.none")}</Body1>;
  }
}

// A titled list of people in the circle (its facilitators, or its members).

import { Body1Strong, Persona, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useId } from "react";
import type { CircleMemberView } from "../../../shared/api/types";
import { EmptyState } from "./EmptyState";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  heading: { margin: 0, color: tokens.colorNeutralForeground2 },
  list: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(180px, 1fr))",
    gap: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    margin: 0,
    padding: 0,
    listStyleType: "none",
  },
  compactList: { gridTemplateColumns: "minmax(0, 1fr)", rowGap: tokens.spacingVerticalXS },
  person: { minWidth: 0 },
});

interface MemberListProps {
  title: string;
  people: CircleMemberView[];
  emptyText: string;
  compact: boolean;
}

export function MemberList({ title, people, emptyText, compact }: MemberListProps) {
  const styles = useStyles();
  const headingId = useId();
  return (
    <div className={styles.root}>
      <Body1Strong as="h3" id={headingId} className={styles.heading}>
        {title} ({people.length})
      </Body1Strong>
      {people.length === 0 ? (
        <EmptyState compact>{emptyText}</EmptyState>
      ) : (
        <ul aria-labelledby={headingId} className={mergeClasses(styles.list, compact && styles.compactList)}>
          {people.map((person) => (
            <li key={person.id} className={styles.person}>
              <Persona name={person.name} size={compact ? "small" : "medium"} textAlignment="center" avatar={{ color: "colorful", "aria-hidden": true }} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

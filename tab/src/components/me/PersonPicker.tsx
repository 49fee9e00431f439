// The local preview's "Preview as": whose personal pages to show, since nobody is signed in.

import { Caption1, Dropdown, Field, Option, makeStyles } from "@fluentui/react-components";
import type { PersonView } from "../../../../shared/api/types";

const useStyles = makeStyles({ field: { maxWidth: "420px" }, dropdown: { minWidth: "0", width: "100%" } });

export function PersonPicker({ label, hint, placeholder, people, selectedId, onSelect }: { label: string; hint: string; placeholder: string; people: PersonView[]; selectedId: string | undefined; onSelect: (id: string) => void }) {
  const styles = useStyles();
  const selected = people.find((person) => person.id === selectedId);
  return (
    <Field label={label} hint={<Caption1>{hint}</Caption1>} className={styles.field}>
      <Dropdown
        className={styles.dropdown}
        placeholder={placeholder}
        value={selected?.name ?? ""}
        selectedOptions={selected ? [selected.id] : []}
        onOptionSelect={(_, data) => data.optionValue && onSelect(data.optionValue)}
      >
        {people.map((person) => (
          <Option key={person.id} value={person.id}>
            {person.name}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}

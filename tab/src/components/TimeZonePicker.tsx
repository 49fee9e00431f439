// The circle's time zone: every IANA zone the browser knows, searchable by typing.

import { Combobox, Field, Option, makeStyles, useComboboxFilter } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";

const useStyles = makeStyles({
  combobox: { minWidth: 0, width: "100%" },
});

let knownZones: string[] | undefined;

/** The browser's zones (Intl leaves out UTC itself), plus `current` should the browser not know it. */
function zonesWith(current: string): string[] {
  knownZones ??= [...Intl.supportedValuesOf("timeZone"), "UTC"].sort();
  return knownZones.includes(current) ? knownZones : [current, ...knownZones];
}

/** "America/Los_Angeles" reads (and is found) as "America/Los Angeles". */
const labelOf = (zone: string) => zone.replaceAll("_", " ");
const matches = (label: string, query: string) => label.toLowerCase().includes(labelOf(query).toLowerCase());
const renderZone = (zone: string) => (
  <Option key={zone} value={zone} text={labelOf(zone)}>
    {labelOf(zone)}
  </Option>
);

interface TimeZonePickerProps {
  value: string;
  readOnly: boolean;
  onChange: (timeZone: string) => void;
}

export function TimeZonePicker({ value, readOnly, onChange }: TimeZonePickerProps) {
  const { t } = useTranslation();
  const styles = useStyles();
  // What the person is typing; null while they aren't (the field shows the chosen zone).
  const [query, setQuery] = useState<string | null>(null);
  const zones = useMemo(() => zonesWith(value), [value]);
  const options = useComboboxFilter(query ?? "", zones, {
    optionToText: labelOf,
    filter: matches,
    renderOption: renderZone,
    noOptionsMessage: t("settings.schedule.noTimeZone"),
  });

  return (
    <Field label={t("settings.schedule.timeZone")} hint={t("settings.schedule.timeZoneHint")}>
      <Combobox
        className={styles.combobox}
        value={query ?? labelOf(value)}
        selectedOptions={[value]}
        disabled={readOnly}
        placeholder={t("settings.schedule.timeZoneSearch")}
        onChange={(event) => setQuery(event.target.value)}
        onOptionSelect={(_, data) => {
          // Typing clears the selection (no value): that is a search, not a choice.
          if (!data.optionValue) return;
          onChange(data.optionValue);
          setQuery(null);
        }}
        onOpenChange={(_, data) => {
          if (!data.open) setQuery(null);
        }}
      >
        {options}
      </Combobox>
    </Field>
  );
}

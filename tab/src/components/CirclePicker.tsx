// Picks which circle the local preview shows.

import { Caption1, Dropdown, Field, Option, makeStyles, tokens } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import type { CircleSummary } from "../../../shared/api/types";
import { circleKindKey } from "./circle-kind";
import { EmptyState } from "./EmptyState";

const useStyles = makeStyles({
  field: { maxWidth: "420px" },
  dropdown: { minWidth: "0", width: "100%" },
  option: { display: "flex", flexDirection: "column" },
  optionDetail: { color: tokens.colorNeutralForeground3 },
});

interface CirclePickerProps {
  circles: CircleSummary[];
  selectedId: string | undefined;
  onSelect: (circleId: string) => void;
}

export function CirclePicker({ circles, selectedId, onSelect }: CirclePickerProps) {
  const { t } = useTranslation();
  const styles = useStyles();
  if (circles.length === 0) return <EmptyState>{t("picker.empty")}</EmptyState>;

  const selected = circles.find((circle) => circle.id === selectedId);
  return (
    <Field label={t("picker.label")} className={styles.field}>
      <Dropdown
        className={styles.dropdown}
        placeholder={t("picker.placeholder")}
        value={selected?.name ?? ""}
        selectedOptions={selected ? [selected.id] : []}
        onOptionSelect={(_, data) => data.optionValue && onSelect(data.optionValue)}
      >
        {circles.map((circle) => (
          <Option key={circle.id} value={circle.id} text={circle.name}>
            <span className={styles.option}>
              <span>{circle.name}</span>
              <Caption1 className={styles.optionDetail}>
                {t(circleKindKey(circle))} · {t("circle.memberCount", { count: circle.memberCount })}
              </Caption1>
            </span>
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}

// The language the bot speaks in the circle's conversation. Each language is named in itself.

import { Field, Radio, RadioGroup } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import type { Locale } from "../../../shared/circles/types";

const languages: readonly { locale: Locale; name: string }[] = [
  { locale: "en", name: "English" },
  { locale: "nl", name: "Nederlands" },
];

interface CircleLanguagePickerProps {
  value: Locale;
  readOnly: boolean;
  onChange: (locale: Locale) => void;
}

export function CircleLanguagePicker({ value, readOnly, onChange }: CircleLanguagePickerProps) {
  const { t } = useTranslation();
  return (
    <Field label={t("settings.language.label")} hint={t("settings.language.hint")}>
      <RadioGroup layout="horizontal" value={value} disabled={readOnly} onChange={(_, data) => onChange(data.value as Locale)}>
        {languages.map((language) => (
          <Radio key={language.locale} value={language.locale} label={<span lang={language.locale}>{language.name}</span>} />
        ))}
      </RadioGroup>
    </Field>
  );
}

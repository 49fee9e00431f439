// The terms of use the app manifest links to (`#/terms`): short, friendly and honest.

import { Link } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import { PolicyDocument, PolicySection, PolicyText } from "../components/PolicyDocument";
import { hrefOf } from "../routing/route";

const sections = ["asIs", "kind", "personal", "policies"] as const;

export function TermsPage() {
  const { t } = useTranslation();
  return (
    <PolicyDocument title={t("terms.title")} intro={t("terms.intro")}>
      {sections.map((section) => (
        <PolicySection key={section} title={t(`terms.${section}.title`)}>
          <PolicyText>{t(`terms.${section}.body`)}</PolicyText>
        </PolicySection>
      ))}
      <PolicyText>
        <Link href={hrefOf({ page: "privacy" })}>{t("terms.privacyLink")}</Link>
      </PolicyText>
    </PolicyDocument>
  );
}

// The privacy statement the app manifest links to (`#/privacy`): what Quiet Circles keeps,
// where, who sees it and how to have it removed, in plain words.

import { Link } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import { PolicyDocument, PolicyList, PolicySection, PolicyText } from "../components/PolicyDocument";
import { hrefOf } from "../routing/route";

export function PrivacyPage() {
  const { t } = useTranslation();
  return (
    <PolicyDocument title={t("privacy.title")} intro={t("privacy.intro")}>
      <PolicySection title={t("privacy.kept.title")}>
        <PolicyText>{t("privacy.kept.intro")}</PolicyText>
        <PolicyList
          items={[t("privacy.kept.reference"), t("privacy.kept.names"), t("privacy.kept.members"), t("privacy.kept.roles")]}
        />
        <PolicyText>{t("privacy.kept.later")}</PolicyText>
      </PolicySection>
      <PolicySection title={t("privacy.where.title")}>
        <PolicyText>{t("privacy.where.database")}</PolicyText>
        <PolicyText>{t("privacy.where.noThirdParties")}</PolicyText>
      </PolicySection>
      <PolicySection title={t("privacy.seen.title")}>
        <PolicyText>{t("privacy.seen.signIn")}</PolicyText>
        <PolicyText>{t("privacy.seen.shared")}</PolicyText>
      </PolicySection>
      <PolicySection title={t("privacy.removal.title")}>
        <PolicyText>{t("privacy.removal.inactive")}</PolicyText>
        <PolicyText>
          {t("privacy.removal.ask")} {t("privacy.removal.coming")}
        </PolicyText>
      </PolicySection>
      <PolicySection title={t("privacy.contact.title")}>
        <PolicyText>{t("privacy.contact.body")}</PolicyText>
      </PolicySection>
      <PolicyText>
        <Link href={hrefOf({ page: "terms" })}>{t("privacy.termsLink")}</Link>
      </PolicyText>
    </PolicyDocument>
  );
}

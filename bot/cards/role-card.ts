// Role card cards: the form a person fills in (only ever shown in their own view or their personal
// chat, since it is prefilled with their card) and the card that opens it from a group.

import type { CardElement, IAdaptiveCard } from "@microsoft/teams.cards";
import type { Locale } from "../../shared/circles/types";
import { botT } from "../../shared/i18n";
import { ANSWER_MAX, ROLE_MAX, ROLE_QUESTIONS, type RoleQuestion } from "../../shared/roles/rules";
import { adaptiveCard } from "./card";
import { execute } from "./setup-card";

export type RoleFormValues = Record<"role" | RoleQuestion, string> & { spotlight: boolean };

export interface RoleFormView {
  locale: Locale;
  circleId: string;
  /** What the fields show: the saved card, a refused draft, or nothing for a new card. */
  values?: Partial<RoleFormValues>;
  /** The person has a saved card (the form offers Delete). */
  saved: boolean;
  notice?: { kind: "Good" | "Attention"; text: string };
}

const placeholders: Record<RoleQuestion, "form.caresPlaceholder" | "form.whyPlaceholder" | "form.helpPlaceholder"> = {
  cares: "form.caresPlaceholder",
  why: "form.whyPlaceholder",
  help: "form.helpPlaceholder",
};

export function roleFormCard(view: RoleFormView): IAdaptiveCard {
  const t = botT(view.locale, "roles");
  const values = view.values ?? {};
  const data = { circleId: view.circleId };
  return adaptiveCard(
    [
      { type: "TextBlock", text: t("form.title"), size: "Medium", weight: "Bolder", wrap: true, style: "heading" },
      { type: "TextBlock", text: t("form.intro"), wrap: true, isSubtle: true },
      ...(view.notice ? [{ type: "TextBlock" as const, text: view.notice.text, color: view.notice.kind, weight: "Bolder" as const, wrap: true }] : []),
      {
        type: "Input.Text",
        id: "role",
        label: t("form.role"),
        placeholder: t("form.rolePlaceholder"),
        maxLength: ROLE_MAX,
        isRequired: true,
        errorMessage: t("form.required"),
        value: values.role ?? "",
      },
      { type: "TextBlock", text: t("form.answersHint"), wrap: true, isSubtle: true, size: "Small" },
      ...ROLE_QUESTIONS.map(
        (q): CardElement => ({
          type: "Input.Text",
          id: q,
          label: t(`questions.${q}`),
          placeholder: t(placeholders[q]),
          isMultiline: true,
          maxLength: ANSWER_MAX,
          value: values[q] ?? "",
        }),
      ),
      {
        type: "Input.Toggle",
        id: "spotlight",
        title: t("form.spotlight"),
        value: values.spotlight ? "true" : "false",
        valueOn: "true",
        valueOff: "false",
        wrap: true,
        spacing: "Medium",
      },
      { type: "TextBlock", text: t("form.spotlightHint"), wrap: true, isSubtle: true, size: "Small", spacing: "None" },
      { type: "TextBlock", text: t("form.ownView"), wrap: true, isSubtle: true, size: "Small" },
    ] as CardElement[],
    [execute(t("form.save"), "role.save", data, "positive"), ...(view.saved ? [execute(t("form.delete"), "role.delete", data)] : [])],
    t("form.title"),
  );
}

/**
 * What a group sees for `role`: no one's card, only a button that opens each person's own form
 * in their own view (an Action.Execute answer reaches only the person who pressed).
 */
export function roleOpenCard(locale: Locale, circleId: string): IAdaptiveCard {
  const t = botT(locale, "roles");
  return adaptiveCard(
    [
      { type: "TextBlock", text: t("open.title"), size: "Medium", weight: "Bolder", wrap: true, style: "heading" },
      { type: "TextBlock", text: t("open.intro"), wrap: true },
      { type: "TextBlock", text: t("open.private"), wrap: true, isSubtle: true, size: "Small" },
    ],
    [execute(t("open.button"), "role.open", { circleId }, "positive")],
    t("open.title"),
  );
}

// Shoutout cards: the thanks posted to the circle (recipients @mentioned, a +1 and a Delete), the
// recipient's personal note, and the form for `shoutout` without mentions (Teams' people picker
// where it exists, the circle's members otherwise, e.g. in the Agents Playground).

import type { CardElement, IAdaptiveCard } from "@microsoft/teams.cards";
import type { Locale } from "../../shared/circles/types";
import { botT } from "../../shared/i18n";
import { DEFAULT_SHOUTOUT_TAGS, MESSAGE_MAX, type ShoutoutPerson } from "../../shared/shoutouts/rules";
import { adaptiveCard, mentionText } from "./card";
import { execute } from "./setup-card";

/** A value tag as people read it: translated when it is one of ours, "well-done" → "Well done" otherwise. */
export function tagLabel(locale: Locale, tag: string): string {
  const plain = tag.replace(/-/g, " ");
  return botT(locale, "shoutouts")(`tags.${tag}`, { defaultValue: plain.charAt(0).toUpperCase() + plain.slice(1) });
}

export interface ShoutoutView {
  locale: Locale;
  circleId: string;
  id: string;
  giverName: string;
  recipients: ShoutoutPerson[];
  message: string;
  tag: string | null;
  reactions: number;
}

export function shoutoutCard(view: ShoutoutView): IAdaptiveCard {
  const t = botT(view.locale, "shoutouts");
  const names = view.recipients.map(mentionText).join(", ");
  const data = { circleId: view.circleId, shoutoutId: view.id };
  const body: CardElement[] = [
    { type: "TextBlock", text: t("title", { giver: view.giverName }), size: "Medium", weight: "Bolder", wrap: true, style: "heading" },
    { type: "TextBlock", text: t("to", { names }), wrap: true },
    { type: "TextBlock", text: view.message, wrap: true, size: "Medium" },
    ...(view.tag ? [{ type: "TextBlock" as const, text: `#${tagLabel(view.locale, view.tag)}`, isSubtle: true, size: "Small" as const, wrap: true }] : []),
  ];
  return adaptiveCard(
    body,
    [execute(view.reactions > 0 ? t("plusOneCount", { count: view.reactions }) : t("plusOne"), "shoutout.react", data), execute(t("delete"), "shoutout.delete", data)],
    t("title", { giver: view.giverName }),
    view.recipients,
  );
}

/** The personal note a recipient gets in their chat with the bot. */
export function shoutoutNoteCard(view: { locale: Locale; giverName: string; circleName: string; message: string; tag: string | null }): IAdaptiveCard {
  const t = botT(view.locale, "shoutouts");
  return adaptiveCard(
    [
      { type: "TextBlock", text: t("note.title", { giver: view.giverName }), size: "Medium", weight: "Bolder", wrap: true, style: "heading" },
      { type: "TextBlock", text: view.message, wrap: true, size: "Medium" },
      ...(view.tag ? [{ type: "TextBlock" as const, text: `#${tagLabel(view.locale, view.tag)}`, isSubtle: true, size: "Small" as const, wrap: true }] : []),
      { type: "TextBlock", text: t("note.where", { circle: view.circleName }), isSubtle: true, size: "Small", wrap: true },
    ],
    [],
    t("note.title", { giver: view.giverName }),
  );
}

export function deletedShoutoutCard(locale: Locale, giverName: string): IAdaptiveCard {
  return adaptiveCard([{ type: "TextBlock", text: botT(locale, "shoutouts")("deleted", { giver: giverName }), isSubtle: true, wrap: true }]);
}

/** Teams turns a choice set with this into a people picker over the organisation (answering with Entra object ids). */
export const peoplePicker = { "choices.data": { type: "Data.Query", dataset: "graph.microsoft.com/users" } } as const;

/** A member as the forms know them: Teams' people picker answers with their Entra object id. */
export type PickablePerson = ShoutoutPerson & { aadObjectId?: string };

type Choice = { title: string; value: string };

/** Members as card choices, by name, capped so the card stays small; the people picker finds the rest. */
export function memberChoices(members: readonly ShoutoutPerson[], limit: number): { list: Choice[]; more: number } {
  const sorted = [...members].sort((a, b) => a.name.localeCompare(b.name));
  return { list: sorted.slice(0, limit).map((m) => ({ title: m.name, value: m.id })), more: Math.max(0, sorted.length - limit) };
}

/**
 * The choices plus the people already picked in a refused form (comma-separated ids). Teams' people
 * picker answers with Entra object ids and shows a preset person only when a choice carries that
 * value with their name — without this, a refused form comes back with its names blanked.
 */
export function withPicked(list: readonly Choice[], members: readonly PickablePerson[], picked: string): Choice[] {
  const extra: Choice[] = [];
  for (const value of picked.split(",").map((v) => v.trim())) {
    if (value === "" || list.some((c) => c.value === value) || extra.some((c) => c.value === value)) continue;
    const member = members.find((m) => m.id === value || m.aadObjectId === value);
    if (member) extra.push({ title: member.name, value });
  }
  return [...list, ...extra];
}

/** Members listed in the form; a bigger circle is reached through the people picker or `shoutout @Name`. */
const FORM_MEMBERS = 150;

export interface ShoutoutFormView {
  locale: Locale;
  circleId: string;
  circleName: string;
  members: PickablePerson[];
  tags?: readonly string[];
  notice?: { kind: "Good" | "Attention"; text: string };
  draft?: { recipients?: string; message?: string; tag?: string };
}

export function shoutoutFormCard(view: ShoutoutFormView): IAdaptiveCard {
  const t = botT(view.locale, "shoutouts");
  const draft = view.draft ?? {};
  const choices = memberChoices(view.members, FORM_MEMBERS);
  return adaptiveCard(
    [
      { type: "TextBlock", text: t("form.title", { circle: view.circleName }), size: "Medium", weight: "Bolder", wrap: true, style: "heading" },
      { type: "TextBlock", text: t("form.intro"), wrap: true, isSubtle: true },
      ...(view.notice ? [{ type: "TextBlock" as const, text: view.notice.text, color: view.notice.kind, wrap: true, weight: "Bolder" as const }] : []),
      {
        type: "Input.ChoiceSet",
        id: "recipients",
        label: t("form.recipients"),
        isMultiSelect: true,
        isRequired: true,
        errorMessage: t("form.required"),
        value: draft.recipients ?? "",
        choices: withPicked(choices.list, view.members, draft.recipients ?? ""),
        ...peoplePicker,
      },
      ...(choices.more > 0 ? [{ type: "TextBlock", text: t("form.notListed"), isSubtle: true, size: "Small", wrap: true }] : []),
      {
        type: "Input.Text",
        id: "message",
        label: t("form.message"),
        placeholder: t("form.messagePlaceholder"),
        isMultiline: true,
        maxLength: MESSAGE_MAX,
        isRequired: true,
        errorMessage: t("form.required"),
        // A draft kept after a refusal (or typed after `shoutout` with nobody to thank) can be any
        // length; the box holds MESSAGE_MAX characters, and the card must stay under Teams' size limit.
        value: Array.from(draft.message ?? "").slice(0, MESSAGE_MAX).join(""),
      },
      {
        type: "Input.ChoiceSet",
        id: "tag",
        label: t("form.tag"),
        placeholder: t("form.noTag"),
        value: draft.tag ?? "",
        choices: (view.tags ?? DEFAULT_SHOUTOUT_TAGS).map((tag) => ({ title: tagLabel(view.locale, tag), value: tag })),
      },
    ] as CardElement[],
    [execute(t("form.send"), "shoutout.give", { circleId: view.circleId }, "positive")],
    t("form.title", { circle: view.circleName }),
  );
}

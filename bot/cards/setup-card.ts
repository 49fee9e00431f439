// The setup card: a circle's rituals and rhythm. Facilitators get a form (Action.Execute);
// everyone else sees the same settings read only, with who the facilitators are.

import type { CardElement, IAdaptiveCard } from "@microsoft/teams.cards";
import type { Locale } from "../../shared/circles/types";
import { botT } from "../../shared/i18n";
import type { Cadence, CircleSettings, Occurrence, RitualSetting, RitualTemplate, Weekday } from "../../shared/rituals/types";
import { adaptiveCard, type CardAction } from "./card";
import { momentLabel, weekdayName } from "./format";

export interface SetupView {
  locale: Locale;
  circleId: string;
  circleName: string;
  canEdit: boolean;
  facilitators: string[];
  settings: CircleSettings;
  catalog: readonly RitualTemplate[];
  upcoming: Occurrence[];
  /** Shown at the top after a save or a refused change. */
  notice?: { kind: "Good" | "Attention"; text: string };
}

const WEEKDAYS: Weekday[] = [1, 2, 3, 4, 5, 6, 7];
const NTHS = ["1", "2", "3", "4", "-1"] as const;

export function setupCard(view: SetupView): IAdaptiveCard {
  const t = botT(view.locale);
  const available = view.catalog.filter((ritual) => ritual.available);
  const soon = view.catalog.filter((ritual) => !ritual.available).map((ritual) => ritual.name[view.locale]);
  const settingOf = (ritual: RitualTemplate) => view.settings.rituals.find((r) => r.ritualId === ritual.id);

  const body: CardElement[] = [
    { type: "TextBlock", text: t("setup.title", { circle: view.circleName }), size: "Large", weight: "Bolder", wrap: true, style: "heading" },
    ...(view.notice ? [{ type: "TextBlock" as const, text: view.notice.text, color: view.notice.kind, wrap: true, weight: "Bolder" as const }] : []),
    ...(view.settings.paused ? [{ type: "TextBlock" as const, text: t("setup.paused"), color: "Warning" as const, wrap: true }] : []),
    { type: "TextBlock", text: t("setup.rituals"), weight: "Bolder", spacing: "Medium", wrap: true },
    ...available.flatMap((ritual) => (view.canEdit ? ritualInputs(view.locale, ritual, settingOf(ritual)) : ritualFacts(view.locale, ritual, settingOf(ritual)))),
    ...(soon.length > 0 ? [{ type: "TextBlock" as const, text: t("setup.comingSoon", { names: soon.join(" · ") }), isSubtle: true, wrap: true, size: "Small" as const }] : []),
    { type: "TextBlock", text: t("setup.circle"), weight: "Bolder", spacing: "Medium", wrap: true },
    ...(view.canEdit ? circleInputs(view) : circleFacts(view)),
    { type: "TextBlock", text: t("setup.next"), weight: "Bolder", spacing: "Medium", wrap: true },
    view.upcoming.length === 0
      ? { type: "TextBlock", text: t("setup.nothingPlanned"), isSubtle: true, wrap: true }
      : {
          type: "FactSet",
          facts: view.upcoming.map((moment) => ({
            title: momentLabel(view.locale, view.settings.timeZone, moment.at),
            value: view.catalog.find((ritual) => ritual.id === moment.ritualId)?.name[view.locale] ?? moment.ritualId,
          })),
        },
    ...(view.canEdit ? [] : [{ type: "TextBlock" as const, text: t("setup.readOnly", { names: view.facilitators.join(", ") }), isSubtle: true, wrap: true, spacing: "Medium" as const }]),
  ];

  const data = { circleId: view.circleId };
  const actions: CardAction[] = view.canEdit
    ? [
        execute(t("setup.save"), "setup.save", data, "positive"),
        execute(view.settings.paused ? t("setup.resume") : t("setup.pause"), view.settings.paused ? "setup.resume" : "setup.pause", data),
      ]
    : [execute(t("setup.edit"), "setup.open", data)];
  return adaptiveCard(body, actions, t("setup.title", { circle: view.circleName }));
}

/** An Action.Execute with an Action.Submit fallback for clients without Universal Actions (Teams mobile). */
export function execute(title: string, verb: string, data: Record<string, unknown>, style?: "positive"): CardAction {
  return {
    type: "Action.Execute",
    title,
    verb,
    data: { ...data, verb },
    ...(style ? { style } : {}),
    fallback: { type: "Action.Submit", title, data: { ...data, verb } },
  } as CardAction;
}

function ritualInputs(locale: Locale, ritual: RitualTemplate, setting: RitualSetting | undefined): CardElement[] {
  const t = botT(locale);
  const cadence = setting?.cadence ?? ritual.cadence;
  const columns: CardElement[] = [
    {
      type: "Input.Time",
      id: `r.${ritual.id}.time`,
      label: t("setup.time"),
      value: setting?.time ?? ritual.defaultTime,
    },
  ];
  if (cadence.kind === "monthly") {
    columns.unshift({
      type: "Input.ChoiceSet",
      id: `r.${ritual.id}.nth`,
      label: t("setup.nth"),
      value: String(cadence.nth),
      choices: NTHS.map((nth) => ({ title: t(`setup.nthOptions.${nth}`), value: nth })),
    });
  }
  if (cadence.kind !== "daily") {
    columns.unshift({
      type: "Input.ChoiceSet",
      id: `r.${ritual.id}.weekday`,
      label: t("setup.weekday"),
      value: String(cadence.weekday),
      choices: WEEKDAYS.map((day) => ({ title: weekdayName(locale, day), value: String(day) })),
    });
  }
  return [
    {
      type: "Container",
      separator: true,
      items: [
        {
          type: "Input.Toggle",
          id: `r.${ritual.id}.on`,
          title: ritual.name[locale],
          value: setting?.enabled ? "true" : "false",
          valueOn: "true",
          valueOff: "false",
        },
        { type: "TextBlock", text: ritual.description[locale], isSubtle: true, wrap: true, size: "Small", spacing: "None" },
        { type: "ColumnSet", columns: columns.map((item) => ({ type: "Column", width: "stretch", items: [item] })) },
      ],
    },
  ] as CardElement[];
}

function ritualFacts(locale: Locale, ritual: RitualTemplate, setting: RitualSetting | undefined): CardElement[] {
  const t = botT(locale);
  return [
    {
      type: "FactSet",
      facts: [
        {
          title: ritual.name[locale],
          value: setting?.enabled ? cadenceLabel(locale, setting.cadence, setting.time) : t("setup.off"),
        },
      ],
    },
  ];
}

export function cadenceLabel(locale: Locale, cadence: Cadence, time: string): string {
  const t = botT(locale);
  if (cadence.kind === "daily") return t("setup.cadenceDaily", { time });
  if (cadence.kind === "weekly") return t("setup.cadenceWeekly", { weekday: weekdayName(locale, cadence.weekday), time });
  return t("setup.cadenceMonthly", { nth: t(`setup.nthOptions.${cadence.nth}`), weekday: weekdayName(locale, cadence.weekday), time });
}

function circleInputs(view: SetupView): CardElement[] {
  const t = botT(view.locale);
  const s = view.settings;
  return [
    { type: "Input.Text", id: "timeZone", label: t("setup.timeZone"), placeholder: t("setup.timeZoneHint"), value: s.timeZone, maxLength: 64 },
    {
      type: "Input.ChoiceSet",
      id: "workingDays",
      label: t("setup.workingDays"),
      isMultiSelect: true,
      style: "expanded",
      value: s.workingDays.join(","),
      choices: WEEKDAYS.map((day) => ({ title: weekdayName(view.locale, day), value: String(day) })),
    },
    {
      type: "ColumnSet",
      columns: [
        { type: "Column", width: "stretch", items: [{ type: "Input.Time", id: "quietStart", label: t("setup.quietFrom"), value: s.quietHours?.start ?? "" }] },
        { type: "Column", width: "stretch", items: [{ type: "Input.Time", id: "quietEnd", label: t("setup.quietUntil"), value: s.quietHours?.end ?? "" }] },
      ],
    },
    {
      type: "Input.ChoiceSet",
      id: "locale",
      label: t("setup.language"),
      value: view.locale,
      choices: [
        { title: "English", value: "en" },
        { title: "Nederlands", value: "nl" },
      ],
    },
  ] as CardElement[];
}

function circleFacts(view: SetupView): CardElement[] {
  const t = botT(view.locale);
  const s = view.settings;
  return [
    {
      type: "FactSet",
      facts: [
        { title: t("setup.timeZone"), value: s.timeZone },
        { title: t("setup.workingDays"), value: s.workingDays.map((day) => weekdayName(view.locale, day, "short")).join(", ") },
        { title: t("setup.quietHours"), value: s.quietHours ? `${s.quietHours.start}–${s.quietHours.end}` : t("setup.noQuietHours") },
        { title: t("setup.language"), value: view.locale === "nl" ? "Nederlands" : "English" },
      ],
    },
  ];
}

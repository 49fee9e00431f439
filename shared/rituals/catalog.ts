// The ritual catalog: every ritual a circle can switch on, with its default rhythm and its texts
// in English and Dutch, plus the circle templates a facilitator starts from.
//
// Rituals stay `available: false` until their game or content lands; they are listed as
// "coming soon" and cannot be switched on (settings.ts enforces that).

import type { CircleTemplate, CircleTemplateId, RitualId, RitualTemplate } from "./types";

export const ritualCatalog: readonly RitualTemplate[] = [
  {
    id: "daily-trivia",
    cadence: { kind: "daily" },
    defaultTime: "10:00",
    // Long enough for people coming out of a meeting to still join the same round.
    windowMinutes: 90,
    opens: "game",
    available: true,
    name: { en: "Daily Trivia", nl: "Dagelijkse quiz" },
    description: {
      en: "Five quick questions, about five minutes. Who keeps the streak going?",
      nl: "Vijf snelle vragen, zo'n vijf minuten. Wie houdt de reeks vol?",
    },
  },
  {
    id: "wordl6",
    cadence: { kind: "daily" },
    defaultTime: "09:00",
    // One word per day that everyone plays in their own time: open for the working day.
    windowMinutes: 480,
    opens: "game",
    available: true,
    name: { en: "Wordl6", nl: "Wordl6" },
    description: {
      en: "One six-letter word for the whole circle, six guesses each. Share your grid, not the answer.",
      nl: "Eén woord van zes letters voor de hele cirkel, zes pogingen per persoon. Deel je raster, niet het antwoord.",
    },
  },
  {
    id: "walk-the-globe",
    cadence: { kind: "daily" },
    defaultTime: "13:00",
    windowMinutes: 240,
    opens: "game",
    available: true,
    name: { en: "Walk the Globe", nl: "Wereldreis" },
    description: {
      en: "Find today's mystery country together, guess by guess, and travel the world as a team.",
      nl: "Vind samen het mysterieland van vandaag, gok voor gok, en reis als team de wereld rond.",
    },
  },
  {
    id: "walk-and-talk",
    // Weekly rather than daily: a walk needs a free half hour in two calendars, and pairing
    // people every day would use up new pairs quickly and turn a treat into a chore.
    cadence: { kind: "weekly", weekday: 3 },
    defaultTime: "12:00",
    windowMinutes: 240,
    opens: "pairing",
    available: true,
    name: { en: "Walk & talk", nl: "Wandel & praat" },
    description: {
      en: "We pair you with a colleague for a short walk and a good conversation.",
      nl: "We koppelen je aan een collega voor een korte wandeling en een goed gesprek.",
    },
  },
  {
    id: "team-puzzle",
    cadence: { kind: "daily" },
    defaultTime: "11:00",
    // Every member's move counts toward one shared board, so give everyone a chance to add one.
    windowMinutes: 240,
    opens: "game",
    available: true,
    name: { en: "Team puzzle", nl: "Teampuzzel" },
    description: {
      en: "One puzzle, one shared board: every move counts toward solving it together.",
      nl: "Eén puzzel, één gedeeld bord: elke zet helpt om hem samen op te lossen.",
    },
  },
  {
    id: "friday-shoutouts",
    cadence: { kind: "weekly", weekday: 5 },
    defaultTime: "14:00",
    windowMinutes: 240,
    opens: "prompt",
    available: true,
    name: { en: "Friday shoutouts", nl: "Vrijdagse shoutouts" },
    description: {
      en: "End the week with three quick shoutouts for colleagues who helped you.",
      nl: "Sluit de week af met drie snelle shoutouts voor collega's die je hielpen.",
    },
  },
  {
    id: "two-truths",
    cadence: { kind: "weekly", weekday: 2 },
    defaultTime: "11:00",
    // The storyteller submits first, then everyone votes: that takes more than a coffee break.
    windowMinutes: 240,
    opens: "game",
    available: true,
    name: { en: "Two Truths and a Lie", nl: "Twee waarheden en een leugen" },
    description: {
      en: "One colleague shares three statements; you spot the lie. Prepare to be surprised.",
      nl: "Eén collega deelt drie uitspraken; jij zoekt de leugen. Reken op verrassingen.",
    },
  },
  {
    id: "week-in-review",
    cadence: { kind: "weekly", weekday: 5 },
    defaultTime: "15:30",
    // A reflective prompt: leave the rest of Friday afternoon to answer it.
    windowMinutes: 180,
    opens: "prompt",
    available: true,
    name: { en: "Week in review", nl: "Terugblik op de week" },
    description: {
      en: "A short look back together: what went well, what I learned, who helped me.",
      nl: "Samen even terugkijken: wat ging goed, wat heb ik geleerd, wie heeft me geholpen.",
    },
  },
  {
    id: "perspectives",
    cadence: { kind: "monthly", nth: 1, weekday: 2 },
    defaultTime: "14:00",
    windowMinutes: 240,
    opens: "prompt",
    available: true,
    name: { en: "Perspectives", nl: "Perspectieven" },
    description: {
      en: "Each role shares what it cares about most, and why. This month, one role takes the spotlight.",
      nl: "Elke rol vertelt wat voor haar het zwaarst weegt, en waarom. Deze maand staat één rol in de schijnwerpers.",
    },
  },
  {
    id: "monthly-moment",
    cadence: { kind: "monthly", nth: -1, weekday: 4 },
    defaultTime: "16:00",
    windowMinutes: 120,
    opens: "game",
    available: false,
    name: { en: "Monthly moment", nl: "Moment van de maand" },
    description: {
      en: "A longer get-together away from the work: the trivia cup, a milestone, the month's thanks.",
      nl: "Een langer moment samen, los van het werk: de quizbeker, een mijlpaal, de bedankjes van de maand.",
    },
  },
];

const ritualsById = new Map<string, RitualTemplate>(ritualCatalog.map((ritual) => [ritual.id, ritual]));

export const ritualIds: readonly RitualId[] = ritualCatalog.map((ritual) => ritual.id);

export function isRitualId(x: unknown): x is RitualId {
  return typeof x === "string" && ritualsById.has(x);
}

export function ritualTemplate(id: RitualId): RitualTemplate {
  const template = ritualsById.get(id);
  if (!template) throw new Error(`Unknown ritual id: ${String(id)}`);
  return template;
}

export const circleTemplates: readonly CircleTemplate[] = [
  {
    id: "team",
    rituals: ["daily-trivia", "wordl6", "friday-shoutouts", "week-in-review", "monthly-moment"],
    name: { en: "Team circle", nl: "Teamcirkel" },
    description: {
      en: "Small daily games, thanks on Friday and a monthly get-together for one team.",
      nl: "Kleine dagelijkse spelletjes, bedankjes op vrijdag en een maandelijks samenzijn voor één team.",
    },
  },
  {
    id: "cross-team",
    rituals: ["walk-and-talk", "walk-the-globe", "perspectives", "two-truths", "week-in-review"],
    name: { en: "Cross-team circle", nl: "Teamoverstijgende cirkel" },
    description: {
      en: "Meet the people behind other teams and see what their roles care about.",
      nl: "Leer de mensen achter andere teams kennen en zie waar hun rollen om geven.",
    },
  },
  {
    id: "leaders",
    rituals: ["week-in-review", "perspectives", "walk-and-talk", "monthly-moment"],
    name: { en: "Leaders' peer circle", nl: "Leiderscirkel" },
    description: {
      en: "Leaders need peers too: reflect, compare notes and stay connected.",
      nl: "Ook leidinggevenden hebben sparringpartners nodig: reflecteer, deel ervaringen en blijf verbonden.",
    },
  },
];

const templatesById = new Map<string, CircleTemplate>(circleTemplates.map((template) => [template.id, template]));

export function isCircleTemplateId(x: unknown): x is CircleTemplateId {
  return typeof x === "string" && templatesById.has(x);
}

export function circleTemplate(id: CircleTemplateId): CircleTemplate {
  const template = templatesById.get(id);
  if (!template) throw new Error(`Unknown circle template id: ${String(id)}`);
  return template;
}

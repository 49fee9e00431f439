// Role card rules: what a person's role card holds and when it may be saved. Pure: the form's
// values come in as untrusted data, a clean card or an error with EN/NL messages comes out.

import type { Locale } from "../circles/types";
import { cleanText } from "../rituals/week-in-review";

export const ROLE_MIN = 2;
export const ROLE_MAX = 60;
export const ANSWER_MAX = 300;

/** The three questions of a role card, in the order the form and the spotlight show them. */
export const ROLE_QUESTIONS = ["cares", "why", "help"] as const;
export type RoleQuestion = (typeof ROLE_QUESTIONS)[number];

export interface RoleCardContent extends Record<RoleQuestion, string> {
  role: string;
  /** The person agreed that the monthly Perspectives ritual may put their card in the spotlight. */
  spotlight: boolean;
}

export type RoleCardErrorCode = "role_missing" | "role_short" | "role_long" | "answers_empty" | "answer_long" | "not_found";

export interface RoleCardError {
  code: RoleCardErrorCode;
  message: Record<Locale, string>;
}

const errors: Record<RoleCardErrorCode, Record<Locale, string>> = {
  role_missing: { en: "Add your role, for example “Product owner”.", nl: "Vul je rol in, bijvoorbeeld “Product owner”." },
  role_short: { en: `Your role needs at least ${ROLE_MIN} characters.`, nl: `Je rol heeft minstens ${ROLE_MIN} tekens nodig.` },
  role_long: { en: `Keep your role under ${ROLE_MAX} characters — the title people know you by.`, nl: `Houd je rol onder de ${ROLE_MAX} tekens — de titel waaronder mensen je kennen.` },
  answers_empty: {
    en: "Answer at least one of the three questions, so colleagues learn what your role is about.",
    nl: "Beantwoord minstens één van de drie vragen, zodat collega's zien waar je rol over gaat.",
  },
  answer_long: { en: `Keep each answer under ${ANSWER_MAX} characters — a few sentences is plenty.`, nl: `Houd elk antwoord onder de ${ANSWER_MAX} tekens — een paar zinnen is genoeg.` },
  not_found: { en: "You have no role card yet — type **role** to make one.", nl: "Je hebt nog geen rolkaart — typ **rol** om er een te maken." },
};

export function roleCardError(code: RoleCardErrorCode): RoleCardError {
  return { code, message: errors[code] };
}

export type Checked<T> = { ok: true; value: T } | { ok: false; error: RoleCardError };

const length = (text: string) => [...text].length;

/** A toggle sends "true"/"false"; anything else (missing, forged) means no consent. */
export function consentOf(value: unknown): boolean {
  return value === true || value === "true";
}

/** Validates the form's values: role 2–60 characters, at least one answer, each at most 300; all text cleaned. */
export function parseRoleCard(input: Record<string, unknown>): Checked<RoleCardContent> {
  const role = cleanText(input.role);
  if (role === "") return { ok: false, error: roleCardError("role_missing") };
  if (length(role) < ROLE_MIN) return { ok: false, error: roleCardError("role_short") };
  if (length(role) > ROLE_MAX) return { ok: false, error: roleCardError("role_long") };
  const answers = Object.fromEntries(ROLE_QUESTIONS.map((q) => [q, cleanText(input[q])])) as Record<RoleQuestion, string>;
  if (ROLE_QUESTIONS.some((q) => length(answers[q]) > ANSWER_MAX)) return { ok: false, error: roleCardError("answer_long") };
  if (ROLE_QUESTIONS.every((q) => answers[q] === "")) return { ok: false, error: roleCardError("answers_empty") };
  return { ok: true, value: { role, ...answers, spotlight: consentOf(input.spotlight) } };
}

/**
 * Whose card this is across every circle of a tenant: the Entra object id when Teams sends one
 * (the same person in every conversation and in the tab), else the Teams user id.
 */
export function personKey(tenantId: string, person: { id: string; aadObjectId?: string }): string {
  return `${tenantId}|${person.aadObjectId || person.id}`;
}

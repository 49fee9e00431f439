// Perspectives in Teams: when the monthly session opens, one member's role card (someone who agreed
// to the spotlight, picked by a fair rotation) is shared with them @mentioned, and the circle is
// invited to ask them questions in the replies. With no such card, the session honestly asks people
// to fill theirs in instead.

import type { CardElement, IAdaptiveCard } from "@microsoft/teams.cards";
import type { Circle } from "../../shared/circles/types";
import { botT } from "../../shared/i18n";
import { getRoleCardById, listRoleCards, spotlightHistory } from "../../shared/roles/repository";
import { ROLE_QUESTIONS, type RoleQuestion } from "../../shared/roles/rules";
import { pickSpotlight } from "../../shared/roles/spotlight";
import type { Session } from "../../shared/sessions/types";
import type { Store } from "../../shared/store/types";
import { adaptiveCard, mentionText } from "../cards/card";
import { execute } from "../cards/setup-card";
import type { RitualOpener } from "./types";

/** The card as it was when the session opened (a later edit does not change a posted session). */
export interface Spotlight extends Record<RoleQuestion, string> {
  /** The role card's id: the rotation counts people by it. */
  key: string;
  /** Teams user id, for the @mention. */
  memberId: string;
  name: string;
  role: string;
}

export function spotlightOf(session: Session): Spotlight | null {
  const spotlight = session.data.spotlight as Spotlight | null | undefined;
  return spotlight && typeof spotlight.key === "string" ? spotlight : null;
}

export function perspectivesCard(circle: Circle, session: Session, spotlight: Spotlight | null, closed: boolean): IAdaptiveCard {
  const t = botT(circle.locale, "roles");
  const late = session.late && !closed ? [{ type: "TextBlock" as const, text: t("perspectives.late"), isSubtle: true, wrap: true, size: "Small" as const }] : [];
  const closedNote = closed ? [{ type: "TextBlock" as const, text: t("perspectives.closed"), isSubtle: true, wrap: true, spacing: "Medium" as const }] : [];
  const actions = closed ? [] : [execute(spotlight ? t("open.button") : t("perspectives.fillIn"), "role.open", { circleId: circle._id }, spotlight ? undefined : "positive")];
  if (!spotlight) {
    return adaptiveCard(
      [
        { type: "TextBlock", text: closed ? t("perspectives.title") : t("perspectives.emptyTitle"), size: "Large", weight: "Bolder", wrap: true, style: "heading" },
        ...late,
        ...(closed ? [] : [{ type: "TextBlock" as const, text: t("perspectives.empty"), wrap: true }]),
        ...closedNote,
      ],
      actions,
      t("perspectives.title"),
    );
  }
  const person = { id: spotlight.memberId, name: spotlight.name };
  const answers = ROLE_QUESTIONS.filter((q) => spotlight[q] !== "").flatMap((q): CardElement[] => [
    { type: "TextBlock", text: t(`questions.${q}`), weight: "Bolder", wrap: true, spacing: "Medium" },
    { type: "TextBlock", text: spotlight[q], wrap: true, spacing: "Small" },
  ]);
  return adaptiveCard(
    [
      { type: "TextBlock", text: t("perspectives.title"), size: "Large", weight: "Bolder", wrap: true, style: "heading" },
      ...late,
      { type: "TextBlock", text: t("perspectives.spotlight", { name: mentionText(person), role: spotlight.role }), wrap: true, size: "Medium" },
      ...answers,
      ...(closed ? [] : [{ type: "TextBlock" as const, text: t("perspectives.ask", { name: spotlight.name }), wrap: true, spacing: "Medium" as const, weight: "Bolder" as const }]),
      ...closedNote,
    ],
    actions,
    t("perspectives.title"),
    [person],
  );
}

export function perspectivesOpener(store: Store): RitualOpener {
  return {
    prepare: async ({ circle, session }) => {
      const candidates = (await listRoleCards(store, circle)).map((card) => ({ ...card, key: card._id }));
      const chosen = pickSpotlight(candidates, await spotlightHistory(store, circle._id), session._id);
      const spotlight: Spotlight | null = chosen
        ? { key: chosen.key, memberId: chosen.memberId, name: chosen.name, role: chosen.role, cares: chosen.cares, why: chosen.why, help: chosen.help }
        : null;
      return { spotlight };
    },
    open: ({ circle, session }) => perspectivesCard(circle, session, spotlightOf(session), false),
    close: async ({ circle, session }) => {
      const spotlight = spotlightOf(session);
      // Someone who deleted their card or switched the spotlight off meanwhile is not shown again.
      const still = spotlight ? await getRoleCardById(store, spotlight.key) : null;
      const keep = spotlight && still?.spotlight ? spotlight : null;
      return { replaceWith: perspectivesCard(circle, session, keep, true) };
    },
  };
}

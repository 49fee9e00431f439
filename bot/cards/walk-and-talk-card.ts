// Walk & talk cards: the round everyone sees (the pairs @mentioned, a prompt and a "we walked"
// button per pair, opt in/out), the same round once closed, the short summary, and the card
// `pairs` shows (your choice, how it works, today's pair).

import type { CardElement, IAdaptiveCard } from "@microsoft/teams.cards";
import type { Locale } from "../../shared/circles/types";
import { botT } from "../../shared/i18n";
import { promptText } from "../../shared/pairs/prompts";
import type { PairGroup, PairPerson, PairRound } from "../../shared/pairs/round";
import { adaptiveCard, MAX_CARD_BYTES, mentionText, type CardAction, type CardMention } from "./card";
import { execute } from "./setup-card";

type T = ReturnType<typeof botT<"pairs">>;

export interface RoundView {
  locale: Locale;
  circleId: string;
  sessionId: string;
  round: PairRound;
  /** False once the window has closed: no buttons, the final count. */
  open: boolean;
  late: boolean;
  /** When the round closes, as people read it ("Wed 25 Nov, 16:00"). */
  closesAt: string;
}

/** "A & B", "A, B & C" */
export function joinNames(names: readonly string[], t: T): string {
  if (names.length <= 1) return names.join("");
  return `${names.slice(0, -1).join(", ")} ${t("and")} ${names.at(-1)}`;
}

const walkedCount = (round: PairRound) => round.groups.filter((group) => group.walked).length;

function groupElements(view: RoundView, group: PairGroup, index: number, t: T, withButton: boolean): CardElement[] {
  const names = joinNames(group.people.map(mentionText), t);
  const elements: CardElement[] = [
    {
      type: "TextBlock",
      text: group.walked ? `${names} · ${t("walkedMark")}` : names,
      weight: "Bolder",
      wrap: true,
      separator: true,
      spacing: "Medium",
      ...(group.walked ? { color: "Good" as const } : {}),
    },
    { type: "TextBlock", text: `💬 ${promptText(group.promptId) ?? ""}`, wrap: true, spacing: "Small" },
  ];
  if (withButton && view.open && !group.walked) {
    elements.push({ type: "ActionSet", actions: [execute(t("walked"), "pairs.walked", { circleId: view.circleId, sessionId: view.sessionId, group: index })] } as CardElement);
  }
  return elements;
}

const bytes = (value: unknown) => Buffer.byteLength(JSON.stringify(value));
const mentionBytes = (people: readonly CardMention[]) =>
  bytes(people.map((person) => ({ type: "mention", text: mentionText(person), mentioned: { id: person.id, name: person.name } })));
/** Room left for the card's envelope, texts and actions around the pairs. */
const ENVELOPE_BYTES = 3_000;

/**
 * The round. A "we walked" button per pair while that fits Teams' size limit; in a very large
 * round one "we walked" button for everyone (it marks the presser's own pair) and, if even the
 * list is too long, the first pairs and "type pairs to see yours".
 */
export function roundCard(view: RoundView): IAdaptiveCard {
  const perPair = buildRound(view, true);
  return perPair.fits ? perPair.card() : buildRound(view, false).card();
}

function buildRound(view: RoundView, perPairButtons: boolean): { fits: boolean; card: () => IAdaptiveCard } {
  const t = botT(view.locale, "pairs");
  const { round } = view;
  const head: CardElement[] = [
    { type: "TextBlock", text: view.open ? t("title") : t("closedTitle"), size: "Large", weight: "Bolder", wrap: true, style: "heading" },
    ...(view.open ? [{ type: "TextBlock" as const, text: t("intro"), wrap: true }] : []),
    ...(view.late && view.open ? [{ type: "TextBlock" as const, text: t("late"), isSubtle: true, wrap: true, size: "Small" as const }] : []),
  ];
  const listed: CardElement[] = [];
  const mentions = new Map<string, PairPerson>();
  let used = bytes(head) + ENVELOPE_BYTES;
  let shown = 0;
  let fits = true;
  for (const [index, group] of round.groups.entries()) {
    const elements = groupElements(view, group, index, t, perPairButtons);
    const size = bytes(elements) + mentionBytes(group.people);
    if (used + size > MAX_CARD_BYTES) {
      fits = false;
      break;
    }
    used += size;
    listed.push(...elements);
    for (const person of group.people) mentions.set(person.id, person);
    shown++;
  }
  const tail: CardElement[] = [];
  if (shown < round.groups.length) tail.push({ type: "TextBlock", text: t("more", { count: round.groups.length - shown }), wrap: true, isSubtle: true });
  if (round.waiting && view.open) {
    mentions.set(round.waiting.id, round.waiting);
    tail.push({ type: "TextBlock", text: t("waitingOne", { name: mentionText(round.waiting) }), wrap: true, separator: true, spacing: "Medium" });
  }
  const counts = { walked: walkedCount(round), count: round.groups.length };
  if (round.groups.length === 0 && (!round.waiting || !view.open)) tail.push({ type: "TextBlock", text: view.open ? t("nobody") : t("closedNobody"), wrap: true, separator: true, spacing: "Medium" });
  else if (round.groups.length > 0) {
    tail.push({
      type: "TextBlock",
      text: view.open ? t("progress", { ...counts, time: view.closesAt }) : t("walkedCount", counts),
      wrap: true,
      weight: view.open ? "Default" : "Bolder",
      spacing: "Medium",
      separator: !view.open,
    });
  }
  const actions: CardAction[] = [];
  if (view.open) {
    const data = { circleId: view.circleId, sessionId: view.sessionId };
    if (!perPairButtons && round.groups.length > 0) {
      tail.push({ type: "TextBlock", text: t("compactHint"), wrap: true, isSubtle: true, size: "Small" });
      actions.push(execute(t("walked"), "pairs.walked", data));
    }
    tail.push({ type: "TextBlock", text: t("optInNote"), wrap: true, isSubtle: true, size: "Small" });
    actions.push(execute(t("countMeIn"), "pairs.join", data, "positive"), execute(t("countMeOut"), "pairs.leave", data));
  }
  // A per-pair layout that had to leave pairs out does not fit; the compact one lists what it can.
  return {
    fits: fits && used + bytes(tail) + bytes(actions) <= MAX_CARD_BYTES,
    card: () => adaptiveCard([...head, ...listed, ...tail], actions, view.open ? t("title") : t("closedTitle"), [...mentions.values()]),
  };
}

export function roundSummaryCard(locale: Locale, round: PairRound): IAdaptiveCard {
  const t = botT(locale, "pairs");
  const walked = walkedCount(round);
  return adaptiveCard(
    [
      { type: "TextBlock", text: t("summaryTitle"), size: "Medium", weight: "Bolder", wrap: true, style: "heading" },
      { type: "TextBlock", text: t("summary", { walked, count: round.groups.length }), wrap: true },
      { type: "TextBlock", text: walked > 0 ? t("summaryThanks") : t("summaryNone"), wrap: true, isSubtle: true },
    ],
    [],
    t("summary", { walked, count: round.groups.length }),
  );
}

export interface PairsStatusView {
  locale: Locale;
  circleId: string;
  circleName: string;
  optedIn: boolean;
  /** How many people of the circle are in. */
  count: number;
  /** "Every Wednesday at 12:00", or null when the ritual is off in this circle. */
  schedule: string | null;
  /** The person's place in today's open round, if any. */
  today?: { sessionId: string; group: PairGroup | null; waiting: boolean; others: string[] };
  notice?: { kind: "Good" | "Attention"; text: string };
}

export function pairsStatusCard(view: PairsStatusView): IAdaptiveCard {
  const t = botT(view.locale, "pairs");
  const body: CardElement[] = [
    { type: "TextBlock", text: t("status.title", { circle: view.circleName }), size: "Medium", weight: "Bolder", wrap: true, style: "heading" },
    ...(view.notice ? [{ type: "TextBlock" as const, text: view.notice.text, color: view.notice.kind, weight: "Bolder" as const, wrap: true }] : []),
    { type: "TextBlock", text: view.optedIn ? t("status.in") : t("status.out"), wrap: true },
  ];
  const actions: CardAction[] = [];
  const today = view.today;
  if (today?.group) {
    const names = joinNames(today.others, t);
    const walked = today.group.walked;
    body.push({
      type: "TextBlock",
      text: walked ? t("status.yourPairWalked", { names }) : t("status.yourPair", { names, prompt: promptText(today.group.promptId) ?? "" }),
      wrap: true,
      ...(walked ? { color: "Good" as const } : {}),
    });
    if (!walked) actions.push(execute(t("walked"), "pairs.walked", { circleId: view.circleId, sessionId: today.sessionId, view: "status" }));
  } else if (today?.waiting) body.push({ type: "TextBlock", text: t("status.waiting"), wrap: true });
  body.push(
    { type: "TextBlock", text: t("status.count", { count: view.count }), wrap: true, isSubtle: true },
    { type: "TextBlock", text: view.schedule ? t("status.when", { when: view.schedule }) : t("status.notScheduled"), wrap: true, spacing: "Medium" },
    { type: "TextBlock", text: t("status.how"), wrap: true, isSubtle: true },
    { type: "TextBlock", text: t("status.commands"), wrap: true, isSubtle: true, size: "Small" },
  );
  actions.push(view.optedIn ? execute(t("countMeOut"), "pairs.leave", { circleId: view.circleId }) : execute(t("countMeIn"), "pairs.join", { circleId: view.circleId }, "positive"));
  return adaptiveCard(body, actions, t("status.title", { circle: view.circleName }));
}

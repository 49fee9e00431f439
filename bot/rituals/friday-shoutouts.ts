// Friday shoutouts in Teams: one card for the circle with three quick shoutout slots and the
// week's progress ("7 people gave 15 shoutouts"); each shoutout goes on the wall and to its
// recipients as a personal note; at the close, the week's shoutouts as one summary card.

import type { CardElement, IAdaptiveCard } from "@microsoft/teams.cards";
import type { Circle } from "../../shared/circles/types";
import { botT } from "../../shared/i18n";
import { progressOf, readSlots, slotError, SLOTS, WEEK_MS, weekSummary, type Progress } from "../../shared/shoutouts/friday";
import { giveShoutout, resolveRecipients, type Shoutout } from "../../shared/shoutouts/repository";
import { MESSAGE_MAX, validateShoutout, type ShoutoutPerson } from "../../shared/shoutouts/rules";
import { SessionRepository } from "../../shared/sessions/repository";
import type { Session } from "../../shared/sessions/types";
import type { Store } from "../../shared/store/types";
import { notifyRecipients, type ShoutoutDeps } from "../actions/shoutouts";
import type { ActionHandler } from "../actions/types";
import { adaptiveCard, mentionText, type CardMention } from "../cards/card";
import { momentLabel } from "../cards/format";
import { execute } from "../cards/setup-card";
import { memberChoices, peoplePicker, withPicked } from "../cards/shoutout-card";
import type { RitualOpener } from "./types";

/** Three slots of member choices must stay well under the card size limit; the people picker finds everyone else. */
const MEMBERS_PER_SLOT = 40;
/** Entries the summary lists by name; the rest are counted and on the wall. */
const SUMMARY_ENTRIES = 20;

type Draft = Record<string, string>;

function fridayCard(circle: Circle, session: Session, progress: Progress, extra: { notice?: { kind: "Good" | "Attention"; text: string }; draft?: Draft } = {}): IAdaptiveCard {
  const t = botT(circle.locale, "shoutouts");
  const closed = session.state !== "open" && session.state !== "pending";
  const choices = memberChoices(circle.members, MEMBERS_PER_SLOT);
  const body: CardElement[] = [
    { type: "TextBlock", text: t("friday.title"), size: "Large", weight: "Bolder", wrap: true, style: "heading" },
    { type: "TextBlock", text: closed ? t("friday.closed") : t("friday.intro"), wrap: true },
    {
      type: "TextBlock",
      text: progress.shoutouts === 0 ? t("friday.nobodyYet") : t("friday.progress", { people: t("friday.people", { count: progress.people }), count: progress.shoutouts }),
      wrap: true,
      weight: "Bolder",
    },
  ];
  if (closed) return adaptiveCard(body, [], t("friday.title"));
  if (extra.notice) body.push({ type: "TextBlock", text: extra.notice.text, color: extra.notice.kind, wrap: true, weight: "Bolder" });
  for (const n of SLOTS) {
    body.push(
      {
        type: "Input.ChoiceSet",
        id: `to${n}`,
        label: t("friday.slot", { n }),
        placeholder: t("friday.who"),
        value: extra.draft?.[`to${n}`] ?? "",
        choices: withPicked(choices.list, circle.members, extra.draft?.[`to${n}`] ?? ""),
        ...peoplePicker,
        spacing: "Medium",
      } as CardElement,
      { type: "Input.Text", id: `for${n}`, placeholder: t("friday.what"), maxLength: MESSAGE_MAX, value: extra.draft?.[`for${n}`] ?? "" },
    );
  }
  if (choices.more > 0) body.push({ type: "TextBlock", text: t("friday.notListed"), isSubtle: true, size: "Small", wrap: true });
  body.push({ type: "TextBlock", text: t("friday.closesAt", { time: momentLabel(circle.locale, circle.settings.timeZone, session.closesAt) }), isSubtle: true, size: "Small", wrap: true });
  return adaptiveCard(body, [execute(t("friday.send"), "friday.give", { circleId: circle._id, sessionId: session._id }, "positive")], t("friday.title"));
}

function summaryCard(circle: Circle, week: readonly Shoutout[]): IAdaptiveCard {
  const t = botT(circle.locale, "shoutouts");
  const summary = weekSummary(week);
  const shown = summary.entries.slice(-SUMMARY_ENTRIES);
  const mentions: CardMention[] = [];
  for (const entry of shown) for (const r of entry.recipients) if (!mentions.some((m) => m.id === r.id)) mentions.push(r);
  const body: CardElement[] = [
    { type: "TextBlock", text: t("friday.summaryTitle"), size: "Large", weight: "Bolder", wrap: true, style: "heading" },
    {
      type: "TextBlock",
      text: summary.shoutouts === 0 ? t("friday.summaryEmpty") : t("friday.progress", { people: t("friday.people", { count: summary.givers }), count: summary.shoutouts }),
      wrap: true,
      weight: "Bolder",
    },
    ...shown.map(
      (entry): CardElement => ({
        type: "TextBlock",
        text: t("friday.entry", { giver: entry.giverName, names: entry.recipients.map(mentionText).join(", "), message: entry.message }),
        wrap: true,
        spacing: "Small",
      }),
    ),
    ...(summary.shoutouts > shown.length ? [{ type: "TextBlock" as const, text: t("friday.more", { count: summary.shoutouts - shown.length }), isSubtle: true, wrap: true }] : []),
  ];
  return adaptiveCard(body, [], t("friday.summaryTitle"), mentions);
}

async function progressIn(store: Store, sessionId: string): Promise<Progress> {
  return progressOf(await store.collection<Shoutout>("shoutouts").find({ sessionId }, { projection: { giverId: 1 } }));
}

/** The week's shoutouts on the circle's wall, up to the close. */
function weekOf(store: Store, circle: Circle, until: Date): Promise<Shoutout[]> {
  return store
    .collection<Shoutout>("shoutouts")
    .find({ circleIds: circle._id, createdAt: { $gt: new Date(until.getTime() - WEEK_MS), $lte: until } }, { sort: { createdAt: 1 }, limit: 2_000 });
}

export function fridayShoutoutsOpener(store: Store): RitualOpener {
  return {
    open: async ({ circle, session }) => fridayCard(circle, session, await progressIn(store, session._id)),
    close: async ({ circle, session, now }) => {
      const closed = { ...session, state: "closed" as const };
      const end = now < session.closesAt ? now : session.closesAt;
      return { replaceWith: fridayCard(circle, closed, await progressIn(store, session._id)), summary: summaryCard(circle, await weekOf(store, circle, end)) };
    },
  };
}

/** "Post my shoutouts": every filled slot checked first, then each stored and its recipients told. */
export function fridayShoutoutsActions(deps: ShoutoutDeps): Record<string, ActionHandler> {
  const sessions = new SessionRepository(deps.store);
  return {
    "friday.give": async ({ circle, data, actor, now }) => {
      const t = botT(circle.locale, "shoutouts");
      const id = data.sessionId;
      // Only a session of this circle: a forged id of another circle finds nothing.
      const session = typeof id === "string" && id.length <= 500 && id.startsWith(`${circle._id}|friday-shoutouts|`) ? await sessions.get(id) : null;
      if (!session) return { kind: "message", text: botT(circle.locale)("actions.stale") };
      const draft: Draft = Object.fromEntries(SLOTS.flatMap((n) => [`to${n}`, `for${n}`]).map((key) => [key, typeof data[key] === "string" ? String(data[key]).slice(0, MESSAGE_MAX * 2) : ""]));
      const card = (notice?: { kind: "Good" | "Attention"; text: string }, keep?: Draft) =>
        progressIn(deps.store, session._id).then((progress) => fridayCard(circle, session, progress, { notice, draft: keep }));
      if (session.state !== "open" || now >= session.closesAt) return { kind: "card", card: fridayCard(circle, { ...session, state: "closed" }, await progressIn(deps.store, session._id)) };

      const read = readSlots(data);
      if (!read.ok) return { kind: "card", card: await card({ kind: "Attention", text: read.message[circle.locale] }, draft) };
      const giver: ShoutoutPerson = { id: actor.id!, name: actor.name };
      const planned: { n: number; recipients: ShoutoutPerson[]; message: string }[] = [];
      for (const slot of read.slots) {
        const recipients = await resolveRecipients(deps.store, circle, [slot.to]);
        const checked = recipients.ok ? validateShoutout({ giverId: giver.id, recipients: recipients.value, message: slot.message }) : recipients;
        if (!checked.ok) return { kind: "card", card: await card({ kind: "Attention", text: slotError(slot.n, checked.error)[circle.locale] }, draft) };
        planned.push({ n: slot.n, recipients: checked.value.recipients, message: checked.value.message });
      }

      let posted = 0;
      for (const shoutout of planned) {
        const given = await giveShoutout(deps.store, { circle, giver, recipients: shoutout.recipients, message: shoutout.message, now, sessionId: session._id });
        if (!given.ok) continue; // the same shoutout sent twice (a double press) is stored once
        posted++;
        void notifyRecipients(deps, circle, given.value).catch((error: unknown) => deps.logger.warn({ err: error, shoutoutId: given.value._id }, "shoutout notes not sent"));
      }
      if (posted > 0) {
        await sessions.update(session._id, (current) => (current.participants.includes(giver.id) ? null : { ...current, participants: [...current.participants, giver.id] }));
      }
      const progress = await progressIn(deps.store, session._id);
      const notice = posted > 0 ? { kind: "Good" as const, text: t("friday.thanks", { count: posted }) } : { kind: "Attention" as const, text: t("friday.already") };
      return { kind: "card", card: fridayCard(circle, session, progress, { notice }), forAll: fridayCard(circle, session, progress) };
    },
  };
}

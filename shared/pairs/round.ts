// One walk-and-talk round as the session stores it: the groups with their prompts and "we walked"
// marks, and who joined late. Pure rules over that data; the store and Teams live elsewhere.

import type { Locale } from "../circles/types";
import type { PairCost, PairHistory } from "./pairing";

export interface PairPerson {
  id: string;
  name: string;
}

export interface PairGroup {
  people: PairPerson[];
  /** Id of the conversation prompt (prompts.ts). */
  promptId: string;
  /** Marked "we walked" by one of the group; counted once. */
  walked: boolean;
  walkedBy?: string;
  walkedAt?: Date;
}

export interface PairRound {
  groups: PairGroup[];
  /** Someone who opted in but has nobody to walk with (yet): the next person to join pairs with them. */
  waiting: PairPerson | null;
}

export type PairsErrorCode = "closed" | "not_in_round" | "not_your_pair" | "unknown_pair";

export interface PairsError {
  code: PairsErrorCode;
  message: Record<Locale, string>;
}

const errors: Record<PairsErrorCode, Record<Locale, string>> = {
  closed: { en: "This walk-and-talk round is closed. See you at the next one!", nl: "Deze wandelronde is gesloten. Tot de volgende!" },
  not_in_round: {
    en: "You're not in a pair this round. Press **Count me in** to join.",
    nl: "Je zit deze ronde niet in een duo. Druk op **Ik doe mee** om mee te doen.",
  },
  not_your_pair: {
    en: "Only the people in that pair can mark their walk. Yours is listed under your name.",
    nl: "Alleen de mensen uit dat duo kunnen hun wandeling afvinken. Jouw duo staat bij je naam.",
  },
  unknown_pair: { en: "That pair is not in this round. Please use the buttons on the latest card.", nl: "Dat duo hoort niet bij deze ronde. Gebruik de knoppen op de nieuwste kaart." },
};

export function pairsError(code: PairsErrorCode): PairsError {
  return { code, message: errors[code] };
}

/** The round in a session's data, or an empty one. */
export function pairRound(data: Record<string, unknown>): PairRound {
  const groups = Array.isArray(data.groups) ? (data.groups as PairGroup[]) : [];
  const waiting = data.waiting && typeof data.waiting === "object" ? (data.waiting as PairPerson) : null;
  return { groups, waiting };
}

/** The groups of earlier rounds (newest first) as the pairing rule reads them. */
export function historyOf(rounds: readonly PairRound[]): PairHistory {
  return rounds.map((round) => round.groups.map((group) => group.people.map((person) => person.id)));
}

/** Every prompt the rounds used, newest round first. */
export function promptsOf(rounds: readonly PairRound[]): string[] {
  return rounds.flatMap((round) => round.groups.map((group) => group.promptId));
}

export function groupOf(round: PairRound, personId: string): number {
  return round.groups.findIndex((group) => group.people.some((person) => person.id === personId));
}

export function isInRound(round: PairRound, personId: string): boolean {
  return groupOf(round, personId) >= 0 || round.waiting?.id === personId;
}

export type Checked<T> = { ok: true; value: T } | { ok: false; error: PairsError };

/**
 * "We walked": marks the group (the one pressed, or the person's own) as walked. Only someone in
 * that group may; a second press changes nothing (`changed` false).
 */
export function markWalked(round: PairRound, personId: string, groupIndex: number | null, now: Date): Checked<{ round: PairRound; group: number; changed: boolean }> {
  const own = groupOf(round, personId);
  const index = groupIndex ?? own;
  if (groupIndex !== null && (groupIndex < 0 || groupIndex >= round.groups.length)) return { ok: false, error: pairsError("unknown_pair") };
  if (own < 0) return { ok: false, error: pairsError(groupIndex === null ? "not_in_round" : "not_your_pair") };
  if (index !== own) return { ok: false, error: pairsError("not_your_pair") };
  if (round.groups[index].walked) return { ok: true, value: { round, group: index, changed: false } };
  const groups = round.groups.map((group, i) => (i === index ? { ...group, walked: true, walkedBy: personId, walkedAt: now } : group));
  return { ok: true, value: { round: { ...round, groups }, group: index, changed: true } };
}

export type JoinOutcome = "already" | "paired" | "joined" | "waiting";

/**
 * Someone opts in while the round is open. They pair with the person waiting, or else join the
 * pair (not yet walked) they fit best as a third, or else wait for the next person.
 * `promptId` is the prompt a new pair gets.
 */
export function joinRound(round: PairRound, person: PairPerson, cost: PairCost, promptId: string): { round: PairRound; outcome: JoinOutcome; group: number } {
  if (isInRound(round, person.id)) return { round, outcome: "already", group: groupOf(round, person.id) };
  if (round.waiting) {
    const group: PairGroup = { people: [round.waiting, person], promptId, walked: false };
    return { round: { groups: [...round.groups, group], waiting: null }, outcome: "paired", group: round.groups.length };
  }
  let best = -1;
  let bestAdded = Number.POSITIVE_INFINITY;
  round.groups.forEach((group, i) => {
    if (group.people.length !== 2 || group.walked) return;
    const added = group.people.reduce((sum, other) => sum + cost(person.id, other.id), 0);
    if (added < bestAdded) [best, bestAdded] = [i, added];
  });
  if (best < 0) return { round: { ...round, waiting: person }, outcome: "waiting", group: -1 };
  const groups = round.groups.map((group, i) => (i === best ? { ...group, people: [...group.people, person] } : group));
  return { round: { ...round, groups }, outcome: "joined", group: best };
}

/** Someone opts out while the round is open: they stop waiting. A pair already made stays (they tell their partner). */
export function leaveRound(round: PairRound, personId: string): { round: PairRound; changed: boolean } {
  if (round.waiting?.id !== personId) return { round, changed: false };
  return { round: { ...round, waiting: null }, changed: true };
}

export interface RoundSummary {
  groups: number;
  walked: number;
  /** Everyone in a group that walked: the session's participants. */
  walkers: string[];
}

export function summarizeRound(round: PairRound): RoundSummary {
  const walkedGroups = round.groups.filter((group) => group.walked);
  return { groups: round.groups.length, walked: walkedGroups.length, walkers: walkedGroups.flatMap((group) => group.people.map((person) => person.id)) };
}

// Walk the Globe's rules: one board per round for the whole circle. Anyone guesses a country; each
// guess records how far it is from the mystery country, which way to go and how close it is, and
// stays on the board for everyone. Guessing the mystery country solves the round. A name that is
// no country, or a country someone already guessed, is refused and costs nothing.

import type { Locale } from "../../circles/types";
import globeEn from "../../i18n/globe.en";
import globeNl from "../../i18n/globe.nl";
import type { GameError, Player } from "../types";
import { countryByCode, type Country } from "./countries";
import { closeness, compass, distanceKm, initialBearing, type Compass } from "./geo";
import { findCountry } from "./names";

/** Longer input is no country name; it is refused before any lookup. */
export const MAX_NAME_LENGTH = 60;

export interface GlobeGuess {
  code: string;
  by: Player;
  /** Whole km from the guessed country to the mystery country. */
  km: number;
  /** Initial bearing from the guess towards the answer, whole degrees (0 when found). */
  bearing: number;
  /** Whole percent (100 = found). */
  closeness: number;
  at: Date;
}

export interface GlobeBoard {
  answerCode: string;
  /** In the order they were made. */
  guesses: GlobeGuess[];
  solvedBy?: Player;
}

export interface GlobeMove {
  code: string;
}

const strings: Record<Locale, typeof globeEn> = { en: globeEn, nl: globeNl };
type ErrorKey = keyof typeof globeEn.errors;

/** A refusal in both languages; `values` may differ per language (country names, number formats). */
function refusal(key: ErrorKey, values: (locale: Locale) => Record<string, string | number> = () => ({})): GameError {
  const fill = (locale: Locale) => strings[locale].errors[key].replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values(locale)[name] ?? ""));
  return { code: key, message: { en: fill("en"), nl: fill("nl") } };
}

/** "A", "A or B", "A, B or C" in the player's language. */
export function orList(locale: Locale, items: string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} ${strings[locale].or} ${items.at(-1)}`;
}

/** Km as people write them: "1,234" in English, "1.234" in Dutch. */
export function formatKm(locale: Locale, km: number): string {
  return new Intl.NumberFormat(locale === "nl" ? "nl-NL" : "en-GB", { maximumFractionDigits: 0 }).format(km);
}

/** Echoes a player's input back without letting a long one take over the message. */
function shown(text: string): string {
  const clean = text.replace(/\s+/g, " ").trim();
  return clean.length > 30 ? `${clean.slice(0, 30)}…` : clean;
}

export function startBoard(answerCode: string): GlobeBoard {
  if (!countryByCode(answerCode)?.sovereign) throw new RangeError(`${answerCode} is not a mystery country`);
  return { answerCode, guesses: [] };
}

/** Reads the typed country (the card's `country` input): a place, or why it is not one. */
export function parseMove(input: Record<string, unknown>): { ok: true; move: GlobeMove } | { ok: false; error: GameError } {
  const raw = typeof input.country === "string" ? input.country.trim() : "";
  if (raw === "") return { ok: false, error: refusal("empty") };
  if (raw.length > MAX_NAME_LENGTH) return { ok: false, error: refusal("tooLong") };
  const match = findCountry(raw);
  if (match.kind === "found") return { ok: true, move: { code: match.country.code } };
  if (match.kind === "ambiguous") {
    return { ok: false, error: refusal("ambiguous", (locale) => ({ name: shown(raw), options: orList(locale, match.options.map((c) => c.name[locale])) })) };
  }
  if (match.suggestions.length === 0) return { ok: false, error: refusal("unknown", () => ({ name: shown(raw) })) };
  return { ok: false, error: refusal("didYouMean", (locale) => ({ name: shown(raw), suggestions: orList(locale, match.suggestions.map((c) => c.name[locale])) })) };
}

/** Where a guessed country stands relative to the mystery country. */
export function measure(guess: Country, answer: Country): { km: number; bearing: number; closeness: number } {
  if (guess.code === answer.code) return { km: 0, bearing: 0, closeness: 100 };
  const exact = distanceKm(guess, answer);
  // Neighbouring microstates can round to 0 km; only the country itself is 0 km and 100%.
  const km = Math.max(1, Math.round(exact));
  return { km, bearing: Math.round(initialBearing(guess, answer)) % 360, closeness: closeness(exact) };
}

export function isSolved(board: GlobeBoard): boolean {
  return board.solvedBy !== undefined;
}

export function directionOf(guess: GlobeGuess): Compass | null {
  return guess.km === 0 ? null : compass(guess.bearing);
}

/** Adds a guess to the board; a repeated country or a solved board is refused (nothing changes). */
export function play(board: GlobeBoard, player: Player, move: GlobeMove, now: Date): { ok: true; board: GlobeBoard } | { ok: false; error: GameError } {
  const answer = countryByCode(board.answerCode);
  const guessed = countryByCode(move.code);
  if (!answer || !guessed) throw new RangeError(`unknown country ${guessed ? board.answerCode : move.code}`);
  if (isSolved(board)) return { ok: false, error: refusal("solved") };
  const earlier = board.guesses.find((g) => g.code === move.code);
  if (earlier) {
    const direction = directionOf(earlier);
    return {
      ok: false,
      error: refusal("repeated", (locale) => ({
        country: guessed.name[locale],
        name: earlier.by.name,
        km: formatKm(locale, earlier.km),
        direction: direction ? strings[locale].directions[direction] : "",
      })),
    };
  }
  const guess: GlobeGuess = { code: guessed.code, by: { id: player.id, name: player.name }, ...measure(guessed, answer), at: now };
  const solved = guessed.code === answer.code;
  return { ok: true, board: { ...board, guesses: [...board.guesses, guess], ...(solved ? { solvedBy: guess.by } : {}) } };
}

/** Closest first; equally close guesses in the order they were made. */
export function rankedGuesses(board: GlobeBoard): GlobeGuess[] {
  return board.guesses.map((guess, i) => ({ guess, i })).sort((a, b) => a.guess.km - b.guess.km || a.i - b.i).map((x) => x.guess);
}

export const POINTS = { finder: 10, bestHelper: 5, helper: 2, unsolved: 1 } as const;

export interface GlobeSummary {
  answer: Country;
  solved: boolean;
  finder?: Player;
  /** Whose guess (not the finder's) came closest: on a solved board the best helper. */
  bestHelper?: { player: Player; guess: GlobeGuess };
  /** On an unsolved board: the closest guess of all. */
  closest?: GlobeGuess;
  /** Everyone who guessed, with their points: the finder 10, the best helper 5, other helpers 2; 1 each on an unsolved board. */
  players: { id: string; name: string; points: number; won: boolean }[];
}

export function summarise(board: GlobeBoard): GlobeSummary {
  const answer = countryByCode(board.answerCode)!;
  const ranked = rankedGuesses(board);
  const finder = board.solvedBy;
  const helperGuess = finder ? ranked.find((g) => g.by.id !== finder.id) : undefined;
  const people = new Map<string, string>();
  for (const g of board.guesses) people.set(g.by.id, g.by.name);
  const players = [...people].map(([id, name]) => {
    const points = !finder ? POINTS.unsolved : id === finder.id ? POINTS.finder : id === helperGuess?.by.id ? POINTS.bestHelper : POINTS.helper;
    return { id, name, points, won: id === finder?.id };
  });
  return {
    answer,
    solved: finder !== undefined,
    ...(finder ? { finder } : {}),
    ...(helperGuess ? { bestHelper: { player: helperGuess.by, guess: helperGuess } } : {}),
    ...(!finder && ranked[0] ? { closest: ranked[0] } : {}),
    players,
  };
}

// Which country a player means: a typed name (English or Dutch, an alias such as "USA", "Holland"
// or "Ivory Coast", any case, with or without accents) is looked up among every place's
// normalised names. A name two places share ("Congo") is ambiguous; an unknown one gets the
// closest names as "did you mean…" suggestions (a word that starts the same, or a small typo).

import { countries, type Country } from "./countries";
import { normaliseName } from "./normalise";

export type NameMatch =
  | { kind: "found"; country: Country }
  /** Several places have this name: the player has to pick one. */
  | { kind: "ambiguous"; options: Country[] }
  | { kind: "unknown"; suggestions: Country[] };

const index = new Map<string, Country[]>();
for (const country of countries) {
  for (const name of country.names) index.set(name, [...(index.get(name) ?? []), country]);
}

/** The place a typed name stands for. */
export function findCountry(input: string): NameMatch {
  const name = normaliseName(input);
  const found = index.get(name) ?? [];
  if (found.length === 1) return { kind: "found", country: found[0]! };
  if (found.length > 1) return { kind: "ambiguous", options: found };
  return { kind: "unknown", suggestions: suggestCountries(input) };
}

/** Edit distance (insertions, deletions, substitutions), giving up above `limit`. */
export function levenshtein(a: string, b: string, limit = Number.POSITIVE_INFINITY): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      best = Math.min(best, current[j]!);
    }
    if (best > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length]!;
}

/** How many typos a name of this length may have and still be suggested. */
const typosAllowed = (length: number) => (length <= 4 ? 1 : length <= 8 ? 2 : 3);

/** Lower is better; null when the name is no match for the input at all. */
function matchScore(query: string, name: string): number | null {
  if (query.length >= 3 && (name.startsWith(query) || name.split(" ").some((word) => word.startsWith(query)))) return name.length / 1000;
  const allowed = typosAllowed(query.length);
  const whole = levenshtein(query, name, allowed);
  if (whole <= allowed) return 1 + whole;
  // A typo in the first part of a long name ("nethrlands kingdom" is rare; "nethrland" is not).
  if (query.length >= 5 && name.length > query.length) {
    const start = levenshtein(query, name.slice(0, query.length), allowed - 1);
    if (start <= allowed - 1) return 2 + start;
  }
  return null;
}

/** Up to `limit` places whose names come closest to the input, best first; sovereign states before territories. */
export function suggestCountries(input: string, limit = 3): Country[] {
  const query = normaliseName(input);
  if (query.length < 2) return [];
  const scored: { country: Country; score: number }[] = [];
  for (const country of countries) {
    let best: number | null = null;
    for (const name of country.names) {
      const score = matchScore(query, name);
      if (score !== null && (best === null || score < best)) best = score;
    }
    if (best !== null) scored.push({ country, score: best + (country.sovereign ? 0 : 0.5) });
  }
  return scored
    .sort((a, b) => a.score - b.score || a.country.name.en.localeCompare(b.country.name.en))
    .slice(0, limit)
    .map((s) => s.country);
}

// How Walk the Globe reads a country name, the same in the build script (for the names in
// countries.json) and in the rules (for a player's guess): "Côte d'Ivoire", "cote divoire" and
// "COTE D’IVOIRE" are one name; "St. Lucia" is "Saint Lucia"; "Trinidad & Tobago" is "Trinidad and
// Tobago"; a leading article ("The Gambia", "de Filipijnen", "het Verenigd Koninkrijk") is dropped.

const APOSTROPHES = /['’‘`´]/g;
const LEADING_ARTICLE = /^(the|de|het) /;

/** Lower case, no diacritics, apostrophes dropped, other punctuation as spaces, single spaces. */
export function normaliseName(text: string): string {
  const words = text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(APOSTROPHES, "")
    .replace(/&/g, " and ")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()
    .split(" ")
    .map((word) => (word === "st" ? "saint" : word))
    .join(" ");
  return words.replace(LEADING_ARTICLE, "");
}

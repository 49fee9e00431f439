// How Wordl6 reads a word, the same in the build script (for the word lists) and in the rules (for a
// player's guess): compatibility-decompose (NFKD), drop the diacritics, lower-case. So "Café",
// "cafe" and "ＣＡＦＥ" are one word, and the Dutch "ĳ" ligature becomes the two letters "ij" —
// "ij" counts as two of the six letters, the way people type it. Letters of other alphabets (a
// Cyrillic "а" that looks like "a") are not folded into a–z: they stay and are refused.

/** `text` with diacritics removed and in lower case; nothing else is changed. */
export function foldWord(text: string): string {
  return text.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().normalize("NFC");
}

/** Exactly six letters a–z: the only shape a Wordl6 word has. */
export const SIX_LETTERS = /^[a-z]{6}$/;

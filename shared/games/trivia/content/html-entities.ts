// Decodes the HTML character references that Open Trivia DB puts in its JSON ("&quot;",
// "&#039;", "&eacute;"). Unknown names are left as they are; the text is sanitised afterwards.

const COMBINING_ACCENTS: Record<string, string> = {
  acute: "\u0301", grave: "\u0300", circ: "\u0302", uml: "\u0308", tilde: "\u0303", ring: "\u030a", cedil: "\u0327",
};

const NAMED: Record<string, string> = {
  amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " ", shy: "",
  lsquo: "‘", rsquo: "’", sbquo: "‚", ldquo: "“", rdquo: "”", bdquo: "„", laquo: "«", raquo: "»",
  hellip: "…", ndash: "–", mdash: "—", bull: "•", middot: "·", deg: "°", times: "×", divide: "÷", plusmn: "±",
  sup1: "¹", sup2: "²", sup3: "³", frac12: "½", frac14: "¼", frac34: "¾", micro: "µ", para: "¶", sect: "§",
  copy: "©", reg: "®", trade: "™", euro: "€", pound: "£", yen: "¥", cent: "¢", iexcl: "¡", iquest: "¿",
  szlig: "ß", aelig: "æ", AElig: "Æ", oelig: "œ", OElig: "Œ", oslash: "ø", Oslash: "Ø", eth: "ð", ETH: "Ð",
  thorn: "þ", THORN: "Þ", pi: "π", Pi: "Π", alpha: "α", beta: "β", gamma: "γ", delta: "δ", Delta: "Δ",
  lambda: "λ", mu: "μ", sigma: "σ", Sigma: "Σ", omega: "ω", Omega: "Ω", infin: "∞", ne: "≠", le: "≤", ge: "≥",
  larr: "←", rarr: "→", uarr: "↑", darr: "↓", prime: "′", Prime: "″",
};

// Letters with accents (&eacute; &Ouml; &ntilde; &ccedil; …), built from the accent names.
for (const letter of "aeiouycnAEIOUYCN") {
  for (const [accent, mark] of Object.entries(COMBINING_ACCENTS)) {
    const composed = (letter + mark).normalize("NFC");
    if (composed.length === 1) NAMED[letter + accent] = composed;
  }
}

const REFERENCE = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z][a-zA-Z0-9]{1,31}));/g;

function fromCodePoint(code: number, original: string): string {
  const valid = code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff);
  return valid ? String.fromCodePoint(code) : original;
}

export function decodeHtmlEntities(text: string): string {
  return text.replace(REFERENCE, (match, decimal: string | undefined, hex: string | undefined, name: string | undefined) => {
    if (decimal !== undefined) return fromCodePoint(Number.parseInt(decimal, 10), match);
    if (hex !== undefined) return fromCodePoint(Number.parseInt(hex, 16), match);
    return name !== undefined && Object.hasOwn(NAMED, name) ? NAMED[name] : match;
  });
}

/**
 * Text normalisation shared by indexing and question understanding, so that both
 * sides of every comparison see words the same way.
 */

const ASCII = /^[\x00-\x5f\x61-\x7f]*$/;

/** Lower-cases and strips accents and typographic quotes: "Città’" -> "citta'". */
export function fold(text: string): string {
  // Most words and questions are plain ASCII: nothing to strip, and normalising costs more than the rest of tokenising.
  if (ASCII.test(text)) return text.toLowerCase();
  return text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .replace(/[\u2018\u2019\u201b\u2032`´]/g, "'")
    .replace(/[\u201c\u201d\u201e\u2033«»]/g, '"')
    .replace(/[\u2010-\u2015]/g, "-")
    .toLowerCase();
}

/** One word or number of a text, with its place in that text. */
export interface Token {
  /** The characters as written. */
  raw: string;
  /** Folded form used for matching; numbers lose their thousands separators. */
  norm: string;
  start: number;
  end: number;
  isNumber: boolean;
}

// Words are letter runs (apostrophes and hyphens split them, so "d'Arco" and "E-SUV"
// tokenise the same in questions, aliases and articles); numbers keep their separators.
// An ordinal ("100th", "1st", "115°") is one token, its number: "the 115th anniversary" is "115
// anni" as much as "115° anniversario"; understanding counts it as no number the question names.
// Subscript digits are the digits they stand for: "CO₂" reads as "CO2".
const TOKEN = /\d+(?:st|nd|rd|th|[°º])(?![\p{L}\d])|\d+(?:[.,]\d+)*(?:k\b)?|[\u2080-\u2089]+|[\p{L}\p{M}]+/giu;
// Web copy glues words together ("BelvedereIllinois"); split only real words so "MiTo" stays whole.
const GLUED = /(?<=\p{Ll}{3})(?=\p{Lu}\p{Ll}{2})/u;

/** Normalises a number token: "400,000", "400.000" and "400k" -> "400000", "4,3" -> "4.3". */
export function normaliseNumber(raw: string): string {
  if (/k$/i.test(raw)) {
    const n = Number(normaliseNumber(raw.slice(0, -1))) * 1000;
    return Number.isFinite(n) ? String(n) : raw;
  }
  if (/^\d{1,3}(?:([.,])\d{3})(?:\1\d{3})*$/.test(raw)) return raw.replace(/[.,]/g, "");
  return raw.replace(",", ".");
}

const ORDINAL_SUFFIX = /(?:st|nd|rd|th|[°º])$/iu;

/** Is a number written as an ordinal ("100th", "115°")? */
export const isOrdinal = (raw: string) => /\d(?:st|nd|rd|th|[°º])$/iu.test(raw);

/** Splits text into tokens; never throws, whatever the input. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  // exec over the shared regex rather than matchAll: no iterator or copied regex per call (tokenising is on every path).
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) {
    const raw = m[0];
    const start = m.index;
    const first = raw.charCodeAt(0);
    if (first >= 0x2080 && first <= 0x2089) {
      tokens.push({ raw, norm: fold(raw), start, end: start + raw.length, isNumber: true });
      continue;
    }
    if (first >= 48 && first <= 57) {
      tokens.push({ raw, norm: normaliseNumber(raw.replace(ORDINAL_SUFFIX, "")), start, end: start + raw.length, isNumber: true });
      continue;
    }
    // A glued pair needs at least six letters ("abcDef"): shorter words cannot hold one.
    if (raw.length < 6) {
      tokens.push({ raw, norm: fold(raw), start, end: start + raw.length, isNumber: false });
      continue;
    }
    let offset = 0;
    for (const part of raw.split(GLUED)) {
      const s = start + offset;
      tokens.push({ raw: part, norm: fold(part), start: s, end: s + part.length, isNumber: false });
      offset += part.length;
    }
  }
  return tokens;
}

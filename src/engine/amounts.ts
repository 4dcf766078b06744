/**
 * Numbers as the words around them put them: "close to 50,000" is just below 50,000,
 * "between 80 and 90 thousand" is a range, "superato i 50.000" asks for more than 50,000.
 * Each becomes an interval, so a question's number and an article's are compared the same
 * way whatever their wording, and a yes/no verdict says only what the intervals settle.
 */
import { fold, normaliseNumber, tokenize, type Token } from "../text/normalize.js";
import { SCALE } from "../text/numerals.js";
import type { Language } from "../types.js";

/** How a number is put: exactly, below it, just below it ("nearly"), above it, around it, or at least it. */
export type Relation = "=" | "<" | "<~" | ">" | "~" | ">=";

/** The values a number as written allows. */
export interface Amount {
  lo: number;
  hi: number;
  loOpen: boolean;
  hiOpen: boolean;
  /** "About 70,000": an exact question about 70,000 is answered by it. */
  approximate: boolean;
}

/** The words before a number that place it, per language (compiled from the vocabulary). */
export interface AmountRules {
  below: Record<Language, RegExp>;
  nearly: Record<Language, RegExp>;
  above: Record<Language, RegExp>;
  around: Record<Language, RegExp>;
  reach: Record<Language, RegExp>;
}

/** Right after a figure, the words that make it a percentage ("55%", "55 per cento"). */
export const PERCENT_AFTER = /^\s*(?:%|per\s*cento|percent|per\s+cent)(?![\p{L}])/iu;

// "80-90", "80 and 90", "tra 80 e 90", "80 to 90".
const RANGE_JOIN = /^\s*(?:[-–]|and|e|to|a)\s*$/iu;
// "Around 70,000" is within a tenth of it; "nearly 50,000" is below it, by at most a tenth: how
// far journalists' "about" and "close to" stretch (49,000 is "close to 50,000", 45,000 is not).
const AROUND = 0.1;
const NEARLY = 0.1;
const OVER = 0.1;

/**
 * The relation the words right before a number give it ("close to 50,000", "superato i
 * 50.000"); a short word or a possessive may come between ("exceeded the 50,000",
 * "hit Marchionne's 400,000").
 */
export function relationBefore(text: string, at: number, rules: AmountRules, languages: readonly Language[]): Relation {
  const before = fold(text.slice(Math.max(0, at - 40), at));
  const ends = (rule: Record<Language, RegExp>) =>
    languages.some((l) =>
      [...before.matchAll(rule[l])].some((m) => /^[\s']*(?:\p{L}{1,3}[\s']+)?(?:[\p{L}']+'s\s+)?$/u.test(before.slice((m.index ?? 0) + m[0].length))),
    );
  if (ends(rules.nearly)) return "<~";
  if (ends(rules.below)) return "<";
  if (ends(rules.around)) return "~";
  if (ends(rules.reach)) return ">=";
  if (ends(rules.above)) return ">";
  return "=";
}

/** The interval a relation to a value allows. */
export function amountOf(relation: Relation, v: number): Amount {
  const exact = { lo: v, hi: v, loOpen: false, hiOpen: false, approximate: false };
  switch (relation) {
    case "=":
      return exact;
    case "<":
      return { ...exact, lo: -Infinity, loOpen: true, hiOpen: true };
    case "<~":
      return { ...exact, lo: v * (1 - NEARLY), hiOpen: true };
    case ">":
      return { ...exact, hi: Infinity, loOpen: true, hiOpen: true };
    case ">=":
      return { ...exact, hi: Infinity, hiOpen: true };
    case "~":
      return { ...exact, lo: v * (1 - AROUND), hi: v * (1 + AROUND), approximate: true };
  }
}

/** A plus right after a figure, not the sign of another number ("33k+ cars", not "+30% +5"). */
const PLUS_AFTER = /^\+(?![\d.,])/u;

const value = (t: Token) => Number(normaliseNumber(t.raw));

/**
 * The amount written at `at` (the offset of its first digit): one number with the words
 * before it, or a range ("between 80 and 90 thousand"), scaled by a numeral after it.
 * Percentages are shares, not counts: undefined, unless a share is what is read (`share`), and
 * then only a percentage is one ("more than 50%?" against "cresce del 55%").
 */
export function amountAt(text: string, at: number, rules: AmountRules, languages: readonly Language[], share = false): Amount | undefined {
  const tokens = tokenize(text);
  const i = tokens.findIndex((t) => t.isNumber && t.start >= at);
  const first = tokens[i];
  if (!first || PERCENT_AFTER.test(text.slice(first.end)) !== share) return undefined;
  // The second number of a range: after a dash, or after a joining word ("and", "e", "to").
  const next = [tokens[i + 1], tokens[i + 2]].find((t) => t?.isNumber);
  const ranged = next !== undefined && RANGE_JOIN.test(text.slice(first.end, next.start));
  const last = ranged ? next : first;
  const after = tokens[tokens.indexOf(last) + 1];
  const scale = after && !after.isNumber && /^\s*$/u.test(text.slice(last.end, after.start)) ? (SCALE[after.norm] ?? 1) : 1;
  const [lo, hi] = [value(first) * scale, value(last) * scale];
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) return undefined;
  if (ranged) return { lo: Math.min(lo, hi), hi: Math.max(lo, hi), loOpen: false, hiOpen: false, approximate: false };
  // "33k+ cars", "50.000+ ordini": a plus after the figure is "at least".
  if (PLUS_AFTER.test(text.slice(scale === 1 ? last.end : (after as Token).end))) return amountOf(">=", lo);
  return amountOf(relationBefore(text, first.start, rules, languages), lo);
}

/**
 * What news copy means by "over 43,000 orders", "superato i 50.000": just above the figure, by at
 * most a tenth (a writer with 50,000 would say "over 50,000"), like "close to" just below it.
 * Only for a figure an article states as fact; a question's "more than 50,000" stays open.
 */
export function justAbove(a: Amount): Amount {
  return a.hi === Infinity && a.lo > 0 ? { ...a, hi: a.lo * (1 + OVER), hiOpen: false } : a;
}

/** A count for part of a period ("in the first half") is a floor for the whole period. */
export function floorOf(a: Amount): Amount {
  return { ...a, hi: Infinity, hiOpen: true, approximate: false };
}

export const isPoint = (a: Amount) => a.lo === a.hi && !a.approximate;

const within = (a: Amount, b: Amount) =>
  (a.lo > b.lo || (a.lo === b.lo && (!b.loOpen || a.loOpen))) && (a.hi < b.hi || (a.hi === b.hi && (!b.hiOpen || a.hiOpen)));
const apart = (a: Amount, b: Amount) =>
  a.hi < b.lo || b.hi < a.lo || (a.hi === b.lo && (a.hiOpen || b.loOpen)) || (b.hi === a.lo && (b.hiOpen || a.loOpen));

/**
 * Does a stated amount settle the asked one? "close to 50,000" has not exceeded 50,000
 * ("no"), "roughly 70,000" is 70,000 as people ask it ("yes"), "over 40,000" as the question
 * puts it may or may not be 50,000 (null).
 */
export function compareAmounts(stated: Amount, asked: Amount): "yes" | "no" | null {
  // An approximate answer to an exact question: "is it 70,000?" "roughly 70,000".
  const a = isPoint(asked) && stated.approximate ? amountOf("~", asked.lo) : asked;
  if (within(stated, a)) return "yes";
  if (apart(stated, a)) return "no";
  // "Around 100k?" "between 80 and 90 thousand": a range that only touches the edge of "around" is not it.
  if (asked.approximate && stated.lo < stated.hi && (stated.hi === a.lo || a.hi === stated.lo)) return "no";
  return null;
}

/**
 * Yes/no questions: "Is the Stelvio built in Pomigliano?" gets a verdict before its quotes.
 * The verdict comes from typed evidence: the question asserts a value (a place, a year, a
 * person, a model) for a subject; the articles' value for that subject matches it (yes),
 * is another one (no), or changed between articles of different dates. A quote that denies
 * ("will not", "shelved") or hedges ("may", "cannot be ruled out") is taken at its word.
 * No verdict without a quote that settles it.
 */
import type { AnswerType, Vocabulary } from "../corpus/schema.js";
import type { Lexicon } from "../text/lexicon.js";
import { fold, normaliseNumber, tokenize } from "../text/normalize.js";
import type { Language } from "../types.js";
import type { Finding } from "./compose.js";
import type { IndexedSentence } from "./corpus-index.js";
import type { QuerySlot, Understanding } from "./understand.js";

export type Verdict = "yes" | "no" | "changed" | null;

export interface YesNoRules {
  openers: Record<Language, readonly string[]>;
  negation: Record<Language, RegExp>;
  modality: Record<Language, RegExp>;
}

const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const wordsRegex = (list: readonly string[]) =>
  new RegExp(`(?<![\\p{L}'])(?:${list.map((w) => escape(fold(w)).replace(/\s+/g, "\\s+")).join("|")})(?![\\p{L}])`, "gu");

export function compileYesNo(v: Vocabulary): YesNoRules {
  const y = v.yesNo;
  return {
    openers: { en: y.openers.en.map(fold), it: y.openers.it.map(fold) },
    negation: { en: wordsRegex(y.negation.en), it: wordsRegex(y.negation.it) },
    modality: { en: wordsRegex(y.modality.en), it: wordsRegex(y.modality.it) },
  };
}

/**
 * True for a yes/no question: it opens with an auxiliary ("Is...", "Will...", "È..."), or,
 * in Italian, which asks yes/no by intonation alone, it has no question word and ends in "?".
 */
export function isYesNo(question: string, language: Language, rules: YesNoRules, hasQuestionWord: boolean): boolean {
  const folded = fold(question).replace(/^[^\p{L}]+/u, "");
  if (rules.openers[language].some((o) => folded.startsWith(`${o} `))) return !hasQuestionWord || language === "en";
  return language === "it" && !hasQuestionWord && /\?\s*$/u.test(question);
}

/** The value a yes/no question asserts ("in Pomigliano", "in 2026"): its last typed name or number after a subject. */
export function assertedValue(u: Understanding, lexicon: Lexicon): { slot: QuerySlot; type: AnswerType } | undefined {
  const typed = u.slots.filter((s) => (s.kind === "entity" && !s.generic) || s.kind === "number");
  const numbers = typed.filter((s) => s.kind === "number");
  const entities = typed.filter((s) => s.kind === "entity");
  const slot = numbers.length && entities.length ? numbers[numbers.length - 1] : entities.length >= 2 ? entities[entities.length - 1] : undefined;
  if (!slot) return undefined;
  if (slot.kind === "number") {
    const year = /^(?:19|20)\d{2}$/.test(slot.keys[0]?.slice(2) ?? "");
    // "Did sales go up in 2025?" names a year as its frame, not as what it asserts; "Will it arrive in 2026?" asserts it.
    if (year && u.intent?.def.answerType !== "time") return undefined;
    return { slot, type: year ? "time" : "quantity" };
  }
  const kind = slot.keys.map((k) => lexicon.entities.get(k.slice(2))?.type).find((t) => t !== undefined);
  const type: AnswerType | undefined =
    kind === "place" || kind === "market" ? "place" : kind === "person" ? "person" : kind === "model" ? "model" : kind === "brand" || kind === "org" ? "brand" : undefined;
  return type ? { slot, type } : undefined;
}

/** Every way the asserted value may be written: its words, an entity's aliases, a number's forms. */
function spellings(slot: QuerySlot, lexicon: Lexicon): string[] {
  const out = new Set([fold(slot.surface)]);
  for (const k of slot.keys) {
    const entity = lexicon.entities.get(k.slice(2));
    if (entity) for (const a of [entity.name, ...entity.aliases]) out.add(fold(a));
  }
  return [...out];
}

/** Does a short answer state the asserted value ("Pomigliano d'Arco" for "Pomigliano")? */
export function states(phrase: string, slot: QuerySlot, lexicon: Lexicon): boolean {
  if (slot.kind === "number") {
    const n = slot.keys[0]?.slice(2);
    return tokenize(phrase).some((t) => t.isNumber && normaliseNumber(t.raw) === n);
  }
  const folded = fold(phrase);
  return spellings(slot, lexicon).some((s) => s.length > 1 && folded.includes(s));
}

/** Does it state exactly that value and nothing more ("2026", not "between 2026 and 2028")? */
function statesOnly(phrase: string, slot: QuerySlot, lexicon: Lexicon): boolean {
  return states(phrase, slot, lexicon) && tokenize(phrase).filter((t) => t.isNumber).length <= 1;
}

/** How a sentence puts its claim: denied, hedged or plainly, near the question's own words. */
export function stance(s: IndexedSentence, language: Language, rules: YesNoRules, asked: ReadonlySet<string>): "denied" | "hedged" | "plain" {
  const folded = fold(s.text);
  const asking = s.slots.filter((slot) => slot.keys.some((k) => asked.has(k)));
  // The question's verbs and nouns, not its names: "will NOT be built" denies the building.
  const predicates = asking.filter((slot) => !slot.keys.some((k) => k.startsWith("e:")));
  const words = predicates.length ? predicates : asking;
  const reach = 60;
  const other: Language = language === "en" ? "it" : "en";
  const nearest = (list: RegExp[]) => {
    let best = Infinity;
    for (const re of list) for (const m of folded.matchAll(re)) for (const w of words) best = Math.min(best, Math.abs(w.start - (m.index ?? 0)));
    return best;
  };
  const hedge = nearest([rules.modality[language], rules.modality[other]]);
  const denial = nearest([rules.negation[language], rules.negation[other]]);
  if (hedge > reach && denial > reach) return "plain";
  return denial < hedge ? "denied" : "hedged";
}

/**
 * The verdict from findings of the asserted type (best first, each dated): the value stated
 * (yes), only other values (no), or the value in one article and another in a later or
 * earlier one (changed).
 */
export function judgeValues(findings: readonly Finding[], slot: QuerySlot, lexicon: Lexicon): Verdict {
  const stated = findings.filter((f) => f.phrase !== undefined);
  if (stated.length === 0) return null;
  const matching = stated.filter((f) => states(f.phrase as string, slot, lexicon));
  if (matching.length === 0) return "no";
  const exact = matching.filter((f) => statesOnly(f.phrase as string, slot, lexicon));
  const others = stated.filter((f) => !exact.includes(f));
  const dates = (list: readonly Finding[]) => new Set(list.map((f) => f.citation.date ?? ""));
  if (exact.length && others.length && [...dates(others)].some((d) => !dates(exact).has(d))) return "changed";
  return "yes";
}

/**
 * How a quote puts its claim, for yes/no verdicts: denied ("will not", "shelved"), hedged ("may",
 * "it cannot be excluded that") or plainly said, within the reach of those words; which way a
 * change goes ("a 34% sales drop"), whether a sentence only plans a figure, states a degree, or
 * refutes a claim it reports. Split from `verdict.ts`, which judges the asserted value.
 */
import { fold } from "../text/normalize.js";
import type { Language } from "../types.js";
import type { IndexedSentence } from "./corpus-index.js";
import { monthOf } from "./dates.js";
import type { QuerySlot } from "./understand.js";
import type { Lexicon } from "../text/lexicon.js";
import { changesAmount, found, spans } from "./question-shape.js";
import type { YesNoRules } from "./verdict.js";

/** Articles quote either language, whatever the question's: a statement is read with both. */
export const both = (rule: Record<Language, RegExp>): RegExp[] => [rule.en, rule.it];

/**
 * How a sentence puts its claim: denied, hedged or plainly, near the question's own words
 * (or near the value a yes/no question asks about, when the sentence states it).
 * A hedge that opens a clause ("it cannot be excluded that ...") covers all that follows it,
 * however far, and a denial inside a hedge ("cannot be ruled out") is part of the hedge.
 */
export function stance(
  s: IndexedSentence,
  language: Language,
  rules: YesNoRules,
  asked: ReadonlySet<string>,
  value?: { phrase: string; lexicon: Lexicon },
): "denied" | "hedged" | "plain" {
  const folded = fold(s.text);
  const asking = s.slots.filter((slot) => slot.keys.some((k) => asked.has(k)));
  // The question's verbs and nouns, not its names: "will NOT be built" denies the building.
  const predicates = asking.filter((slot) => !slot.keys.some((k) => k.startsWith("e:")));
  // With a value asked about, the words around that value: "it will not be built from scratch
  // ... the most likely location is Belvedere" denies nothing of Belvedere.
  // Its longest word (web copy glues words: "BelvedereIllinois"); a value the extractor
  // normalised ("the United States" for "stateside") is not in the sentence at all.
  const longest = value ? fold(value.phrase).split(/[^\p{L}\d]+/u).reduce((a, b) => (b.length > a.length ? b : a), "") : "";
  const at = longest.length >= 3 ? folded.indexOf(longest) : -1;
  // ...but the name the sentence gives it is ("US market" for "the United States").
  const named = value && at < 0 ? s.slots.find((slot) => slot.keys.some((k) => k.startsWith("e:") && fold(value.lexicon.entities.get(k.slice(2))?.name ?? "") === fold(value.phrase))) : undefined;
  const words = at >= 0 ? [{ start: at }] : named ? [named] : predicates.length ? predicates : asking;
  const reach = 60;
  const other: Language = language === "en" ? "it" : "en";
  // "May 31", "31 May", "May 2024" are dates, not a hedge.
  const litotes = spans(folded, [rules.litotes[language], rules.litotes[other]]);
  // "no doubt", "senza dubbio": no hedge either.
  const hedges = spans(folded, [rules.modality[language], rules.modality[other]]).filter((h) => !isDate(folded, h) && !litotes.some((k) => h.start < k.end && k.start < h.end));
  const denials = spans(folded, [rules.negation[language], rules.negation[other]]).filter(
    (d) => !changesAmount(folded, d) && ![...hedges, ...litotes].some((h) => d.start < h.end && h.start < d.end),
  );
  const opensClause = (h: { end: number }) => /^\s*(?:that|che|if|se)\b/u.test(folded.slice(h.end)) || /(?:that|che)$/u.test(folded.slice(0, h.end));
  if (hedges.some((h) => opensClause(h) && words.some((w) => w.start >= h.end))) return "hedged";
  // "the most likely location ... is X": a hedge in the subject of "is" hedges the value it is said to be
  // (only the value: the question's own words may stand anywhere, "it will not be built ... plant").
  const hedgesSubject = (h: { start: number; end: number }) => HEDGED_SUBJECT.test(folded.slice(Math.max(0, h.start - 12), h.end)) && COPULA_AHEAD.test(folded.slice(h.end));
  if (at >= 0 && hedges.some((h) => hedgesSubject(h) && at >= h.end)) return "hedged";
  const sameClause = (a: number, b: number) => !/[,;:]/u.test(folded.slice(Math.min(a, b), Math.max(a, b)));
  // A denial bears on the words on either side ("will not be built", "plan ... shelved").
  // A hedged predicate ("cannot be ruled out", "is not clear") bears on its whole clause; a
  // hedging word ("could", "forse") on what follows it, or what just precedes it in its clause:
  // not "aimed at a younger audience" in "aimed at a younger audience, could represent...".
  const bears = (m: { start: number; end: number }, w: { start: number }, hedge: boolean): number => {
    const distance = Math.abs(w.start - m.start);
    // "a fully electric powertrain of which details haven't yet been announced": a denial in a
    // relative clause after the words is about that clause's own subject.
    if (!hedge && w.start < m.start && RELATIVE.test(folded.slice(w.start, m.start))) return Infinity;
    // "I will bring an electric sedan to market and probably not just one": a hedge or a denial
    // right after "and" opens the next claim; it says nothing of the words before.
    if (w.start < m.start && COORDINATED_BEFORE.test(folded.slice(Math.max(0, m.start - 24), m.start))) return Infinity;
    if (!hedge || m.start <= w.start) return distance;
    if (/\s/u.test(folded.slice(m.start, m.end))) return sameClause(w.start, m.start) ? Math.min(distance, reach) : Infinity;
    return distance <= HEDGE_BEHIND && sameClause(w.start, m.start) ? distance : Infinity;
  };
  const nearest = (list: { start: number; end: number }[], hedge: boolean) => Math.min(Infinity, ...list.flatMap((m) => words.map((w) => bears(m, w, hedge))));
  const hedge = nearest(hedges, true);
  const denial = nearest(denials, false);
  if (hedge > reach && denial > reach) return "plain";
  return denial < hedge ? "denied" : "hedged";
}

/** Is this span a month name beside a day or a year ("may 31", "31 may", "may 2024")? */
function isDate(folded: string, span: { start: number; end: number }): boolean {
  if (monthOf(folded.slice(span.start, span.end)) === undefined) return false;
  return /^\s+\d{1,4}\b/u.test(folded.slice(span.end)) || /\b\d{1,2}\s+$/u.test(folded.slice(0, span.start));
}

// "the most likely location", "la sede più probabile", "the possible site": a hedge inside the subject...
// (read on folded text: "più" is "piu", "è" is "e")
const HEDGED_SUBJECT = /\b(?:the|la|il|lo|l')\s+(?:(?:most|more|piu)\s+)?(?:likely|probable|possible|probabile|possibile|papabile)$|\b(?:the|la|il|lo|l')\s+\p{L}+\s+(?:piu\s+)?(?:probabile|possibile|papabile)$/u;
// ...and the "is" it is the subject of, in the same clause.
const COPULA_AHEAD = /^[^,;:.]{0,80}?\b(?:is|are|will be|would be|e|sara|sarebbe|sono|saranno)\s/u;

// Words that open a relative clause: what it denies is said of its own subject.
const RELATIVE = /\b(?:of which|which|whose|of whom|di cui|il quale|la quale|i quali|le quali)\b/u;

// "and", "e", then at most one word (another hedge: "and probably not"), right before a hedge or a denial.
const COORDINATED_BEFORE = /\b(?:and|e|ed)\s+(?:\p{L}+\s+)?$/u;

// How far back a hedging word reaches: "likely" right after "will be built".
const HEDGE_BEHIND = 25;

/** Which way a sentence says a change went, nearest the question's words ("a 34% sales drop"): up, down, or not said. */
export function directionOf(s: IndexedSentence, rules: YesNoRules, asked: ReadonlySet<string>): "up" | "down" | undefined {
  const folded = fold(s.text);
  const words = s.slots.filter((slot) => slot.keys.some((k) => asked.has(k) && !k.startsWith("e:")));
  const anchors = words.length ? words : [{ start: 0 }];
  const distance = (list: { start: number }[]) => Math.min(Infinity, ...list.flatMap((m) => anchors.map((w) => Math.abs(w.start - m.start))));
  const up = distance(spans(folded, both(rules.up)));
  const down = distance(spans(folded, both(rules.down)));
  if (up === Infinity && down === Infinity) return undefined;
  return up < down ? "up" : "down";
}

/**
 * Does a sentence speak of a plan, a target or a forecast ("set an ambitious target", "expects
 * to sell") in a clause holding the question's words? "This car marks the brand's re-entry
 * into the B-segment, with the ambition to win back old customers" states the re-entry; the
 * ambition is another clause's. The whole sentence when no clause holds them.
 */
export function plans(s: IndexedSentence, rules: YesNoRules, asked: ReadonlySet<string>): boolean {
  const folded = fold(s.text);
  // A colon only elaborates: "set an ambitious target: reaching 400,000 annual registrations" is one claim.
  const ends = [...folded.matchAll(/[,;]/gu)].map((m) => m.index ?? 0);
  const clauseOf = (at: number) => ends.filter((e) => e < at).length;
  const words = s.slots.filter((slot) => slot.keys.some((k) => asked.has(k) && !k.startsWith("e:")));
  if (words.length === 0) return found(folded, both(rules.projection));
  const clauses = new Set(words.map((w) => clauseOf(w.start)));
  return spans(folded, both(rules.projection)).some((m) => clauses.has(clauseOf(m.start)));
}

/** Does a quote say how complete something is ("100% electric")? It answers any such word of the question ("fully electric"). */
export function statesDegree(text: string, rules: YesNoRules): boolean {
  return found(fold(text), both(rules.degree));
}

/** Is this question slot a word of completeness ("fully", "interamente")? */
export function isDegree(slot: QuerySlot, rules: YesNoRules): boolean {
  return found(fold(slot.surface), both(rules.degree));
}

/**
 * Does the quote deny a reversal ("rumors suggesting the project had been cancelled were denied",
 * "the new Giulia has not been cancelled", "non è stata cancellata")? Then its denial of the
 * asked reversal is a "no", not the "yes" a plain "appears shelved" gives.
 */
export function refutes(s: IndexedSentence, rules: YesNoRules): boolean {
  const folded = fold(s.text);
  const reversals = spans(folded, both(rules.reversal));
  // Only a reversal refuted: "Imparato refuted the idea that the Giulia would share parts" denies plainly.
  if (reversals.length === 0) return false;
  if (found(folded, both(rules.refutation))) return true;
  return reversals.some((m) => NEGATED_BEFORE.test(folded.slice(Math.max(0, m.start - 30), m.start)));
}

/** A plain negation a few words before a reversal: "has not been cancelled", "non è stata cancellata". */
const NEGATED_BEFORE = /(?<![\p{L}])(?:not|never|non|mai)(?:\s+\p{L}+){0,2}\s+$/u;

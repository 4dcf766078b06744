/**
 * What stands around a figure or a place in a sentence and says it is not the asked one: the
 * start of a change ("from 150 to 110"), an amount taken off a price, a place denied, a spec of
 * another powertrain or of another car, a day of a date. Extraction asks these of every candidate.
 */
import type { Lexicon } from "../text/lexicon.js";
import { fold } from "../text/normalize.js";
import { powertrainsIn } from "../text/patterns.js";
import type { IndexedSentence } from "./corpus-index.js";
import { MONTHS_EN, MONTHS_IT } from "./features.js";
import type { Understanding } from "./understand.js";

/** A stretch of a sentence's text. */
export interface Span {
  start: number;
  end: number;
}

export const ORDINAL_AFTER = /^\d(?:st|nd|rd|th|[°º])/iu;
const MONTH_BEFORE = new RegExp(`(?:${MONTHS_EN}|${MONTHS_IT})\\s+$`, "iu");
const MONTH_AFTER = new RegExp(`^(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:${MONTHS_EN}|${MONTHS_IT})(?!\\p{L})`, "iu");

const FROM_BEFORE = /\b(?:from|da|dal|dai|dagli)\s+$/iu;
const TO_AFTER = /^\s+(?:to|a|al|ai|agli)\s+\d/iu;

/** "dwindled from 150 to 110": how many there are is where the change ended, not where it began. */
export const changedFrom = (text: string, c: Span) => FROM_BEFORE.test(text.slice(Math.max(0, c.start - 8), c.start)) && TO_AFTER.test(text.slice(c.end, c.end + 8));

// "7.900 unità in meno", "2,000 fewer cars", "3,000 more units than": a difference, not a total.
const DIFFERENCE_AFTER =
  /^\s*(?:(?:units?|cars?|vehicles?|unità|auto|vetture|veicoli|esemplari|immatricolazioni|registrations)\s+)?(?:in\s+meno|in\s+più|di\s+meno|di\s+più|fewer|more\s+(?:(?:units?|cars?|vehicles?)\s+)?than|less\s+than)(?![\p{L}])/iu;
const CHANGE_ASKED = new Set(["c:drop", "c:growth", "c:reduce"]);
// "ha visto calare le sue immatricolazioni di oltre 5 mila unità", "sales fell by 3,000": the size of a change.
const CHANGED_BY_BEFORE =
  /\b(?:cal(?:are|ano|a|at[oaie]|o)|scendere|sces[oaie]|diminui(?:re|t[oaie]|scono)|crescere|cresciut[oaie]|aumentat[oaie]|salit[oaie]|fell|fall(?:en|s)?|dropped|declined|decreased|rose|grew|increased)\b(?:\s+(?!(?:totale|total|livello|level|quota|cifra)\b)\p{L}+){0,4}?\s+(?:di|by)\s+(?:(?:oltre|circa|quasi|about|around|over|almost|nearly|more\s+than|più\s+di)\s+)?$/iu;

/**
 * "...la Tonale, che rispetto al 2023 ha immatricolato 7.900 unità in meno", "calare ... di oltre 5
 * mila unità": a difference between two years is no total for either, unless a change is what is asked ("by how much did it fall?").
 */
export const differenceUnasked = (text: string, c: Span, u: Understanding) =>
  (DIFFERENCE_AFTER.test(text.slice(c.end, c.end + 40)) || CHANGED_BY_BEFORE.test(text.slice(Math.max(0, c.start - 60), c.start))) && !u.slots.some((s) => s.keys.some((k) => CHANGE_ASKED.has(k)));

// "...off", "14.000 euro di sconto", "$5,000 discount", "in savings".
const OFF_AFTER = /^[)\s]*(?:\([^)]{0,30}\)\s*)?(?:off\b|(?:di\s+)?scont[oi]\b|(?:in\s+)?(?:discounts?|savings?|rebates?)\b)/iu;
const CUT_BEFORE = /\b(?:cut|cuts|cutting|slashed|discounts?(?:\s+of)?|savings?\s+of|reduction\s+of|sconto\s+di|sconti\s+di|taglio\s+di|riduzione\s+di|ridott[oaie]\s+di|tagliat[oaie]\s+di)\s+(?:\p{L}{0,3}\s*)?$/iu;

/**
 * "cut €10,000 (A$16,451) off the Milano's price": an amount taken off a price is no price, nor
 * any other total, unless the cut is what is asked ("How big is the discount?", "Di quanto è
 * stato tagliato il prezzo?").
 */
export const takenOffUnasked = (text: string, c: Span, u: Understanding) =>
  (OFF_AFTER.test(text.slice(c.end, c.end + 40)) || CUT_BEFORE.test(text.slice(Math.max(0, c.start - 24), c.start))) && !u.slots.some((s) => s.keys.includes("c:reduce"));

// "is not built in Milan, or even Italy", "non sarà prodotta a Mirafiori": a place denied is not where.
// "not only in Cassino" affirms it.
const DENIED_BEFORE = /\b(?:not|never|non|mai)(?!\s+(?:only|just|solo|soltanto)\b)\s+(?:[\p{L}'’-]+\s+){0,3}(?:in|at|a|ad|nel|nella|negli|nello|presso)\s+(?:[\p{L}'’,-]+\s+){0,4}$/iu;
export const negatedPlace = (text: string, c: Span) => DENIED_BEFORE.test(text.slice(Math.max(0, c.start - 60), c.start));

const NEAR_FIGURE = 40;
const STORED_ENERGY = /\d\s*kwh\b/iu;

/**
 * Is a spec figure of another car than the one asked about? A check for a question asking a
 * spec (none for any other), with the question's powertrain kinds read once for all of a
 * sentence's figures rather than once per figure.
 */
export function specOfAnotherCar(u: Understanding, lexicon: Lexicon): ((sentence: IndexedSentence, c: Span) => boolean) | undefined {
  // A price is a spec of one version: "the Elettrica from £33,895" is no price of the hybrid.
  if (u.answerType !== "money" && !u.slots.some((s) => s.stated)) return undefined;
  const asked = new Set(u.slots.flatMap((s) => powertrainsIn(s.surface)).map((p) => p.kind));
  return (sentence, c) => ofAnotherPowertrain(sentence.text, c, asked) || ofAnotherVersion(sentence, c, u, lexicon);
}

/**
 * "How much horsepower will the electric Quadrifoglio have?" is not answered by "a 505-horsepower
 * bi-turbo V-6": a spec figure beside another kind of powertrain than the question names is of
 * another car. With none beside it, the sentence's own: a sentence about the EV's prices prices no hybrid.
 */
function ofAnotherPowertrain(text: string, c: Span, asked: ReadonlySet<string>): boolean {
  if (asked.size === 0) return false;
  // "a petrol engine ... with an electric motor hooked up to a 15.5 kWh battery": no engine that burns fuel holds energy in kWh.
  const stored = STORED_ENERGY.test(text.slice(c.start, c.end + 6));
  const all = powertrainsIn(text).filter((p) => !(stored && p.kind === "combustion"));
  const owner = ownerOf(text, c, all);
  if (owner) return !asked.has(owner.kind);
  // "...for a maximum 661bhp or an inline six-cylinder": what follows a joiner is the next item's.
  const own = all.filter((p) => !(p.start >= c.end && NEXT_ITEM.test(text.slice(c.end, p.start))));
  const near = own.filter((p) => p.end > c.start - NEAR_FIGURE && p.start < c.end + NEAR_FIGURE);
  const named = near.length > 0 ? near : own;
  return named.length > 0 && !named.some((p) => asked.has(p.kind));
}

/**
 * What a figure belongs to among things named in its sentence: the nearest in its clause, one
 * before it first ("la elettrica costa 39.500 euro, la ibrida 29.900"; "the Elettrica from
 * £33,895, with upper Speciale...": the Speciale's clause is another), one after only close by.
 */
function ownerOf<T extends Span>(text: string, c: Span, named: readonly T[]): T | undefined {
  let nearest: T | undefined;
  let distance = Infinity;
  for (const n of named) {
    const before = n.end <= c.start;
    if (!before && n.start < c.end) continue;
    const between = before ? text.slice(n.end, c.start) : text.slice(c.end, n.start);
    if (between.length > NEAR_FIGURE || CLAUSE_BREAK.test(between)) continue;
    // "...for a maximum 661bhp or an inline six-cylinder with 542bhp": past a joiner, the next item's.
    if (!before && NEXT_ITEM.test(between)) continue;
    // A name after the figure counts as farther than any before it.
    const d = before ? between.length : between.length + NEAR_FIGURE;
    if (d < distance) [nearest, distance] = [n, d];
  }
  return nearest;
}

const CAR_KINDS = new Set(["model", "name"]);
const NEXT_ITEM = /(?<![\p{L}-])(?:or|and|o|e|oppure|while|whereas|mentre)(?![\p{L}.-])/iu;

/** What ends a figure's clause: "the Elettrica from £33,895, with upper Speciale..." */
const CLAUSE_BREAK = /[,;:](?!\d)|[()]|\s[–—-]\s/u;

/**
 * "How much horsepower will the new Giulia Quadrifoglio have?" is not answered by "the electric
 * Veloce version with 280 HP": a spec figure belongs to the car named nearest it in its clause
 * (see {@link ownerOf}), and that must be an asked one: named by the question, or sharing a word
 * the question used for something else ("Elettrica EV" for "the Junior Elettrica").
 */
function ofAnotherVersion(sentence: IndexedSentence, c: Span, u: Understanding, lexicon: Lexicon): boolean {
  const cars = sentence.slots.filter((slot) => slot.keys.some((k) => k.startsWith("e:") && CAR_KINDS.has(lexicon.entities.get(k.slice(2))?.type ?? "")));
  const owner = ownerOf(sentence.text, c, cars);
  if (!owner || owner.keys.some((k) => u.named.has(k))) return false;
  const words = new Set(u.slots.filter((s) => s.kind !== "entity").flatMap((s) => foldedWords(s.surface)));
  return !foldedWords(owner.surface).some((w) => words.has(w));
}

const foldedWords = (text: string) => fold(text).split(/[^\p{L}\d]+/u).filter((w) => w.length > 1);

/** "On June 9, 2025, ... 40,000 orders": the day of a date counts nothing. */
export const dayOfMonth = (text: string, c: Span & { text: string }) =>
  /^\d{1,2}$/u.test(c.text) && Number(c.text) <= 31 && (MONTH_BEFORE.test(text.slice(Math.max(0, c.start - 12), c.start)) || MONTH_AFTER.test(text.slice(c.end, c.end + 16)));

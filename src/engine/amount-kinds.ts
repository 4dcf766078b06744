/**
 * Amounts that are of another kind than the one asked: a rank ("fuori dalla top 50"), a speed
 * ("206 km/h") for a range, a count by the hour for one by the year, a whole year's figure for a
 * quarter, numbers that are cars' names ("tra cui 145, 147, 159, GT"), a payment by the month for a price, a sum of money for a count. Each reads the
 * words right beside the figure; extraction drops the figure when one says it is not what was asked.
 */
import type { Span } from "./figure-context.js";
import { moneyPattern } from "../text/patterns.js";
import type { Understanding } from "./understand.js";

type Candidate = Span & { text: string };

/** Is the figure a rank, a speed, a rate or a name rather than the amount the question asks? */
export function otherKindOfAmount(text: string, c: Candidate, u: Understanding): boolean {
  return (
    RANK_BEFORE.test(text.slice(Math.max(0, c.start - 8), c.start)) ||
    speedUnasked(text, c, u) ||
    NAMES_LISTED_AFTER.test(text.slice(c.end, c.end + 40)) ||
    otherRate(text, c, u) ||
    wholeYearForPart(text, c, u) ||
    sumForACount(text, c, u)
  );
}

const MONEY = moneyPattern(true);

/** "How many Juniors have been sold?" is never answered by "a car at €2 million": a sum of money counts nothing. */
function sumForACount(text: string, c: Candidate, u: Understanding): boolean {
  if (!u.asksCount) return false;
  for (const m of text.matchAll(MONEY)) if (m.index < c.end && c.start < m.index + m[0].length) return true;
  return false;
}

// "around 20,000 units over the year", "nell'intero anno": a whole year's figure.
const WHOLE_YEAR_AFTER = /^(?:\s+\p{L}+){0,2}?\s+(?:(?:over|for|in|across)\s+the\s+(?:full\s+|whole\s+|entire\s+)?year|(?:nell|sull)['’]intero\s+anno|in\s+tutto\s+l['’]anno|nell['’]arco\s+dell['’]anno)\b/iu;
const PART_OF_YEAR = /^p:m1-(?:[1-9]|1[01])$/u;

/** "...in the first quarter?" is not answered by "around 20,000 units over the year": a whole year's figure for part of one. */
function wholeYearForPart(text: string, c: Candidate, u: Understanding): boolean {
  return WHOLE_YEAR_AFTER.test(text.slice(c.end, c.end + 40)) && u.slots.some((s) => s.keys.some((k) => PART_OF_YEAR.test(k)));
}

const PER_PERIOD_AFTER = /^\s*(?:(?:or\s+(?:less|more)|o\s+meno)\s+)?(?:per|a|an|al|all['’]|\/)\s*(?:month|mese|mo|year|anno|week|settimana)\b/iu;
const ASKS_INSTALMENT = /\b(?:month|monthly|lease|leasing|instal?ments?|rat[ae]|mese|mensil[ei]|noleggio|canone|per\s+year|all['’]anno)\b/iu;

/** "a lease price of US$399 per month": a payment by the month answers what it costs a month, not the car's price. */
export function instalmentUnasked(text: string, c: Candidate, u: Understanding): boolean {
  if (!PER_PERIOD_AFTER.test(text.slice(c.end, c.end + 24))) return false;
  return !u.slots.some((s) => ASKS_INSTALMENT.test(s.surface));
}

// "tra cui 145, 147, 159, GT": numbers listed with a name are names (Alfa Romeo's 145, 147 and 159), not amounts.
const NAMES_LISTED_AFTER = /^(?:\s*,\s*\d{2,4})*\s*,\s*(?:(?:and|e)\s+)?(?:the\s+|la\s+|il\s+)?\p{Lu}[\p{L}\d-]*(?![\p{L}\d])/u;

// "23 Tonale ogni ora", "80,000 cars a year": a count by the hour, day, month or year.
const RATE_AFTER = /^(?:\s+\p{L}+){0,2}?\s+(?:ogni|per|a|an|al|all['’]|each|every)\s*(hour|ora|day|giorno|week|settimana|month|mese|year|anno)\b/iu;
const RATE_WORD = /\b(?:(?:a|an|per|each|every|ogni|al|all['’]|l['’])\s*(hour|ora|day|giorno|week|settimana|month|mese|year|anno)\b|(annual|annually|yearly|annu[ie]|annuali|hourly|daily|monthly|mensil[ie]))/iu;
const RATES: Record<string, string> = { ora: "hour", hourly: "hour", giorno: "day", daily: "day", settimana: "week", mese: "month", monthly: "month", mensili: "month", mensile: "month", anno: "year", annual: "year", annually: "year", yearly: "year", annui: "year", annue: "year", annuali: "year" };
const rateOf = (word: string | undefined) => (word === undefined ? undefined : (RATES[word.toLowerCase()] ?? word.toLowerCase()));

/** "How many a year?" is not answered by "23 ogni ora": a count by another period than the one asked. */
function otherRate(text: string, c: Candidate, u: Understanding): boolean {
  const m = RATE_AFTER.exec(text.slice(c.end, c.end + 40));
  if (!m) return false;
  const asked = u.slots.map((s) => RATE_WORD.exec(s.surface)).find((x) => x !== null);
  const askedRate = asked ? rateOf(asked[1] ?? asked[2]) : undefined;
  return askedRate !== undefined && askedRate !== rateOf(m[1]);
}

// "206 km/h", "128 mph", "300 km all'ora": a speed.
const SPEED_AFTER = /^\s*(?:\/\s*h\b|(?:per|an|all['’])\s*(?:hour|ora)\b)/iu;
const SPEED_UNIT = /\bmph$/iu;

/** A speed answers only a question about speed: "128 mph (206 km/h)" is no range, nor any count. */
function speedUnasked(text: string, c: Candidate, u: Understanding): boolean {
  if (!SPEED_AFTER.test(text.slice(c.end)) && !SPEED_UNIT.test(c.text)) return false;
  return !u.slots.some((s) => s.keys.includes("c:speed"));
}

/** "top 50", "Top-10", "No. 1", "n. 1", "#1": a place in a ranking, not an amount. */
const RANK_BEFORE = /(?:\btop[\s-]?|\bno\.\s?|\bn\.\s?|#)$/iu;

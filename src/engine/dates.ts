/**
 * Dates a quote gives without their year ("visited Cassino on May 31"): news writes the day
 * and month and leaves the year to the article's date, so a yes/no question about "end of May
 * 2024" must read "May 31" in a June 2024 article as 31 May 2024.
 */
import { fold } from "../text/normalize.js";
import { MONTHS_EN, MONTHS_IT } from "./features.js";

const MONTH_WORDS = [MONTHS_EN.split("|"), MONTHS_IT.split("|")];
const MONTH = new RegExp(`(?<![\\p{L}])(${MONTHS_EN}|${MONTHS_IT})(?![\\p{L}])`, "u");

/** The month a text names first, 1 to 12 ("maggio" and "May" are 5). */
export function monthOf(text: string): number | undefined {
  const m = MONTH.exec(fold(text));
  if (!m) return undefined;
  for (const words of MONTH_WORDS) {
    const i = words.indexOf(m[1] as string);
    if (i >= 0) return i + 1;
  }
  return undefined;
}

/** A day of a month a text names: "May 31", "31 maggio", "June 2nd, 2024", "il 2 giugno 2024". */
export interface DayOfMonth {
  month: number;
  day: number;
  /** The year written with it, if any. */
  year?: number;
  start: number;
  end: number;
}

const ORDINAL = "(?:st|nd|rd|th|°|º)?";
const YEAR_AFTER = "(?:\\s*,?\\s*((?:19|20)\\d{2})(?!\\d))?";
const DAY_FIRST = new RegExp(`(?<![\\d.,])([1-9]|[12]\\d|3[01])${ORDINAL}\\s+(?:of\\s+)?(${MONTHS_EN}|${MONTHS_IT})(?![\\p{L}])${YEAR_AFTER}`, "iu");
const MONTH_FIRST = new RegExp(`(?<![\\p{L}])(${MONTHS_EN}|${MONTHS_IT})\\s+(?:the\\s+)?([1-9]|[12]\\d|3[01])${ORDINAL}(?![\\d.,]\\d|\\d)${YEAR_AFTER}`, "iu");

/**
 * The first day-and-month a text names, with its place in the text; undefined when it names
 * none. "Did he visit on June 2?" asserts a day, which a quote's "May 31" contradicts, and which
 * a month alone ("in June") neither confirms nor denies.
 */
export function dayOf(text: string): DayOfMonth | undefined {
  const found = [DAY_FIRST.exec(text), MONTH_FIRST.exec(text)].filter((m) => m !== null).sort((a, b) => a.index - b.index)[0];
  if (!found) return undefined;
  const dayFirst = /^\d/u.test(found[0]);
  const [dayText, monthText] = dayFirst ? [found[1], found[2]] : [found[2], found[1]];
  const month = monthOf(monthText as string);
  if (month === undefined) return undefined;
  const out: DayOfMonth = { month, day: Number(dayText), start: found.index, end: found.index + found[0].length };
  if (found[3]) out.year = Number(found[3]);
  return out;
}

/**
 * The year a day-and-month phrase without a year falls in, from its article's date ("2024-06-02"):
 * that year, or the one before for a month later than the article's ("December 5" in January).
 * Undefined when the phrase gives a year itself, names no month, or the article is undated.
 */
export function impliedYear(phrase: string, articleDate: string | null | undefined): number | undefined {
  if (/\b(?:19|20)\d{2}\b/u.test(phrase) || !articleDate) return undefined;
  const month = monthOf(phrase);
  const [year, articleMonth] = articleDate.split("-").map(Number);
  if (month === undefined || year === undefined || !Number.isFinite(year)) return undefined;
  return articleMonth !== undefined && month > articleMonth ? year - 1 : year;
}

/** Months (1-12, inclusive) that each part-of-year word covers, both languages (folded, so "metà" is "meta"). */
const PERIODS: readonly [string, number, number][] = [
  ["q1|first\\s+quarter|primo\\s+trimestre", 1, 3],
  ["q2|second\\s+quarter|secondo\\s+trimestre", 4, 6],
  ["q3|third\\s+quarter|terzo\\s+trimestre", 7, 9],
  ["q4|fourth\\s+quarter|last\\s+quarter|quarto\\s+trimestre|ultimo\\s+trimestre", 10, 12],
  ["h1|first\\s+half|primo\\s+semestre|prima\\s+meta", 1, 6],
  ["h2|second\\s+half|secondo\\s+semestre|seconda\\s+meta", 7, 12],
  ["early|beginning|start|inizio|primi\\s+mesi", 1, 4],
  ["mid|middle|meta", 5, 8],
  ["late|end|fine|ultimi\\s+mesi", 9, 12],
  ["spring|primavera", 3, 5],
  ["summer|estate", 6, 8],
  ["autumn|fall|autunno", 9, 11],
];
// The part-of-year word right before the year, with only "of", "the", "del"... between ("the end
// of 2025", "fine del 2025"); not "in", which a verb takes ("sales fall in 2025", "end in 2025").
const PERIOD_BEFORE = PERIODS.map(([words, from, to]) => [new RegExp(`(?<![\\p{L}])(?:${words})[\\s-]+(?:(?:of|the|del|dello|della|dell'|nel)\\s+)*$`, "u"), from, to] as const);
// "by the end of 2025", "entro la fine del 2025": a deadline, met by any part of the year up to it;
// "before the summer of 2026": met only by a part that ends before it begins.
const BY = /(?<![\p{L}])(?:by|no later than|not later than|until|entro|al piu tardi)\s+(?:(?:the|la|il|lo|l')\s*)?$/u;
const BEFORE = /(?<![\p{L}])(?:before|prima di|prima della|prima del|prima dell')\s*(?:(?:the|la|il|lo|l')\s*)?$/u;

/** The part of its year a phrase puts: the months it covers, or for a deadline ("by the end of...") the last month that meets it. */
export interface Period {
  from: number;
  to: number;
  deadline: boolean;
}

/**
 * The months of its year a period phrase covers ("mid-2025" May to August, "the end of 2025"
 * September to December, "Q3 2027" July to September), from the words right before the year;
 * undefined when it puts no part of the year. Winter, which spans two years, is not read.
 */
export function periodOf(text: string, year: string): Period | undefined {
  const folded = fold(text);
  const at = folded.indexOf(year);
  if (at < 0) return undefined;
  const before = folded.slice(Math.max(0, at - 30), at);
  for (const [re, from, to] of PERIOD_BEFORE) {
    const m = re.exec(before);
    if (!m) continue;
    const lead = before.slice(0, m.index);
    if (BEFORE.test(lead)) return { from: 1, to: from - 1, deadline: true };
    return { from, to, deadline: BY.test(lead) };
  }
  return undefined;
}

// A relative year and what stands for it once the article's year is known; `Y` is that year plus the offset.
// Italian first by its longer forms, so "di quest'anno" reads "del 2024" and "entro quest'anno" "entro il 2024".
const RELATIVE_YEARS: readonly [RegExp, number, string][] = [
  [/\b(later|earlier)\s+this\s+year\b/giu, 0, "$1 in Y"],
  [/\bthe\s+end\s+of\s+(?:this|the)\s+year\b(?!\s+\d)/giu, 0, "the end of Y"],
  [/\bthe\s+end\s+of\s+next\s+year\b/giu, 1, "the end of Y"],
  [/\bthe\s+(middle|start|beginning)\s+of\s+(?:this|the)\s+year\b(?!\s+\d)/giu, 0, "the $1 of Y"],
  [/\bmid-?year\b/giu, 0, "mid-Y"],
  [/\b(metà|meta|inizio)\s+(?:dell['’]\s*anno|anno)\b(?!\s+(?:\d|prossimo|scorso))/giu, 0, "$1 Y"],
  // Not "over the last year", "within the next year": a span of twelve months, not a year.
  [/(?<!\b(?:the|a)\s+)\bthis\s+year\b(?!\s+\d)/giu, 0, "Y"],
  [/(?<!\b(?:the|a)\s+)\bnext\s+year\b/giu, 1, "Y"],
  [/(?<!\b(?:the|a)\s+)\blast\s+year\b/giu, -1, "Y"],
  [/\bfine\s+(?:dell['’]\s*anno|anno)\s+prossimo\b/giu, 1, "fine Y"],
  [/\bfine\s+(?:dell['’]\s*anno|anno)\s+scorso\b/giu, -1, "fine Y"],
  [/\bfine\s+(?:di\s+quest['’]\s*anno|dell['’]\s*anno|anno)\b(?!\s+\d)/giu, 0, "fine Y"],
  [/\b(?:di|del)\s+(?:quest['’]\s*anno|questo\s+anno)\b/giu, 0, "del Y"],
  [/\b(?:dell['’]\s*anno\s+prossimo|del\s+prossimo\s+anno)\b/giu, 1, "del Y"],
  [/\b(?:dell['’]\s*anno\s+scorso|dello\s+scorso\s+anno)\b/giu, -1, "del Y"],
  [/\bnel(?:l['’]\s*anno\s+prossimo|\s+prossimo\s+anno)\b/giu, 1, "nel Y"],
  [/\b(?:quest['’]\s*anno|questo\s+anno)\b/giu, 0, "il Y"],
  [/\b(?:l['’]\s*anno\s+prossimo|il\s+prossimo\s+anno)\b/giu, 1, "il Y"],
  [/\b(?:l['’]\s*anno\s+scorso|lo\s+scorso\s+anno)\b/giu, -1, "il Y"],
];

/**
 * A short answer's relative year as the year it means, from its article's date: "the end of
 * this year" in a May 2024 article is "the end of 2024", "l'anno prossimo" "il 2025". The quote
 * keeps the article's words; the answer line should not leave a reader to count from the
 * article's date, and two articles giving the same year in other words then agree. Unchanged
 * when the article is undated.
 */
export function absoluteYears(phrase: string, articleDate: string | null | undefined): string {
  const year = Number(articleDate?.slice(0, 4));
  if (!Number.isInteger(year) || year < 1900) return phrase;
  let out = phrase;
  for (const [pattern, offset, replacement] of RELATIVE_YEARS) out = out.replace(pattern, replacement.replace("Y", String(year + offset)));
  return out;
}

const YEAR_WORD = /year|anno/iu;

/**
 * Where a sentence names a year relative to its article's date ("this year" in a 2024 article,
 * "l'anno scorso" in a 2025 one) and the year it means, in order, no two overlapping. The index
 * gives them the year's key, so "in 2024" finds the sentence that says "this year" of 2024.
 * None when the article is undated.
 */
export function relativeYearSpans(text: string, articleDate: string | null | undefined): { start: number; end: number; year: number }[] {
  const year = Number(articleDate?.slice(0, 4));
  // Every relative year says "year" or "anno": most sentences of a large archive need no pattern run.
  if (!Number.isInteger(year) || year < 1900 || !YEAR_WORD.test(text)) return [];
  const found = RELATIVE_YEARS.flatMap(([pattern, offset]) => [...text.matchAll(pattern)].map((m) => ({ start: m.index, end: m.index + m[0].length, year: year + offset })));
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  return found.filter((x, i) => !found.slice(0, i).some((y) => y.start < x.end && x.start < y.end));
}

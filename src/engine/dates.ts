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

/**
 * Runs of months from the start of a year, however a text names them: "the first five months",
 * "between January and May", "January-May", "i primi cinque mesi", "da gennaio a maggio", "the
 * first half", "il primo semestre". Each is one key (`p:m1-5`), so a question about the first five
 * months finds the sentence that counts registrations "between January and May".
 */
import { COUNT_WORDS, countWord } from "./numerals.js";

const MONTHS = [
  ["january", "gennaio"],
  ["february", "febbraio"],
  ["march", "marzo"],
  ["april", "aprile"],
  ["may", "maggio"],
  ["june", "giugno"],
  ["july", "luglio"],
  ["august", "agosto"],
  ["september", "settembre"],
  ["october", "ottobre"],
  ["november", "novembre"],
  ["december", "dicembre"],
] as const;
/** A month's names, English and Italian, by its number (1 to 12). */
export function monthNames(month: number): readonly [string, string] | undefined {
  return MONTHS[month - 1];
}
const MONTH_NAME = MONTHS.flat().join("|");
// "Jan–Aug", "gen-ago": a run's months may be cut short, with or without a dot.
const SHORT_MONTHS = [["jan", "gen"], ["feb"], ["mar"], ["apr"], ["may", "mag"], ["jun", "giu"], ["jul", "lug"], ["aug", "ago"], ["sep", "sept", "set"], ["oct", "ott"], ["nov"], ["dec", "dic"]];
const LAST_MONTH = `${MONTH_NAME}|(?:${SHORT_MONTHS.flat().join("|")})\\.?`;
const COUNT = `${Object.keys(COUNT_WORDS).join("|")}|\\d{1,2}`;
const PERIOD = new RegExp(
  [
    `(?:the\\s+)?first\\s+(?<count>${COUNT})\\s+months`,
    `(?:i\\s+)?primi\\s+(?<conta>${COUNT})\\s+mesi`,
    `(?:between\\s+|from\\s+|tra\\s+|fra\\s+|da\\s+)?(?:january|gennaio|jan\\.?|gen\\.?)\\s*(?:and|to|through|until|e|a|ad|[-–])\\s*(?<last>${LAST_MONTH})`,
    // "Through June, the marque was down 34 percent": the year so far.
    `(?:through|thru|a\\s+tutto)\\s+(?<upto>${MONTH_NAME})`,
    `(?:the\\s+)?first\\s+(?<half>half|quarter)|(?:il\\s+)?primo\\s+(?<meta>semestre|trimestre)`,
  ]
    .map((p) => `(?<![\\p{L}])(?:${p})(?![\\p{L}])`)
    .join("|"),
  "giu",
);

/** A month's number from its name, whole or cut short ("August", "ago.", "Aug"). */
function monthNumber(name: string): number {
  const word = name.toLowerCase().replace(/\.$/u, "");
  const whole = MONTHS.findIndex((names) => (names as readonly string[]).includes(word));
  return whole >= 0 ? whole + 1 : SHORT_MONTHS.findIndex((names) => names.includes(word)) + 1;
}

/** The run of months from January each match names, as a key, with where it is written. */
export function monthRuns(text: string): { start: number; end: number; key: string }[] {
  const out: { start: number; end: number; key: string }[] = [];
  for (const m of text.matchAll(PERIOD)) {
    const g = m.groups ?? {};
    const count = g.count ?? g.conta;
    const named = g.last ?? g.upto;
    const last = count !== undefined ? (countWord(count.toLowerCase()) ?? Number(count)) : named !== undefined ? monthNumber(named) : /half|semestre/iu.test(g.half ?? g.meta ?? "") ? 6 : 3;
    if (last >= 1 && last <= 12) out.push({ start: m.index, end: m.index + m[0].length, key: `p:m1-${last}` });
  }
  return out;
}

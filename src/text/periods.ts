/**
 * Runs of months from the start of a year, however a text names them: "the first five months",
 * "between January and May", "January-May", "i primi cinque mesi", "da gennaio a maggio", "the
 * first half", "il primo semestre". Each is one key (`p:m1-5`), so a question about the first five
 * months finds the sentence that counts registrations "between January and May".
 */
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
const COUNTS: Readonly<Record<string, number>> = {
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  due: 2, tre: 3, quattro: 4, cinque: 5, sei: 6, sette: 7, otto: 8, nove: 9, dieci: 10, undici: 11,
};
const MONTH_NAME = MONTHS.flat().join("|");
const COUNT = `${Object.keys(COUNTS).join("|")}|\\d{1,2}`;
const PERIOD = new RegExp(
  [
    `(?:the\\s+)?first\\s+(?<count>${COUNT})\\s+months`,
    `(?:i\\s+)?primi\\s+(?<conta>${COUNT})\\s+mesi`,
    `(?:between\\s+|from\\s+|tra\\s+|fra\\s+|da\\s+)?(?:january|gennaio)\\s*(?:and|to|through|until|e|a|[-–])\\s*(?<last>${MONTH_NAME})`,
    `(?:the\\s+)?first\\s+(?<half>half|quarter)|(?:il\\s+)?primo\\s+(?<meta>semestre|trimestre)`,
  ]
    .map((p) => `(?<![\\p{L}])(?:${p})(?![\\p{L}])`)
    .join("|"),
  "giu",
);

/** The run of months from January each match names, as a key, with where it is written. */
export function monthRuns(text: string): { start: number; end: number; key: string }[] {
  const out: { start: number; end: number; key: string }[] = [];
  for (const m of text.matchAll(PERIOD)) {
    const g = m.groups ?? {};
    const count = g.count ?? g.conta;
    const last = count !== undefined ? (COUNTS[count.toLowerCase()] ?? Number(count)) : g.last !== undefined ? MONTHS.findIndex((names) => (names as readonly string[]).includes(g.last!.toLowerCase())) + 1 : /half|semestre/iu.test(g.half ?? g.meta ?? "") ? 6 : 3;
    if (last >= 1 && last <= 12) out.push({ start: m.index, end: m.index + m[0].length, key: `p:m1-${last}` });
  }
  return out;
}

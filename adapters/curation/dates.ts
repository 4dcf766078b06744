/**
 * Publication dates as the corpus stores them (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`), read from
 * what pages actually carry: ISO timestamps in metadata, or a line such as "2 June 2024",
 * "June 2, 2024" or "2 giugno 2024" near the top of the text.
 */
const MONTHS: Record<string, number> = {};
const NAMES = [
  ["january", "gennaio"], ["february", "febbraio"], ["march", "marzo"], ["april", "aprile"], ["may", "maggio"], ["june", "giugno"],
  ["july", "luglio"], ["august", "agosto"], ["september", "settembre"], ["october", "ottobre"], ["november", "novembre"], ["december", "dicembre"],
];
NAMES.forEach((pair, i) => pair.forEach((name) => ((MONTHS[name] = i + 1), (MONTHS[name.slice(0, 3)] = i + 1))));

const pad = (n: number) => String(n).padStart(2, "0");

function valid(year: number, month: number, day: number): string | null {
  const d = new Date(Date.UTC(year, month - 1, day));
  if (year < 1900 || year > 2100 || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/**
 * An ISO date or timestamp as written ("2024-06-02T10:00:00+02:00" → "2024-06-02"): the
 * local date the publisher printed, not its UTC conversion. Null when it is not one.
 */
export function isoDate(value: string | null | undefined): string | null {
  const m = /^\s*(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:[T\s]|$)/.exec(value ?? "");
  if (!m) return null;
  if (m[3]) return valid(Number(m[1]), Number(m[2]), Number(m[3]));
  if (m[2]) return valid(Number(m[1]), Number(m[2]), 1)?.slice(0, 7) ?? null;
  return valid(Number(m[1]), 1, 1)?.slice(0, 4) ?? null;
}

const MONTH = Object.keys(MONTHS).sort((a, b) => b.length - a.length).join("|");
const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th|°)?\\s+(${MONTH})\\.?,?\\s+(\\d{4})\\b`, "i");
const MONTH_DAY_YEAR = new RegExp(`\\b(${MONTH})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, "i");
const ISO_IN_TEXT = /\b(\d{4})-(\d{2})-(\d{2})\b/;

/** The full date written in one line of text, if any. */
export function dateInLine(line: string): string | null {
  let m = DAY_MONTH_YEAR.exec(line);
  if (m) return valid(Number(m[3]), MONTHS[m[2]!.toLowerCase()]!, Number(m[1]));
  m = MONTH_DAY_YEAR.exec(line);
  if (m) return valid(Number(m[3]), MONTHS[m[1]!.toLowerCase()]!, Number(m[2]));
  m = ISO_IN_TEXT.exec(line);
  return m ? valid(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

/**
 * A date line near the top of an article ("Published 2 June 2024"): short lines only, so a
 * date mentioned in the story ("the plant opened on 2 June 1972") is not taken for it.
 */
export function dateLineInText(text: string, maxLines = 12): string | null {
  const lines = text.split(/\n+/).map((l) => l.trim()).filter(Boolean).slice(0, maxLines);
  for (const line of lines) {
    if (line.split(/\s+/).length > 12) continue;
    const date = dateInLine(line);
    if (date) return date;
  }
  return null;
}

/** The latest year up to `now` the text mentions: the earliest an undated article can be. */
export function latestYearMentioned(text: string, now = new Date()): string | null {
  const years = [...text.matchAll(/\b(19\d{2}|20\d{2})\b/g)].map((m) => Number(m[1])).filter((y) => y <= now.getUTCFullYear());
  return years.length ? String(Math.max(...years)) : null;
}

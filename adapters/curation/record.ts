/**
 * The `corpus/documents.json` record for an extracted article: the document's own
 * statements first, the curator's flags over them, and a date worked out from the text
 * (marked `dateInferred`) only when none is stated.
 */
import type { Language } from "../../src/types.js";
import { dateLineInText, isoDate, latestYearMentioned } from "./dates.js";
import { CurationError, type Extracted } from "./extracted.js";
import { detectLanguage } from "./language.js";

/** The flags `add` accepts; each one wins over what the document says. */
export interface Overrides {
  title?: string;
  date?: string;
  language?: string;
  url?: string;
}

/** A record as written to documents.json (the order people read it in). */
export interface DocumentRecord {
  file: string;
  title: string;
  language: Language;
  author: string | null;
  date: string | null;
  dateInferred: boolean;
  dateNote?: string;
  url: string | null;
}

function language(extracted: Extracted, override: string | undefined, name: string): Language {
  const chosen = override?.trim().toLowerCase() || extracted.declaredLanguage;
  if (chosen === "en" || chosen === "it") return chosen;
  if (override !== undefined) throw new CurationError(`add: --language "${override}" is not en or it`);
  const guess = detectLanguage(extracted.text);
  if (guess.language) return guess.language;
  const declared = chosen ? `the page declares "${chosen}" and ` : "";
  throw new CurationError(`add: ${name} is refused: ${declared}${guess.reason} (use --language en|it if it is)`);
}

function dated(extracted: Extracted, override: string | undefined): Pick<DocumentRecord, "date" | "dateInferred" | "dateNote"> {
  if (override !== undefined) {
    const date = isoDate(override);
    if (!date || date !== override.trim()) throw new CurationError(`add: --date "${override}" is not YYYY, YYYY-MM or YYYY-MM-DD`);
    return { date, dateInferred: false, dateNote: "Given by the curator." };
  }
  const stated = extracted.date ?? dateLineInText(extracted.text);
  if (stated) return { date: stated, dateInferred: false, dateNote: "Stated in the article." };
  const year = latestYearMentioned(extracted.text);
  return year
    ? { date: year, dateInferred: true, dateNote: "No date stated; the latest year the article mentions." }
    : { date: null, dateInferred: true, dateNote: "No date stated, and no year mentioned." };
}

function checkedUrl(value: string | null | undefined, flag: boolean, base?: string): string | null {
  if (!value) return null;
  try {
    const url = new URL(value, base);
    if (url.protocol === "http:" || url.protocol === "https:") return url.href;
  } catch {
    // fall through: a page's broken canonical link is dropped, a bad flag is refused
  }
  if (flag) throw new CurationError(`add: --url "${value}" is not an http(s) URL`);
  return null;
}

/** Builds the record for `file`; throws a {@link CurationError} on an unknown language or a bad flag. */
export function buildRecord(file: string, extracted: Extracted, overrides: Overrides, sourceName: string, fetchedFrom: string | null): DocumentRecord {
  const title = (overrides.title ?? extracted.title ?? "").replace(/\s+/g, " ").trim();
  if (!title) throw new CurationError(`add: ${sourceName} states no title (use --title "...")`);
  return {
    file,
    title,
    language: language(extracted, overrides.language, sourceName),
    author: extracted.author?.trim() || null,
    ...dated(extracted, overrides.date),
    url: checkedUrl(overrides.url, true) ?? checkedUrl(extracted.url, false, fetchedFrom ?? undefined) ?? fetchedFrom,
  };
}

/**
 * Composition: the words around the facts, in the asker's language. Plain text only;
 * every adapter renders it for its own platform.
 */
import type { Citation, HelpInfo, Language } from "../types.js";

interface Strings {
  according: (phrase: string, source: string) => string;
  accordingOpen: (source: string, clause: string) => string;
  differs: (source: string, phrase: string) => string;
  alsoIn: (sources: string) => string;
  decline: string;
  unknownWords: (words: string) => string;
  topics: string;
  tryAsking: string;
  help: (documents: number) => string;
  truncated: (max: number) => string;
  failure: string;
  /** Verdicts of a yes/no question, put before the answer. */
  verdict: { yes: string; no: string; changed: string; unsettled: string };
  /** A part of a two-part question the articles do not cover. */
  partDeclined: string;
  /** The question that asks what role a person holds: a "no" to "Is X the CEO?" also says what X is. */
  whoIs: (name: string) => string;
  /** Who wrote an article (from its metadata record), and an article whose record names no one. */
  wrote: (author: string, source: string) => string;
  noAuthor: (source: string) => string;
  /** An article's date from its record ("inferred": the curator read it from the content). */
  dated: (title: string, date: string, inferred: boolean) => string;
  undated: (title: string) => string;
}

const quote = (language: Language, s: string) => (language === "it" ? `«${s}»` : `“${s}”`);

const STRINGS: Record<Language, Strings> = {
  en: {
    according: (phrase, source) => `${phrase}, according to ${source}.`,
    accordingOpen: (source, clause) => `According to ${source}: ${clause}`,
    differs: (source, phrase) => `Elsewhere: ${phrase}, according to ${source}.`,
    alsoIn: (sources) => `Also reported in ${sources}.`,
    decline: "The documents I have don't cover that, so I won't guess.",
    unknownWords: (words) => `They never mention ${words}.`,
    topics: "I can answer questions about",
    tryAsking: "Try asking",
    help: (n) => `I answer questions about Alfa Romeo's brand plan from ${n} news articles, always quoting my sources.`,
    truncated: (max) => `(I read only the first ${max} characters of your question.)`,
    failure: "Sorry, something went wrong while answering. Please try again.",
    verdict: { yes: "Yes.", no: "No.", changed: "It changed over time.", unsettled: "The articles touch on this but don't settle it." },
    partDeclined: "The documents I have don't cover this part.",
    whoIs: (name) => `Who is ${name}?`,
    wrote: (author, source) => `${author} wrote ${source}.`,
    noAuthor: (source) => `${source} does not name its author.`,
    dated: (title, date, inferred) => `${title} is dated ${date}${inferred ? " (a date inferred from its content)" : ""}.`,
    undated: (title) => `${title} has no date.`,
  },
  it: {
    according: (phrase, source) => `${phrase}, secondo ${source}.`,
    accordingOpen: (source, clause) => `Secondo ${source}: ${clause}`,
    differs: (source, phrase) => `Altrove: ${phrase}, secondo ${source}.`,
    alsoIn: (sources) => `Lo riporta anche ${sources}.`,
    decline: "I documenti che ho non trattano questo argomento, quindi non tiro a indovinare.",
    unknownWords: (words) => `Non parlano mai di ${words}.`,
    topics: "Posso rispondere a domande su",
    tryAsking: "Prova a chiedere",
    help: (n) => `Rispondo a domande sul piano del marchio Alfa Romeo a partire da ${n} articoli, citando sempre le fonti.`,
    truncated: (max) => `(Ho letto solo i primi ${max} caratteri della domanda.)`,
    failure: "Mi dispiace, qualcosa è andato storto. Riprova.",
    verdict: { yes: "Sì.", no: "No.", changed: "È cambiato nel tempo.", unsettled: "Gli articoli ne parlano ma non lo stabiliscono." },
    partDeclined: "I documenti che ho non trattano questa parte.",
    whoIs: (name) => `Chi è ${name}?`,
    wrote: (author, source) => `${author} ha scritto ${source}.`,
    noAuthor: (source) => `${source} non riporta il nome dell'autore.`,
    dated: (title, date, inferred) => `${title} è datato ${date}${inferred ? " (data ricavata dal contenuto)" : ""}.`,
    undated: (title) => `${title} non ha una data.`,
  },
};

/** Localised strings for a language. */
export function stringsFor(language: Language): Strings {
  return STRINGS[language];
}

/**
 * A date that sorts: "" for undated articles (the oldest); "2025" counts as its middle, after
 * "2025-05", and "2025-05" as its 15th. Ranking and time rules order articles by it.
 */
export function sortableDate(date: string | null | undefined): string {
  if (!date) return "";
  return date.length === 4 ? `${date}-06-30` : date.length === 7 ? `${date}-15` : date;
}

/**
 * The days a date may mean, first and last, in sortable form: "2024" is any day of 2024 and
 * "2024-06" any day of June. An article is known to be newer than another only when its first
 * possible day comes after the other's last: a June article is not newer than one dated "2024".
 */
export function datePeriod(date: string | null | undefined): readonly [string, string] {
  if (!date) return ["", ""];
  if (date.length === 4) return [`${date}-01-01`, `${date}-12-31`];
  return date.length === 7 ? [`${date}-01`, `${date}-31`] : [date, date];
}

/** "2 June 2024", "giugno 2024", "2024": dates as people write them. */
export function formatDate(date: string | null, language: Language): string | null {
  if (!date) return null;
  // Every citation of every answer formats its article's date: the few dates a corpus has are formatted once each.
  const key = `${language}:${date}`;
  const known = formattedDates.get(key);
  if (known !== undefined) return known;
  const [y, m, d] = date.split("-").map(Number);
  const text = m === undefined ? String(y) : dateFormat(language, d !== undefined).format(new Date(Date.UTC(y as number, m - 1, d ?? 1)));
  if (formattedDates.size >= MAX_FORMATTED_DATES) formattedDates.clear();
  formattedDates.set(key, text);
  return text;
}

const formattedDates = new Map<string, string>();
/** A bound, so a stream of odd dates cannot grow the map: far more than a corpus's articles. */
const MAX_FORMATTED_DATES = 10_000;

// Building an Intl.DateTimeFormat costs more than answering; make each one once.
const dateFormats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(language: Language, withDay: boolean): Intl.DateTimeFormat {
  const key = `${language}:${withDay}`;
  let format = dateFormats.get(key);
  if (!format) {
    const options: Intl.DateTimeFormatOptions = { month: "long", year: "numeric", timeZone: "UTC", ...(withDay ? { day: "numeric" } : {}) };
    dateFormats.set(key, (format = new Intl.DateTimeFormat(language === "it" ? "it-IT" : "en-GB", options)));
  }
  return format;
}

/** `“Title”` in the asker's language. */
export const quotedTitle = (title: string, language: Language) => quote(language, title);

/** `“Title” (2024)` in the asker's language. */
export function sourceLabel(c: Citation, language: Language): string {
  const date = formatDate(c.date, language);
  return `${quote(language, c.title)}${date ? ` (${date})` : ""}`;
}

const clip = (s: string, max: number) => (s.length <= max ? s : `${s.slice(0, max - 1).trimEnd()}…`);

/** One found fact: the short answer (if extracted) or the clause, with its citation. */
export interface Finding {
  citation: Citation;
  phrase: string | undefined;
  /** The answering sentence's text, and the next one's when the quote carries on (joined by a space). */
  clause: string;
  /** The index ids of the sentences `clause` is made of, in order. */
  sentenceIds: readonly number[];
}

/**
 * The direct answer: the first finding, then where later sources differ or agree.
 * `compare` is off for descriptions and reasons, whose wording differs without disagreeing.
 */
export function composeAnswerText(findings: Finding[], language: Language, compare = true): string {
  const t = STRINGS[language];
  const [first, ...rest] = findings;
  if (!first) return "";
  const lines = [
    first.phrase
      ? t.according(capitalise(first.phrase), sourceLabel(first.citation, language))
      : t.accordingOpen(sourceLabel(first.citation, language), clip(first.clause, 300)),
  ];
  const agreeing: string[] = [];
  for (const f of rest) {
    const label = sourceLabel(f.citation, language);
    if (compare && f.phrase && first.phrase && norm(f.phrase) !== norm(first.phrase)) lines.push(t.differs(label, f.phrase));
    // A second quote of the same article (an explanation may take two) is no second source.
    else if (f.citation.source !== first.citation.source && !agreeing.includes(label)) agreeing.push(label);
  }
  if (agreeing.length && first.phrase) lines.push(t.alsoIn(agreeing.join(language === "it" ? " e " : " and ")));
  return lines.join(" ");
}

const norm = (s: string) => s.toLowerCase().replace(/\s+/g, " ").trim();
/** "where did..." -> "Where did...": a part split from a longer question still reads as a question. */
export const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The decline's own words: plain about not knowing, naming what the articles never mention. */
export function declineMessage(language: Language, unknownWords: string[]): string {
  const t = STRINGS[language];
  const unknown = unknownWords.length ? ` ${t.unknownWords(unknownWords.map((w) => quote(language, w)).join(", "))}` : "";
  return `${t.decline}${unknown}`;
}

/** Topics and examples in prose, shared by the decline and the help reply. */
export function helpBody(language: Language, help: Omit<HelpInfo, "message">): string {
  const t = STRINGS[language];
  const examples = help.examples.map((e) => quote(language, e)).join(", ");
  return `${t.topics}: ${help.topics.join("; ")}. ${t.tryAsking}: ${examples}`;
}

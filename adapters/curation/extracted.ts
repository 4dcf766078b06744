/**
 * What every extractor returns: the article's text with paragraphs separated by blank
 * lines, and whatever metadata the document itself states. Nothing here is guessed:
 * absent fields stay null, and the record builder decides what to infer.
 */
import type { Language } from "../../src/types.js";

export interface Extracted {
  /** Paragraphs separated by one blank line; no page furniture. */
  text: string;
  title: string | null;
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD` as stated by the document. */
  date: string | null;
  author: string | null;
  /** Canonical address, when the document names one. */
  url: string | null;
  /** Declared language (`<html lang>`), as a lower-case primary tag such as "en" or "fr". */
  declaredLanguage: string | null;
}

/** The kinds of document `add` reads; a file's extension or a response's content type picks one. */
export type DocumentKind = "html" | "pdf" | "text" | "markdown";

/** One bad input, said in one line that starts with the component and names the value. */
export class CurationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "CurationError";
  }
}

/** Joins paragraphs the way seeds/ stores them, collapsing runs of spaces inside each. */
export function joinParagraphs(paragraphs: Iterable<string>): string {
  const out: string[] = [];
  for (const p of paragraphs) {
    const clean = p.replace(/[ \t\u00a0]+/g, " ").replace(/ *\n */g, " ").trim();
    if (clean) out.push(clean);
  }
  return out.join("\n\n");
}

export type { Language };

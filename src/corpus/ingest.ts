/**
 * Ingestion: from an article's text to quotable sentences. Web copy carries noise
 * (image captions, bylines, "Lascia un commento"); it is dropped here so it can never
 * be quoted as an answer. Every sentence keeps its offsets, so a quote is always an
 * exact span of the source file.
 */
import type { Language } from "../types.js";

export type SentenceKind = "body" | "heading" | "question";

/** One quotable sentence of one document. */
export interface RawSentence {
  doc: number;
  paragraph: number;
  start: number;
  end: number;
  text: string;
  kind: SentenceKind;
}

export interface IngestOptions {
  /** A line without end punctuation and at most this many words is a caption or byline. */
  captionMaxWords: number;
  /** Whole lines that are page furniture, compared case-insensitively. */
  noiseLines: string[];
  /** Prefixes of a line that are metadata, not prose (e.g. " date 2024-06-02 "). */
  noisePrefixes: RegExp[];
  /** A sentence break after one of these is not a break ("U.S. Alfa" stays one sentence). */
  abbreviations: RegExp;
  /**
   * A paragraph of at most this many sentences carries on from the sentence before it: web copy
   * sets nearly every sentence apart, so "The move comes after ... a car built at the Tychy
   * plant" follows the paragraph that names the car. One: two cost a seed dev question.
   */
  carriedParagraph: number;
}

export const ingestDefaults: IngestOptions = {
  captionMaxWords: 6,
  noiseLines: ["lascia un commento", "leave a comment", "leave a reply", "share", "condividi", "read more", "leggi anche", "x", "in"],
  noisePrefixes: [/^\s*date\s+\d{4}-\d{2}-\d{2}\s+/i],
  abbreviations: /(?:^|[\s(])(?:Mr|Mrs|Ms|Dr|St|Sig|Dott|Ing|vs|U\.S|U\.K|Inc|Ltd|Co|No|ca)\.\s*$/,
  carriedParagraph: 1,
};

const END_PUNCTUATION = /[.!?…]["'”’»)\]]*$/;
const segmenters = new Map<Language, Intl.Segmenter>();

function segmenterFor(language: Language): Intl.Segmenter {
  let s = segmenters.get(language);
  if (!s) segmenters.set(language, (s = new Intl.Segmenter(language, { granularity: "sentence" })));
  return s;
}

function lines(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const re = /[^\r\n]+/g;
  for (const m of text.matchAll(re)) out.push({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length });
  return out;
}

/** Narrows [start, end) so it holds no leading or trailing white space. */
function trimSpan(text: string, start: number, end: number): [number, number] {
  while (start < end && /\s/.test(text[start] as string)) start++;
  while (end > start && /\s/.test(text[end - 1] as string)) end--;
  return [start, end];
}

function isNoiseLine(line: string, options: IngestOptions): boolean {
  const plain = line.trim().toLowerCase();
  if (options.noiseLines.includes(plain)) return true;
  if (END_PUNCTUATION.test(plain)) return false;
  const words = plain.split(/\s+/).filter(Boolean).length;
  return words <= options.captionMaxWords || /\bauthor$/i.test(plain);
}

function sentenceSpans(text: string, start: number, end: number, language: Language, abbreviations: RegExp) {
  const spans: [number, number][] = [];
  for (const seg of segmenterFor(language).segment(text.slice(start, end))) {
    const s = start + seg.index;
    const e = s + seg.segment.length;
    const prev = spans[spans.length - 1];
    if (prev && abbreviations.test(text.slice(prev[0], prev[1]))) prev[1] = e;
    else spans.push([s, e]);
  }
  return spans;
}

/** Splits one document into sentences, dropping noise; offsets index into `text`. */
export function ingestDocument(
  doc: number,
  text: string,
  language: Language,
  options: IngestOptions = ingestDefaults,
): RawSentence[] {
  const out: RawSentence[] = [];
  lines(text).forEach((line, paragraph) => {
    let start = line.start;
    for (const prefix of options.noisePrefixes) {
      const m = prefix.exec(text.slice(start, line.end));
      if (m) start += m[0].length;
    }
    if (isNoiseLine(text.slice(start, line.end), options)) return;
    for (const [s0, e0] of sentenceSpans(text, start, line.end, language, options.abbreviations)) {
      const [s, e] = trimSpan(text, s0, e0);
      if (e <= s) continue;
      const sentence = text.slice(s, e);
      if (!/\p{L}/u.test(sentence)) continue;
      const kind: SentenceKind = /\?["'”’»)]*$/.test(sentence) ? "question" : END_PUNCTUATION.test(sentence) ? "body" : "heading";
      out.push({ doc, paragraph, start: s, end: e, text: sentence, kind });
    }
  });
  return out;
}

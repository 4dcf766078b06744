/**
 * "Show context": a quote with the sentences around it in its article, so a reader can
 * see it is not taken out of context. Every span is an exact slice of the document text,
 * like the quote itself.
 */
import type { QuoteContext, QuoteRef, TextSpan } from "../types.js";
import type { CorpusIndex } from "./corpus-index.js";

/** Most sentences shown on each side, whatever the caller asks: a context, not the article. */
export const MAX_AROUND = 10;

/**
 * The quote's sentences plus `around` sentences before and after it in the same document,
 * or null when the source is unknown, the offsets fall outside it, or (with `ref.quote`)
 * the text at those offsets is no longer the quote.
 */
export function expandQuote(index: CorpusIndex, ref: QuoteRef, around: number): QuoteContext | null {
  const docNo = index.corpus.documents.findIndex((d) => d.meta.file === ref.source);
  const doc = index.corpus.documents[docNo];
  if (!doc || !Number.isInteger(ref.start) || !Number.isInteger(ref.end) || ref.start < 0 || ref.end <= ref.start || ref.end > doc.text.length) return null;
  if (ref.quote !== undefined && doc.text.slice(ref.start, ref.end) !== ref.quote) return null;
  const n = Math.max(0, Math.min(MAX_AROUND, Math.floor(Number.isFinite(around) ? around : 0)));

  // The document's sentences in order; ids of one document are contiguous and ascending.
  const ids: number[] = [];
  for (let id = 0; id < index.sentences.length; id++) if (index.sentences[id]!.doc === docNo) ids.push(id);
  const span = (id: number): TextSpan => {
    const s = index.sentences[id]!;
    return { text: doc.text.slice(s.start, s.end), start: s.start, end: s.end };
  };
  const overlapping = ids.map((id, at) => ({ id, at })).filter(({ id }) => index.sentences[id]!.start < ref.end && index.sentences[id]!.end > ref.start);
  const first = overlapping[0];
  const last = overlapping.at(-1);
  // A quote between sentences (dropped page furniture) still gets its exact span.
  if (!first || !last) return context(doc, { text: doc.text.slice(ref.start, ref.end), start: ref.start, end: ref.end }, [], []);
  const start = Math.min(ref.start, index.sentences[first.id]!.start);
  const end = Math.max(ref.end, index.sentences[last.id]!.end);
  const quote = { text: doc.text.slice(start, end), start, end };
  return context(doc, quote, ids.slice(Math.max(0, first.at - n), first.at).map(span), ids.slice(last.at + 1, last.at + 1 + n).map(span));
}

function context(doc: CorpusIndex["corpus"]["documents"][number], quote: TextSpan, before: TextSpan[], after: TextSpan[]): QuoteContext {
  return { source: doc.meta.file, title: doc.meta.title, date: doc.meta.date, language: doc.language, before, quote, after };
}

/**
 * Quotes: which sentences to cite (the best, then corroborating or differing ones from
 * other articles) and how far each quote reaches (the sentences that name its subject, and
 * a following "In fact..." or "As proof of this..." that completes it).
 */
import type { Citation } from "../types.js";
import type { Finding } from "./compose.js";
import type { CorpusIndex } from "./corpus-index.js";
import { absoluteYears } from "./dates.js";
import { extractPhrase } from "./extract.js";
import { expectedType, isAnswer, type RankOptions, type Scored } from "./rank.js";
import type { Understanding } from "./understand.js";

/** What quote picking needs from the bot's options. */
export interface QuoteOptions {
  maxCitations: number;
  rank: RankOptions;
}

/**
 * The best quote, then strong ones from other documents: corroboration, or a different
 * answer (often an older or newer article), which must be nearly as strong to be shown. A
 * question that names no type of fact ("why...?", "what did X say...?") may also take a second
 * sentence of the same article: an explanation often spans two.
 */
export function pickQuotes(ranked: Scored[], best: Scored, o: QuoteOptions, u: Understanding, find: (x: Scored) => Finding): Finding[] {
  const first = find(best);
  const picks = [{ x: best, f: first }];
  // A typed fact needs one sentence an article; an explanation may take two of the same one.
  const oneAnArticle = expectedType(u).hard;
  for (const x of ranked) {
    if (picks.length >= o.maxCitations) break;
    if (x === best || !isAnswer(x, o.rank) || x.score < best.score * o.rank.secondaryRatio) continue;
    if (picks.some((p) => p.x.sentence.doc === x.sentence.doc) && (oneAnArticle || picks.some((p) => overlaps(p.f, x)))) continue;
    const f = find(x);
    const differs = u.answerType !== "role" && f.phrase !== undefined && first.phrase !== undefined && f.phrase !== first.phrase;
    if (differs && x.score < best.score * o.rank.conflictRatio) continue;
    picks.push({ x, f });
  }
  return picks.map((p) => p.f);
}

/** Does the picked quote already hold the sentence (or start where it does)? */
const overlaps = (f: Finding, x: Scored) => f.sentenceIds.includes(x.sentence.id) || f.sentenceIds.includes(x.quoteFrom);

// "The goal is not X. In fact, it is Y": after a denial, the next sentence that carries the
// point on ("In fact", "Instead", "Infatti") holds the answer, so it belongs in the quote.
const CONTINUES = /^(?:in fact|instead|rather|indeed|infatti|invece|anzi)\b/iu;
const DENIAL = /\b(?:not|no longer|never|non|mai)\b/iu;
// "As proof of this, ...", "For example, ...": the next sentence shows what this one claims.
const SHOWS = /^(?:as proof of this|as proof|for example|for instance|per esempio|ad esempio|a dimostrazione)\b/iu;

/** A picked sentence as a citation (widened to its context) with its short answer, if any. */
export function finding(index: CorpusIndex, u: Understanding, x: Scored): Finding {
  const s = x.sentence;
  const doc = index.corpus.documents[s.doc]!;
  const start = index.sentences[x.quoteFrom]!.start;
  const next = index.sentences[s.id + 1];
  const carriesOn =
    next !== undefined &&
    next.doc === s.doc &&
    next.paragraph === s.paragraph &&
    ((DENIAL.test(s.text) && CONTINUES.test(next.text)) || SHOWS.test(next.text));
  const end = carriesOn ? next.end : s.end;
  const citation: Citation = {
    source: doc.meta.file,
    title: doc.meta.title,
    quote: doc.text.slice(start, end),
    date: doc.meta.date,
    dateInferred: doc.meta.dateInferred,
    url: doc.meta.url,
    start,
    end,
  };
  const { type, hard } = expectedType(u);
  // Only a question that names what it wants ("where", "how many") gets a bare fact first;
  // for the rest the answering sentence itself reads better than a fragment of it.
  const extracted = hard ? x.extracted?.phrase : type === "role" || type === "reason" ? extractPhrase(s, type, u, index.lexicon)?.phrase : undefined;
  // A date or period reads as the year it means; a role or a reason keeps its own words ("sales fell last year").
  const phrase = extracted !== undefined && (type === "time" || type === "year") ? absoluteYears(extracted, doc.meta.date) : extracted;
  return { citation, phrase, clause: carriesOn ? `${s.text} ${next.text}` : s.text, sentenceIds: carriesOn ? [s.id, next.id] : [s.id] };
}

/**
 * Retrieval: the question's keys as a MiniSearch query over the sentence index. MiniSearch
 * scores with BM25+; the ranker then rescores the first hits with what it knows of the
 * question (coverage, answer type, word order), so retrieval only has to be wide enough.
 */
import type { Query } from "minisearch";
import type { CorpusIndex } from "./corpus-index.js";

export interface RetrieveOptions {
  /** How many hits the ranker looks at. Sixty holds every answer of the question sets with room to spare. */
  candidates: number;
  /**
   * How many postings a query may reach, rarest keys first. MiniSearch scores every sentence a
   * query key matches, so common keys ("build", the brand itself) dominate its cost on a large
   * corpus while adding little to BM25; the ranker still reads every key of the candidates. On
   * the seed corpus every key fits. Chosen so one query stays near a few milliseconds at 1,000 articles.
   */
  postingsBudget: number;
}

export const retrieveDefaults: RetrieveOptions = { candidates: 60, postingsBudget: 3000 };

/** The query a question's keys make: one OR over its rarest keys, as many as the budget allows (at least one). */
export function retrievalQuery(index: CorpusIndex, keys: readonly string[], o: RetrieveOptions): Query {
  const byRarity = [...keys].sort((a, b) => (index.df.get(a) ?? 0) - (index.df.get(b) ?? 0));
  const kept: string[] = [];
  let postings = 0;
  for (const k of byRarity) {
    const df = index.df.get(k) ?? 0;
    if (kept.length > 0 && postings + df > o.postingsBudget) break;
    kept.push(k);
    postings += df;
  }
  // The question's own order, as MiniSearch breaks ties by the first query term a sentence matched.
  return { combineWith: "OR", queries: keys.filter((k) => kept.includes(k)) };
}

/** Ids of the best-matching sentences, best first, as MiniSearch ranks them. */
export function retrieve(index: CorpusIndex, keys: readonly string[], o: RetrieveOptions): number[] {
  if (keys.length === 0) return [];
  const hits = index.search.search(retrievalQuery(index, keys, o));
  const out: number[] = [];
  for (let i = 0; i < hits.length && i < o.candidates; i++) out.push(hits[i]?.id as number);
  return out;
}

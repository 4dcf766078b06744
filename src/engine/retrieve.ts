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
   * Keys found in more than this share of sentences are left out of the query when rarer ones
   * remain: they add little to BM25 and dominate its cost at 10,000 articles ("build", the brand).
   */
  commonKeyShare: number;
  /** ...and in more than this many: in a small corpus every key is "common", and every key counts. */
  commonKeyMin: number;
}

export const retrieveDefaults: RetrieveOptions = { candidates: 60, commonKeyShare: 0.05, commonKeyMin: 2000 };

/** The query a question's keys make: one OR over the keys that discriminate. */
export function retrievalQuery(index: CorpusIndex, keys: readonly string[], o: RetrieveOptions): Query {
  const limit = Math.max(o.commonKeyShare * index.sentences.length, o.commonKeyMin);
  const rare = keys.filter((k) => (index.df.get(k) ?? 0) <= limit);
  return { combineWith: "OR", queries: rare.length ? rare : [...keys] };
}

/** Ids of the best-matching sentences, best first, as MiniSearch ranks them. */
export function retrieve(index: CorpusIndex, keys: readonly string[], o: RetrieveOptions): number[] {
  if (keys.length === 0) return [];
  const hits = index.search.search(retrievalQuery(index, keys, o));
  const out: number[] = [];
  for (let i = 0; i < hits.length && i < o.candidates; i++) out.push(hits[i]?.id as number);
  return out;
}

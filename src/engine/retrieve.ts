/**
 * Retrieval: the question's keys as a MiniSearch query over the sentence index. MiniSearch
 * scores with BM25+; the ranker then rescores the first hits with what it knows of the
 * question (coverage, answer type, word order), so retrieval only has to be wide enough.
 */
import type { Query, SearchOptions, SearchResult } from "minisearch";
import type { CorpusIndex, SearchShard } from "./corpus-index.js";

export interface RetrieveOptions {
  /**
   * How many hits the ranker looks at. MiniSearch's BM25 ranks a long sentence low among many
   * that name the same people and models, so a grown corpus needs a wider net than the seed
   * articles' sixty: a hundred found one more answer on a held-out growth set, at a few
   * hundredths of a millisecond of rescoring.
   */
  candidates: number;
  /**
   * How many postings a question's keys may reach before retrieval is gated (gates.ts): above
   * it, MiniSearch scores only sentences that hold enough of the question, newest first; with
   * no gate to be had (more than eight slots), the rarest keys within it are searched. On the
   * seed and growth corpora no question reaches it. Chosen so one plain query stays near a
   * few milliseconds at 1,000 articles.
   */
  postingsBudget: number;
}

export const retrieveDefaults: RetrieveOptions = { candidates: 100, postingsBudget: 3000 };

/**
 * Whether a sentence may be retrieved at all, tested before MiniSearch scores it (its
 * `boostDocument` skips a sentence it is given 0 for, before allocating a result).
 */
export type Gate = (id: number) => boolean;

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

/**
 * Ids of the best-matching sentences, best first, as MiniSearch ranks them. When the keys
 * reach more sentences than the budget, scoring them all would dominate the answer's time
 * (about 2 µs a posting), so a gate, made only then, says which shards to search and which
 * sentences are worth scoring; MiniSearch's `boostDocument` skips the rest before
 * allocating a result. Without a gate, the rarest keys within the budget are searched.
 */
export function retrieve(index: CorpusIndex, keys: readonly string[], o: RetrieveOptions, gate: () => GatedQuery | undefined = () => undefined): number[] {
  if (keys.length === 0) return [];
  const gated = postingsOf(index, keys) > o.postingsBudget ? gate() : undefined;
  if (!gated) return idsOf(searchShards(index.shards, retrievalQuery(index, keys, o)), o.candidates);
  const { worth } = gated;
  return idsOf(searchShards(gated.shards, { combineWith: "OR", queries: [...gated.keys] }, { boostDocument: (id: number) => (worth(id) ? 1 : 0) }), o.candidates);
}

/** What a gated search asks MiniSearch: these keys, in these shards, scoring only the sentences worth it. */
export interface GatedQuery {
  keys: readonly string[];
  shards: readonly SearchShard[];
  worth: Gate;
}

/**
 * The shards' hits by MiniSearch's score; among equal scores, the newer shard's first. One
 * shard: its own order. Scores of different shards are only roughly comparable (each shard
 * has its own document frequencies); on the gated path so few sentences pass that the
 * `candidates` cut rarely falls among them.
 */
export function searchShards(shards: readonly SearchShard[], query: Query, options?: SearchOptions): SearchResult[] {
  if (shards.length === 1) return (shards[0] as SearchShard).search.search(query, options);
  return shards.flatMap((s) => s.search.search(query, options)).sort((a, b) => b.score - a.score);
}

/** How many sentences the keys reach, counted once per key. */
export function postingsOf(index: CorpusIndex, keys: readonly string[]): number {
  let n = 0;
  for (const k of keys) n += index.df.get(k) ?? 0;
  return n;
}

function idsOf(hits: readonly SearchResult[], limit: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < hits.length && i < limit; i++) out.push(hits[i]?.id as number);
  return out;
}

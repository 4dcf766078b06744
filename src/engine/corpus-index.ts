/**
 * The searchable form of a corpus: sentences with their analysis and features, a
 * MiniSearch index over their keys, document frequencies for weighting, and a
 * spelling dictionary. Everything that depends only on the corpus is computed here,
 * once, so answering a question does no re-tokenising of articles. The parts live in
 * `index/`: the columns (columns.ts), sentences read from them (store.ts), retrieval's
 * side (search.ts) and per-article facts (documents.ts).
 */
import SearchableMap from "minisearch/SearchableMap";
import { ingestDocument, ingestDefaults, type IngestOptions } from "../corpus/ingest.js";
import type { ValidCorpus } from "../corpus/validate.js";
import { buildLexicon, type Lexicon } from "../text/lexicon.js";
import type { Language } from "../types.js";
import { withDiscoveredEntities } from "./discover/index.js";
import { emptyGazetteer, type Gazetteer } from "./discover/gazetteer.js";
import { analyzeIntoColumns, type SentenceColumns } from "./index/columns.js";
import { DocumentFacts } from "./index/documents.js";
import { deriveSearch, type SearchShard } from "./index/search.js";
import { SentenceStore, type IndexedSentence } from "./index/store.js";

export { SENTENCE_KINDS, SLOT_KINDS, type SentenceColumns } from "./index/columns.js";
export { searchIndexOptions, type SearchShard } from "./index/search.js";
export type { IndexedSentence } from "./index/store.js";
export type { DocumentFacts } from "./index/documents.js";

/** The corpus-only parts behind a built index, as a snapshot needs them. */
export interface IndexParts {
  corpus: ValidCorpus;
  columns: SentenceColumns;
  /** Word counts in first-seen order, so a rebuilt spelling tree is identical. */
  wordCounts: Map<string, number>;
}

/** Everything answering needs that depends only on the corpus; built once per load. */
export interface CorpusIndex {
  corpus: ValidCorpus;
  lexicon: Lexicon;
  sentences: IndexedSentence[];
  /** In how many sentences each key occurs. */
  df: Map<string, number>;
  /** MiniSearch over the sentences' keys, one index per run of articles, newest first (see search.ts). */
  shards: SearchShard[];
  /** Every word the corpus and vocabulary know, with its frequency, for spelling fixes. */
  words: SearchableMap<number>;
  /** Per-article facts ranking reads: lede, title keys, named things, sentence counts. */
  documents: DocumentFacts;
  /** The columns and counts the index was assembled from: what a snapshot stores. */
  parts: IndexParts;
}

/** Tunables of the index's in-memory layout; none changes what an answer says. */
export interface IndexLayoutOptions {
  /** How many materialised sentences (slots, key set, features) are kept for reuse. */
  materializedCache: number;
  /** Stems remembered per language; the corpus's vocabulary fits many times over. */
  stemCache: number;
  /**
   * Sentences per MiniSearch shard. Below this a corpus is one index and answers do not
   * depend on it; above, retrieval reads the newest shards first and stops when they hold
   * enough (gates.ts). About 1,500 articles a shard: one shard's postings of a common key
   * take a few milliseconds to read.
   */
  shardSentences: number;
}

/** Enough cached sentences for every candidate and context sentence of many questions. */
export const indexLayoutDefaults: IndexLayoutOptions = { materializedCache: 8192, stemCache: 200_000, shardSentences: 20_000 };

function layoutOptions(layout: Partial<IndexLayoutOptions>): IndexLayoutOptions {
  const o = { ...indexLayoutDefaults, ...layout };
  if (!(Number.isInteger(o.shardSentences) && o.shardSentences > 0)) throw new Error(`corpus-index: shardSentences must be a whole number above 0, not ${o.shardSentences}`);
  return o;
}

/** A lexicon whose `stem` remembers its answers: articles repeat their words endlessly. */
function cachedStems(lexicon: Lexicon, limit: number): Lexicon {
  const base = lexicon.stem;
  const cache: Record<Language, Map<string, string>> = { en: new Map(), it: new Map() };
  return {
    ...lexicon,
    stem(word: string, language: Language): string {
      const map = cache[language];
      let stem = map.get(word);
      if (stem === undefined) {
        stem = base(word, language);
        // Questions are stemmed here too: remember only word-like words, so odd input
        // (a 500-letter "word") cannot fill the cache.
        if (map.size < limit && word.length <= 30) map.set(word, stem);
      }
      return stem;
    },
  };
}

/**
 * Puts an index together from its corpus-only parts: what {@link buildCorpusIndex} ends
 * with, and what a snapshot restores. The lexicon is rebuilt from the vocabulary (cheap).
 */
export function assembleCorpusIndex(p: IndexParts, layout: Partial<IndexLayoutOptions> = {}): CorpusIndex {
  const o = layoutOptions(layout);
  return assemble(p, cachedStems(buildLexicon(p.corpus.vocabulary), o.stemCache), o);
}

function assemble(parts: IndexParts, lexicon: Lexicon, o: IndexLayoutOptions): CorpusIndex {
  const sentences = new SentenceStore(parts.corpus, lexicon, parts.columns, o.materializedCache).sentences();
  const words = new SearchableMap<number>();
  for (const [word, n] of parts.wordCounts) words.set(word, n);
  const documents = new DocumentFacts(parts.corpus, lexicon, parts.columns, sentences);
  // Retrieval goes through MiniSearch on every question, so it is built with the index.
  const { df, shards } = deriveSearch(parts.columns, documents, o.shardSentences);
  return { corpus: parts.corpus, lexicon, sentences, df, shards, words, documents, parts };
}

/**
 * Builds the index for a validated corpus. Named things come from the articles themselves
 * (the gazetteer types places); the vocabulary's own entities stay as overrides.
 */
export function buildCorpusIndex(
  given: ValidCorpus,
  ingest: IngestOptions = ingestDefaults,
  layout: Partial<IndexLayoutOptions> = {},
  gazetteer: Gazetteer = emptyGazetteer,
): CorpusIndex {
  const o = layoutOptions(layout);
  // Sentences are split once, for discovery and for the index alike.
  const ingested = given.documents.map((d, i) => ingestDocument(i, d.text, d.language, ingest));
  const corpus = withDiscoveredEntities(given, gazetteer, ingest, ingested);
  const lexicon = cachedStems(buildLexicon(corpus.vocabulary), o.stemCache);
  const { columns, wordCounts } = analyzeIntoColumns(corpus, ingested, lexicon, ingest.carriedParagraph);
  return assemble({ corpus, columns, wordCounts }, lexicon, o);
}

/** A stable text form of ingest options (their regexes included), for cache keys. */
export function ingestFingerprint(ingest: IngestOptions): string {
  return JSON.stringify(ingest, (_key, value: unknown) => (value instanceof RegExp ? value.toString() : value));
}

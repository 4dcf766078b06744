/**
 * The searchable form of a corpus: sentences with their analysis and features, a
 * MiniSearch index over their keys, document frequencies for weighting, and a
 * spelling dictionary. Everything that depends only on the corpus is computed here,
 * once, so answering a question does no re-tokenising of articles.
 */
import MiniSearch from "minisearch";
import SearchableMap from "minisearch/SearchableMap";
import { ingestDocument, ingestDefaults, type IngestOptions, type RawSentence } from "../corpus/ingest.js";
import type { ValidCorpus } from "../corpus/validate.js";
import { analyze, type Slot } from "../text/analyze.js";
import { buildLexicon, type Lexicon } from "../text/lexicon.js";
import { tokenize } from "../text/normalize.js";
import { sentenceFeatures, type SentenceFeatures } from "./features.js";

export interface IndexedSentence extends RawSentence {
  id: number;
  /** The sentence before it in the same paragraph, which often names what "it" is. */
  prev: number | null;
  slots: Slot[];
  keys: Set<string>;
  features: SentenceFeatures;
}

export interface CorpusIndex {
  corpus: ValidCorpus;
  lexicon: Lexicon;
  sentences: IndexedSentence[];
  /** In how many sentences each key occurs. */
  df: Map<string, number>;
  search: MiniSearch<{ id: number; keys: string }>;
  /** Every word the corpus and vocabulary know, with its frequency, for spelling fixes. */
  words: SearchableMap<number>;
}

const splitKeys = (s: string) => s.split(" ");

/** MiniSearch options; keys are pre-analysed, so tokenising is a plain split. */
export const searchIndexOptions = {
  fields: ["keys"],
  tokenize: splitKeys,
  processTerm: (t: string) => t,
  searchOptions: { tokenize: splitKeys, processTerm: (t: string) => t },
};

function addWord(words: SearchableMap<number>, word: string): void {
  words.set(word, (words.get(word) ?? 0) + 1);
}

/** Builds the index for a validated corpus. */
export function buildCorpusIndex(corpus: ValidCorpus, ingest: IngestOptions = ingestDefaults): CorpusIndex {
  const lexicon = buildLexicon(corpus.vocabulary);
  const sentences: IndexedSentence[] = [];
  const df = new Map<string, number>();
  const words = new SearchableMap<number>();
  corpus.documents.forEach((document, d) => {
    let last: IndexedSentence | undefined;
    for (const raw of ingestDocument(d, document.text, document.language, ingest)) {
      const slots = analyze(raw.text, document.language, lexicon, { mode: "document" });
      const keys = new Set(slots.flatMap((s) => s.keys));
      for (const k of keys) df.set(k, (df.get(k) ?? 0) + 1);
      for (const t of tokenize(raw.text)) addWord(words, t.norm);
      const prev = last && last.paragraph === raw.paragraph ? last.id : null;
      const sentence = { ...raw, id: sentences.length, prev, slots, keys, features: sentenceFeatures(raw.text, slots, lexicon) };
      sentences.push(sentence);
      last = sentence;
    }
  });
  for (const cues of [lexicon.languageCues.en, lexicon.languageCues.it]) for (const w of cues) addWord(words, w);
  for (const list of lexicon.phrases.values()) for (const p of list) for (const w of p.words) addWord(words, w);

  const search = new MiniSearch<{ id: number; keys: string }>(searchIndexOptions);
  search.addAll(sentences.map((s) => ({ id: s.id, keys: [...s.keys].join(" ") })));
  return { corpus, lexicon, sentences, df, search, words };
}

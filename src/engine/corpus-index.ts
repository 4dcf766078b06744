/**
 * The searchable form of a corpus: sentences with their analysis and features, a
 * MiniSearch index over their keys, document frequencies for weighting, and a
 * spelling dictionary. Everything that depends only on the corpus is computed here,
 * once, so answering a question does no re-tokenising of articles.
 *
 * Sentences are stored in columns (typed arrays plus a table of interned key lists),
 * not as one object graph per sentence: at 10,000 articles that is 200,000 sentences
 * and 3 million slots, which as plain objects took over a gigabyte of heap. A sentence
 * is materialised (slots, key set, features) only when the ranker looks at it, and the
 * last few thousand materialised are kept, so answering stays allocation-light. The columns are also
 * exactly what a snapshot persists (see snapshot.ts).
 */
import MiniSearch, { type AsPlainObject } from "minisearch";
import SearchableMap from "minisearch/SearchableMap";
import { ingestDocument, ingestDefaults, type IngestOptions, type RawSentence, type SentenceKind } from "../corpus/ingest.js";
import type { ValidCorpus } from "../corpus/validate.js";
import { analyze, type Slot, type SlotKind } from "../text/analyze.js";
import { buildLexicon, type Lexicon } from "../text/lexicon.js";
import { tokenize } from "../text/normalize.js";
import type { Language } from "../types.js";
import { sentenceFeatures, type SentenceFeatures } from "./features.js";
import { withDiscoveredEntities } from "./discover/index.js";
import { emptyGazetteer, type Gazetteer } from "./discover/gazetteer.js";

/**
 * One sentence with its analysis, as ranking and extraction read it. Sentences of an index
 * built here are views over the columns: treat them (and their slots' key lists, which
 * are shared and frozen) as read-only.
 */
export interface IndexedSentence extends RawSentence {
  id: number;
  /** The sentence before it in the same paragraph, which often names what "it" is. */
  prev: number | null;
  slots: Slot[];
  keys: Set<string>;
  features: SentenceFeatures;
}

/** Everything answering needs that depends only on the corpus; built once per load. */
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

/** Tunables of the index's in-memory layout; none changes what an answer says. */
export interface IndexLayoutOptions {
  /** How many materialised sentences (slots, key set, features) are kept for reuse. */
  materializedCache: number;
  /** Stems remembered per language; the corpus's vocabulary fits many times over. */
  stemCache: number;
}

/** Enough cached sentences for every candidate and context sentence of many questions. */
export const indexLayoutDefaults: IndexLayoutOptions = { materializedCache: 8192, stemCache: 200_000 };

export const SENTENCE_KINDS: readonly SentenceKind[] = ["body", "heading", "question"];
export const SLOT_KINDS: readonly SlotKind[] = ["entity", "concept", "term", "number"];

/**
 * Every sentence of the corpus, column by column. Index i of the sentence columns is
 * sentence id i; slots of sentence i are `slotOffset[i] .. slotOffset[i + 1] - 1`.
 * Text is not stored: a sentence is `documents[doc].text.slice(start, end)` and a slot's
 * surface is a slice of its sentence, with the rare exception kept in the overrides.
 */
export interface SentenceColumns {
  doc: Int32Array;
  paragraph: Int32Array;
  start: Int32Array;
  end: Int32Array;
  kind: Uint8Array;
  /** Previous sentence id in the paragraph, or -1. */
  prev: Int32Array;
  slotOffset: Int32Array;
  slotKind: Uint8Array;
  slotStart: Int32Array;
  slotEnd: Int32Array;
  /** Index into `keyLists`. */
  slotKeys: Int32Array;
  /** Interned, frozen key lists shared by every slot with the same keys. */
  keyLists: readonly (readonly string[])[];
  /** Sentence id -> text, when it is not the document slice (never seen; kept for safety). */
  textOverrides: Map<number, string>;
  /** Slot index -> surface, when it is not the sentence slice (never seen; kept for safety). */
  surfaceOverrides: Map<number, string>;
}

/** The corpus-only parts behind a built index, as a snapshot needs them. */
export interface IndexParts {
  corpus: ValidCorpus;
  columns: SentenceColumns;
  /** Word counts in first-seen order, so a rebuilt spelling tree is identical. */
  wordCounts: Map<string, number>;
}

const parts = new WeakMap<CorpusIndex, IndexParts>();


/** The columns and counts behind an index built or restored here; throws for any other. */
export function indexParts(index: CorpusIndex): IndexParts {
  const p = parts.get(index);
  if (!p) throw new Error("corpus-index: this index was not built by buildCorpusIndex or assembleCorpusIndex");
  return p;
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

/** An Int32Array that grows, so building never holds millions of boxed numbers. */
class IntColumn {
  private data: Int32Array;
  length = 0;
  constructor(capacity = 1024) {
    this.data = new Int32Array(capacity);
  }
  push(value: number): void {
    if (this.length === this.data.length) {
      const next = new Int32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = value;
  }
  toArray(): Int32Array {
    return this.data.slice(0, this.length);
  }
  toBytes(): Uint8Array {
    return Uint8Array.from(this.data.subarray(0, this.length));
  }
}

interface Materialized {
  slots: Slot[];
  keys: Set<string>;
  features: SentenceFeatures;
}

/** Reads sentences out of the columns, keeping the last materialised ones (first in, first out). */
class SentenceStore {
  private readonly cache = new Map<number, Materialized>();
  constructor(
    readonly corpus: ValidCorpus,
    readonly lexicon: Lexicon,
    readonly columns: SentenceColumns,
    private readonly cacheLimit: number,
  ) {}

  text(id: number): string {
    const c = this.columns;
    const override = c.textOverrides.size ? c.textOverrides.get(id) : undefined;
    if (override !== undefined) return override;
    return (this.corpus.documents[c.doc[id] as number] as { text: string }).text.slice(c.start[id], c.end[id]);
  }

  materialize(id: number): Materialized {
    const hit = this.cache.get(id);
    if (hit) return hit;
    const c = this.columns;
    const text = this.text(id);
    const slots: Slot[] = [];
    const keys = new Set<string>();
    for (let i = c.slotOffset[id] as number, end = c.slotOffset[id + 1] as number; i < end; i++) {
      const start = c.slotStart[i] as number;
      const stop = c.slotEnd[i] as number;
      const slotKeys = c.keyLists[c.slotKeys[i] as number] as string[];
      const surface = c.surfaceOverrides.size ? (c.surfaceOverrides.get(i) ?? text.slice(start, stop)) : text.slice(start, stop);
      slots.push({ keys: slotKeys, kind: SLOT_KINDS[c.slotKind[i] as number] as SlotKind, surface, start, end: stop });
      for (const k of slotKeys) keys.add(k);
    }
    const entry = { slots, keys, features: sentenceFeatures(text, slots, this.lexicon) };
    if (this.cache.size >= this.cacheLimit) this.cache.delete(this.cache.keys().next().value as number);
    this.cache.set(id, entry);
    return entry;
  }
}

/** One sentence as the ranker sees it, read from the columns on demand. */
class StoredSentence implements IndexedSentence {
  constructor(
    private readonly store: SentenceStore,
    readonly id: number,
  ) {}
  get doc(): number {
    return this.store.columns.doc[this.id] as number;
  }
  get paragraph(): number {
    return this.store.columns.paragraph[this.id] as number;
  }
  get start(): number {
    return this.store.columns.start[this.id] as number;
  }
  get end(): number {
    return this.store.columns.end[this.id] as number;
  }
  get kind(): SentenceKind {
    return SENTENCE_KINDS[this.store.columns.kind[this.id] as number] as SentenceKind;
  }
  get prev(): number | null {
    const p = this.store.columns.prev[this.id] as number;
    return p < 0 ? null : p;
  }
  get text(): string {
    return this.store.text(this.id);
  }
  get slots(): Slot[] {
    return this.store.materialize(this.id).slots;
  }
  get keys(): Set<string> {
    return this.store.materialize(this.id).keys;
  }
  get features(): SentenceFeatures {
    return this.store.materialize(this.id).features;
  }
  /** Plain data for logs and debugging: the getters are not own properties. */
  toJSON() {
    const { doc, paragraph, start, end, text, kind, id, prev, slots } = this;
    return { doc, paragraph, start, end, text, kind, id, prev, slots, keys: [...this.keys], features: this.features };
  }
}

/**
 * Puts an index together from its corpus-only parts: what {@link buildCorpusIndex} ends
 * with, and what a snapshot restores. The lexicon is rebuilt from the vocabulary (cheap).
 */
export function assembleCorpusIndex(p: IndexParts, layout: Partial<IndexLayoutOptions> = {}): CorpusIndex {
  const o = { ...indexLayoutDefaults, ...layout };
  return assemble(p, cachedStems(buildLexicon(p.corpus.vocabulary), o.stemCache), o);
}

function assemble(p: IndexParts, lexicon: Lexicon, o: IndexLayoutOptions): CorpusIndex {
  const store = new SentenceStore(p.corpus, lexicon, p.columns, o.materializedCache);
  const count = p.columns.doc.length;
  const sentences: IndexedSentence[] = new Array(count);
  for (let id = 0; id < count; id++) sentences[id] = new StoredSentence(store, id);
  const words = new SearchableMap<number>();
  for (const [word, n] of p.wordCounts) words.set(word, n);
  const { df, search } = deriveSearch(p.columns);
  // Retrieval goes through MiniSearch on every question, so it is built with the index.
  const miniSearch = search();
  const index: CorpusIndex = {
    corpus: p.corpus,
    lexicon,
    sentences,
    df,
    search: miniSearch,
    words,
  };
  parts.set(index, p);
  return index;
}

/** Builds the index for a validated corpus. */
export function buildCorpusIndex(
  given: ValidCorpus,
  ingest: IngestOptions = ingestDefaults,
  layout: Partial<IndexLayoutOptions> = {},
  gazetteer: Gazetteer = emptyGazetteer,
): CorpusIndex {
  const o = { ...indexLayoutDefaults, ...layout };
  // Named things come from the articles themselves; the vocabulary's own entities stay as overrides.
  // Sentences are split once, for discovery and for the index alike.
  const ingested = given.documents.map((d, i) => ingestDocument(i, d.text, d.language, ingest));
  const corpus = withDiscoveredEntities(given, gazetteer, ingest, ingested);
  const lexicon = cachedStems(buildLexicon(corpus.vocabulary), o.stemCache);
  const wordCounts = new Map<string, number>();
  const countWord = (w: string) => wordCounts.set(w, (wordCounts.get(w) ?? 0) + 1);
  const keyListIds = new Map<string, number>();
  const keyLists: (readonly string[])[] = [];
  const canonicalKey = new Map<string, string>();
  const textOverrides = new Map<number, string>();
  const surfaceOverrides = new Map<number, string>();
  const col = {
    doc: new IntColumn(),
    paragraph: new IntColumn(),
    start: new IntColumn(),
    end: new IntColumn(),
    kind: new IntColumn(),
    prev: new IntColumn(),
    slotOffset: new IntColumn(),
    slotKind: new IntColumn(),
    slotStart: new IntColumn(),
    slotEnd: new IntColumn(),
    slotKeys: new IntColumn(),
  };
  let id = 0;
  corpus.documents.forEach((document, d) => {
    let last = -1;
    let lastParagraph = -1;
    for (const raw of ingested[d] ?? []) {
      // The spelling hook sees every token analyze reads, so the words come without a second tokenize.
      let tokens = 0;
      const slots = analyze(raw.text, document.language, lexicon, {
        mode: "document",
        correct: (t) => {
          tokens++;
          countWord(t.norm);
          return undefined;
        },
      });
      if (tokens === 0) for (const t of tokenize(raw.text)) countWord(t.norm);

      if (raw.text.length !== raw.end - raw.start || !document.text.startsWith(raw.text, raw.start)) textOverrides.set(id, raw.text);
      col.doc.push(d);
      col.paragraph.push(raw.paragraph);
      col.start.push(raw.start);
      col.end.push(raw.end);
      col.kind.push(codeOf(SENTENCE_KINDS, raw.kind, "sentence kind"));
      col.prev.push(last >= 0 && lastParagraph === raw.paragraph ? last : -1);
      col.slotOffset.push(col.slotKind.length);
      for (const slot of slots) {
        const signature = slot.keys.length === 1 ? (slot.keys[0] as string) : slot.keys.join("\u0000");
        let listId = keyListIds.get(signature);
        if (listId === undefined) {
          const list = slot.keys.map((k) => {
            let c = canonicalKey.get(k);
            if (c === undefined) canonicalKey.set(k, (c = k));
            return c;
          });
          listId = keyLists.push(Object.freeze(list)) - 1;
          keyListIds.set(signature, listId);
        }
        if (slot.surface.length !== slot.end - slot.start || !raw.text.startsWith(slot.surface, slot.start))
          surfaceOverrides.set(col.slotKind.length, slot.surface);
        col.slotKind.push(codeOf(SLOT_KINDS, slot.kind, "slot kind"));
        col.slotStart.push(slot.start);
        col.slotEnd.push(slot.end);
        col.slotKeys.push(listId);
      }
      last = id++;
      lastParagraph = raw.paragraph;
    }
  });
  col.slotOffset.push(col.slotKind.length);
  for (const cues of [lexicon.languageCues.en, lexicon.languageCues.it]) for (const w of cues) countWord(w);
  for (const list of lexicon.phrases.values()) for (const p of list) for (const w of p.words) countWord(w);

  const columns: SentenceColumns = {
    doc: col.doc.toArray(),
    paragraph: col.paragraph.toArray(),
    start: col.start.toArray(),
    end: col.end.toArray(),
    kind: col.kind.toBytes(),
    prev: col.prev.toArray(),
    slotOffset: col.slotOffset.toArray(),
    slotKind: col.slotKind.toBytes(),
    slotStart: col.slotStart.toArray(),
    slotEnd: col.slotEnd.toArray(),
    slotKeys: col.slotKeys.toArray(),
    keyLists,
    textOverrides,
    surfaceOverrides,
  };
  return assemble({ corpus, columns, wordCounts }, lexicon, o);
}

type SearchDoc = { id: number; keys: string };

/** Flat postings: the sentences holding key k are `ids[offset[k] .. offset[k + 1] - 1]`, ascending. */
export interface Postings {
  keyId: Map<string, number>;
  offset: Int32Array;
  ids: Int32Array;
  /** Distinct keys per sentence, as MiniSearch counts field length (an empty one counts 1). */
  fieldLength: Int32Array;
  /** MiniSearch's running average of field length, computed in the same order. */
  averageFieldLength: number;
}

/**
 * Document frequencies and flat postings derived from the columns, and a function that
 * builds the MiniSearch index from them (called on first use of `index.search`).
 */
export function deriveSearch(columns: SentenceColumns): { df: Map<string, number>; postings: Postings; search: () => MiniSearch<SearchDoc> } {
  const count = columns.doc.length;
  const keyId = new Map<string, number>();
  const keyStrings: string[] = [];
  const listKeyIds = columns.keyLists.map((list) =>
    list.map((k) => {
      let i = keyId.get(k);
      if (i === undefined) keyId.set(k, (i = keyStrings.push(k) - 1));
      return i;
    }),
  );
  const keys = keyStrings.length;
  const counts = new Int32Array(keys);
  const seenIn = new Int32Array(keys).fill(-1);
  const fieldLength = new Int32Array(count);
  const order: number[] = [];
  // Pass 1: distinct keys per sentence, document frequencies, first-seen key order.
  for (let id = 0; id < count; id++) {
    let unique = 0;
    for (let i = columns.slotOffset[id] as number, end = columns.slotOffset[id + 1] as number; i < end; i++) {
      for (const k of listKeyIds[columns.slotKeys[i] as number] as number[]) {
        if (seenIn[k] === id) continue;
        if (seenIn[k] === -1) order.push(k);
        seenIn[k] = id;
        unique++;
        (counts[k] as number)++;
      }
    }
    fieldLength[id] = unique || 1;
  }
  const offset = new Int32Array(keys + 1);
  for (let k = 0; k < keys; k++) offset[k + 1] = (offset[k] as number) + (counts[k] as number);
  const ids = new Int32Array(offset[keys] as number);
  const fill = offset.slice(0, keys);
  seenIn.fill(-1);
  // Pass 2: postings, ascending by sentence id.
  for (let id = 0; id < count; id++) {
    for (let i = columns.slotOffset[id] as number, end = columns.slotOffset[id + 1] as number; i < end; i++) {
      for (const k of listKeyIds[columns.slotKeys[i] as number] as number[]) {
        if (seenIn[k] === id) continue;
        seenIn[k] = id;
        ids[(fill[k] as number)++] = id;
      }
    }
  }
  let average = 0;
  for (let id = 0; id < count; id++) average = (average * id + (fieldLength[id] as number)) / (id + 1);
  const postings: Postings = { keyId, offset, ids, fieldLength, averageFieldLength: average };
  // df keeps the order in which keys first occur, as counting sentence by sentence does.
  const df = new Map<string, number>(order.map((k) => [keyStrings[k] as string, counts[k] as number]));

  return { df, postings, search: () => miniSearchFrom(columns, postings, keyStrings, order) };
}

/**
 * The MiniSearch index, handed over in its own serialised form (`loadJS`): several times
 * faster than adding 200,000 small documents one by one, and the identical index (the
 * same ids, postings in the same order, the same average field length).
 */
function miniSearchFrom(columns: SentenceColumns, postings: Postings, keyStrings: string[], order: number[]): MiniSearch<SearchDoc> {
  const count = columns.doc.length;
  const { offset, ids, fieldLength } = postings;
  // Keys are split on spaces when searched; one holding a space would index differently.
  if (!keyStrings.every((k) => k !== "" && !k.includes(" "))) {
    const search = new MiniSearch<SearchDoc>(searchIndexOptions);
    for (let id = 0; id < count; id++) {
      const own = new Set<string>();
      for (let i = columns.slotOffset[id] as number, end = columns.slotOffset[id + 1] as number; i < end; i++)
        for (const k of columns.keyLists[columns.slotKeys[i] as number] as string[]) own.add(k);
      search.add({ id, keys: [...own].join(" ") });
    }
    return search;
  }
  const documentIds: Record<number, number> = {};
  const lengths: Record<number, number[]> = {};
  for (let id = 0; id < count; id++) {
    documentIds[id] = id;
    lengths[id] = [fieldLength[id] as number];
  }
  const js: AsPlainObject = {
    documentCount: count,
    nextId: count,
    documentIds,
    fieldIds: { keys: 0 },
    fieldLength: lengths,
    averageFieldLength: count ? [postings.averageFieldLength] : [],
    storedFields: {},
    dirtCount: 0,
    index: order.map((k) => {
      const freqs: Record<number, number> = {};
      for (let j = offset[k] as number, end = offset[k + 1] as number; j < end; j++) freqs[ids[j] as number] = 1;
      return [keyStrings[k] as string, { 0: freqs }];
    }),
    serializationVersion: 2,
  };
  return MiniSearch.loadJS<SearchDoc>(js, searchIndexOptions);
}

/**
 * How many sentences each document has, from the columns in one pass. `sources()` needs
 * this; filtering all sentences once per document is quadratic (2 billion reads at 10,000
 * articles).
 */
export function sentencesPerDocument(index: CorpusIndex): number[] {
  const counts = new Array<number>(index.corpus.documents.length).fill(0);
  const p = parts.get(index);
  if (p) for (const d of p.columns.doc) counts[d] = (counts[d] ?? 0) + 1;
  else for (const s of index.sentences) counts[s.doc] = (counts[s.doc] ?? 0) + 1;
  return counts;
}

/** The position of `value` in `list`, as a column code; names the value when it is new. */
function codeOf<T>(list: readonly T[], value: T, what: string): number {
  const code = list.indexOf(value);
  if (code < 0) throw new Error(`corpus-index: unknown ${what} "${String(value)}" (add it to ${what === "sentence kind" ? "SENTENCE_KINDS" : "SLOT_KINDS"})`);
  return code;
}


/** A stable text form of ingest options (their regexes included), for cache keys. */
export function ingestFingerprint(ingest: IngestOptions): string {
  return JSON.stringify(ingest, (_key, value: unknown) => (value instanceof RegExp ? value.toString() : value));
}


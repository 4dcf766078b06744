/**
 * Sentences read out of the columns on demand: a sentence is materialised (slots, key set,
 * features) only when the ranker looks at it, and the last few thousand materialised are
 * kept, so answering stays allocation-light at any corpus size.
 */
import type { RawSentence, SentenceKind } from "../../corpus/ingest.js";
import type { ValidCorpus } from "../../corpus/validate.js";
import type { Slot, SlotKind } from "../../text/analyze.js";
import type { Lexicon } from "../../text/lexicon.js";
import { sentenceFeatures, type SentenceFeatures } from "../features.js";
import { SENTENCE_KINDS, SLOT_KINDS, type SentenceColumns } from "./columns.js";

/**
 * One sentence with its analysis, as ranking and extraction read it. Sentences of an index
 * are views over the columns: treat them (and their slots' key lists, which are shared and
 * frozen) as read-only.
 */
export interface IndexedSentence extends RawSentence {
  id: number;
  /** The sentence before it in the same paragraph, which often names what "it" is. */
  prev: number | null;
  slots: Slot[];
  keys: Set<string>;
  features: SentenceFeatures;
}

interface Materialized {
  slots: Slot[];
  keys: Set<string>;
  features: SentenceFeatures;
}

/** Reads sentences out of the columns, keeping the last materialised ones (first in, first out). */
export class SentenceStore {
  private readonly cache = new Map<number, Materialized>();
  constructor(
    readonly corpus: ValidCorpus,
    readonly lexicon: Lexicon,
    readonly columns: SentenceColumns,
    private readonly cacheLimit: number,
  ) {}

  text(id: number): string {
    const c = this.columns;
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
      slots.push({ keys: slotKeys, kind: SLOT_KINDS[c.slotKind[i] as number] as SlotKind, surface: text.slice(start, stop), start, end: stop });
      for (const k of slotKeys) keys.add(k);
    }
    const entry = { slots, keys, features: sentenceFeatures(text, slots, this.lexicon) };
    if (this.cache.size >= this.cacheLimit) this.cache.delete(this.cache.keys().next().value as number);
    this.cache.set(id, entry);
    return entry;
  }

  /** Every sentence as a view; the views hold only their id. */
  sentences(): IndexedSentence[] {
    const count = this.columns.doc.length;
    const out: IndexedSentence[] = new Array(count);
    for (let id = 0; id < count; id++) out[id] = new StoredSentence(this, id);
    return out;
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

/**
 * The sentence columns: every sentence of the corpus and its analysis as typed arrays plus
 * a table of interned key lists, not one object graph per sentence. At 10,000 articles
 * that is 200,000 sentences and 3 million slots, which as plain objects took over a
 * gigabyte of heap. The columns are also exactly what a snapshot persists.
 */
import type { RawSentence, SentenceKind } from "../../corpus/ingest.js";
import type { ValidCorpus } from "../../corpus/validate.js";
import { analyze, type Slot, type SlotKind } from "../../text/analyze.js";
import { relativeYearSpans } from "../dates.js";
import type { Lexicon } from "../../text/lexicon.js";
import { tokenize } from "../../text/normalize.js";
import { callsBackACar, opensPointingBack, opensWithACar } from "../../text/anaphora.js";

export const SENTENCE_KINDS: readonly SentenceKind[] = ["body", "heading", "question"];
export const SLOT_KINDS: readonly SlotKind[] = ["entity", "concept", "term", "number"];

/**
 * Index i of the sentence columns is sentence id i; slots of sentence i are
 * `slotOffset[i] .. slotOffset[i + 1] - 1`. Text is not stored: a sentence is
 * `documents[doc].text.slice(start, end)` and a slot's surface is a slice of its sentence.
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

/** The position of `value` in `list`, as a column code; names the value when it is new. */
function codeOf<T>(list: readonly T[], value: T, what: string): number {
  const code = list.indexOf(value);
  if (code < 0) throw new Error(`corpus-index: unknown ${what} "${String(value)}" (add it to ${what === "sentence kind" ? "SENTENCE_KINDS" : "SLOT_KINDS"})`);
  return code;
}

/** Interns key lists, so the many slots with the same keys share one frozen array. */
class KeyLists {
  readonly lists: (readonly string[])[] = [];
  private readonly ids = new Map<string, number>();
  private readonly canonical = new Map<string, string>();
  idOf(keys: readonly string[]): number {
    const signature = keys.length === 1 ? (keys[0] as string) : keys.join("\u0000");
    let id = this.ids.get(signature);
    if (id === undefined) {
      const list = keys.map((k) => {
        let c = this.canonical.get(k);
        if (c === undefined) this.canonical.set(k, (c = k));
        return c;
      });
      id = this.lists.push(Object.freeze(list)) - 1;
      this.ids.set(signature, id);
    }
    return id;
  }
}

/**
 * The distinct keys of the key lists once each, and every list as indexes into them: how a
 * snapshot stores the lists and how the search index counts them.
 */
export function keyTable(keyLists: readonly (readonly string[])[]): { keys: string[]; lists: number[][] } {
  const ids = new Map<string, number>();
  const keys: string[] = [];
  const lists = keyLists.map((list) =>
    list.map((k) => {
      let id = ids.get(k);
      if (id === undefined) ids.set(k, (id = keys.push(k) - 1));
      return id;
    }),
  );
  return { keys, lists };
}

/**
 * For each sentence of one article, whether it carries on from the sentence before: within a
 * paragraph always; across a break when the sentence before is body text and its paragraph is
 * short (IngestOptions.carriedParagraph) or it opens by pointing back or with a car named by its kind ("The new model will exceed
 * 4.60 meters" after the paragraph naming the car; two sets of unseen articles gained a question
 * each, and no set lost one). After a sub-heading only when it calls a car "this model" among its
 * first words: linking every sentence under a heading cost the seed fixtures three questions.
 */
function carriesOn(sentences: readonly RawSentence[], title: string, carriedParagraph: number, pointsBack: (text: string) => boolean): boolean[] {
  const sizes = new Map<number, number>();
  for (const raw of sentences) sizes.set(raw.paragraph, (sizes.get(raw.paragraph) ?? 0) + 1);
  return sentences.map((raw, k) => {
    const before = sentences[k - 1];
    if (!before) return false;
    // "One of the most anticipated additions is the upcoming E-SUV // Imparato stated that this model would be...":
    // under a sub-heading (not the title), a sentence that calls a car "this model" early on is about the heading's.
    if (before.kind === "heading") return before.text.trim() !== title.trim() && callsBackACar(raw.text);
    return before.paragraph === raw.paragraph || (before.kind === "body" && ((sizes.get(raw.paragraph) ?? 0) <= carriedParagraph || pointsBack(raw.text)));
  });
}

/** The sentence's slots and its relative years as the years they mean ("this year" in a 2024 article: 2024), in order. */
function withRelativeYears(slots: Slot[], text: string, date: string | null): Slot[] {
  const years = relativeYearSpans(text, date);
  if (years.length === 0) return slots;
  const added: Slot[] = years.map((y) => ({ keys: [`n:${y.year}`], kind: "number", surface: text.slice(y.start, y.end), start: y.start, end: y.end }));
  return [...slots, ...added].sort((a, b) => a.start - b.start);
}

/** The columns of a corpus and its word counts (for the spelling tree), in one pass of analysis. */
export function analyzeIntoColumns(
  corpus: ValidCorpus,
  ingested: readonly RawSentence[][],
  lexicon: Lexicon,
  carriedParagraph: number,
): { columns: SentenceColumns; wordCounts: Map<string, number> } {
  const wordCounts = new Map<string, number>();
  const countWord = (w: string) => wordCounts.set(w, (wordCounts.get(w) ?? 0) + 1);
  const keyLists = new KeyLists();
  const names = ["doc", "paragraph", "start", "end", "kind", "prev", "slotOffset", "slotKind", "slotStart", "slotEnd", "slotKeys"] as const;
  const col = Object.fromEntries(names.map((n) => [n, new IntColumn()])) as Record<(typeof names)[number], IntColumn>;
  let id = 0;
  corpus.documents.forEach((document, d) => {
    const sentences = ingested[d] ?? [];
    const linked = carriesOn(sentences, document.meta.title, carriedParagraph, (text) => opensPointingBack(text, lexicon) || opensWithACar(text));
    sentences.forEach((raw, k) => {
      // Quotes are verbatim slices of the article: a sentence that is not one is a bug upstream.
      if (raw.text.length !== raw.end - raw.start || !document.text.startsWith(raw.text, raw.start))
        throw new Error(`corpus-index: sentence ${id} of "${document.meta.file}" is not a slice of its text (offsets ${raw.start}-${raw.end})`);
      // The spelling hook sees every token analyze reads, so the words come without a second tokenize.
      let tokens = 0;
      const slots = withRelativeYears(analyze(raw.text, document.language, lexicon, { mode: "document", correct: (t) => void (tokens++, countWord(t.norm)) }), raw.text, document.meta.date);
      if (tokens === 0) for (const t of tokenize(raw.text)) countWord(t.norm);
      col.doc.push(d);
      col.paragraph.push(raw.paragraph);
      col.start.push(raw.start);
      col.end.push(raw.end);
      col.kind.push(codeOf(SENTENCE_KINDS, raw.kind, "sentence kind"));
      col.prev.push(linked[k] ? id - 1 : -1);
      col.slotOffset.push(col.slotKind.length);
      for (const slot of slots) {
        if (slot.surface.length !== slot.end - slot.start || !raw.text.startsWith(slot.surface, slot.start))
          throw new Error(`corpus-index: slot "${slot.surface}" of sentence ${id} is not a slice of its sentence`);
        col.slotKind.push(codeOf(SLOT_KINDS, slot.kind, "slot kind"));
        col.slotStart.push(slot.start);
        col.slotEnd.push(slot.end);
        col.slotKeys.push(keyLists.idOf(slot.keys));
      }
      id++;
    });
  });
  col.slotOffset.push(col.slotKind.length);
  for (const cues of [lexicon.languageCues.en, lexicon.languageCues.it]) for (const w of cues) countWord(w);
  for (const list of lexicon.phrases.values()) for (const p of list) for (const w of p.words) countWord(w);
  const ints = (n: (typeof names)[number]) => col[n].toArray();
  const columns: SentenceColumns = {
    doc: ints("doc"),
    paragraph: ints("paragraph"),
    start: ints("start"),
    end: ints("end"),
    kind: col.kind.toBytes(),
    prev: ints("prev"),
    slotOffset: ints("slotOffset"),
    slotKind: col.slotKind.toBytes(),
    slotStart: ints("slotStart"),
    slotEnd: ints("slotEnd"),
    slotKeys: ints("slotKeys"),
    keyLists: keyLists.lists,
  };
  return { columns, wordCounts };
}

/**
 * What ranking asks of a whole article: where it starts, what its title and lede are about,
 * which named things it mentions anywhere. Worked out per article on first use (most
 * questions touch a handful of the corpus's articles) and kept with the index they belong to.
 */
import type { ValidCorpus } from "../../corpus/validate.js";
import { analyze } from "../../text/analyze.js";
import type { Lexicon } from "../../text/lexicon.js";
import { monthNames } from "../../text/periods.js";
import { datePeriod, sortableDate } from "../compose.js";
import type { SentenceColumns } from "./columns.js";
import type { IndexedSentence } from "./store.js";

const NAME = "c:name";
/** A car, or a name nothing else types: what follows "codenamed" is a car all the same. */
const NAMED_KINDS = new Set(["model", "name"]);

const YEAR_KEY = /^n:(?:19|20)\d\d$/;
/** A rise or fall measured against a year: "a 20.1% jump over 2024", "+30% rispetto al 2022". */
const COMPARED_YEAR = /\d\s*(?:%|percent|per\s*cent(?:o)?)\D{0,40}?\b(?:over|on|vs\.?|versus|compared\s+(?:to|with)|rispetto\s+al|sul)\s+((?:19|20)\d\d)(?!\d)/iu;

/** An article's one reported stretch of months: its key, the first sentence naming it, the years said with it. */
export interface PeriodFrame {
  period: string;
  from: number;
  years: string[];
}

export class DocumentFacts {
  private readonly starts: number[];
  private readonly titles = new Map<number, Set<string>>();
  private readonly entities = new Map<number, Set<string>>();
  /** How many sentences each document has, from the columns in one pass. */
  readonly sentenceCounts: number[];
  /** Each document's date in sortable form (undated: "", the oldest), for ranking's ties and time rules. */
  readonly dates: string[];
  /** Each document's first and last possible day (see {@link datePeriod}): whether one is surely newer than another. */
  readonly periods: (readonly [string, string])[];
  /**
   * The years and months the articles are dated (by their records, not inferred), as keys:
   * "orders in August 2025" asked of an article dated 23 August 2025 is about its own month,
   * though no sentence names it, so the month is no unknown word to decline on.
   */
  readonly dateKeys: ReadonlySet<string>;
  /** Document numbers, newest first (undated last; among equals, corpus order): how retrieval reads a large corpus. */
  readonly newestFirst: number[];

  constructor(
    private readonly corpus: ValidCorpus,
    private readonly lexicon: Lexicon,
    private readonly columns: SentenceColumns,
    private readonly sentences: readonly IndexedSentence[],
  ) {
    this.dates = corpus.documents.map((d) => sortableDate(d.meta.date));
    this.periods = corpus.documents.map((d) => datePeriod(d.meta.date));
    const dates = this.dates;
    this.newestFirst = dates.map((_, doc) => doc).sort((a, b) => ((dates[a] as string) < (dates[b] as string) ? 1 : (dates[a] as string) > (dates[b] as string) ? -1 : a - b));
    this.dateKeys = new Set(corpus.documents.flatMap((_, doc) => this.ownDateKeys(doc)));
    this.sentenceCounts = new Array<number>(corpus.documents.length).fill(0);
    for (const d of columns.doc) this.sentenceCounts[d] = (this.sentenceCounts[d] ?? 0) + 1;
    // Sentence ids run document by document.
    this.starts = [];
    let at = 0;
    for (const n of this.sentenceCounts) {
      this.starts.push(at);
      at += n;
    }
  }

  /** The ids of a document's sentences: `[first, end)`. */
  sentenceRange(doc: number): [number, number] {
    const first = this.starts[doc] ?? this.sentences.length;
    return [first, first + (this.sentenceCounts[doc] ?? 0)];
  }

  /** The first body sentence of a document. */
  lede(doc: number): IndexedSentence | undefined {
    const end = this.starts[doc + 1] ?? this.sentences.length;
    for (let id = this.starts[doc] ?? end; id < end; id++) if (this.sentences[id]?.kind === "body") return this.sentences[id];
    return undefined;
  }

  /** Keys of a document's title and lede (what the whole article is about), and its year. */
  titleKeys(doc: number): Set<string> | undefined {
    let keys = this.titles.get(doc);
    const d = this.corpus.documents[doc];
    if (keys || !d) return keys;
    const lede = this.lede(doc);
    const text = lede ? `${d.meta.title}. ${lede.text}` : d.meta.title;
    keys = new Set(analyze(text, d.language, this.lexicon, { mode: "document" }).flatMap((x) => x.keys));
    for (const k of this.namedSubjects(doc)) keys.add(k);
    for (const k of this.ownDateKeys(doc)) keys.add(k);
    const reported = this.reportedYear(doc);
    if (reported) keys.add(`n:${reported}`);
    this.titles.set(doc, keys);
    return keys;
  }

  /**
   * "Seventy-three thousand registrations worldwide. A 20.1% jump over 2024.": an article that
   * opens with a figure measured against a year, naming no year of its own, reports the year
   * after it (when it is dated later): its market figures further on are that year's.
   */
  private reportedYear(doc: number): string | undefined {
    const lede = this.lede(doc);
    const d = this.corpus.documents[doc];
    if (!lede || !d) return undefined;
    const dated = Number(/^\d{4}/.exec(d.meta.date ?? "")?.[0] ?? NaN);
    const end = this.sentenceRange(doc)[1];
    for (let id = lede.id; id < end && this.sentences[id]?.paragraph === lede.paragraph; id++) {
      const text = (this.sentences[id] as IndexedSentence).text;
      const years = text.match(/(?<!\d)(?:19|20)\d\d(?!\d)/gu) ?? [];
      const compared = COMPARED_YEAR.exec(text)?.[1];
      if (years.length === 1 && compared !== undefined && Number(compared) + 1 <= dated) return String(Number(compared) + 1);
      if (years.length > 0) return undefined;
    }
    return undefined;
  }

  /**
   * "...in the first half of 2025" asked of an article published in 2025, "ad agosto 2025" of one
   * published that August: its year and month are the scene too.
   */
  private ownDateKeys(doc: number): string[] {
    const d = this.corpus.documents[doc];
    const m = /^(\d{4})(?:-(\d{2}))?/.exec(d?.meta.date ?? "");
    if (!m || d?.meta.dateInferred) return [];
    const month = m[2] === undefined ? [] : this.monthKeys(Number(m[2]));
    return [`n:${m[1]}`, ...month];
  }

  private readonly months = new Map<number, string[]>();
  /** A month's concept keys, read through the vocabulary (its Italian name: English "May" is also the verb). */
  private monthKeys(month: number): string[] {
    let keys = this.months.get(month);
    if (!keys) {
      const name = monthNames(month)?.[1] ?? "";
      keys = analyze(name, "it", this.lexicon, { mode: "document" }).flatMap((x) => x.keys.filter((k) => k.startsWith("c:")));
      this.months.set(month, keys);
    }
    return keys;
  }

  /**
   * Cars the article introduces by name ("la nuova vettura, identificata con il nome provvisorio di
   * Alfetta", "codenamed X", "dubbed X"): what the article is about, though it then says "the new
   * crossover". A naming word, then the model (or an untyped name) at most one word on.
   */
  private namedSubjects(doc: number): string[] {
    const out: string[] = [];
    const c = this.columns;
    const [first, end] = this.sentenceRange(doc);
    for (let id = first; id < end; id++) {
      let naming = -Infinity;
      for (let i = c.slotOffset[id] as number, last = c.slotOffset[id + 1] as number; i < last; i++) {
        const keys = c.keyLists[c.slotKeys[i] as number] ?? [];
        if (keys.includes(NAME)) naming = i;
        else if (i - naming <= 2)
          for (const k of keys) if (k.startsWith("e:") && NAMED_KINDS.has(this.lexicon.entities.get(k.slice(2))?.type ?? "")) out.push(k);
      }
    }
    return out;
  }

  private readonly frames = new Map<number, PeriodFrame | null>();
  /**
   * The one stretch of months an article reports on ("Tra gennaio e agosto 2025, ..."), when it
   * names just one: its later figures ("In Francia ... 4.215 vetture") are for that stretch,
   * though they do not repeat it. An article that names two stretches frames nothing.
   */
  periodFrame(doc: number): PeriodFrame | null {
    const known = this.frames.get(doc);
    if (known !== undefined) return known;
    const c = this.columns;
    const [first, end] = this.sentenceRange(doc);
    let frame = null as PeriodFrame | null;
    let periods = 0;
    for (let id = first; id < end && periods < 2; id++) {
      const keys: string[] = [];
      for (let i = c.slotOffset[id] as number, last = c.slotOffset[id + 1] as number; i < last; i++) keys.push(...(c.keyLists[c.slotKeys[i] as number] ?? []));
      const period = keys.find((k) => k.startsWith("p:"));
      if (period === undefined || period === frame?.period) continue;
      periods++;
      frame = { period, from: id, years: keys.filter((k) => YEAR_KEY.test(k)) };
    }
    frame = periods === 1 ? frame : null;
    this.frames.set(doc, frame);
    return frame;
  }

  /** The named things an article mentions anywhere after its title. */
  entityKeys(doc: number): Set<string> {
    let keys = this.entities.get(doc);
    if (keys) return keys;
    keys = new Set();
    // Read from the columns: materialising every sentence of the article would cost far more.
    const c = this.columns;
    const first = this.lede(doc)?.id ?? c.doc.length;
    for (let id = first; id < c.doc.length && c.doc[id] === doc; id++)
      for (let i = c.slotOffset[id] as number, end = c.slotOffset[id + 1] as number; i < end; i++)
        for (const k of c.keyLists[c.slotKeys[i] as number] ?? []) if (k.startsWith("e:")) keys.add(k);
    this.entities.set(doc, keys);
    return keys;
  }
}

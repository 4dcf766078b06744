/**
 * The retrieval gate: which sentences are worth scoring when a question's keys reach more
 * sentences than retrieval's budget. MiniSearch says which sentences hold each slot of the
 * question (a search whose `boostDocument` records each posting and skips it, allocating
 * nothing), shard by shard from the newest articles, until enough sentences hold the whole
 * question; the gate then lets only the newest of those be scored.
 */
import type { CorpusIndex, SearchShard } from "./corpus-index.js";
import { postingsOf, type GatedQuery } from "./retrieve.js";
import type { RankOptions } from "./rank.js";
import type { QuerySlot, Understanding } from "./understand.js";

/** One byte of slot bits per sentence: a question with more slots to check is not gated. */
const MAX_GATED_SLOTS = 8;
const ALL = 1;
const ENOUGH = 2;

/**
 * The gated query for a question. A sentence passes ALL when it or the sentence before it
 * holds every slot the question asks (not the brand, not a word the corpus lacks, not a word
 * the question's type already says). It passes ENOUGH when it could still reach the answer
 * threshold: its own slots, the sentence before at context credit, and for each slot it
 * lacks the most that context, title or article could lend. ALL is used when at least
 * `rescored` pass it (the ranker would pick those first anyway), else ENOUGH.
 *
 * Shards are read newest first until `rescored` sentences hold every slot themselves, the
 * type's words included: the ranker's first cut keeps that many, the best-covering and among
 * equals the newest, so no older sentence could cover more. Only sentences from that date on
 * are scored (or, when fewer hold it, the newest `candidates` that pass). A role asked with a
 * qualifier ("head of design") is held only beside it, which slot bits cannot tell, so such a
 * question never stops early.
 */
export function retrievalGate(index: CorpusIndex, u: Understanding, keys: readonly string[], o: RankOptions): GatedQuery | undefined {
  const gated = u.slots.filter((s) => !s.unknown && !s.generic);
  if (gated.length === 0 || gated.length > MAX_GATED_SLOTS || gated.every((s) => s.implied)) return undefined;
  const tally = new Tally(index, u, gated, o);
  const read: SearchShard[] = [];
  for (const shard of index.shards) {
    tally.read(shard);
    read.push(shard);
    if (tally.whole >= o.rescored) break;
  }
  const level = tally.all >= o.rescored ? ALL : ENOUGH;
  const [whole, all, enough] = tally.perDoc;
  const since = tally.whole >= o.rescored ? newestWithEnough(index, whole, o.rescored) : newestWithEnough(index, level === ALL ? all : enough, o.candidates);
  const { passes } = tally;
  const doc = index.parts.columns.doc;
  const dates = index.documents.dates;
  // Only sentences that hold the whole question themselves are scored then, and each holds the
  // rarest slot: its keys alone reach all of them.
  const rarest = tally.whole >= o.rescored ? [...gated].sort((a, b) => postingsOf(index, a.keys) - postingsOf(index, b.keys))[0]?.keys : undefined;
  return {
    keys: rarest ?? keys,
    shards: read.filter((s) => s.docs.some((d) => (dates[d] ?? "") >= since)),
    worth: (id) => ((passes[id] as number) & level) !== 0 && (dates[doc[id] as number] ?? "") >= since,
  };
}

/** Which sentences of the shards read so far pass each gate: per sentence, per article, and in all. */
class Tally {
  /** Bits of the gated slots each sentence holds. */
  private readonly held: Uint8Array;
  readonly passes: Uint8Array;
  /** Per article, how many of its sentences hold the whole question themselves, pass ALL, and pass ENOUGH. */
  readonly perDoc: [Int32Array, Int32Array, Int32Array];
  whole = 0;
  all = 0;
  private readonly weight: Float64Array;
  private readonly free: number;
  private readonly threshold: number;
  /** The bits of the slots the question asks (ALL needs them). */
  private readonly every: number;
  /** The bits of every gated slot, the type's words too. */
  private readonly slotBits: number;
  /** What a whole sentence holds: every gated slot (nothing, when a qualified role cannot be told by bits). */
  private readonly complete: number;
  /** Most credit a lacking slot may still earn: two sentences back, the title or the article. */
  private readonly lent: number;

  constructor(
    private readonly index: CorpusIndex,
    u: Understanding,
    private readonly gated: readonly QuerySlot[],
    private readonly o: RankOptions,
  ) {
    const sentences = index.parts.columns.doc.length;
    const documents = index.documents.dates.length;
    this.held = new Uint8Array(sentences);
    this.passes = new Uint8Array(sentences);
    this.perDoc = [new Int32Array(documents), new Int32Array(documents), new Int32Array(documents)];
    this.weight = bitWeights(gated);
    let total = 0;
    let free = 0;
    for (const slot of u.slots) {
      total += slot.weight;
      if (!slot.unknown && !gated.includes(slot)) free += slot.weight;
    }
    this.free = free;
    this.threshold = o.minCoverage * total;
    this.slotBits = 2 ** gated.length - 1;
    this.complete = gated.some((s) => s.qualifiedBy) ? -1 : this.slotBits;
    this.every = gated.reduce((bits, slot, i) => (slot.implied ? bits : bits | (1 << i)), 0);
    this.lent = Math.max(o.contextCredit[1] ?? 0, o.titleCredit, o.documentCredit);
  }

  /** Records what one shard's sentences hold (through MiniSearch's postings) and which gates they pass. */
  read(shard: SearchShard): void {
    const held = this.held;
    this.gated.forEach((slot, i) => {
      const bit = 1 << i;
      const record = (id: number) => {
        held[id] = (held[id] as number) | bit;
        return 0;
      };
      shard.search.search({ combineWith: "OR", queries: [...slot.keys] }, { boostDocument: record });
    });
    for (const d of shard.docs) {
      const [first, end] = this.index.documents.sentenceRange(d);
      for (let id = first; id < end; id++) this.judge(id, d);
    }
  }

  private judge(id: number, d: number): void {
    const own = this.held[id] as number;
    if (own === 0) return;
    const every = this.every;
    const p = this.index.parts.columns.prev[id] as number;
    const before = p < 0 ? 0 : (this.held[p] as number) & ~own;
    const lacking = this.slotBits & ~own & ~before;
    const [whole, all, enough] = this.perDoc;
    if (own === this.complete) {
      whole[d] = (whole[d] as number) + 1;
      this.whole++;
    }
    if (((own | before) & every) === every) {
      this.passes[id] = ALL;
      all[d] = (all[d] as number) + 1;
      this.all++;
    }
    const o = this.o;
    const reach = this.free + (this.weight[own] as number) + o.contextCredit[0] * (this.weight[before] as number) + this.lent * (this.weight[lacking] as number);
    if (reach >= this.threshold) {
      this.passes[id] = (this.passes[id] as number) | ENOUGH;
      enough[d] = (enough[d] as number) + 1;
    }
  }
}

/** The weight of every combination of gated slots. */
function bitWeights(gated: readonly QuerySlot[]): Float64Array {
  const size = 2 ** gated.length;
  const weight = new Float64Array(size);
  for (let bits = 1; bits < size; bits++) {
    gated.forEach((slot, i) => {
      if (bits & (1 << i)) weight[bits] = (weight[bits] as number) + slot.weight;
    });
  }
  return weight;
}

/**
 * The date from which the newest `candidates` passing sentences run ("" when the whole
 * corpus is needed): among sentences that hold the question equally, the ranker prefers
 * the newer, so older ones need not be scored at all.
 */
function newestWithEnough(index: CorpusIndex, perDoc: Int32Array, candidates: number): string {
  const { dates, newestFirst } = index.documents;
  let n = 0;
  for (const d of newestFirst) {
    n += perDoc[d] as number;
    if (n >= candidates) return dates[d] as string;
  }
  return "";
}

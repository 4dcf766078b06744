/**
 * Retrieval's side of the index: document frequencies and the MiniSearch index over the
 * sentences' keys, both derived from the columns (never stored: a snapshot re-derives them).
 */
import MiniSearch, { type AsPlainObject } from "minisearch";
import { keyTable, type SentenceColumns } from "./columns.js";
import type { DocumentFacts } from "./documents.js";

const splitKeys = (s: string) => s.split(" ");

/** MiniSearch options; keys are pre-analysed, so tokenising is a plain split. */
export const searchIndexOptions = {
  fields: ["keys"],
  tokenize: splitKeys,
  processTerm: (t: string) => t,
  searchOptions: { tokenize: splitKeys, processTerm: (t: string) => t },
};

/** What MiniSearch holds per sentence: its id and its keys as one space-separated field. */
export type SearchDoc = { id: number; keys: string };

/** Flat postings: the sentences holding key k are `ids[offset[k] .. offset[k + 1] - 1]`, ascending. */
interface Postings {
  offset: Int32Array;
  ids: Int32Array;
  /** Distinct keys per sentence, as MiniSearch counts field length (an empty one counts 1). */
  fieldLength: Int32Array;
  /** MiniSearch's running average of field length, computed in the same order. */
  averageFieldLength: number;
}

/**
 * One MiniSearch index over a run of articles, newest runs first. A large archive is split
 * so retrieval can stop once the newest articles hold enough answers; a corpus smaller than
 * one shard has exactly one, the whole corpus.
 */
export interface SearchShard {
  search: MiniSearch<SearchDoc>;
  /** The shard's articles, newest first. */
  docs: number[];
}

/** What sharding reads of the articles: their order, and where each one's sentences are (documents.ts). */
export type ShardedArticles = Pick<DocumentFacts, "newestFirst" | "sentenceCounts" | "sentenceRange">;

/**
 * Document frequencies and the MiniSearch shards, derived from the columns in two passes.
 * Articles go newest first; a shard closes once it holds `shardSentences`.
 */
export function deriveSearch(columns: SentenceColumns, articles: ShardedArticles, shardSentences: number): { df: Map<string, number>; shards: SearchShard[] } {
  const count = columns.doc.length;
  const { keys: keyStrings, lists: listKeyIds } = keyTable(columns.keyLists);
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
  const postings: Postings = { offset, ids, fieldLength, averageFieldLength: average };
  // df keeps the order in which keys first occur, as counting sentence by sentence does.
  const df = new Map<string, number>(order.map((k) => [keyStrings[k] as string, counts[k] as number]));

  const shards = shardsOf(articles, shardSentences);
  return { df, shards: shards.map(({ docs, ids }) => ({ docs, search: miniSearchFrom(columns, postings, keyStrings, order, ids) })) };
}

/** The articles of each shard and the sentences they hold (ascending), newest articles first. */
function shardsOf(articles: ShardedArticles, shardSentences: number): { docs: number[]; ids: Int32Array | null }[] {
  const groups: number[][] = [[]];
  let size = 0;
  for (const d of articles.newestFirst) {
    if (size >= shardSentences) {
      groups.push([]);
      size = 0;
    }
    (groups.at(-1) as number[]).push(d);
    size += articles.sentenceCounts[d] ?? 0;
  }
  // One shard is the whole corpus: its index is the one every sentence would make.
  if (groups.length === 1) return [{ docs: groups[0] as number[], ids: null }];
  return groups.map((docs) => {
    const ids: number[] = [];
    for (const d of docs) {
      const [first, end] = articles.sentenceRange(d);
      for (let id = first; id < end; id++) ids.push(id);
    }
    return { docs, ids: Int32Array.from(ids).sort() };
  });
}

/**
 * The MiniSearch index, handed over in its own serialised form (`loadJS`): several times
 * faster than adding 200,000 small documents one by one, and the identical index (the
 * same ids, postings in the same order, the same average field length).
 */
function miniSearchFrom(columns: SentenceColumns, postings: Postings, keyStrings: string[], order: number[], only: Int32Array | null): MiniSearch<SearchDoc> {
  const count = columns.doc.length;
  const { offset, ids, fieldLength } = postings;
  const members = only ?? Int32Array.from({ length: count }, (_, i) => i);
  const inShard = only ? new Uint8Array(count) : null;
  if (inShard) for (const id of members) inShard[id] = 1;
  // Keys are split on spaces when searched; one holding a space would index differently.
  if (!keyStrings.every((k) => k !== "" && !k.includes(" "))) {
    const search = new MiniSearch<SearchDoc>(searchIndexOptions);
    for (const id of members) {
      const own = new Set<string>();
      for (let i = columns.slotOffset[id] as number, end = columns.slotOffset[id + 1] as number; i < end; i++)
        for (const k of columns.keyLists[columns.slotKeys[i] as number] as string[]) own.add(k);
      search.add({ id, keys: [...own].join(" ") });
    }
    return search;
  }
  const documentIds: Record<number, number> = {};
  const lengths: Record<number, number[]> = {};
  let average = postings.averageFieldLength;
  if (only) average = 0;
  members.forEach((id, i) => {
    documentIds[id] = id;
    lengths[id] = [fieldLength[id] as number];
    // MiniSearch's running average over the shard's own sentences, in the order it would add them.
    if (only) average = (average * i + (fieldLength[id] as number)) / (i + 1);
  });
  const index: AsPlainObject["index"] = [];
  for (const k of order) {
    const freqs: Record<number, number> = {};
    let any = false;
    for (let j = offset[k] as number, end = offset[k + 1] as number; j < end; j++) {
      const id = ids[j] as number;
      if (inShard && !inShard[id]) continue;
      freqs[id] = 1;
      any = true;
    }
    if (any) index.push([keyStrings[k] as string, { 0: freqs }]);
  }
  const js: AsPlainObject = {
    documentCount: members.length,
    nextId: count,
    documentIds,
    fieldIds: { keys: 0 },
    fieldLength: lengths,
    averageFieldLength: members.length ? [average] : [],
    storedFields: {},
    dirtCount: 0,
    index,
    serializationVersion: 2,
  };
  return MiniSearch.loadJS<SearchDoc>(js, searchIndexOptions);
}

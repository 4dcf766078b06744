/**
 * Retrieval's side of the index: document frequencies and the MiniSearch index over the
 * sentences' keys, both derived from the columns (never stored: a snapshot re-derives them).
 */
import MiniSearch, { type AsPlainObject } from "minisearch";
import { keyTable, type SentenceColumns } from "./columns.js";

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

/** Document frequencies and the MiniSearch index, derived from the columns in two passes. */
export function deriveSearch(columns: SentenceColumns): { df: Map<string, number>; search: MiniSearch<SearchDoc> } {
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

  return { df, search: miniSearchFrom(columns, postings, keyStrings, order) };
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

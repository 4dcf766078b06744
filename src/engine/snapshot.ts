/**
 * Index snapshots: a built {@link CorpusIndex} as one JSON text, and back. Indexing runs
 * every article through sentence splitting, tokenising, stemming and phrase matching;
 * restoring only decodes the stored columns and re-derives the cheap parts (postings,
 * document frequencies, the MiniSearch index, the spelling tree), so start-up no longer
 * grows with the cost of analysis. Pure: the caller decides where the text lives and
 * which key it belongs to (adapters/runtime/index-cache.ts).
 *
 * What is stored is the corpus itself plus the sentence columns, not MiniSearch's own
 * `toJSON`: its index is a function of the columns, and rebuilding it from them (see
 * `deriveSearch`) is faster than parsing it, and the file is several times smaller.
 */
import { Buffer } from "node:buffer";
import type { ValidCorpus } from "../corpus/validate.js";
import {
  assembleCorpusIndex,
  SENTENCE_KINDS,
  SLOT_KINDS,
  type CorpusIndex,
  type IndexLayoutOptions,
  type SentenceColumns,
} from "./corpus-index.js";
import { keyTable } from "./index/columns.js";

/** Bumped whenever the stored shape changes, so older files are rebuilt, never misread. */
export const SNAPSHOT_FORMAT = 2;

const INT_COLUMNS = ["doc", "paragraph", "start", "end", "prev", "slotOffset", "slotStart", "slotEnd", "slotKeys"] as const;
const BYTE_COLUMNS = ["kind", "slotKind"] as const;

interface SnapshotJson {
  format: number;
  key: string;
  corpus: ValidCorpus;
  columns: Record<(typeof INT_COLUMNS)[number] | (typeof BYTE_COLUMNS)[number], string>;
  /** Key strings once; key lists as indexes into them. */
  keys: string[];
  keyLists: number[][];
  wordCounts: [string, number][];
}

const toBase64 = (a: Int32Array | Uint8Array) => Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString("base64");

/**
 * Serialises an index built by `buildCorpusIndex` (or restored here) under `key`, the
 * hash that says which corpus, engine and options it belongs to.
 */
export function serializeIndex(index: CorpusIndex, key: string): string {
  const { corpus, columns, wordCounts } = index.parts;
  const { keys, lists: keyLists } = keyTable(columns.keyLists);
  const encoded = {} as SnapshotJson["columns"];
  for (const name of INT_COLUMNS) encoded[name] = toBase64(columns[name]);
  for (const name of BYTE_COLUMNS) encoded[name] = toBase64(columns[name]);
  const json: SnapshotJson = {
    format: SNAPSHOT_FORMAT,
    key,
    corpus,
    columns: encoded,
    keys,
    keyLists,
    wordCounts: [...wordCounts],
  };
  return JSON.stringify(json);
}

function fail(message: string): never {
  throw new Error(`snapshot: ${message}`);
}

function decodeInts(name: string, b64: unknown): Int32Array {
  if (typeof b64 !== "string") fail(`column "${name}" is missing`);
  const bytes = Buffer.from(b64, "base64");
  if (bytes.byteLength % 4 !== 0) fail(`column "${name}" has ${bytes.byteLength} bytes, not a multiple of 4`);
  // Copy into an aligned buffer: Buffer's pool offset need not be a multiple of 4.
  const out = new Int32Array(bytes.byteLength / 4);
  new Uint8Array(out.buffer).set(bytes);
  return out;
}

function decodeBytes(name: string, b64: unknown): Uint8Array {
  if (typeof b64 !== "string") fail(`column "${name}" is missing`);
  return new Uint8Array(Buffer.from(b64, "base64"));
}

const isArray = (v: unknown): v is unknown[] => Array.isArray(v);

/** Checks every invariant the engine relies on, so a damaged file fails here, not mid-answer. */
function checkColumns(c: SentenceColumns, corpus: ValidCorpus): void {
  const n = c.doc.length;
  for (const name of ["paragraph", "start", "end", "prev", "kind"] as const)
    if (c[name].length !== n) fail(`column "${name}" has ${c[name].length} entries for ${n} sentences`);
  if (c.slotOffset.length !== n + 1) fail(`column "slotOffset" has ${c.slotOffset.length} entries for ${n} sentences`);
  const slots = c.slotKind.length;
  for (const name of ["slotStart", "slotEnd", "slotKeys"] as const)
    if (c[name].length !== slots) fail(`column "${name}" has ${c[name].length} entries for ${slots} slots`);
  if (c.slotOffset[0] !== 0 || c.slotOffset[n] !== slots) fail("slot offsets do not span the slots");
  for (let id = 0; id < n; id++) {
    const doc = corpus.documents[c.doc[id] as number];
    const start = c.start[id] as number;
    const end = c.end[id] as number;
    if (!doc || start < 0 || end < start || end > doc.text.length) fail(`sentence ${id} points outside its document`);
    const prev = c.prev[id] as number;
    if (prev < -1 || prev >= id) fail(`sentence ${id} has previous sentence ${prev}`);
    if ((c.kind[id] as number) >= SENTENCE_KINDS.length) fail(`sentence ${id} has kind code ${c.kind[id]}`);
    const from = c.slotOffset[id] as number;
    const to = c.slotOffset[id + 1] as number;
    if (to < from) fail(`sentence ${id} has slot offsets ${from}..${to}`);
    for (let i = from; i < to; i++) {
      const s = c.slotStart[i] as number;
      const e = c.slotEnd[i] as number;
      if (s < 0 || e < s || e > end - start) fail(`slot ${i} of sentence ${id} points outside it`);
      if ((c.slotKind[i] as number) >= SLOT_KINDS.length) fail(`slot ${i} has kind code ${c.slotKind[i]}`);
      const list = c.slotKeys[i] as number;
      if (list < 0 || list >= c.keyLists.length) fail(`slot ${i} has key list ${list} of ${c.keyLists.length}`);
    }
  }
}

/**
 * Restores an index from {@link serializeIndex}'s text. Throws an error starting with
 * "snapshot:" when the text is damaged, of another format, or stored under another key,
 * so the caller can rebuild instead.
 */
export function restoreIndex(text: string, key: string, layout: Partial<IndexLayoutOptions> = {}): CorpusIndex {
  let json: Partial<SnapshotJson>;
  try {
    json = JSON.parse(text) as Partial<SnapshotJson>;
  } catch (error) {
    fail(`is not valid JSON (${(error as Error).message})`);
  }
  if (typeof json !== "object" || json === null) fail("is not an object");
  if (json.format !== SNAPSHOT_FORMAT) fail(`has format ${String(json.format)}, expected ${SNAPSHOT_FORMAT}`);
  if (json.key !== key) fail(`was stored for key "${String(json.key)}", expected "${key}"`);
  const corpus = json.corpus;
  if (!corpus || !isArray(corpus.documents) || typeof corpus.vocabulary !== "object" || corpus.vocabulary === null)
    fail("has no corpus");
  if (!corpus.documents.every((d) => d && typeof d.text === "string" && typeof d.meta === "object" && (d.language === "en" || d.language === "it")))
    fail("has a malformed document");
  const { keys, keyLists, wordCounts } = json;
  if (!isArray(keys) || !keys.every((k) => typeof k === "string")) fail("has no key table");
  if (!isArray(keyLists) || !keyLists.every((l) => isArray(l) && l.every((i) => Number.isInteger(i) && i >= 0 && i < keys.length)))
    fail("has malformed key lists");
  const pairs = (v: unknown, what: string) => {
    if (!isArray(v) || !v.every((p) => isArray(p) && p.length === 2)) fail(`has malformed ${what}`);
    return v as [unknown, unknown][];
  };
  const raw = json.columns;
  if (typeof raw !== "object" || raw === null) fail("has no columns");
  const ints = Object.fromEntries(INT_COLUMNS.map((name) => [name, decodeInts(name, raw[name])])) as Record<(typeof INT_COLUMNS)[number], Int32Array>;
  const bytes = Object.fromEntries(BYTE_COLUMNS.map((name) => [name, decodeBytes(name, raw[name])])) as Record<(typeof BYTE_COLUMNS)[number], Uint8Array>;
  const columns: SentenceColumns = {
    ...ints,
    ...bytes,
    keyLists: keyLists.map((l) => Object.freeze(l.map((i) => keys[i] as string))),
  };
  checkColumns(columns, corpus);
  const counts = pairs(wordCounts, "word counts");
  if (!counts.every(([w, n]) => typeof w === "string" && typeof n === "number")) fail("has malformed word counts");
  return assembleCorpusIndex({ corpus, columns, wordCounts: new Map(counts as [string, number][]) }, layout);
}

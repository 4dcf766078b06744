/**
 * Look-up sets of a question's keys: the ranker and extractor ask "is this key in the
 * question?" for every slot of every candidate, which a set answers at once.
 */
import type { QuerySlot, Understanding } from "./understand.js";

export interface QueryKeys {
  /** Keys of slots that are not the brand itself. */
  meaningful: Set<string>;
  /** Keys of named things and numbers the answer must match. */
  required: Set<string>;
  /** The heaviest weight of a question slot holding each key. */
  weight: Map<string, number>;
  /** Named things and the focus noun: what an answer's clause must be about. */
  anchor: Set<string>;
}

/** The question's key sets, as understanding stored them (ranking asks once per candidate slot). */
export function queryKeys(u: Understanding): QueryKeys {
  return u.keys;
}

/** Works out the key sets of a question's slots: once per understanding. */
export function queryKeysOf(slots: readonly QuerySlot[]): QueryKeys {
  const keys: QueryKeys = { meaningful: new Set(), required: new Set(), weight: new Map(), anchor: new Set() };
  for (const slot of slots) {
    for (const k of slot.keys) {
      if (!slot.generic) keys.meaningful.add(k);
      if (slot.required && !slot.generic) keys.required.add(k);
      // A focus noun the answer type already says ("which plant" asks for a place) anchors nothing.
      if ((slot.required && !slot.generic) || (slot.focus && !slot.implied)) keys.anchor.add(k);
      keys.weight.set(k, Math.max(keys.weight.get(k) ?? 0, slot.weight));
    }
  }
  return keys;
}

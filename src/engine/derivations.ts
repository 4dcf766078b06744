/**
 * Words of one root: "By when was Alfa supposed to define its future?" of an article that says
 * "the definition of the future". The stemmer keeps a verb and its noun apart ("defin",
 * "definit"), so a question word no article holds finds the corpus's words of the same root: its
 * stem carried on by a few letters, or cut short by a few ("electrifi", "electrif").
 */
import type { CorpusIndex } from "./corpus-index.js";

export interface DerivationOptions {
  /** Letters a stem keeps at least when cut short or carried on: shorter ones join unrelated words ("car", "carbon"). */
  minStem: number;
  /** Letters a related stem may add or drop: "defin" to "definit" adds two, "-ation" and "-ment" at most four. */
  maxChange: number;
  /** At most this many related keys per word: a root with many relatives says little about any one. */
  maxKeys: number;
}

export const derivationDefaults: DerivationOptions = { minStem: 5, maxChange: 4, maxKeys: 4 };

const TERM = "t:";

// The corpus's word keys, sorted, built once per index on the first unknown word: a binary search
// finds a stem's relatives without a pass over every key.
const sortedTerms = new WeakMap<CorpusIndex, string[]>();

function termsOf(index: CorpusIndex): string[] {
  let terms = sortedTerms.get(index);
  if (!terms) {
    terms = [];
    for (const k of index.df.keys()) if (k.startsWith(TERM)) terms.push(k);
    terms.sort();
    sortedTerms.set(index, terms);
  }
  return terms;
}

/** The first position in sorted `terms` at or after `key`. */
function lowerBound(terms: readonly string[], key: string): number {
  let lo = 0;
  let hi = terms.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((terms[mid] as string) < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The corpus's word keys of the same root as `key` (a `t:` stem the corpus lacks), nearest in
 * length first; none for a short stem or any other kind of key.
 */
export function derivedKeys(index: CorpusIndex, key: string, o: DerivationOptions = derivationDefaults): string[] {
  const stem = key.slice(TERM.length);
  if (!key.startsWith(TERM) || stem.length < o.minStem || index.df.has(key)) return [];
  const found: string[] = [];
  // Cut short: "electrifi" -> "electrif".
  for (let cut = 1; cut <= o.maxChange && stem.length - cut >= o.minStem; cut++) {
    const shorter = TERM + stem.slice(0, -cut);
    if (index.df.has(shorter)) found.push(shorter);
  }
  // Carried on: "defin" -> "definit".
  const terms = termsOf(index);
  for (let i = lowerBound(terms, key); i < terms.length; i++) {
    const t = terms[i] as string;
    if (!t.startsWith(key)) break;
    if (t.length - key.length <= o.maxChange) found.push(t);
  }
  return found.sort((a, b) => Math.abs(a.length - key.length) - Math.abs(b.length - key.length)).slice(0, o.maxKeys);
}

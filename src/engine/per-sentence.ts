/**
 * What a sentence says never changes once it is indexed, so a reading of it that does not depend
 * on the question (a pattern's matches, whether it names a venue) is made once per sentence and
 * kept beside it, not redone for every question that ranks it. Weakly held: a replaced index
 * (hot reload) takes its readings with it.
 */
import type { IndexedSentence } from "./corpus-index.js";

/** `read`, made once per sentence. `read` must not return undefined (it marks "not read yet"). */
export function perSentence<T>(read: (s: IndexedSentence) => T): (s: IndexedSentence) => T {
  const known = new WeakMap<IndexedSentence, T>();
  return (s) => {
    let value = known.get(s);
    if (value === undefined) known.set(s, (value = read(s)));
    return value;
  };
}

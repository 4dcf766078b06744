/**
 * Time: articles disagree as plans change. Every quote is dated and a differing older or newer
 * answer follows the best one ("Elsewhere: ... (2025)"); a question about the present ("now",
 * "currently", "oggi") is led by the newest article that states the asked fact.
 *
 * Letting any newer differing answer lead was tried and dropped: most "differences" between
 * nearly equal matches are other subjects ("the successor to the Tonale ... Melfi"), not a
 * changed plan, and it cost 9 of 837 questions on the seed sets.
 */
import type { CorpusIndex } from "./corpus-index.js";
import { extractPhrase } from "./extract.js";
import { expectedType, isAnswer, type RankOptions, type Scored } from "./rank.js";
import type { Understanding } from "./understand.js";

export interface RecencyOptions {
  /** For a question about the present, a newer answer at least this fraction of the best one's score leads. */
  presentRatio: number;
}

/** Wide enough for the same fact in other words, narrow enough to skip an aside. */
export const recencyDefaults: RecencyOptions = { presentRatio: 0.75 };

/** A sortable date: undated articles are oldest; "2025" counts as its middle, after "2025-05". */
function when(index: CorpusIndex, x: Scored): string {
  const date = index.corpus.documents[x.sentence.doc]?.meta.date;
  if (!date) return "";
  return date.length === 4 ? `${date}-06-30` : date.length === 7 ? `${date}-15` : date;
}

/**
 * A question about the present: it says so ("now", "oggi"), or it asks who holds a role
 * without naming a year ("Who is the CEO?" means today's, not 2021's).
 */
function asksAboutNow(u: Understanding): boolean {
  if (u.slots.some((s) => s.keys.includes("c:present"))) return true;
  const role = u.slots.some((s) => s.keys.includes("c:ceo") || s.keys.includes("c:head"));
  const year = [...u.named].some((k) => /^n:(?:19|20)\d{2}$/.test(k));
  return u.answerType === "person" && role && !year;
}

/** The answer that should lead: the best, or for a question about the present the newest good one. */
export function leadAnswer(index: CorpusIndex, u: Understanding, ranked: Scored[], best: Scored, o: RankOptions & RecencyOptions): Scored {
  if (!asksAboutNow(u)) return best;
  const { type, hard } = expectedType(u);
  let lead = best;
  for (const x of ranked) {
    if (x.score < best.score * o.presentRatio) break;
    if (!isAnswer(x, o) || when(index, x) <= when(index, lead)) continue;
    // It must state the asked kind of fact itself, not merely mention the subject.
    if (hard && extractPhrase(x.sentence, type, u, index.lexicon) === undefined) continue;
    lead = x;
  }
  return lead;
}

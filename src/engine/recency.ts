/**
 * Time: articles disagree as plans change. Every quote is dated and a differing older or newer
 * answer follows the best one ("Elsewhere: ... (2025)"); a question about the present ("now",
 * "currently", "oggi"), or about when a plan happens with no year named, is led by the newest article that states the asked fact.
 *
 * Letting any newer differing answer lead was tried and dropped: most "differences" between
 * nearly equal matches are other subjects ("the successor to the Tonale ... Melfi"), not a
 * changed plan, and it cost 9 of 837 questions on the seed sets.
 */
import type { CorpusIndex } from "./corpus-index.js";
import { expectedType, isAnswer, ownNames, type RankOptions, type Scored } from "./rank.js";
import { NEXT_GENERATION_CONCEPTS } from "./subjects.js";
import type { Understanding } from "./understand.js";

export interface RecencyOptions {
  /**
   * A newer article stating the same fact at least this fraction of the best score leads. 0.7
   * (from 0.9): a newer article often states the fact in a weaker sentence ("its production
   * will stay in Cassino"); growth E and H gained, and no set lost (0.6 cost growth B one).
   */
  agreeRatio: number;
  /** For a question asking for the latest word, a newer answer at least this fraction of the best one's score leads. 0.85: at 0.75 a weaker newer sentence led questions it did not answer as well (swept on seed and growth sets). */
  latestRatio: number;
}

/** Wide enough for the same fact in other words, narrow enough to skip an aside. */
export const recencyDefaults: RecencyOptions = { agreeRatio: 0.7, latestRatio: 0.85 };

/**
 * Was `x`'s article published after `than`'s? Surely, when its first possible day follows the
 * other's last; or most likely, when its middle day comes a season after the other's. An
 * article dated "2024" is not newer than one of June 2024, nor older (the better-scored leads),
 * but one of November 2025 is newer than one dated only "2025".
 */
function newer(index: CorpusIndex, x: Scored, than: Scored): boolean {
  const { periods, dates } = index.documents;
  if ((periods[x.sentence.doc]?.[0] ?? "") > (periods[than.sentence.doc]?.[1] ?? "")) return true;
  const [a, b] = [dates[x.sentence.doc], dates[than.sentence.doc]];
  return !!a && !!b && Date.parse(a) - Date.parse(b) > SEASON_MS;
}

/** How much later an article's likely date must be to count as newer when its dates overlap another's. */
const SEASON_MS = 90 * 24 * 3600 * 1000;

/**
 * A question whose answer is the latest word: it says so ("now", "oggi"); it asks when or in
 * which year without naming one (a date in a plan moves, and "When does the Giulia arrive?" or
 * "By what year will the models be launched?" mean by today's plan); or it asks who holds a
 * role without naming a year ("Who is the CEO?" means today's, not 2021's).
 */
function asksForTheLatest(u: Understanding): boolean {
  // "When was the new Stelvio originally supposed to debut?" asks for the first plan, not today's.
  if (u.slots.some((s) => s.keys.includes("c:original_plan"))) return false;
  if (u.slots.some((s) => s.keys.includes("c:present"))) return true;
  const year = [...u.named].some((k) => /^n:(?:19|20)\d{2}$/.test(k));
  if ((u.answerType === "time" || u.answerType === "year") && !year) return true;
  const isRole = (s: Understanding["slots"][number]) => s.keys.includes("c:ceo") || s.keys.includes("c:head");
  const role = u.slots.some(isRole);
  // Only the role itself is asked ("Who is the CEO?"), not an act ("Who picked Imparato to run Alfa?").
  const onlyRole = u.slots.every((s) => s.kind === "entity" || s.generic || s.implied || isRole(s));
  return u.answerType === "person" && role && onlyRole && !year;
}

/** Among answers nearly as strong that give the same fact, the newest article leads: the latest word first. */
function newestAgreeing(index: CorpusIndex, u: Understanding, ranked: Scored[], best: Scored, o: RankOptions & RecencyOptions): Scored {
  if (!expectedType(u).hard) return best;
  const phraseOf = (x: Scored) => x.extracted?.phrase.toLowerCase();
  const fact = phraseOf(best);
  if (fact === undefined) return best;
  let lead = best;
  for (const x of ranked) {
    if (x.score < best.score * o.agreeRatio) break;
    if (isAnswer(x, o) && newer(index, x, lead) && phraseOf(x) === fact) lead = x;
  }
  return lead;
}

const NEW = "c:new";
/** How many words from "successors" the car it succeeds is named ("the Giulia and Stelvio successors"). */
const SUCCEEDED_NEAR = 3;

/** Does the sentence's `key` word ("successors") stand by one of the asked names? */
function succeedsAsked(x: Scored, key: string, u: Understanding): boolean {
  const slots = x.sentence.slots;
  return slots.some((s, i) => s.keys.includes(key) && slots.slice(Math.max(0, i - SUCCEEDED_NEAR), i + SUCCEEDED_NEAR + 1).some((n) => n.keys.some((k) => u.named.has(k))));
}

/** The answer that should lead: the best, or for a question about the present the newest good one. */
export function leadAnswer(index: CorpusIndex, u: Understanding, ranked: Scored[], best: Scored, o: RankOptions & RecencyOptions): Scored {
  if (!asksForTheLatest(u)) return newestAgreeing(index, u, ranked, best, o);
  const { hard } = expectedType(u);
  // "...now expected to debut?": asked outright for today's word, a newer answer leads as readily as an agreeing one does.
  const ratio = u.slots.some((s) => s.keys.includes("c:present")) ? Math.min(o.latestRatio, o.agreeRatio) : o.latestRatio;
  const asksNew = u.slots.some((s) => s.keys.includes(NEW));
  let lead = best;
  for (const x of ranked) {
    if (x.score < best.score * ratio) break;
    if (!isAnswer(x, o) || !newer(index, x, lead)) continue;
    // "today's Giulia" is not "the next generations of Giulia": a newer article about a successor does not lead,
    // unless the question asks about the next one and the successor is the asked car's ("the Giulia and Stelvio successors").
    const other = NEXT_GENERATION_CONCEPTS.filter((k) => x.sentence.keys.has(k) && !u.slots.some((s) => s.keys.includes(k)));
    if (other.length && !(asksNew && other.every((k) => succeedsAsked(x, k, u)))) continue;
    // It must state the asked kind of fact itself, not merely mention the subject.
    if (hard && x.extracted === undefined) continue;
    // ...and of the asked names, as many as the best does itself: "pending the arrival of Antonio
    // Filosa as Group CEO in June 2025" has Tavares only from the sentence before, and is not
    // when Tavares quit.
    if (ownNames(u, x, index) < ownNames(u, best, index)) continue;
    lead = x;
  }
  return lead;
}

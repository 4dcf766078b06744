/**
 * Follow-ups: "and the Tonale?" after "Where is the Giulia built?" means "Where is the
 * Tonale built?"; "where?" after "When is the new Giulia due?" means "where is the new
 * Giulia due?". The follow-up is rewritten into a whole question from the previous one,
 * so the engine answers it like any other, and the user sees what it understood.
 */
import { analyze, type Slot } from "../text/analyze.js";
import { detectLanguage } from "../text/language.js";
import { fold, tokenize } from "../text/normalize.js";
import { ENDS_WITH_JOINER } from "../text/patterns.js";
import type { CorpusIndex } from "./corpus-index.js";
import { memoSpelling } from "./spelling.js";
import type { AnswerTypeCue } from "./understand.js";

// Openers that mark a follow-up: "and the Tonale?", "what about 2025?", "e la Stelvio?".
const OPENER = /^\s*(?:and|what about|how about|also|same for|and what about|e|ed|e invece|e per|e il|e la|e lo|e i|e le|invece)\b/iu;

interface Named {
  slot: Slot;
  type: string;
}

function namedThings(index: CorpusIndex, slots: Slot[]): Named[] {
  const out: Named[] = [];
  for (const slot of slots) {
    if (slot.kind === "number") out.push({ slot, type: "number" });
    const entity = slot.keys.find((k) => k.startsWith("e:"));
    const def = entity ? index.lexicon.entities.get(entity.slice(2)) : undefined;
    if (def && !def.generic) out.push({ slot, type: def.type });
  }
  return out;
}

/** Replaces spans of `text` (sorted, non-overlapping) with new strings. */
function splice(text: string, edits: { start: number; end: number; with: string }[]): string {
  let out = "";
  let at = 0;
  for (const e of [...edits].sort((a, b) => a.start - b.start)) {
    out += text.slice(at, e.start) + e.with;
    at = e.end;
  }
  return out + text.slice(at);
}

/**
 * The whole question a follow-up stands for, or null when it is a fresh question (or a
 * follow-up this cannot resolve, which is then answered as it stands).
 */
export function resolveFollowUp(previous: string, followUp: string, index: CorpusIndex, cues: AnswerTypeCue[]): string | null {
  const folded = fold(followUp).trim();
  if (!folded || !previous.trim()) return null;
  const language = detectLanguage(tokenize(previous), index.lexicon.languageCues);
  // "where?": the same subject, a new question word in front of the previous question.
  const { only, leading } = index.lexicon.questionPatterns;
  if (only.test(folded)) {
    const wh = folded.replace(/\?/g, "").trim();
    const withoutWh = previous.replace(leading, "");
    return withoutWh === previous ? null : `${wh} ${withoutWh}`;
  }
  // "and who is the CEO?" is a whole question of its own behind the opener.
  if (cues.some((c) => c.pattern.test(folded.replace(OPENER, " ")))) return null;
  const slots = analyze(followUp, language, index.lexicon, { mode: "question" });
  const fresh = namedThings(index, slots);
  const isFollowUp = OPENER.test(folded) || (fresh.length > 0 && fresh.length === slots.length && !cues.some((c) => c.pattern.test(folded)));
  if (!isFollowUp) return null;
  // "what about its successor?": no new name, new words; ask the previous question with them.
  if (fresh.length === 0) {
    const words = slots.filter((x) => x.kind === "concept" || x.kind === "term").map((x) => x.surface);
    return words.length ? `${previous.replace(/[?!.\s]+$/u, "")} ${words.join(" ")}?` : null;
  }
  // "and the Tonale?": put the new named things where the previous question had ones of the same type.
  // With spelling fixes, so "where is the giula bilt" still names the Giulia to replace.
  const before = namedThings(index, analyze(previous, language, index.lexicon, { mode: "question", correct: memoSpelling(index, language) }));
  const edits: { start: number; end: number; with: string }[] = [];
  for (const thing of fresh) {
    const same = before.filter((b) => b.type === thing.type);
    const [first, ...others] = same;
    if (!first) return null;
    edits.push({ start: first.slot.start, end: first.slot.end, with: thing.slot.surface });
    // "Giulia and Stelvio" -> "Tonale": the other names of that type go with their joiner.
    for (const other of others) {
      const joiner = ENDS_WITH_JOINER.exec(previous.slice(0, other.slot.start));
      edits.push({ start: joiner ? other.slot.start - joiner[0].length : other.slot.start, end: other.slot.end, with: "" });
    }
  }
  return splice(previous, edits);
}

/**
 * Answer-type cues: the wording that says what kind of fact a question wants ("where" a
 * place, "quanti" an amount, "which {brand}" a model), compiled from the vocabulary data.
 */
import type { AnswerType } from "../corpus/schema.js";
import { fold } from "../text/normalize.js";
import type { Language } from "../types.js";
import type { CorpusIndex } from "./corpus-index.js";

/** An answer type's cue pattern ("*" in a cue stands for up to three words). */
export interface AnswerTypeCue {
  type: AnswerType;
  pattern: RegExp;
  language: Language;
  implies: string[];
  /** The cues' own words (not what "*" or "{brand}" stand for). */
  literal: ReadonlySet<string>;
  /** Per wording, the letter runs of its own words: a question lacking any of one wording's runs cannot match that wording. */
  wordings: readonly (readonly string[])[];
}

/** The cue a question matched, and the folded words of its wording ("how", "long"). */
export interface FoundCue extends AnswerTypeCue {
  words: ReadonlySet<string>;
}

/** Compiles answer-type cues into one regex per type and language. */
export function compileAnswerTypeCues(index: CorpusIndex): AnswerTypeCue[] {
  const out: AnswerTypeCue[] = [];
  // "{brand}" in a cue stands for any brand's alias: "which {brand}" asks for a model.
  const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const brands = index.corpus.vocabulary.entities
    .filter((e) => e.type === "brand")
    .flatMap((e) => e.aliases.map((a) => escape(fold(a)).replace(/\s+/g, "\\s+")));
  for (const entry of index.corpus.vocabulary.answerTypes) {
    for (const language of ["en", "it"] as const) {
      const cues = entry.cues[language];
      if (cues.length === 0) continue;
      // "^" opens a wording that asks only at the question's start ("^da quando": later, "da quando" is "since").
      const alternatives = cues.map((cue) =>
        fold(cue)
          .split(/\s+/)
          .map((w) => (w === "^" ? "^" : w === "*" ? "(?:\\S+\\s+){0,3}?" : w === "{brand}" ? `(?:${brands.join("|")})\\s+` : `${escape(w)}\\s+`))
          .join("")
          .replace(/\\s\+$/, ""),
      );
      const pattern = new RegExp(`(?:^|[^\\p{L}])(?:${alternatives.join("|")})(?![\\p{L}])`, "u");
      const literal = new Set(cues.flatMap((cue) => fold(cue).split(/\s+/)).filter((w) => w !== "*" && w !== "{brand}" && w !== "^"));
      const wordings = cues.map((cue) => letterRuns(fold(cue).replace(/\{brand\}|\*|\^/g, " ")));
      out.push({ type: entry.type, language, pattern, implies: entry.implies.map((id) => `c:${id}`), literal, wordings });
    }
  }
  return out;
}

/**
 * The answer-type cue of a question: the longest wording that matches ("in che anno" asks
 * for a year even though "in che" alone would ask for a place), in the question's language
 * first.
 */
export function findCue(cues: AnswerTypeCue[], folded: string, language: Language): FoundCue | undefined {
  const found = (cue: AnswerTypeCue, m: RegExpExecArray): FoundCue => ({ ...cue, words: new Set(m[0].split(/[^\p{L}\p{N}]+/u).filter((w) => cue.literal.has(w))) });
  const runs = new Set(letterRuns(folded));
  // Length counts the cue's own words, not what a "*" spans: in "what share of its segment",
  // "what share" (an amount) is as long as "what * segment", and ends first.
  const longest = (candidates: AnswerTypeCue[]) => {
    let best: { cue: FoundCue; length: number; end: number } | undefined;
    for (const cue of candidates) {
      if (!mayMatch(cue, runs)) continue;
      const m = cue.pattern.exec(folded);
      if (!m) continue;
      const f = found(cue, m);
      // "What does Ficili call himself when talking about...?": after another opening question word,
      // a lone "when" or "where" opens a clause; it asks nothing.
      if (f.words.size === 1 && [...f.words].every((w) => CLAUSE_OPENERS.has(w)) && m.index > 0 && OTHER_OPENING.test(folded)) continue;
      const length = f.words.size;
      const end = m.index + m[0].length;
      if (!best || length > best.length || (length === best.length && end < best.end)) best = { cue: f, length, end };
    }
    return best?.cue;
  };
  // "What kind of models...": an "open" cue exists to cancel a type, so it wins when it matches.
  for (const cue of cues) {
    const m = cue.type === "open" && mayMatch(cue, runs) ? cue.pattern.exec(folded) : null;
    if (m) return found(cue, m);
  }
  return longest(cues.filter((c) => c.language === language)) ?? longest(cues);
}

/** Question words that also open clauses ("when talking", "where it is built"). */
const CLAUSE_OPENERS = new Set(["when", "where", "who", "quando", "dove", "chi"]);
/** Question words that ask no type of their own; a question they open asks by its other words. */
const OTHER_OPENING = /^\s*(?:what|which|how|cosa|che|quale|quali|come)(?![\p{L}])/u;

/** A text's runs of letters: how cue wordings and questions are compared before any regex runs. */
function letterRuns(text: string): string[] {
  return text.split(/[^\p{L}]+/u).filter(Boolean);
}

/**
 * A cue's pattern matches only where one of its wordings stands whole, each of its words a
 * run of letters of the question: most of the dozens of cue patterns are skipped for the
 * price of a few set lookups.
 */
function mayMatch(cue: AnswerTypeCue, runs: ReadonlySet<string>): boolean {
  return cue.wordings.some((wording) => wording.every((w) => runs.has(w)));
}

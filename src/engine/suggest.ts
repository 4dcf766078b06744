/**
 * Suggested questions: after an answer, up to three related questions the corpus does
 * answer; after a decline, the closest answerable ones. Candidates are the vocabulary's
 * intent phrasings and help examples (curated, in both languages), kept only when the
 * bot really answers them, so a suggestion can never lead to a decline.
 */
import { fold } from "../text/normalize.js";
import type { Answer, Language } from "../types.js";

/** What a question is about, as far as suggestions care. */
export interface QuestionProfile {
  /** Entity ids and numbers it names (`e:giulia`, `n:2024`). */
  named: Set<string>;
  /** Every meaningful key (entities, concepts, stems), named ones included. */
  keys: Set<string>;
}

/** What the suggester needs from the engine; injected so it stays a pure ranking. */
export interface SuggestSource {
  /** Candidate questions in a language, best first (intent phrasings, then examples). */
  candidates(language: Language): string[];
  /** Answers a candidate as a fresh question. */
  answer(question: string): Answer;
  profile(question: string): QuestionProfile;
}

interface Candidate {
  question: string;
  folded: string;
  intent: string | null;
  text: string;
  profile: QuestionProfile;
}

/** Weights: sharing the intent matters most, then each named thing, then other words. */
const SAME_INTENT = 3;
const SHARED_NAME = 2;
const SHARED_KEY = 0.5;

const key = (question: string) => fold(question).replace(/[^\p{L}\p{N}]+/gu, " ").trim();
const overlap = (a: Set<string>, b: Set<string>) => {
  let n = 0;
  for (const k of a) if (b.has(k)) n += 1;
  return n;
};

/**
 * Builds the suggester. Candidates are answered and profiled once per language, on first
 * use (a few milliseconds), then reused for every answer.
 */
export function createSuggester(source: SuggestSource): (answer: Answer, max: number) => string[] {
  const answerable = new Map<Language, Candidate[]>();
  const candidatesFor = (language: Language): Candidate[] => {
    let list = answerable.get(language);
    if (list) return list;
    const seen = new Set<string>();
    list = [];
    for (const question of source.candidates(language)) {
      const folded = key(question);
      if (!folded || seen.has(folded)) continue;
      seen.add(folded);
      const a = source.answer(question);
      if (a.answered) list.push({ question, folded, intent: a.intent, text: a.text, profile: source.profile(question) });
    }
    answerable.set(language, list);
    return list;
  };

  return (answer, max) => {
    const limit = Math.max(0, Math.floor(max));
    if (limit === 0) return [];
    const asked = [answer.question, answer.resolvedQuestion].filter((q): q is string => typeof q === "string").map(key);
    const about = asked[0] ? source.profile(answer.resolvedQuestion ?? answer.question) : { named: new Set<string>(), keys: new Set<string>() };
    const scored = candidatesFor(answer.language)
      // Not the question itself, and not another wording that gives the very same answer.
      .filter((c) => !asked.includes(c.folded) && !(answer.answered && c.text === answer.text))
      .map((c, order) => {
        const names = overlap(c.profile.named, about.named);
        const words = overlap(c.profile.keys, about.keys) - names;
        const intent = answer.answered && answer.intent !== null && c.intent === answer.intent ? SAME_INTENT : 0;
        return { c, order, score: intent + SHARED_NAME * names + SHARED_KEY * words };
      })
      // After an answer only related questions; after a decline the closest, whatever they are.
      .filter((x) => x.score > 0 || !answer.answered)
      .sort((a, b) => b.score - a.score || a.order - b.order);
    const out: string[] = [];
    const texts = new Set<string>();
    for (const { c } of scored) {
      if (out.length >= limit) break;
      if (texts.has(c.text)) continue;
      texts.add(c.text);
      out.push(c.question);
    }
    return out;
  };
}

/**
 * Unit-test access to the engine's parts on the real corpus: questions understood with the
 * production options, and seed sentences found by a fragment of their text, so each test
 * calls one module directly instead of going through `bot.answer`.
 */
import { defaults } from "../../src/engine/brandbot.js";
import type { IndexedSentence } from "../../src/engine/corpus-index.js";
import { sentenceFeatures } from "../../src/engine/features.js";
import { compileAnswerTypeCues, compileIntents, understand, type Understanding } from "../../src/engine/understand.js";
import { analyze } from "../../src/text/analyze.js";
import type { Language } from "../../src/types.js";
import { index } from "./corpus.js";

export const intents = compileIntents(index);
export const cues = compileAnswerTypeCues(index);

/** The question as the engine understands it, with the production options. */
export function ask(question: string): Understanding {
  return understand(question, index, intents, cues, defaults.understand);
}

/** The one indexed seed sentence containing `fragment`; throws when none or several do. */
export function sentenceWith(fragment: string): IndexedSentence {
  const found = index.sentences.filter((s) => s.text.includes(fragment));
  if (found.length !== 1) throw new Error(`test helper: ${found.length} seed sentences contain "${fragment}", expected exactly one`);
  return found[0] as IndexedSentence;
}

let written = -1;

/**
 * A sentence the seeds do not hold (typed facts such as "$13 billion"), analysed as an
 * article sentence with the seed lexicon. Each gets its own negative id, so per-question
 * memos never mix it up with a seed sentence.
 */
export function writtenSentence(text: string, language: Language = "en"): IndexedSentence {
  const slots = analyze(text, language, index.lexicon, { mode: "document" });
  return {
    id: written--,
    doc: 0,
    paragraph: 0,
    start: 0,
    end: text.length,
    text,
    kind: "body",
    prev: null,
    slots,
    keys: new Set(slots.flatMap((s) => s.keys)),
    features: sentenceFeatures(text, slots, index.lexicon),
  };
}

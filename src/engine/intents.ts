/**
 * Intents: families of questions, learnt from the example phrasings in the vocabulary
 * data. A question belongs to the intent of its most similar phrasing.
 */
import type { AnswerType, IntentDef } from "../corpus/schema.js";
import { analyze, type Slot } from "../text/analyze.js";
import type { CorpusIndex } from "./corpus-index.js";

/** A compiled intent: its phrasings as key sets, its evidence as keys. */
export interface CompiledIntent {
  def: IntentDef;
  phrasings: Set<string>[];
  evidence: string[];
}

/** Compiles each intent's phrasings into key sets for nearest-phrasing classification. */
export function compileIntents(index: CorpusIndex): CompiledIntent[] {
  return index.corpus.vocabulary.intents.map((def) => ({
    def,
    evidence: def.evidence.map((id) => (index.lexicon.entities.has(id) ? `e:${id}` : `c:${id}`)),
    phrasings: (["en", "it"] as const).flatMap((language) =>
      def.phrasings[language].map(
        (p) =>
          new Set(
            analyze(p, language, index.lexicon, { mode: "question" }).flatMap((s) => intentKeys(index, s)),
          ),
      ),
    ),
  }));
}

// Topical entities (markets, platforms) say what a question is about; other entities only
// say what kind of thing it names ("a person", "a model"), so phrasings generalise.
export function intentKeys(index: CorpusIndex, slot: Slot): string[] {
  return slot.keys.map((k) => {
    if (!k.startsWith("e:")) return k;
    const type = index.lexicon.entities.get(k.slice(2))?.type;
    return type === "market" || type === "platform" ? k : `type:${type}`;
  });
}

/**
 * The intent whose phrasings the question most resembles, with the similarity. A phrasing
 * must share a word with the question, not only the kind of thing it names: "How much does
 * the Junior cost?" shares "a model" with "Where is the Giulia built?" and nothing else.
 */
export function classifyIntent(index: CorpusIndex, intents: CompiledIntent[], slots: readonly (Slot & { generic: boolean })[], answerType: AnswerType, typeBonus: number) {
  const keys = new Set(slots.filter((s) => !s.generic).flatMap((s) => intentKeys(index, s)));
  let best: { intent: CompiledIntent; score: number } | null = null;
  for (const intent of intents) {
    let score = 0;
    for (const phrasing of intent.phrasings) {
      let shared = 0;
      let sharedWords = 0;
      for (const k of keys) {
        if (!phrasing.has(k)) continue;
        shared++;
        if (!k.startsWith("type:")) sharedWords++;
      }
      const sim = sharedWords > 0 && keys.size && phrasing.size ? shared / Math.sqrt(keys.size * phrasing.size) : 0;
      score = Math.max(score, sim);
    }
    if (score > 0 && answerType !== "open" && intent.def.answerType === answerType) score += typeBonus;
    if (!best || score > best.score) best = { intent, score };
  }
  return best;
}

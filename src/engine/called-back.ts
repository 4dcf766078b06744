/**
 * A sentence that calls back what the one before it named: by a car's kind ("The crossover
 * will be produced...", "this model"), by "the plant", or by opening words that point back
 * ("This", "Sarà"). Ranking lends such a sentence the name before it, nearly whole.
 */
import { callsBackACar, callsBackAPlant, opensPointingBack, opensWithACar } from "../text/anaphora.js";
import type { CorpusIndex, IndexedSentence } from "./corpus-index.js";
import type { QuerySlot } from "./understand.js";
import { perSentence } from "./per-sentence.js";

/**
 * A model the sentence before names, lent to one that opens with a car named by its kind ("The
 * crossover will be produced..."); a place, to one that calls a plant back ("...at the plant").
 */
export function carPointedBack(index: CorpusIndex, s: IndexedSentence, slot: QuerySlot): boolean {
  if (slot.kind !== "entity") return false;
  const type = (k: string) => index.lexicon.entities.get(k.slice(2))?.type;
  return (slot.keys.some((k) => type(k) === "model") && callsACarBack(s)) || (slot.keys.some((k) => type(k) === "place") && callsAPlantBack(s));
}

/** Whether a sentence calls back a plant by its kind ("the plant", "lo stabilimento"), read once per sentence. */
const callsAPlantBack = perSentence((s) => callsBackAPlant(s.text));

/** Whether a sentence calls back a car by its kind, read once per sentence: ranking asks it of every slot lent. */
const callsACarBack = perSentence((s) => opensWithACar(s.text) || callsBackACar(s.text));

/** Does the sentence open by pointing back to the one before it ("This", "Sarà", "The new model")? */
export function pointsBack(index: CorpusIndex, s: IndexedSentence): boolean {
  if (s.prev === null) return false;
  // The index links a sentence to a heading only for a "this model" among its first words.
  return opensPointingBack(s.text, index.lexicon) || index.sentences[s.prev]?.kind === "heading";
}

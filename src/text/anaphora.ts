/**
 * Openings that point back: "It will...", "Both models...", "Il nuovo modello...". News names a
 * car once and then calls it "the new model"; a sentence so opened is about what came before,
 * across a paragraph break too.
 */
import type { Lexicon } from "./lexicon.js";
import { fold } from "./normalize.js";

/** Does the text open with one of the vocabulary's pointing-back words or phrases (whole words only)? */
export function opensPointingBack(text: string, lexicon: Lexicon): boolean {
  // Past any opening quote mark or bracket: “It...”, "(The new model...".
  const opening = fold(text.slice(0, 44)).replace(/^[^\p{L}]+/u, "");
  for (const words of lexicon.anaphora) if (opening.startsWith(words) && !/\p{L}/u.test(opening.charAt(words.length))) return true;
  return false;
}

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

/**
 * Does a pointing-back phrase open one of the text's first six words ("Imparato stated that this
 * model would be...")? Under a heading that names a car, such a sentence is about that car.
 */
export function pointsBackEarly(text: string, lexicon: Lexicon): boolean {
  const starts = [...text.matchAll(/(?:^|\s)(?=\p{L})/gu)].slice(0, EARLY_WORDS).map((m) => (m.index ?? 0) + m[0].length);
  return starts.some((at) => opensPointingBack(text.slice(at), lexicon));
}

const EARLY_WORDS = 6;

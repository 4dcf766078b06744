/**
 * Language detection for short questions. Statistical detectors need dozens of words;
 * questions have five, so we count words that belong to only one language's function
 * words and vocabulary, which is reliable at that length.
 */
import type { Language } from "../types.js";
import type { Token } from "./normalize.js";

/** Word lists that tell English from Italian, built once from the lexicon. */
export interface LanguageCues {
  en: ReadonlySet<string>;
  it: ReadonlySet<string>;
}

/** Detects English or Italian; English wins ties, as most users write English. */
export function detectLanguage(tokens: readonly Token[], cues: LanguageCues): Language {
  let en = 0;
  let it = 0;
  for (const t of tokens) {
    // "0-100" is in the English vocabulary's words for acceleration: a number tells no language.
    if (t.isNumber) continue;
    const inEn = cues.en.has(t.norm);
    const inIt = cues.it.has(t.norm);
    if (inEn && !inIt) en++;
    else if (inIt && !inEn) it++;
    if (/[àèéìòù]/i.test(t.raw)) it += 0.5;
  }
  return it > en ? "it" : "en";
}

/**
 * The words of a question that cite its source ("according to Imparato", ", per Auto Express",
 * "secondo Ficili"): who said it, not what the question is about.
 */

/** The words that cite a source in both languages; "per" needs more around it (see the two patterns below). */
const SOURCE_MARKERS = "[Aa]ccording\\s+to|[Aa]s\\s+per|[Ss]econdo|[Ss]tando\\s+a";

/**
 * A source cited just before a name: "according to", "as per", ", per" (English only after a
 * comma, where it cannot be "per year"), "secondo", "stando a", then up to two capitalised words
 * of the same name ("per Auto Express": "Auto" is a word of the vocabulary, "Express" the name).
 */
const ATTRIBUTION_BEFORE = new RegExp(`(?:${SOURCE_MARKERS}|,\\s*per)\\s+(?:the\\s+|il\\s+|la\\s+)?(?:\\p{Lu}[\\p{L}\\p{M}.'’-]*\\s+){0,2}$`, "u");

/** Is the name at `start` who said it ("according to Imparato", "secondo Imparato"), not what the question is about? */
export function isAttribution(question: string, start: number): boolean {
  return ATTRIBUTION_BEFORE.test(question.slice(0, start));
}

// "according to", "per the Reuters report", ", per Ficili's interview", "secondo", "stando a".
// Without the comma or "the", "per" is "for each" or Italian "for" ("la Giulia per Imparato").
const SOURCE_TAIL = new RegExp(`(?:${SOURCE_MARKERS})\\s|,\\s*per\\s+(?=\\p{Lu})|\\bper\\s+the\\s+(?=\\p{Lu})`, "u");

/** Where the question's closing words about its source begin (Infinity when it has none, or they open it). */
export function sourceTailStart(question: string): number {
  const m = SOURCE_TAIL.exec(question);
  return m && m.index > 0 ? m.index : Infinity;
}

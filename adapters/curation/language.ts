/**
 * Which language an article is written in, from how often each language's stop words
 * occur. Stop words are the most frequent words of any text, so a few hundred words are
 * plenty; other languages are scored too, so a French page is named and refused rather
 * than filed as Italian because it shares "la" and "le".
 */
import { stopwords as en } from "@orama/stopwords/english";
import { stopwords as it } from "@orama/stopwords/italian";
import { stopwords as fr } from "@orama/stopwords/french";
import { stopwords as de } from "@orama/stopwords/german";
import { stopwords as es } from "@orama/stopwords/spanish";
import { stopwords as pt } from "@orama/stopwords/portuguese";
import type { Language } from "../../src/types.js";

const LISTS: Record<string, { name: string; words: Set<string> }> = {
  en: { name: "English", words: new Set(en) },
  it: { name: "Italian", words: new Set(it) },
  fr: { name: "French", words: new Set(fr) },
  de: { name: "German", words: new Set(de) },
  es: { name: "Spanish", words: new Set(es) },
  pt: { name: "Portuguese", words: new Set(pt) },
};

/** Fewer words than this cannot be told apart reliably. */
const MIN_WORDS = 12;
/** Running prose is over a third stop words; a winner below this share is not prose in any listed language. */
const MIN_SHARE = 0.15;

export type LanguageGuess = { language: Language } | { language: null; reason: string };

/** Detects English or Italian; anything else comes back with a reason naming what it looks like. */
export function detectLanguage(text: string): LanguageGuess {
  const words = (text.toLowerCase().match(/\p{L}+(?:['’]\p{L}+)?/gu) ?? []).slice(0, 5000).map((w) => w.replace(/['’].*$/, ""));
  if (words.length < MIN_WORDS) return { language: null, reason: `too little text (${words.length} words) to tell its language` };
  const shares = Object.entries(LISTS)
    .map(([code, list]) => ({ code, name: list.name, share: words.filter((w) => list.words.has(w)).length / words.length }))
    .sort((a, b) => b.share - a.share);
  const best = shares[0]!;
  if (best.share < MIN_SHARE) return { language: null, reason: "its language is not English or Italian" };
  if (best.code === "en" || best.code === "it") return { language: best.code };
  return { language: null, reason: `it looks ${best.name}, and only English and Italian are supported` };
}

/**
 * Spelling: an unknown word becomes the closest word the corpus or vocabulary knows
 * ("giula" -> "giulia", "bilt" -> "built"), using MiniSearch's radix tree for the search.
 */
import type { Language } from "../types.js";
import type { CorpusIndex } from "./corpus-index.js";
import { tokenize, type Token } from "../text/normalize.js";
import { NUMBER_WORD } from "../text/numerals.js";

/** How far spelling may reach. Each limit keeps a real word from being "fixed" into another. */
export interface SpellingOptions {
  /** Shorter words are left alone mid-question (too many real words lie one letter apart), and at the start... */
  minLength: number;
  /** ...shorter than this, even as a question's first word ("wen" -> "when" is fine, "wn" is not). */
  minLengthFirst: number;
  /** From this length a word may be two edits away ("produciton"), below it one: at eight letters real words lie two apart ("deadline", "decline"). */
  twoEditsFrom: number;
  /** From this length a word with a regular ending ("started") is taken as a real word the articles lack. */
  regularEndingFrom: number;
}

export const spellingDefaults: SpellingOptions = { minLength: 4, minLengthFirst: 3, twoEditsFrom: 9, regularEndingFrom: 6 };

/**
 * A spelling fixer for one question that remembers its answers: the cue reader and the
 * analyser both ask about the same words, and each fix is a fuzzy search.
 */
export function memoSpelling(index: CorpusIndex, language?: Language, o: SpellingOptions = spellingDefaults): (token: Token) => string | undefined {
  const memo = new Map<string, string | undefined>();
  return (token) => {
    const key = `${token.start}:${token.raw}`;
    if (!memo.has(key)) memo.set(key, spellingFix(index, token, language, o));
    return memo.get(key);
  };
}

/** Finds the closest known word for a misspelt one ("giula" -> "giulia"), or nothing. */
export function spellingFix(index: CorpusIndex, token: Token, language?: Language, o: SpellingOptions = spellingDefaults): string | undefined {
  const cues = index.lexicon.languageCues;
  // A word of the other language's vocabulary only is no fix: English "logo" is not Italian "luogo".
  const foreign = (w: string) => language !== undefined && cues[language === "en" ? "it" : "en"].has(w) && !cues[language].has(w);
  const word = token.norm;
  if (token.isNumber || index.words.has(word) || word.length < (token.start === 0 ? o.minLengthFirst : o.minLength)) return undefined;
  // Another form of a word the articles use ("merge" beside "merging") is no misspelling.
  if (language !== undefined && index.df.has(`t:${index.lexicon.stem(word, language)}`)) return undefined;
  // A longer word with a regular ending is most likely a real word the articles lack
  // ("started" is not a misspelt "stated"): leave it unknown rather than change its meaning.
  // Not a capitalised one: names end as they please ("Belvidere" is a misspelt "Belvedere").
  if (word.length >= o.regularEndingFrom && !/^\p{Lu}/u.test(token.raw) && /(?:ed|ing|ly|tion|ment|ness|ato|ata|ando|endo|mente|are|ere|ire|ano|ono|anno)$/u.test(word)) return undefined;
  const maxDistance = word.length >= o.twoEditsFrom ? 2 : 1;
  let best: { word: string; distance: number; count: number } | undefined;
  // A word cut short ("wher") is most likely the word it begins, and a question's first word
  // is most likely a question word ("wich" -> "which", not "with"); then the commoner word.
  const first = token.start === 0;
  // One edit outweighs either preference; the two preferences together outweigh one edit.
  const rank = (c: { word: string; distance: number; count: number }) =>
    c.distance * 2 - (c.word.startsWith(word) ? 1 : 0) - (first && index.lexicon.questionWords.has(c.word) ? 1 : 0);
  for (const [candidate, [count, distance]] of [...index.words.fuzzyGet(word, maxDistance), ...swappedLetters(index, word)]) {
    // Mid-question, a real word is not a misspelt question word ("quarto" is not "quanto").
    if (!first && index.lexicon.questionWords.has(candidate)) continue;
    if (word.length < o.minLength && !index.lexicon.questionWords.has(candidate)) continue;
    // A capitalised unknown word is probably a name we do not cover ("Jeep", "Fiat"): only
    // let it become another name ("Giula" -> "Giulia"), never an ordinary word ("keep", "fit").
    if (/^\p{Lu}/u.test(token.raw) && !index.lexicon.entityWords.has(candidate)) continue;
    if (foreign(candidate) && !index.lexicon.entityWords.has(candidate)) continue;
    // A short lowercase word one letter off a name is most often a word of its own ("flat" is not "Fiat"):
    // a short name is mistyped by a letter left out or added ("giula", "tonal"), and then it is fixed.
    if (word.length <= 5 && candidate.length === word.length && distance === 1 && index.lexicon.entityWords.has(candidate) && !/^\p{Lu}/u.test(token.raw)) continue;
    // A count is a closed set of words, and a changed count asks another question: a word one letter
    // off a number word of its own length is most often a real word ("mette" is not "sette").
    if (candidate.length === word.length && isNumberWord(index, candidate)) continue;
    const option = { word: candidate, distance, count };
    if (!best || rank(option) < rank(best) || (rank(option) === rank(best) && count > best.count)) best = option;
  }
  return best?.word;
}

/** The question with misspelt words replaced by their fixes. */
export function corrected(question: string, fixOf: (token: Token) => string | undefined, tokens: readonly Token[] = tokenize(question)): string {
  let out = "";
  let at = 0;
  for (const t of tokens) {
    const fix = fixOf(t);
    if (fix === undefined) continue;
    out += question.slice(at, t.start) + fix;
    at = t.end;
  }
  return out + question.slice(at);
}

/**
 * Known words that are the word with two neighbouring letters swapped ("histroy" -> "history"),
 * one slip of the fingers though two edits apart. Looked up directly: a fuzzy search two edits
 * wide would cost far more and reach real words ("deadline", "decline").
 */
function swappedLetters(index: CorpusIndex, word: string): [string, [number, number]][] {
  const out: [string, [number, number]][] = [];
  for (let i = 0; i + 1 < word.length; i++) {
    if (word[i] === word[i + 1]) continue;
    const swapped = word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
    const count = index.words.get(swapped);
    if (count !== undefined) out.push([swapped, [count, 1]]);
  }
  return out;
}

/** True for a word the vocabulary lists as a number word ("sette", "three"). */
function isNumberWord(index: CorpusIndex, word: string): boolean {
  return (index.lexicon.phrases.get(word) ?? []).some((p) => p.words.length === 1 && p.keys.includes(NUMBER_WORD));
}

/**
 * Numbers written in words: the scale words that follow digits ("80 thousand", "13 miliardi")
 * and whole amounts spelled out ("half a million", "un milione"). They are the same in every
 * article, so they live here rather than in the vocabulary.
 */
import type { Token } from "./normalize.js";

/** What a scale word multiplies the number before it by. */
export const SCALE: Readonly<Record<string, number>> = {
  thousand: 1e3,
  thousands: 1e3,
  mila: 1e3,
  million: 1e6,
  millions: 1e6,
  milione: 1e6,
  milioni: 1e6,
  billion: 1e9,
  miliardo: 1e9,
  miliardi: 1e9,
};

// "a million", "one million", "un milione"; "half a million", "mezzo milione".
const ONE: ReadonlySet<string> = new Set(["a", "one", "un", "uno"]);
const SINGULAR: ReadonlySet<string> = new Set(["thousand", "million", "milione", "billion", "miliardo"]);
const HALF: ReadonlySet<string> = new Set(["half", "mezzo"]);

/**
 * An amount spelled out at token `i` ("half a million" is 500,000), with how many tokens it
 * spans; undefined when the words there are not one. Only a scale word makes an amount: "a
 * car" and "half the sales" are not numbers.
 */
export function spelledAmount(tokens: readonly Token[], i: number): { value: number; length: number } | undefined {
  const word = (k: number) => tokens[i + k]?.norm ?? "";
  if (HALF.has(word(0))) {
    const scale = SCALE[word(1)] ?? (word(1) === "a" ? SCALE[word(2)] : undefined);
    if (scale === undefined || scale === 1e3) return undefined;
    return { value: scale / 2, length: word(1) === "a" ? 3 : 2 };
  }
  if (!ONE.has(word(0)) || !SINGULAR.has(word(1))) return undefined;
  return { value: SCALE[word(1)] as number, length: 2 };
}

/** The vocabulary concept of number words ("four", "entrambi"): a count written in words. */
export const NUMBER_WORD = "c:number_word";

/**
 * Small counts written as words, both languages ("one", "un" are mostly articles): "the first five
 * months", "i primi cinque mesi", "just three models?".
 */
export const COUNT_WORDS: Readonly<Record<string, number>> = {
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  due: 2, tre: 3, quattro: 4, cinque: 5, sei: 6, sette: 7, otto: 8, nove: 9, dieci: 10, undici: 11,
};

/** The count a folded word writes ("three", "quattro"), if it is one. */
export function countWord(word: string): number | undefined {
  return Object.hasOwn(COUNT_WORDS, word) ? COUNT_WORDS[word] : undefined;
}

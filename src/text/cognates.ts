/**
 * Cognates: English and Italian share most of their learned words, spelt by regular rules
 * ("production"/"produzione", "philosophy"/"filosofia", "electric"/"elettrico", "quality"/"qualità").
 * A question in one language about an article in the other finds those words through the
 * spellings these rules give, stemmed as the other language stems them. The rules only propose:
 * a spelling is used when the corpus holds it (see `understand.ts`), so a rule that misfires
 * on one word costs nothing unless its misspelling happens to be a word of the articles.
 */
import type { Language } from "../types.js";

type Rule = readonly [RegExp, string];

/** English endings and letters to Italian ones, applied in turn: "projection" -> "proiezione" is beyond them, "production" -> "produzione" is not. */
const EN_TO_IT_ENDINGS: readonly Rule[] = [
  [/ctions?$/u, "zione"],
  [/tions?$/u, "zione"],
  [/sions?$/u, "sione"],
  [/ities$|ity$/u, "ità"],
  [/ty$/u, "tà"],
  [/ically$/u, "icamente"],
  [/ical$/u, "ico"],
  [/ics$/u, "ica"],
  [/ic$/u, "ico"],
  [/ous$/u, "oso"],
  [/ments?$/u, "mento"],
  [/ences?$/u, "enza"],
  [/ances?$/u, "anza"],
  [/ives?$/u, "ivo"],
  [/ists?$/u, "ista"],
  [/isms?$/u, "ismo"],
  [/ary$/u, "ario"],
  [/ory$/u, "orio"],
  [/bles?$/u, "bile"],
  [/ures?$/u, "ura"],
  [/(?<=[^aeiou])y$/u, "ia"],
  [/als?$/u, "ale"],
  [/ate$/u, "ato"],
  [/ated$/u, "ato"],
  [/pted$/u, "ttato"],
];

/** Letters within the word: "ph" is "f", "ct" "tt", "x" "ss", "th" "t", "j" "g", "k" "c". */
const EN_TO_IT_LETTERS: readonly Rule[] = [
  [/ph/gu, "f"],
  [/ct/gu, "tt"],
  [/pt/gu, "tt"],
  [/^ex/gu, "es"],
  [/x/gu, "ss"],
  [/th/gu, "t"],
  [/j/gu, "g"],
  [/k/gu, "c"],
  [/y/gu, "i"],
];

/** Italian endings to English ones. */
const IT_TO_EN_ENDINGS: readonly Rule[] = [
  [/uzion[ei]$/u, "uction"],
  [/ezion[ei]$/u, "ection"],
  [/zion[ei]$/u, "tion"],
  [/sion[ei]$/u, "sion"],
  [/ità$/u, "ity"],
  [/tà$/u, "ty"],
  [/icamente$/u, "ically"],
  [/ic[oaih]e?$/u, "ic"],
  [/os[oaie]$/u, "ous"],
  [/ment[oi]$/u, "ment"],
  [/enz[ae]$/u, "ence"],
  [/anz[ae]$/u, "ance"],
  [/iv[oaie]$/u, "ive"],
  [/ist[aie]$/u, "ist"],
  [/ism[oi]$/u, "ism"],
  [/ari[oae]$/u, "ary"],
  [/ori[oae]$/u, "ory"],
  [/bil[ei]$/u, "ble"],
  [/ur[ae]$/u, "ure"],
  [/i[ae]$/u, "y"],
  [/al[ei]$/u, "al"],
  [/at[oaie]$/u, "ate"],
];

const IT_TO_EN_LETTERS: readonly Rule[] = [
  [/^es(?=[ptc])/gu, "ex"],
  [/tt/gu, "ct"],
  [/ss/gu, "x"],
  [/f/gu, "ph"],
];

/** The shortest word worth a cognate: "auto", "data" and their like are the same word already, or a false friend. */
const MIN_LENGTH = 5;

/**
 * Spellings the word may have in the other language: its ending changed, then each letter rule
 * that applies, alone and all together. The word itself is never among them.
 */
export function cognates(word: string, language: Language): string[] {
  const w = word.toLowerCase();
  if (w.length < MIN_LENGTH || !/^\p{L}+$/u.test(w)) return [];
  const [endings, letters] = language === "en" ? [EN_TO_IT_ENDINGS, EN_TO_IT_LETTERS] : [IT_TO_EN_ENDINGS, IT_TO_EN_LETTERS];
  const ending = endings.find(([from]) => from.test(w));
  const bases = ending ? [w.replace(ending[0], ending[1])] : [w];
  const out = new Set<string>();
  for (const base of bases) {
    out.add(base);
    let all = base;
    for (const [from, to] of letters) {
      from.lastIndex = 0;
      if (!from.test(base)) continue;
      out.add(base.replace(from, to));
      all = all.replace(from, to);
    }
    out.add(all);
  }
  out.delete(w);
  return [...out];
}

/**
 * The keys a question word adds through its cognates: each spelling stemmed as the other
 * language stems it (`t:filosof` for "philosophy"), kept when `known` (the corpus holds it).
 */
export function cognateKeys(word: string, language: Language, stem: (word: string, language: Language) => string, known: (key: string) => boolean): string[] {
  const other: Language = language === "en" ? "it" : "en";
  const keys = cognates(word, language).map((c) => `t:${stem(c, other)}`);
  return [...new Set(keys)].filter(known);
}

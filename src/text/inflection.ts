/**
 * Verb forms the stemmers leave apart from the rest of their verb. Questions about plans are
 * asked in the future ("La Junior arriverà negli Stati Uniti?", "Alfa Romeo tornerà nel
 * motorsport?"), and the Italian Snowball stemmer keeps the future's "-er-"/"-ir-" ("tornerà"
 * -> "torner", "tornare" -> "torn"), so such a question would never meet the article's "torna"
 * or the vocabulary's "tornare".
 */
import type { Language } from "../types.js";
import { fold } from "./normalize.js";

// Future and conditional endings after the "-er-"/"-ir-" of the stem: "tornerà", "costruiranno",
// "venderebbe", "torneremo". The accented singulars must keep their accent: folded, "-era" is
// also a plain noun ending ("carriera", "bandiera").
const ITALIAN_FUTURE = /^(\p{L}{3,}?)([ei])r(?:à|ò|anno|ebbe|ebbero|emo|ete)$/u;

/**
 * The infinitive of an Italian future or conditional form ("tornerà" -> "tornare",
 * "costruiranno" -> "costruire"), for stemming; undefined for any other word. Verbs in "-ere"
 * become "-are" ("venderà" -> "vendare"): the stemmer strips both to the same stem.
 */
export function italianInfinitive(word: string): string | undefined {
  const lower = word.toLowerCase();
  const m = ITALIAN_FUTURE.exec(lower);
  if (m) return `${m[1]}${m[2] === "i" ? "ire" : "are"}`;
  // News tells history in the simple past and the imperfect: "vendette solo 311 auto", "Sivocci vinceva la Targa Florio".
  const past = ITALIAN_PAST.exec(lower);
  if (!past?.groups) return undefined;
  const ending = Object.keys(past.groups).find((k) => k !== "stem" && past.groups?.[k] !== undefined);
  return `${past.groups.stem}${ending === "are" ? "are" : ending === "ire" ? "ire" : "ere"}`;
}

// Third persons of the simple past ("lanciò", "vendette", "vendettero", "lanciarono"; not "-é" and
// "-ì", which "perché" and "lunedì" end in too) and the
// imperfect ("lanciava", "vinceva", "lanciavano"), after a stem of four letters or more, so
// "sette", "aveva", "ottava" and the adjectives in "-iva" stay as they are.
const ITALIAN_PAST = /^(?<stem>\p{L}{4,}?)(?:(?<are>ò|arono|ava|avano)|(?<ere>ette|ettero|erono|eva|evano)|(?<ire>irono))$/u;

/**
 * The form of a word to stem: an Italian future or conditional as its infinitive, else the
 * folded word. Analysis and the lexicon's concept stems both go through it, so they meet.
 */
export function stemmableForm(raw: string, norm: string, language: Language): string {
  if (language !== "it") return norm;
  const infinitive = italianInfinitive(raw);
  return infinitive === undefined ? norm : fold(infinitive);
}

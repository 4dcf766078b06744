/**
 * Structural patterns of both languages that more than one part of the engine reads: how
 * lists are joined, how a frequency or a market segment is written, how question words sit
 * at the start of a question. One home each, so indexing and extraction (or understanding
 * and follow-ups) can never disagree about what they match. Word lists that are
 * vocabulary, not structure, come from the vocabulary (question words) and are compiled here.
 */
import type { Language } from "../types.js";
import { fold } from "./normalize.js";

/** "a year", "per month", "ogni anno", "yearly", "one new model a year": how often something happens. */
const FREQUENCY_SOURCE =
  "\\b(?:(?:one|two|three|a|an)\\s+(?:new\\s+)?[\\p{L}-]+\\s+)?(?:a|per|every|each|once a|twice a|ogni|all')\\s*(?:year|month|week|day|anno|mese|settimana|giorno)\\b|\\b(?:yearly|annually|monthly|weekly|annualmente|mensilmente)\\b";

/** "B-segment", "segmento C", "E segment", "il C-Suv" (an "E-SUV" is a car's name): a market segment ("a segment" is the article, not the A-segment). */
const SEGMENT_SOURCE = "\\b[a-f]-segment\\b|\\bsegment[oi]?\\s+[a-f]\\b|\\b[b-f]\\s+segment\\b|\\b[b-d]-suv\\b";

/** One word describing a combustion engine: "V6", "four-cylinder", "turbocharged", "turbodiesel", "biturbo". */
const ENGINE_WORD = "v-?6|v-?8|v-?12|(?:three|four|five|six|eight|twelve|\\d{1,2})-cylinders?|turbo-?diesel|turbo-?benzina|turbocharged|twin-turbo|bi-?turbo|turbo";
/**
 * An engine as articles describe one, read whole: "2.2 turbodiesel", "a turbocharged
 * four-cylinder", "biturbo V6" (its displacement and every describing word, not the first only).
 */
const ENGINE = `(?:\\d[.,]\\d(?:[\\s-]*(?:litres?|liters?|l))?[\\s-]+)?(?:${ENGINE_WORD})(?:[\\s-]+(?:${ENGINE_WORD}))*`;
/** An engine description alone, whole: what "what engine...?" asks for, rather than a kind of car. */
export const ENGINE_DESCRIPTION = new RegExp(`^(?:${ENGINE})$`, "iu");

/**
 * Kinds of powertrain and how each is written, in both languages. "Which powertrains...?" is
 * answered by a kind the question did not name: "not EV-only" asks for the others.
 */
const POWERTRAIN_KINDS: Record<string, string> = {
  // "an electric motor", "due motori elettrici": a part every hybrid has, not the kind of car.
  // "zero-emission versions", "versioni a zero emissioni": what the trade calls an electric car.
  electric: "(?:electric(?!\\s+(?:motors?|machines?))|all-electric|battery-electric|evs?|bevs?|(?<!motor[ei]\\s)elettric(?:[aoi]|he)|zero[\\s-]emissions?|zero\\s+emissioni|range[\\s-]extenders?)",
  hybrid: "(?:plug-in\\s+|mild[\\s-]|full\\s+)?hybrids?|plug-in|phevs?|mhev|ibrid[aoei]",
  combustion: `${ENGINE}|petrol|gasoline|diesel|internal[\\s-]combustion|combustion|ice|benzina|gasolio|(?:endo)?termic(?:[aoi]|he)`,
};
const KINDS = Object.keys(POWERTRAIN_KINDS);
const POWERTRAIN = new RegExp(Object.entries(POWERTRAIN_KINDS).map(([kind, words]) => `(?<${kind}>\\b(?:${words})\\b)`).join("|"), "giu");
/** Before a kind, words that rule it out: "not EV-only", "other than diesel", "non più solo elettriche". */
const RULED_OUT_BEFORE = /\b(?:not|no longer|other than|besides|apart from|except|beyond|non|oltre a(?:l|lla|lle|i)?|tranne|a parte)\b[^,;?]{0,20}$/iu;

/** A powertrain named in a text: its kind (electric, hybrid, combustion), its words and where they stand. */
export interface Powertrain {
  kind: string;
  text: string;
  start: number;
  end: number;
}

/** The powertrains a text names, in order. */
export function powertrainsIn(text: string): Powertrain[] {
  const out: Powertrain[] = [];
  for (const m of text.matchAll(POWERTRAIN)) {
    const kind = KINDS.find((k) => m.groups?.[k] !== undefined) ?? "";
    out.push({ kind, text: m[0], start: m.index ?? 0, end: (m.index ?? 0) + m[0].length });
  }
  return out;
}

/**
 * "...elettriche o ibride?", "electric or hybrid?": a question that ends by offering two kinds of
 * powertrain asks which one, not whether.
 */
export function offersPowertrains(question: string): boolean {
  const m = CHOICE_OFFERED.exec(question);
  if (!m) return false;
  const kinds = (text: string) => new Set(powertrainsIn(text).map((p) => p.kind));
  const before = kinds(question.slice(Math.max(0, m.index - 40), m.index));
  return [...kinds(question.slice(m.index))].some((k) => before.size > 0 && !before.has(k));
}

/**
 * The "or" before the last value a question offers ("...in Cassino or Pomigliano?", "...elettriche
 * o ibride?"): such a question asks which, not whether. Not "...or not?", "o no?", "più o meno".
 */
export const CHOICE_OFFERED = /\s(?:or|o|oppure)\s+(?!(?:not|no|non|meno)(?![\p{L}]))(?=[^,;?]{1,40}\?\s*$)/iu;

/** The kinds of powertrain a question rules out ("now that they are not EV-only"): the answer is another kind. */
export function ruledOutPowertrains(question: string): ReadonlySet<string> {
  return new Set(powertrainsIn(question).filter((p) => RULED_OUT_BEFORE.test(question.slice(0, p.start))).map((p) => p.kind));
}

/** "$13 billion", "€1.5 miliardi", "£34k", "€2m": a currency sign before the amount. */
export const SIGNED_MONEY_SOURCE = "[$€£]\\s?\\d(?:[\\d.,]*\\d)?(?:\\s*(?:billion|million|bn|mln|miliardi|milioni)|[km](?![\\p{L}\\d]))?";

/**
 * A sum put in words, as companies put profits and investments: "several hundred million euros",
 * "hundreds of millions of dollars", "a billion dollars", "centinaia di milioni di euro",
 * "un miliardo di euro", "mezzo miliardo di dollari", "migliaia di euro".
 */
export const WORDED_MONEY_SOURCE =
  "\\b(?:(?:several|a few|some|hundreds of|tens of|half a|a|one|diverse|alcune|centinaia di|decine di|un|mezzo)\\s+)?(?:hundred\\s+)?(?:millions?|billions?|thousands|milioni|miliardi|milione|miliardo|migliaia)\\s+(?:of\\s+|di\\s+)?(?:euros?|dollars?|dollari)(?![\\p{L}])";

/**
 * Millions or billions that a word of money introduces, with no currency: "a profit of several
 * hundreds of millions", "investimenti per 2 miliardi". The figure alone, the word before it read only.
 */
const INTRODUCED_MONEY_SOURCE =
  "(?<=\\b(?:profits?|revenues?|earnings|turnover|investments?|utile\\s+netto|utili\\s+netti|fatturato|ricavi|investimento|investimenti)\\s+(?:of\\s+|di\\s+|per\\s+|in\\s+the\\s+|pari\\s+a\\s+)?)(?:(?:several|a few|some|hundreds of|tens of|diverse|alcune|centinaia di|decine di)\\s+)*(?:\\d[\\d.,]*\\s+)?(?:millions?|billions?|milioni|miliardi)(?![\\p{L}])(?!\\s+(?:of\\s+|di\\s+)?(?:cars?|vehicles?|units?|customers|clients|people|auto|vetture|veicoli|unità|clienti|persone)(?![\\p{L}]))";

/** A sum with its currency, either side: "$13 billion", "€29,500", "13 miliardi di dollari", "29.500 euro", "40 usd", or in words. */
const MONEY_SOURCE = `${WORDED_MONEY_SOURCE}|${INTRODUCED_MONEY_SOURCE}|${SIGNED_MONEY_SOURCE}|\\d[\\d.,]*(?:\\s+(?:billion|million|miliardi|milioni|mila))?\\s*(?:€|\\$|£|(?:of\\s+|di\\s+)?(?:euros?|dollars?|dollari|sterline|pounds|sterling|usd|eur))(?![\\p{L}])`;

/** A sum of money, for the index's flag (`global` false) and for extracting every one (`global` true): one pattern, so what is flagged can be extracted. */
export const moneyPattern = (global: boolean) => new RegExp(MONEY_SOURCE, global ? "giu" : "iu");

/** A frequency, for testing (`global` false) or for finding every one (`global` true). */
export const frequencyPattern = (global: boolean) => new RegExp(FREQUENCY_SOURCE, global ? "giu" : "iu");
/** A market segment, for testing or for finding every one. */
export const segmentPattern = (global: boolean) => new RegExp(SEGMENT_SOURCE, global ? "giu" : "iu");

/** The words that join two items of a list ("Giulia and Stelvio", "Cassino e Pomigliano"). */
export const LIST_JOINER_WORDS: ReadonlySet<string> = new Set(["and", "or", "e", "ed", "o"]);
/** What may stand between two items of a list: a comma, "&", or a joining word, perhaps after a comma ("Lancia, and Maserati"). */
const JOINER = `(?:,|&|(?:,\\s*)?\\b(?:${[...LIST_JOINER_WORDS].join("|")})\\b)`;
/** An article after the joiner ("the Giulia and the Stelvio", "la Tonale e la Junior"). */
const ARTICLE = "(?:the|il|la|lo|le|i|di)";

/** True when `between` (the text between two list items) is only a joiner, perhaps with an article after it. */
export function joinsListItems(between: string, allowArticle = false): boolean {
  const pattern = allowArticle ? LIST_GAP_WITH_ARTICLE : LIST_GAP;
  return pattern.test(between);
}
const LIST_GAP = new RegExp(`^\\s*${JOINER}\\s*$`, "iu");
const LIST_GAP_WITH_ARTICLE = new RegExp(`^\\s*${JOINER}\\s*(?:${ARTICLE}\\s+)?$`, "iu");
/** A joiner (and perhaps an article) ending `text`: the item after it is part of a list. */
export const ENDS_WITH_JOINER = new RegExp(`\\s*${JOINER}(?:\\s+${ARTICLE})?\\s*$`, "iu");

/** The vocabulary's question words as patterns: at the start of a question, or as the whole of one. */
export interface QuestionWordPatterns {
  /** A question word (or two-word one, "how many") opening the text, with the space after it. */
  leading: RegExp;
  /** The text is nothing but a question word: "where?", "quanti?", "which one?". */
  only: RegExp;
}

const alternationOf = (words: Record<Language, readonly string[]>) =>
  [...new Set([...words.en, ...words.it].flatMap((w) => [w.trim(), fold(w).trim()]))]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\s+/g, "\\s+"))
    .join("|");

/**
 * "which shops", "what kind of platform", "quale concessionaria": a kind word and the noun
 * after it (the match ends where that noun starts).
 */
export function kindWordPattern(words: Record<Language, readonly string[]>): RegExp {
  return new RegExp(`(?:^|[^\\p{L}])(?:${alternationOf(words)})\\s+(?:kinds?\\s+of\\s+|types?\\s+of\\s+|sorts?\\s+of\\s+|tip[oi]\\s+di\\s+)?(?=\\p{L})`, "iu");
}

/** Compiles question words (longest first, so "how many" wins over "how"; accented or folded) into patterns. */
export function questionWordPatterns(words: Record<Language, readonly string[]>): QuestionWordPatterns {
  const alternation = alternationOf(words);
  return {
    leading: new RegExp(`^\\s*(?:${alternation})\\b\\s*`, "iu"),
    only: new RegExp(`^\\s*(?:${alternation})(?:\\s+one)?\\s*\\??\\s*$`, "iu"),
  };
}

/**
 * A purpose clause's opening: "in order to grow", "per vedere i lavori", "pur di crescere". Its
 * words say why, not what is asked or which way something moves. Not "per quartiere": a noun in
 * -iere is no infinitive.
 */
export const PURPOSE_SOURCE = "(?:^|\\b(?:in order|so as)\\s)\\s*to\\s+\\p{L}+|(?:^|[\\s,])(?:per|al fine di|pur di)\\s+\\p{L}+(?<!iere)(?:are|ere|ire)\\b";

/** Either case of a word's first letter: "museo" and "Museo" (the pattern is case-sensitive, to tell names by their capitals). */
const firstEither = (word: string) => `[${word.charAt(0).toLowerCase()}${word.charAt(0).toUpperCase()}]${word.slice(1)}`;
const either = (words: string) => words.split("|").map(firstEither).join("|");
/** Nouns of a venue where something is held: a museum, a circuit, a show, a headquarters. */
const VENUE_NOUN = `(?:${either("museum|museo|circuit|circuito|autodromo|racetrack|headquarters|sede|showroom|salone|fiera|hotel|stadium|stadio|teatro|theatre|theater")})`;
const CAPITALISED = "\\p{Lu}[\\p{L}'’-]*";
/**
 * "al museo Alfa", "at the Alfa Romeo Historical Museum", "presso il Museo Storico di Arese": a venue
 * named after the word that puts something there; the venue, without that word, is the first group.
 * A venue with no name ("in the museum") is none: a capital must mark one.
 */
const VENUE = new RegExp(
  `(?:^|[^\\p{L}])(?:${either("at|in|inside|al|alla|allo|nel|nella|nello|presso")})\\s+(?:(?:its|their|suo|sua|loro)\\s+)?((?:(?:the|il|la|lo|l['’])\\s*)?(?=[^,.;]*\\p{Lu})(?:${CAPITALISED}\\s+){0,3}${VENUE_NOUN}(?:\\s+(?:[sS]torico|${CAPITALISED}))*(?:\\s+(?:of|di|del|della|dell['’])\\s*${CAPITALISED}(?:\\s+${CAPITALISED})*)?)(?![\\p{L}])`,
  "gu",
);

/** Does the text name a venue (see {@link VENUE})? Ranking asks it of every candidate, so it stops at the first. */
export function namesAVenue(text: string): boolean {
  VENUE.lastIndex = 0;
  const found = VENUE.test(text);
  VENUE.lastIndex = 0;
  return found;
}

/** The venues a text names (see {@link VENUE}), each as written with where it stands. */
export function venuesIn(text: string): { text: string; start: number; end: number }[] {
  const out: { text: string; start: number; end: number }[] = [];
  for (const m of text.matchAll(VENUE)) {
    const venue = m[1] as string;
    const start = (m.index ?? 0) + m[0].length - venue.length;
    out.push({ text: venue, start, end: start + venue.length });
  }
  return out;
}

/**
 * Per-sentence facts computed once at index time: which places, people, models, years,
 * amounts a sentence holds. They let the ranker ask "does this sentence actually hold a
 * place?" for a where-question instead of trusting word overlap.
 */
import type { Slot } from "../text/analyze.js";
import { frequencyPattern, moneyPattern, segmentPattern } from "../text/patterns.js";
import type { Lexicon } from "../text/lexicon.js";
import { fold, isOrdinal, normaliseNumber } from "../text/normalize.js";

export interface SentenceFeatures {
  /** Entity ids by type (place, person, model, brand, org, platform). */
  entities: Map<string, string[]>;
  /** Four-digit years (1900-2099) mentioned. */
  years: string[];
  /** Other numbers (amounts, percentages), normalised. */
  amounts: string[];
  /** Numbers that count time ("113 years"): an answer only to a question about years. */
  durations: string[];
  months: boolean;
  /** "in the coming weeks", "early 2026", "nelle prossime settimane". */
  relativeTime: boolean;
  /** "one new model a year", "every month", "ogni anno". */
  frequency: boolean;
  money: boolean;
  segment: boolean;
}

const YEAR = /^(19|20)\d{2}$/;
/** Month names, as written in English dates ("May 31") and Italian ones ("31 maggio"). */
export const MONTHS_EN = "january|february|march|april|may|june|july|august|september|october|november|december";
export const MONTHS_IT = "gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre";
/** Units that make a number a duration ("113 years"), shared with extraction. */
export const TIME_UNITS = "years?|months?|weeks?|days?|anni|mesi|settimane|giorni";
/**
 * A day of a month, either way round and with or without an ordinal: "June 23", "June 23rd",
 * "23 June", "23rd of June", "30 marzo". Extraction's dates use the same wording.
 */
export const DAY_OF_MONTH = `(?:${MONTHS_EN}|${MONTHS_IT})\\s+\\d{1,2}(?:st|nd|rd|th)?(?![\\p{L}\\d])|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:${MONTHS_EN}|${MONTHS_IT})(?![\\p{L}])`;
const MONTH = new RegExp(`(?<![\\p{L}\\d])(?:${DAY_OF_MONTH})`, "u");
/**
 * "launched in June", "a giugno": a month with no day or year, after a word that makes it a time
 * (never "may" the verb). The article's date tells the year.
 */
export const BARE_MONTH = `(?<=\\b(?:in|since|by|until|from|early|late|mid|a|ad|da|entro|inizio|fine)\\s+)(?:${MONTHS_EN}|${MONTHS_IT})(?![\\p{L}\\d])(?!\\s+\\d)`;
const MONTH_ALONE = new RegExp(BARE_MONTH, "iu");
// "When the Giulia was first unveiled, ...": an event that dates what follows.
const WHEN_CLAUSE = /^(?:when|quando)\s+[^,;]{3,80},/;
const YEAR_SOURCE = "(?:19|20)\\d{2}";
const SEASONS = "spring|summer|autumn|fall|winter|primavera|estate|autunno|inverno";
/** A part of a year: "early 2026", "mid-2026", "the third quarter of 2027", "Q3 2027", "summer 2025", "fine del 2027". */
export const PART_OF_YEAR = `(?:early|late|mid|the\\s+end\\s+of|inizio|fine|metà|meta)[\\s-]+(?:del\\s+|of\\s+)?${YEAR_SOURCE}|(?:the\\s+)?(?:first|second|third|fourth|last)\\s+(?:quarter|half)\\s+of\\s+(?:${YEAR_SOURCE}|(?:the|this|next)\\s+year)|(?:primo|secondo|terzo|quarto|ultimo)\\s+(?:trimestre|semestre)\\s+(?:(?:del\\s+)?${YEAR_SOURCE}|dell['’]anno|di\\s+quest['’]anno|del\\s+prossimo\\s+anno)|q[1-4]\\s+${YEAR_SOURCE}|(?:${SEASONS})\\s+(?:del\\s+|of\\s+)?${YEAR_SOURCE}`;
/**
 * A period named from the article's own date: "next year", "last October", "later this year",
 * "lo scorso ottobre", "il prossimo anno", "entro fine anno", "entro la metà dell'anno", "by mid-year".
 * The citation's date dates it.
 * Not "this may": in English that is mostly the verb ("this may take longer").
 */
export const RELATIVE_PERIOD = `(?:later\\s+|earlier\\s+)?(?:this|next|last)\\s+(?:year|month|${SEASONS}|${MONTHS_EN.replace("may|", "")})|(?:lo\\s+|la\\s+|il\\s+)?(?:scors[oa]|prossim[oa])\\s+(?:anno|mese|${MONTHS_IT}|${SEASONS})|(?:anno|mese)\\s+(?:scorso|prossimo)|(?:the\\s+)?(?:end|middle|start|beginning)\\s+of\\s+(?:the|this|next)\\s+year|mid-?year|(?:fine|metà|meta|inizio)\\s+(?:dell['’]\\s*)?anno`;
const RELATIVE_TIME = new RegExp(
  `\\b(?:coming|next|following|few)\\s+(?:days|weeks|months|years)\\b|\\bprossim[ei]\\s+(?:giorni|settimane|mesi|anni)\\b|\\b(?:${RELATIVE_PERIOD})\\b|\\b(?:${PART_OF_YEAR})\\b`,
);
/** Number words that count as amounts ("four models"); "one" is left out, it is mostly a pronoun. */
export const NUMBER_WORDS =
  "two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|dozen|hundred|thousand|million|" +
  "due|tre|quattro|cinque|sei|sette|otto|nove|dieci|undici|dodici|tredici|quattordici|quindici|sedici|diciassette|diciotto|diciannove|venti|trenta|quaranta|cinquanta|sessanta|settanta|ottanta|novanta|cento|mille";
// English "due to" is no Italian "two".
const NUMBER_WORD = new RegExp(`\\b(?:${NUMBER_WORDS})\\b(?<!\\bdue(?=\\s+to\\b))`);
const ONE_UNIT = /\b(?:one|a single|uno|una)\s+(?:new\s+|nuov[oa]\s+)?(?:model|car|vehicle|plant|factory|modello|auto|vettura|stabilimento)\b/;
// "113 years", "forty days", "two more years": a count of time, figures or words.
/** "more", "altri" between a count and its time unit ("two more years"): extraction reads the same words. */
export const MORE_BEFORE_UNIT = "(?:more|additional|further|altri|ulteriori)\\s+";
const DURATION = new RegExp(`\\b(\\d[\\d.,]*|${NUMBER_WORDS})(?:\\s+|-)(?:${MORE_BEFORE_UNIT})?(?:${TIME_UNITS})\\b`, "g");
const MONEY = moneyPattern(false);

const FREQUENCY = frequencyPattern(false);
const SEGMENT = segmentPattern(false);

/** Computes the features of one analysed sentence. */
export function sentenceFeatures(text: string, slots: readonly Slot[], lexicon: Lexicon): SentenceFeatures {
  const entities = new Map<string, string[]>();
  const years: string[] = [];
  const amounts: string[] = [];
  for (const slot of slots) {
    for (const key of slot.keys) {
      if (key.startsWith("e:")) {
        const entity = lexicon.entities.get(key.slice(2));
        if (!entity) continue;
        const list = entities.get(entity.type) ?? [];
        if (!list.includes(entity.id)) list.push(entity.id);
        entities.set(entity.type, list);
      } else if (key.startsWith("n:") && !isOrdinal(slot.surface) && key === slot.keys.find((k) => k.startsWith("n:"))) {
        // "The 100th anniversary" states no amount and no year. "90 thousand" is one amount, not 90 and 90,000.
        const n = key.slice(2);
        // "1,950 kg", "1.950 euro": a figure written with a thousands separator is never a year.
        (YEAR.test(n) && !/\d[.,]\d/u.test(slot.surface) ? years : amounts).push(n);
      }
    }
  }
  const folded = fold(text);
  // "113 years" is a duration: it answers "how many years", never "how many plants".
  const durations: string[] = [];
  const spelledDurations: string[] = [];
  for (const m of folded.matchAll(DURATION)) {
    const raw = m[1] as string;
    if (!/\d/u.test(raw)) {
      durations.push(raw);
      spelledDurations.push(raw);
      continue;
    }
    const n = normaliseNumber(raw);
    const at = amounts.indexOf(n);
    if (at >= 0) durations.push(...amounts.splice(at, 1));
  }
  // "May 31" is a date, not an amount.
  for (const m of folded.matchAll(new RegExp(MONTH.source, "gu"))) {
    const day = /\d{1,2}/.exec(m[0])?.[0];
    const at = day === undefined ? -1 : amounts.indexOf(day);
    if (at >= 0) amounts.splice(at, 1);
  }
  if (NUMBER_WORD.test(folded)) for (const w of folded.match(new RegExp(NUMBER_WORD.source, "g")) ?? []) {
    // A word that counts time ("forty days") is a duration, as "40 days" is.
    const at = spelledDurations.indexOf(w);
    if (at >= 0) spelledDurations.splice(at, 1);
    else amounts.push(w);
  }
  // "one new model a year": "one" counts only in front of what it counts.
  if (ONE_UNIT.test(folded)) amounts.push("one");
  return {
    entities,
    years,
    amounts,
    durations,
    months: MONTH.test(folded) || MONTH_ALONE.test(folded),
    relativeTime: RELATIVE_TIME.test(folded) || WHEN_CLAUSE.test(folded),
    frequency: FREQUENCY.test(folded),
    money: MONEY.test(folded),
    segment: SEGMENT.test(folded),
  };
}

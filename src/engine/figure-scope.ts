/**
 * The market a sentence's figures belong to: the world's ("33,020 vehicles worldwide"), another
 * market it names as their scope ("16,819 of them in Italy"), or only its own change in brackets
 * ("Germania (+20%)"). Ranking asks it when a question asks a figure for one market.
 */
import type { CorpusIndex, IndexedSentence } from "./corpus-index.js";
import type { QuerySlot, Understanding } from "./understand.js";
import { namedMarkets } from "./answer-types.js";
import { liesIn } from "./places.js";

/** "worldwide", "nel mondo": a figure for every market, not for the one asked about. */
export const WORLDWIDE = /\b(?:worldwide|globally|around the world|across the world|nel mondo|in tutto il mondo|a livello (?:globale|mondiale))\b/iu;

/**
 * A worldwide scope for the sentence's figures; not one that only ranks a market ("Un tempo il
 * secondo mercato per il biscione a livello globale, adesso ... 2.828 immatricolazioni" is the US's figure).
 */
function scopesWorldwide(text: string): boolean {
  for (const m of text.matchAll(WORLDWIDE_ALL)) if (!RANKS_A_MARKET.test(text.slice(Math.max(0, (m.index ?? 0) - 60), m.index))) return true;
  return false;
}
const WORLDWIDE_ALL = new RegExp(WORLDWIDE.source, "giu");
const RANKS_A_MARKET = /\b(?:first|second|third|fourth|fifth|largest|biggest|top|primo|secondo|terzo|quarto|quinto|maggiore|principale)\s+(?:[\p{L}-]+\s+)?(?:market|mercato)\b[^,.;]{0,40}$/iu;

/** Words before a market that make it the scope of a figure: "16,819 of them in Italy", "nell'Europa". */
const SCOPE_BEFORE = /\b(?:in|in the|nel|nella|nell['’]|negli|nei|in tutta)\s*$/iu;

/**
 * True when a sentence gives a figure its own market, one other than the asked market (not one
 * inside or around it) or the whole world: "33,020 vehicles worldwide, 16,819 of them in Italy"
 * is no figure for the US. A market compared with ("overtaken by Germany") gives no scope.
 */
export function givesOtherMarket(index: CorpusIndex, s: IndexedSentence, asked: readonly string[]): boolean {
  const { lexicon } = index;
  if (scopesWorldwide(s.text)) return true;
  const related = (id: string) => asked.some((a) => liesIn(lexicon, id, a) || liesIn(lexicon, a, id));
  return namedMarkets(s, NO_NAMES, lexicon).some((m) => !related(m.id) && SCOPE_BEFORE.test(s.text.slice(Math.max(0, m.slot.start - 12), m.slot.start)));
}

const NO_NAMES: Set<string> = new Set();

/**
 * True when a sentence names markets, adjectives included, and none is the asked market or one
 * inside or around it: "its North American chief" is no head of the European operations the
 * article names elsewhere.
 */
export function namesOnlyOtherMarkets(index: CorpusIndex, s: IndexedSentence, asked: readonly string[]): boolean {
  const { lexicon } = index;
  let other = false;
  for (const k of s.keys) {
    if (!k.startsWith("e:") || lexicon.entities.get(k.slice(2))?.type !== "market") continue;
    const id = k.slice(2);
    if (asked.some((a) => a === id || liesIn(lexicon, id, a) || liesIn(lexicon, a, id))) return false;
    other = true;
  }
  return other;
}

/**
 * "Con 27.695 immatricolazioni ..., soprattutto in Italia (+32%), Francia (+65%) e Germania (+20%)":
 * the asked market given only its own change in brackets; the count is the whole brand's.
 */
export function onlyItsChange(index: CorpusIndex, s: IndexedSentence, slot: QuerySlot): boolean {
  const markets = marketsOf(index, slot);
  return s.slots.some((x) => x.keys.some((k) => markets.includes(k.slice(2))) && CHANGE_IN_BRACKETS.test(s.text.slice(x.end, x.end + 16)));
}
const CHANGE_IN_BRACKETS = /^\s*\(\s*[+\-−–]\s*\d[\d.,]*\s*%\s*\)/u;

/** The markets a question slot names ("in the US"): a figure's scope the quote must not contradict. */
export function marketsOf(index: CorpusIndex, slot: QuerySlot): string[] {
  return slot.keys.filter((k) => k.startsWith("e:") && index.lexicon.entities.get(k.slice(2))?.type === "market").map((k) => k.slice(2));
}

/** Does the question say "worldwide", "globally", "nel mondo" (not only "international" or "abroad", which mean other markets)? */
export const asksWorldwide = (u: Understanding) => u.answerType === "quantity" && u.slots.some((x) => x.keys.includes("c:global") && (WORLDWIDE.test(x.surface) || /^mondo$/iu.test(x.surface)));

/**
 * Where places lie. "Where is the US plant?" must not be answered "Cassino" just because
 * a sentence names both: a place answers only if it lies in the market the question names.
 */
import type { Lexicon } from "../text/lexicon.js";

/** True when `id` is, or lies (through `within` links) in, `region`. */
function liesIn(lexicon: Lexicon, id: string, region: string): boolean {
  for (let at: string | undefined = id, hops = 0; at !== undefined && hops < 8; hops++) {
    if (at === region) return true;
    at = lexicon.entities.get(at)?.within;
  }
  return false;
}

/** True when a place fits the markets the question names (any place fits when it names none). */
export function placeFits(lexicon: Lexicon, id: string, named: Set<string>): boolean {
  const markets = [...named].filter((k) => k.startsWith("e:") && lexicon.entities.get(k.slice(2))?.type === "market");
  return markets.length === 0 || markets.some((m) => liesIn(lexicon, id, m.slice(2)));
}

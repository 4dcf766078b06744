/**
 * Where places lie, and whom people work for. "Where is the US plant?" must not be answered "Cassino" just because
 * a sentence names both: a place answers only if it lies in the market the question names.
 */
import type { Lexicon } from "../text/lexicon.js";
import { fold } from "../text/normalize.js";
import type { CorpusIndex, IndexedSentence } from "./corpus-index.js";
import type { QuerySlot, Understanding } from "./understand.js";

/** True when `id` is, or lies (through `within` links) in, `region`. */
export function liesIn(lexicon: Lexicon, id: string, region: string): boolean {
  for (let at: string | undefined = id, hops = 0; at !== undefined && hops < 8; hops++) {
    if (at === region) return true;
    at = lexicon.entities.get(at)?.within;
  }
  return false;
}

/** True when a place fits the markets the question names (any place fits when it names none). */
export function placeFits(lexicon: Lexicon, id: string, named: Set<string>): boolean {
  // "la regione della Slesia": a place the articles name that no place data holds is not known to
  // lie elsewhere, so it may be where the asked one is.
  const entity = lexicon.entities.get(id);
  if (entity?.type === "place" && entity.within === undefined) return true;
  // A loop, not a filtered copy: extraction asks this of every place in every candidate sentence.
  let market = false;
  for (const k of named) {
    if (!k.startsWith("e:") || lexicon.entities.get(k.slice(2))?.type !== "market") continue;
    if (liesIn(lexicon, id, k.slice(2))) return true;
    market = true;
  }
  return !market;
}

/**
 * True when a person fits the role the question asks about: for "Who is Alfa Romeo's CEO?"
 * a person known to be CEO of another group (Stellantis) does not fit. People whose roles
 * the vocabulary does not record, and questions that name no role, always fit.
 */
export function personFits(lexicon: Lexicon, id: string, roleKeys: readonly string[], orgs: readonly string[]): boolean {
  const asked = roleKeys.filter((k) => k.startsWith("c:")).map((k) => k.slice(2));
  const roles = lexicon.entities.get(id)?.roles ?? [];
  const relevant = roles.filter((r) => asked.includes(r.role));
  return asked.length === 0 || relevant.length === 0 || relevant.some((r) => orgs.includes(r.of));
}

/**
 * True when a model fits the brands the question is about: "which Alfa model..." is not
 * answered with the BMW X5 an article names as an example. A model with no known brand
 * (`within`: discovery records one only when an article writes it, "Maserati Grecale") fits the
 * corpus's own brand, and another maker only in a sentence (`sentenceKeys`) that names that maker.
 */
export function modelFits(lexicon: Lexicon, id: string, orgs: readonly string[], sentenceKeys?: ReadonlySet<string>): boolean {
  const brand = lexicon.entities.get(id)?.within;
  // A group ("which Stellantis model") holds brands the articles need not list: the Jeep Avenger may be its.
  if (orgs.some((org) => lexicon.entities.get(org)?.type === "org")) return true;
  if (brand !== undefined) return orgs.includes(brand);
  // A model whose brand the articles never wrote beside it may be anyone's, for the corpus's own
  // brand; another maker's only in a sentence that names that maker ("a Maserati car, probably the
  // heir to the Levante", "as BMW does with the X5"): "Which Maserati...?" is not answered with "the Giulia".
  const ownOrNone = orgs.length === 0 || orgs.some((org) => lexicon.ownBrand.includes(org));
  return ownOrNone || sentenceKeys === undefined || orgs.some((org) => sentenceKeys.has(`e:${org}`));
}

/**
 * {@link modelFits} for a question: "Which other cars are built alongside the Junior?" asks for
 * cars beside the asked one, which may be any maker's (the Jeep Avenger), unless it names a maker.
 */
export function modelFitsAsked(lexicon: Lexicon, id: string, u: Understanding, sentenceKeys?: ReadonlySet<string>): boolean {
  const typeOf = (k: string) => lexicon.entities.get(k.slice(2))?.type ?? "";
  const besides = u.slots.some((s) => s.keys.includes("c:alongside") || (s.focus && s.keys.includes("c:additional")));
  // "Which models will roll off the lines at Melfi?", "Which cars sit on the STLA Large platform?":
  // a plant or a platform is shared by the group's brands, and the cars it builds or carries are any of theirs.
  const shared = u.slots.some((s) => s.kind === "entity" && !s.generic && s.keys.some((k) => SHARED_TYPES.has(typeOf(k))));
  return ((besides || shared) && !namesAMaker(u, lexicon)) || modelFits(lexicon, id, u.orgs, sentenceKeys);
}

/**
 * Does the question name a maker, the corpus's own brand included ("Which Alfa...", "Which
 * Porsche...")? A question that names none ("Which car do Chinese buyers prefer?") may be
 * answered by another maker's car when a sentence gives no car of the corpus's brand.
 */
export function namesAMaker(u: Understanding, lexicon: Lexicon): boolean {
  return u.slots.some((s) => s.keys.some((k) => MAKER_TYPES.has(lexicon.entities.get(k.slice(2))?.type ?? "")));
}
const MAKER_TYPES = new Set(["brand", "org"]);

/** Is an entity type a place's: a town or site ("place") or a country or region ("market")? */
export const isPlaceType = (type: string | undefined) => type === "place" || type === "market";

/** The kinds of thing a group's brands share: its plants (and the places they stand in) and its platforms. */
const SHARED_TYPES = new Set(["place", "platform"]);

/**
 * "Northern California" for "California", "Sud Italia" for "Italia": a place named as a part of
 * the asked one is the asked place, as a town in it is not ("in Cassino" says nothing of Italy's sales).
 */
export function namesAPartOf(index: CorpusIndex, s: IndexedSentence, slot: QuerySlot): boolean {
  if (slot.kind !== "entity") return false;
  const parts = partsNamedAfter(index.lexicon);
  for (const key of slot.keys) for (const part of parts.get(key) ?? []) if (s.keys.has(part)) return true;
  return false;
}

/** For each place, the keys of the places inside it named after it ("e:d_california" -> "e:d_northern_california"), once per lexicon. */
const partsNamedAfter = (() => {
  const known = new WeakMap<Lexicon, Map<string, string[]>>();
  return (lexicon: Lexicon) => {
    let map = known.get(lexicon);
    if (!map) {
      map = new Map();
      for (const part of lexicon.entities.values()) {
        const whole = part.within === undefined ? undefined : lexicon.entities.get(part.within);
        if (!whole || !isPlaceType(part.type) || !fold(part.name).endsWith(fold(whole.name))) continue;
        const key = `e:${whole.id}`;
        map.set(key, [...(map.get(key) ?? []), `e:${part.id}`]);
      }
      known.set(lexicon, map);
    }
    return map;
  };
})();

/**
 * Answer types: does a sentence hold the kind of fact the question asks for (a place, a
 * person, a year, an amount...) that the question did not already name? This is what
 * lets the bot decline "how much does it cost?" when no article states a price.
 */
import { ENGINE_DESCRIPTION, joinsListItems, namesAVenue, powertrainsIn, WORDED_MONEY_SOURCE, type Powertrain } from "../text/patterns.js";
import type { AnswerType } from "../corpus/schema.js";
import type { Lexicon } from "../text/lexicon.js";
import type { IndexedSentence } from "./corpus-index.js";
import { perSentence } from "./per-sentence.js";
import { TIME_UNITS } from "./features.js";
import { modelFitsAsked, namesAMaker, personFits, placeFits } from "./places.js";
import { queryKeys } from "./query-keys.js";
import type { Understanding } from "./understand.js";
import type { Slot } from "../text/analyze.js";
import { fold } from "../text/normalize.js";

const WORDED_MONEY = new RegExp(WORDED_MONEY_SOURCE, "iu");

/** How a sentence's fit to the asked type is judged. */
export interface TypeFitOptions {
  /**
   * Fit of a country for a where-question when it stands beside the asked verb ("produced in
   * the United States"): weaker than a town or a plant (1), which name the place itself.
   * Below 0.5 so a town in a rival sentence still wins; chosen on the seed sets.
   */
  countryFit: number;
  /** "Beside" for that: at most this many slots from a question word. Four spans "built ... in the US". */
  predicateWindow: number;
}

export const typeFitDefaults: TypeFitOptions = { countryFit: 0.4, predicateWindow: 4 };

/** The answer types a question's intent implies when its wording does not say. */
export function expectedType(u: Understanding): { type: AnswerType; hard: boolean } {
  // "Who is X?" prefers a sentence that says what X is, but any sentence about X will do.
  if (u.answerType === "role") return { type: "role", hard: false };
  // "Why...?" is answered by the sentence that explains, with or without "because": a
  // marker of cause earns the bonus, its absence does not sink the answer.
  if (u.answerType === "reason") return { type: "reason", hard: false };
  if (u.answerType !== "open") return { type: u.answerType, hard: true };
  return { type: u.intent?.def.answerType ?? "open", hard: false };
}

/**
 * How well the sentence holds a fact of the asked type that the question did not name:
 * 1 when it does, 0 when not. For a where-question a country named beside the asked verb
 * is weaker evidence than a town or a plant (`countryFit`).
 */
export function holdsType(s: IndexedSentence, type: AnswerType, u: Understanding, lexicon: Lexicon, o: TypeFitOptions = typeFitDefaults): number {
  const named = u.named;
  if (type === "person") {
    const roles = roleKeysOf(u, lexicon);
    if (freshWhere(s.features.entities.get("person"), named, (id) => personFits(lexicon, id, roles, u.orgs))) return 1;
    // Who did something (not who holds a role) may be a company or a name never typed, as extraction allows.
    return roles.length === 0 && (fresh(s.features.entities.get("org"), named) || fresh(s.features.entities.get("name"), named)) ? 1 : 0;
  }
  // "Whose tariffs...?": a person or an organisation ("the Trump administration").
  if (type === "owner") return fresh(s.features.entities.get("person"), named) || fresh(s.features.entities.get("org"), named) ? 1 : 0;
  if (type === "model") {
    const models = s.features.entities.get("model");
    return freshWhere(models, named, (id) => modelFitsAsked(lexicon, id, u, s.keys)) || (!namesAMaker(u, lexicon) && fresh(models, named)) ? 1 : 0;
  }
  if (type === "powertrain") return freshPowertrains(s.text, u).length > 0 ? 1 : 0;
  // "What role does Imparato have at Alfa Romeo?": what the person is, not what the brand is ("the Biscione brand, ...").
  if (type === "role") return describesPerson(s, namedPeople(u, lexicon)) ? 1 : 0;
  if (type === "quantity" && asksAboutYears(u) && s.features.durations.some((n) => !named.has(`n:${n}`))) return 1;
  if (type === "place") {
    // "Which markets...?" is answered by a country or region named as such, and by nothing else.
    if (asksForMarkets(u)) return namedMarkets(s, named, lexicon).length > 0 ? 1 : 0;
    if (freshWhere(s.features.entities.get("place"), named, (id) => answersWhere(s, id, named, lexicon))) return 1;
    // "...una conferenza stampa al museo Alfa": a named venue says where something was held, though it is no town.
    if (!asksForTown(u) && !asksForMarkets(u) && holdsVenue(s)) return 1;
  } else if (holdsTypeStrictly(s, type, named)) return 1;
  if (type !== "place" || asksForTown(u)) return 0;
  // A country answers "where" only beside what the question asks about ("produced in the
  // United States"), not anywhere in the sentence ("bringing the Junior stateside").
  return nearPredicate(s, "market", u, o.predicateWindow) ? o.countryFit : 0;
}

/** A fresh entity of `type` within `window` slots of one of the question's words that is not a name. */
function nearPredicate(s: IndexedSentence, type: string, u: Understanding, window: number): boolean {
  const { meaningful, required } = queryKeys(u);
  const isPredicate = (keys: string[]) => keys.some((k) => meaningful.has(k) && !required.has(k) && !k.startsWith("e:"));
  return s.slots.some((slot, i) => {
    const fresh = slot.keys.some((k) => k.startsWith("e:") && !u.named.has(k) && s.features.entities.get(type)?.includes(k.slice(2)));
    if (!fresh) return false;
    for (let j = Math.max(0, i - window); j <= Math.min(s.slots.length - 1, i + window); j++) if (isPredicate((s.slots[j] as { keys: string[] }).keys)) return true;
    return false;
  });
}

/**
 * A place in the sentence that answers "where" for the question: inside the markets it names,
 * and not listed beside a place it names. Ranking and extraction ask the same of a place.
 */
export function answersWhere(s: IndexedSentence, id: string, named: Set<string>, lexicon: Lexicon): boolean {
  return placeFits(lexicon, id, named) && !coordinatedWithNamed(s, id, named) && !onlyAsAName(s, id);
}

/** True when every mention of the place in the sentence is a car's name ("from Milano to Junior"). */
function onlyAsAName(s: IndexedSentence, id: string): boolean {
  if (!namesSomething(s)) return false;
  const mentions = s.slots.filter((x) => x.keys.includes(`e:${id}`));
  return mentions.length > 0 && mentions.every((x) => placeAsAName(s.text, x));
}

const NAMING_WORD = /renamed|rebranded|badged|called|named|dubbed|chiamat|chiamars|chiamarl|denominat|ribattezzat|nome|name|badge/iu;
/** Does the sentence use a word of naming at all? Asked of every place in every ranked sentence, so read once per sentence. */
const namesSomething = perSentence((s) => NAMING_WORD.test(s.text));

/** Does the sentence name a venue? The same for every question: read once per sentence. */
const holdsVenue = perSentence((s) => namesAVenue(s.text));

/**
 * A place named as a car's name, not where anything is: "rebranded from Milano to Junior", "the
 * Milano name", "doveva chiamarsi Milano". Said of the name, never of a location.
 */
export function placeAsAName(text: string, c: { start: number; end: number }): boolean {
  return NAMING_BEFORE.test(text.slice(Math.max(0, c.start - 40), c.start)) || NAMING_AFTER.test(text.slice(c.end, c.end + 20));
}
const NAMING_BEFORE =
  /(?:\b(?:renamed|rebranded|re-?badged)\s+(?:from\s+)?|\b(?:called|named|dubbed|chiamat[aoie]|chiamarsi|chiamarla|denominat[aoie])\s+|\bribattezzat[aoie]\s+(?:da\s+)?|\bnome\s+)(?:the\s+|il\s+|la\s+|l['’]\s*)?["“«'‘]?$/iu;
const NAMING_AFTER = /^["”»'’]?\s+(?:name|nameplate|badge)\b/iu;

/**
 * True when the entity stands in a list with one the question names ("Cassino e
 * Pomigliano"): a sibling, not where the named thing is.
 */
export function coordinatedWithNamed(s: IndexedSentence, id: string, named: Set<string>): boolean {
  const key = `e:${id}`;
  const slots = s.slots;
  const namedAt = (j: number) => slots[j] !== undefined && (slots[j] as { keys: string[] }).keys.some((k) => k.startsWith("e:") && named.has(k));
  for (let i = 0; i < slots.length; i++) {
    const slot = slots[i] as { keys: string[]; start: number; end: number };
    if (!slot.keys.includes(key)) continue;
    if (namedAt(i - 1) && joinsListItems(s.text.slice((slots[i - 1] as { end: number }).end, slot.start), true)) return true;
    if (namedAt(i + 1) && joinsListItems(s.text.slice(slot.end, (slots[i + 1] as { start: number }).start), true)) return true;
  }
  return false;
}

/**
 * The role a question asks about ("Who is the CEO of...", "who heads..."), for
 * {@link personFits}; none when it also asks something else ("who picked Imparato to run
 * Alfa Romeo" asks about the picking, not about a head of Alfa Romeo), unless the role is what
 * it asks first ("Chi era l'amministratore delegato ai tempi del lancio...?": the CEO, then when).
 */
export function roleKeysOf(u: Understanding, lexicon: Lexicon): string[] {
  const concepts = u.slots.filter((slot) => slot.kind === "concept" && !slot.implied);
  const isRole = (k: string) => isRoleKey(k, lexicon);
  if (concepts.every((slot) => slot.keys.some(isRole))) return concepts.flatMap((slot) => slot.keys.filter(isRole));
  const first = u.slots.find((slot) => !slot.generic && !slot.implied);
  return first?.kind === "concept" ? first.keys.filter(isRole) : [];
}

/** Is the key a concept some person holds as a role ("c:ceo", "c:head")? */
export function isRoleKey(key: string, lexicon: Lexicon): boolean {
  return key.startsWith("c:") && lexicon.roleConcepts.has(key.slice(2));
}

/** "In che comune sta lo stabilimento?", "which town?": a town is asked, and a country is no answer. */
export function asksForTown(u: Understanding): boolean {
  return u.answerType === "place" && u.slots.some((slot) => slot.keys.includes("c:town"));
}

/** "Which markets...?", "in quali mercati": a country or a region is then the whole answer, not a weaker where. */
export function asksForMarkets(u: Understanding): boolean {
  // The cue itself, not a market named on the way ("the E-SUV for the American market built in Detroit?").
  return u.answerType === "place" && u.slots.some((slot) => slot.implied && slot.keys.includes("c:market"));
}

/**
 * The countries and regions a sentence names as such, with their slots: "the United States and
 * China", not the country that comes with a plant ("Cassino" is in Italy), a word in lower case
 * ("stateside", "the continent"), nor an adjective ("the Italian brand", "Italian-built", "the
 * car is Italian"); an adjective before "market" still names one ("the American market").
 */
export function namedMarkets(s: IndexedSentence, named: Set<string>, lexicon: Lexicon): { id: string; slot: Slot }[] {
  const out: { id: string; slot: Slot }[] = [];
  const slots = s.slots;
  for (let i = 0; i < slots.length; i++) {
    const slot = slots[i] as Slot;
    const key = slot.keys.find((k) => k.startsWith("e:"));
    const entity = key === undefined ? undefined : lexicon.entities.get(key.slice(2));
    if (!entity || named.has(key as string) || entity.type !== "market" || !/^\p{Lu}/u.test(slot.surface)) continue;
    if (!describes(s, i, entity.name)) out.push({ id: entity.id, slot });
  }
  return out;
}

/**
 * Is the place at slot `i` an adjective that describes something else ("the Italian brand",
 * "Italian-built", "the car is Italian"), not a place named? "Japan" is a name that ends like an
 * adjective; "Italian" is an alias of Italy that is one. An adjective in a list ("markets –
 * American, Chinese, European") or before "market" still names a market.
 */
export function describes(s: IndexedSentence, i: number, name: string): boolean {
  const slot = s.slots[i] as Slot;
  if (fold(name).endsWith(fold(slot.surface)) || !ADJECTIVE.test(fold(slot.surface))) return false;
  const next = s.slots[i + 1];
  const beforeNoun = next !== undefined && /^(?:['’]s)?[\s-]+$/u.test(s.text.slice(slot.end, next.start)) && !next.keys.includes("c:market");
  return beforeNoun || COPULA_BEFORE.test(s.text.slice(Math.max(0, slot.start - 8), slot.start));
}

/** A people's or a country's adjective in either language: "Italian", "American", "Chinese", "italiana", "statunitensi". */
const ADJECTIVE = /(?:an|ans|ese|ish|ch|ano|ana|ani|ane|esi|ensi?)$/u;
const COPULA_BEFORE = /\b(?:is|are|was|were|è|sono|era)\s+$/iu;

/** The powertrains a sentence names of a kind the question did not rule out ("not EV-only": the others). */
export function freshPowertrains(text: string, u: Understanding): Powertrain[] {
  return powertrainsIn(text).filter((p) => !u.ruledOut.has(p.kind));
}

/** The answers to a powertrain question in a sentence: its fresh powertrains, an engine's description first when an engine is asked. */
export function powertrainCandidates(text: string, u: Understanding): Powertrain[] {
  return engineFirst(freshPowertrains(text, u), u);
}

const ASKS_ENGINE = /^(?:engines?|motor[ei]|propulsor[ei])$/iu;

/** "What engine will the petrol Tonale use?": an engine's description ("a turbocharged four-cylinder") before a kind of car ("plug-in hybrid"). */
function engineFirst(found: Powertrain[], u: Understanding): Powertrain[] {
  if (!u.slots.some((s) => ASKS_ENGINE.test(s.surface))) return found;
  const engines = found.filter((c) => ENGINE_DESCRIPTION.test(c.text));
  return engines.length > 0 ? engines : found;
}

/**
 * "How many years of history...", "How long...": a duration is then the amount asked for. Not
 * "How many cars a year...?": the years are a rate, and what is counted is cars ("113 years of
 * history" counts no cars).
 */
export function asksAboutYears(u: Understanding): boolean {
  if (u.asksDuration) return true;
  let focus = u.slots.find((slot) => slot.focus);
  // "Quanti Tonale sono stati prodotti ... nel primo anno?" counts the Tonale: the year only frames it.
  if (!focus && u.kindAt >= 0 && u.slots.find((slot) => slot.start >= u.kindAt)?.kind === "entity") return false;
  // "How many more years...?": the years are counted, "more" only says beyond today.
  if (focus?.keys.includes("c:additional")) focus = u.slots[u.slots.indexOf(focus) + 1] ?? focus;
  // "Per quanti giorni...?", "how many weeks": a count of days or weeks is a duration too.
  if (focus) return focus.keys.includes("c:year") || TIME_UNIT_NOUN.test(focus.surface);
  return u.slots.some((slot) => slot.keys.includes("c:year") && !RATE.test(slot.surface));
}

/** The time units, and their singular Italian forms and hours: what a counted duration is counted in. */
const TIME_UNIT_NOUN = new RegExp(`^(?:${TIME_UNITS}|hours?|giorno|settimana|mese|or[ae])$`, "iu");

/** A year as a rate: "a year", "per year", "every year", "annual", "all'anno", "ogni anno". */
const RATE = /^(?:an?|per|every|each|annual\p{L}*|yearly|all['’]\s*anno|l['’]\s*anno|ogni|annu\p{L}*)(?![\p{L}])/iu;

/** The people a question names, as keys: whose role a "who is" question asks. Read once per understanding: ranking asks it of every sentence. */
export function namedPeople(u: Understanding, lexicon: Lexicon): ReadonlySet<string> {
  let people = peopleNamed.get(u);
  if (!people) peopleNamed.set(u, (people = new Set([...u.named].filter((k) => k.startsWith("e:") && lexicon.entities.get(k.slice(2))?.type === "person"))));
  return people;
}
const peopleNamed = new WeakMap<Understanding, ReadonlySet<string>>();

/** The sentence says what a named person is: "Davide Mele, head of...", "CEO Jean-Philippe Imparato". */
export function describesPerson(s: IndexedSentence, named: ReadonlySet<string>): boolean {
  return s.slots.some((slot, i) => {
    if (!slot.keys.some((k) => named.has(k) && k.startsWith("e:"))) return false;
    const before = s.slots[i - 1];
    return /^\s*,/.test(s.text.slice(slot.end)) || (before !== undefined && before.keys.some((k) => k === "c:ceo" || k === "c:head"));
  });
}

/** An entity of the list the question did not name. */
export const fresh = (ids: string[] | undefined, named: Set<string>) => ids !== undefined && ids.some((id) => !named.has(`e:${id}`));

/** An entity the question did not name that also passes `fits` (checked only for the unnamed ones). */
const freshWhere = (ids: string[] | undefined, named: Set<string>, fits: (id: string) => boolean) =>
  ids !== undefined && ids.some((id) => !named.has(`e:${id}`) && fits(id));

/** The types holdsType does not judge itself (people, models, places and owners need the question's context). */
type PlainType = Exclude<AnswerType, "person" | "model" | "place" | "owner" | "powertrain" | "role">;

function holdsTypeStrictly(s: IndexedSentence, type: PlainType, named: Set<string>): boolean {
  const f = s.features;
  switch (type) {
    case "brand":
      return fresh(f.entities.get("brand"), named);
    case "platform":
      return fresh(f.entities.get("platform"), named);
    case "time":
      return f.months || f.relativeTime || f.years.some((y) => !named.has(`n:${y}`));
    case "year":
      return f.years.some((y) => !named.has(`n:${y}`));
    case "quantity":
      // "How much profit...?": "several hundred million euros" is the amount, in words (a sum in
      // figures is among the amounts already, and the check on named numbers holds for it).
      return f.amounts.some((n) => !named.has(`n:${n}`)) || (f.money && WORDED_MONEY.test(s.text));
    case "money":
      return f.money;
    case "reason":
      // A heading announces reasons ("the reasons and possible causes"); it never gives one.
      return s.kind !== "heading" && s.keys.has("c:reason");
    case "frequency":
      return f.frequency;
    case "segment":
      return f.segment;
    case "open":
      return true;
  }
}

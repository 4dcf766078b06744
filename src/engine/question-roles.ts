/**
 * Who and what a question's names are: the type of an entity, the company a role belongs to,
 * the noun a company owns. Split from understand.ts, which weighs the slots these describe.
 */
import type { Slot } from "../text/analyze.js";
import type { FoundCue } from "./cues.js";
import type { CorpusIndex } from "./corpus-index.js";
import { isPlaceType } from "./places.js";
import { isRoleKey } from "./answer-types.js";

/** The type of the entity a slot names ("model", "brand"), if it names one. */
export function entityTypeOf(index: CorpusIndex, s: Slot): string | undefined {
  return s.keys.map((k) => (k.startsWith("e:") ? index.lexicon.entities.get(k.slice(2))?.type : undefined)).find((t) => t !== undefined);
}

/** Words naming cars in general: after a brand they still ask for one of its models ("which Alfa model"). */
const VEHICLE_KEYS = new Set(["c:model", "c:car", "c:suv", "c:vehicle"]);

/**
 * "Which Alfa anniversary...", "Which Stellantis sister brand...": a brand followed by its own
 * noun asks for that noun, not for one of the brand's models ("Which Alfa is built in
 * Cassino?"). The "which {brand}" cue is then dropped, and the question is open.
 */
export function ownNounAfterBrand(cue: FoundCue | undefined, index: CorpusIndex, slots: Slot[], question: string, kindAt: number): FoundCue | undefined {
  if (cue?.type !== "model" || cue.words.size !== 1) return cue;
  const at = pastCompany(index, slots, question, kindAt);
  const noun = at === kindAt ? undefined : slots.find((s) => s.start === at);
  if (!noun || (noun.kind !== "concept" && noun.kind !== "term") || noun.keys.some((k) => VEHICLE_KEYS.has(k))) return cue;
  // A noun, not the question's verb ("Which Alfa won..."): the auxiliary follows it, perhaps after a few words.
  return auxiliaryAfter(index).test(question.slice(noun.end)) ? undefined : cue;
}

const auxiliaries = new WeakMap<CorpusIndex, RegExp>();

/** "does", "is", "will", "è", "sarà"...: the yes/no openers, the words a question's verb starts with. */
function auxiliaryAfter(index: CorpusIndex): RegExp {
  let re = auxiliaries.get(index);
  if (!re) {
    const { en, it } = index.corpus.vocabulary.yesNo.openers;
    const words = [...en, ...it].map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|");
    // "Which Alfa Romeo dealership in California has...": a short phrase may come between noun and verb.
    re = new RegExp(`^\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:${words})(?![\\p{L}])`, "iu");
    auxiliaries.set(index, re);
  }
  return re;
}

/** Between a company and the noun it owns: spaces, perhaps after "'s" ("Alfa Romeo's design team"). */
const POSSESSIVE_GAP = /^(?:['’]s)?\s+$/u;

/**
 * "How many Alfa Romeo dealerships": a company named before the noun only says whose; the
 * noun is what is counted. The offset of that noun. (In "which Stellantis model" the noun is
 * the answer's type already, and the company says which group's models may answer.)
 */
export function pastCompany(index: CorpusIndex, slots: Slot[], question: string, at: number): number {
  const i = slots.findIndex((s) => s.start === at);
  const slot = slots[i];
  const next = slots[i + 1];
  if (!slot || !next || slot.kind !== "entity" || next.kind === "entity") return at;
  const company = slot.keys.some((k) => ["brand", "org"].includes(index.lexicon.entities.get(k.slice(2))?.type ?? ""));
  if (company && POSSESSIVE_GAP.test(question.slice(slot.end, next.start))) return next.start;
  // "How many European plants...?": a place written as an adjective scopes the noun it stands before.
  return isPlaceType(entityTypeOf(index, slot)) && /^\s+$/u.test(question.slice(slot.end, next.start)) && /^\p{L}+(?:an|ian|ese|ish)$/u.test(slot.surface) ? next.start : at;
}

// "head of design", "CEO for North America", "capo della produzione": a role of something
// other than a company is another role, held by someone else.
const QUALIFIER = /^\s+(?:of|for|in\s+charge\s+of|del|della|dello|dei|delle|per)\s+(?:the\s+)?$/iu;
const HEADED_ADJECTIVE = /^(?:new|nuov[oaie])$/iu;
const HEADED_ADJECTIVE_IN_GAP = /\s(?:new|nuov[oaie])(?=\s*$)/iu;

/**
 * What a role word is the role of, when that is not a company ("head of design", "North
 * America CEO"): no one holds it by being the brand's CEO. The qualifier's slot, or undefined.
 */
export function roleQualifier(index: CorpusIndex, slots: Slot[], i: number, question: string): Slot | undefined {
  const slot = slots[i] as Slot;
  if (slot.kind !== "concept" || !slot.keys.some((k) => k === "c:ceo" || k === "c:head")) return undefined;
  const typeOf = (s: Slot) => entityTypeOf(index, s);
  // "in charge of the new BottegaFuoriserie project": the adjective describes what is headed; the name after it is what is headed.
  const next = slots[i + 1];
  const adjective = next !== undefined && HEADED_ADJECTIVE.test(next.surface) && slots[i + 2] !== undefined;
  const qualified = adjective ? (slots[i + 2] as Slot) : next;
  const gap = qualified && question.slice(slot.end, qualified.start).replace(HEADED_ADJECTIVE_IN_GAP, " ");
  if (qualified && gap !== undefined && !["brand", "org"].includes(typeOf(qualified) ?? "") && QUALIFIER.test(gap)) return qualified;
  // "Who heads Alfa Romeo's design team?": the company's, and then what of it is headed.
  const headed = slots[i + 2];
  const possessive = next && POSSESSIVE_GAP.test(question.slice(next.end, headed?.start)) && /['’]s$|['’]s\s/u.test(question.slice(next.start, headed?.start));
  if (next && headed && headed.kind !== "entity" && ["brand", "org"].includes(typeOf(next) ?? "") && possessive && /^\s+$/u.test(question.slice(slot.end, next.start))) return headed;
  // A place or market written right before it: "the North America CEO", "il capo Italia" aside.
  const prev = slots[i - 1];
  if (prev && ["place", "market"].includes(typeOf(prev) ?? "") && /^\s+$/u.test(question.slice(prev.end, slot.start))) return prev;
  return undefined;
}

/**
 * A role word ("CEO") also matches sentences naming someone who holds it (`r:` keys), but
 * only for the organisation the question is about ("the Stellantis CEO"), or the brand
 * itself when it names none ("who is the boss?").
 */
export function withRoles(index: CorpusIndex, slot: Slot, orgs: string[], named: boolean): Slot & { heldFor?: string[] } {
  if (slot.kind !== "concept") return slot;
  const asked = slot.keys.filter((k) => isRoleKey(k, index.lexicon)).flatMap((k) => orgs.map((org) => `r:${k.slice(2)}@${org}`));
  const roles = slot.keys.flatMap((k) => orgs.map((org) => `r:${k.slice(2)}@${org}`)).filter((r) => index.df.has(r));
  // "the CEO of Maserati": named by the question, the company says whose role it is, in every sentence.
  const heldFor = named && asked.length ? { heldFor: asked } : {};
  return roles.length ? { ...slot, keys: [...slot.keys, ...roles], ...heldFor } : { ...slot, ...heldFor };
}

/** Organisations a question names (brands, groups), or the corpus's own brand when it names none. */
export function organisationsOf(index: CorpusIndex, slots: Slot[], kindAt: number): string[] {
  const makers = (list: Slot[]) =>
    list.flatMap((s) => s.keys.filter((k) => k.startsWith("e:")).map((k) => k.slice(2))).filter((id) => ["brand", "org"].includes(index.lexicon.entities.get(id)?.type ?? ""));
  // "Which Jeep sits on the platform the big Alfas will use?": the maker right after "which" is the
  // one asked; the others only set the scene (the Stelvio is no Jeep).
  const asked = makers(slots.filter((s) => s.start === kindAt));
  if (asked.length) return asked;
  const named = makers(slots);
  if (named.length) return named;
  return [...index.lexicon.ownBrand];
}

/**
 * A yes/no question that asserts a name no article mentions: "Was it Tim Kuniskis who spoke
 * about the US plant?", "Imparato ha visitato una concessionaria a Milano?". No article can
 * say yes to it, but one may say who, where or which instead: the name is then the value
 * asserted, judged like a known one ("No: Larry Dominique..."). The name's kind is read
 * from the question, since the corpus cannot tell it.
 */
import type { AnswerType } from "../corpus/schema.js";
import type { Answer, Language } from "../types.js";
import type { Lexicon } from "../text/lexicon.js";
import { withSlots, type QuerySlot, type Understanding } from "./understand.js";

/** Words before a place, per language ("in Belvidere", "a Milano", "presso Termoli"); never "to" or "a" in English. */
const PLACE_BEFORE: Record<Language, RegExp> = {
  en: /(?:^|[^\p{L}])(?:in|at|near)\s+$/iu,
  it: /(?:^|[^\p{L}])(?:in|a|ad|nel|nello|nella|presso|vicino a)\s+$/iu,
};
/** A place's noun after the name: "the Kragujevac plant". */
const PLACE_AFTER = /^\s+(?:plant|factory|site|works|facility)\b/iu;
/** The question asks who: "who", "chi", or a cleft naming a person ("Was it X who...", "È X a supportare..."). */
const ASKS_WHO: Record<Language, RegExp> = {
  en: /\bwho\b|^\s*(?:was|is)(?:n['’]t)?\s+it\s+$/iu,
  it: /\bchi\b|^\s*(?:è|e'|era|sarà|fu)\s+$/iu,
};

/** A capitalised word no article has: not a topic the articles lack ("all-wheel drive", "a good car"), which settles the decline. */
export const isUnknownName = (s: QuerySlot) => s.unknown && s.unknownKind === "name" && s.kind !== "concept" && /^\p{Lu}/u.test(s.surface);

/** The question's unknown name as one slot (adjacent unknown words: "Tim Kuniskis"), or undefined. */
function unknownName(u: Understanding, question: string): QuerySlot | undefined {
  const names = u.slots.filter(isUnknownName);
  const first = names[0];
  if (!first) return undefined;
  // One name only: two unrelated unknown names make the question about something else altogether.
  const last = names[names.length - 1] as QuerySlot;
  if (names.some((s, i) => i > 0 && s.start - (names[i - 1] as QuerySlot).end > 1)) return undefined;
  // As written ("Jean-Paul"), unless the question was rewritten (a follow-up): then its words.
  const written = question.slice(first.start, last.end);
  const surface = written.startsWith(first.surface) && written.endsWith(last.surface) ? written : names.map((s) => s.surface).join(" ");
  return { ...first, surface, end: last.end, keys: names.flatMap((s) => s.keys) };
}

/**
 * A person for "who", a cleft, or a name of two or three words as the subject ("Did Tim Kuniskis
 * announce...?"); a place after a word of place or before "plant". Undefined otherwise: a lone unknown word may be a brand, a team or
 * anything ("a Geely platform"), and judging it against the articles' brands says nothing.
 */
function kindOfName(question: string, name: QuerySlot, u: Understanding, lexicon: Lexicon): AnswerType | undefined {
  const language = u.language;
  const before = question.slice(0, name.start);
  // "STLA Medium" beside the articles' "STLA Large": a name of several words that opens like a
  // known platform's or model's is one of that kind, the known word before it included.
  const prev = /([\p{L}\d][\p{L}\d-]*)\s+$/u.exec(before)?.[1];
  const sibling = siblingKind(name.surface, lexicon) ?? (prev ? siblingKind(`${prev} ${name.surface}`, lexicon) : undefined);
  if (sibling) return sibling;
  // "the Maserati Quattroporte", "the Mercedes GLE": a name after a known brand, or one with a
  // model code among its words, is a car.
  if ((prev && brandNamed(prev, lexicon)) || (/\s/u.test(name.surface) && MODEL_CODE.test(name.surface))) return "model";
  const after = question.slice(name.end);
  // A person's name as the subject ("Did Tim Kuniskis announce...?"), not as someone met ("Did
  // Imparato talk to Mary Barra?": the articles naming whom he spoke to would not make it a no).
  const subject = u.slots.find((s) => !s.generic)?.start === name.start;
  if (ASKS_WHO[language].test(before) || /\b(?:who|chi)\b/iu.test(after) || (subject && /\s/u.test(name.surface))) return "person";
  if (PLACE_BEFORE[language].test(before) || PLACE_AFTER.test(after)) return "place";
  return undefined;
}

/** A word of a car's name that is a code: "GLE", "X5", "GT4" (capitals, or capitals and digits). */
const MODEL_CODE = /(?<![\p{L}\d])(?:\p{Lu}{2,4}|\p{Lu}+\d+\p{L}*)(?![\p{L}\d])/u;

/** Is the word a known brand's name ("Maserati", "BMW")? */
function brandNamed(word: string, lexicon: Lexicon): boolean {
  const folded = word.toLowerCase();
  for (const e of lexicon.entities.values()) if (e.type === "brand" && [e.name, ...e.aliases].some((a) => a.toLowerCase() === folded)) return true;
  return false;
}

/** The kind of the known platform or model whose name opens with the same word as `surface` (of two words or more). */
function siblingKind(surface: string, lexicon: Lexicon): AnswerType | undefined {
  const words = surface.split(/\s+/u);
  if (words.length < 2) return undefined;
  const first = (words[0] as string).toLowerCase();
  for (const e of lexicon.entities.values()) {
    if (e.generic || (e.type !== "platform" && e.type !== "model") || !e.name.includes(" ")) continue;
    if (e.name.split(/\s+/u)[0]?.toLowerCase() === first) return e.type;
  }
  return undefined;
}

/**
 * The unknown name a yes/no question asserts, with its kind, and the understanding with the
 * name's words as that one slot. Only when the question also names something the articles know
 * (the subject): "Is the Alfa Brera coming back?" is about an unknown thing, and stays declined.
 */
export function assertedUnknownName(u: Understanding, question: string, lexicon: Lexicon): { u: Understanding; value: { slot: QuerySlot; type: AnswerType } } | undefined {
  const name = unknownName(u, question);
  if (!name) return undefined;
  const subject = u.slots.some((s) => s.kind === "entity" && !s.unknown && !s.generic);
  if (!subject) return undefined;
  if (u.slots.some((s) => s.unknown && s.unknownKind !== "word" && !isUnknownName(s))) return undefined;
  const type = kindOfName(question, name, u, lexicon);
  if (!type) return undefined;
  const slots = [...u.slots.filter((s) => !isUnknownName(s)), name].sort((a, b) => a.start - b.start);
  return { u: withSlots(u, slots), value: { slot: name, type } };
}

/** A name put after "on", "via", "su", perhaps after "his profile": where something was posted or said. */
const ON_CHANNEL = /(?:^|[^\p{L}])(?:on|via|through|su|sul|sulla|tramite)\s+(?:(?:his|her|its|their|the|il\s+suo|la\s+sua|suo|sua)\s+)?(?:(?:profilo|profile|account|pagina|page|canale|channel)\s+)?(\p{Lu}[\p{L}]+)/gu;

/**
 * The channel a quote names ("sul suo profilo Twitter") where the question names one no article
 * gives ("on Instagram"): the same frame, another name. Undefined when the question puts no
 * unknown name there or the quote names none.
 */
export function otherChannel(question: string, u: Understanding, quote: string): string | undefined {
  const asked = [...question.matchAll(ON_CHANNEL)].map((m) => m[1] as string).filter((n) => u.slots.some((s) => isUnknownName(s) && s.surface === n));
  if (asked.length === 0) return undefined;
  return [...quote.matchAll(ON_CHANNEL)].map((m) => m[1] as string).find((n) => !asked.includes(n) && !u.slots.some((s) => s.surface === n));
}

/**
 * A capitalised name the articles never give, asked after the subject ("...su Facebook?"), and
 * not in the answer's quotes: the quotes cannot say yes to it, whatever else they confirm.
 */
export function unconfirmedName(u: Understanding, answer: Answer): boolean {
  const first = u.slots.find((s) => !s.generic);
  const quoted = answer.citations.map((c) => c.quote.toLowerCase()).join(" ");
  return u.slots.some((s) => s !== first && isUnknownName(s) && !quoted.includes(s.surface.toLowerCase()));
}

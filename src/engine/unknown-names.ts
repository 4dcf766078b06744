/**
 * A yes/no question that asserts a name no article mentions: "Was it Tim Kuniskis who spoke
 * about the US plant?", "Imparato ha visitato una concessionaria a Milano?". No article can
 * say yes to it, but one may say who, where or which instead: the name is then the value
 * asserted, judged like a known one ("No: Larry Dominique..."). The name's kind is read
 * from the question, since the corpus cannot tell it.
 */
import type { AnswerType } from "../corpus/schema.js";
import type { Language } from "../types.js";
import { withSlots, type QuerySlot, type Understanding } from "./understand.js";

/** Words before a place ("in Belvidere", "a Milano", "at Termoli"). */
const PLACE_BEFORE = /(?:^|[^\p{L}])(?:in|at|to|from|near|a|ad|da|nel|nello|nella|presso|vicino a|di)\s+$/iu;
/** A place's noun after the name ("the Kragujevac plant", "lo stabilimento di Kragujevac" is caught before). */
const PLACE_AFTER = /^\s+(?:plant|factory|site|works|facility|assembly|stabilimento|fabbrica)\b/iu;
/** The question asks who: "who", "chi", or a cleft naming a person ("Was it X who...", "È X a supportare..."). */
const ASKS_WHO: Record<Language, RegExp> = {
  en: /\bwho\b|^\s*(?:was|is)\s+it\s+$/iu,
  it: /\bchi\b|^\s*(?:è|e'|era|sarà|fu)\s+$/iu,
};

/** A capitalised word no article has: not a topic the articles lack ("all-wheel drive", "a good car"), which settles the decline. */
const isUnknownName = (s: QuerySlot) => s.unknown && s.unknownKind === "name" && s.kind !== "concept" && /^\p{Lu}/u.test(s.surface);

/** The question's unknown name as one slot (adjacent unknown words: "Tim Kuniskis"), or undefined. */
function unknownName(u: Understanding): QuerySlot | undefined {
  const names = u.slots.filter(isUnknownName);
  const first = names[0];
  if (!first) return undefined;
  // One name only: two unrelated unknown names make the question about something else altogether.
  const last = names[names.length - 1] as QuerySlot;
  if (names.some((s, i) => i > 0 && s.start - (names[i - 1] as QuerySlot).end > 1)) return undefined;
  return { ...first, surface: names.map((s) => s.surface).join(" "), end: last.end, keys: names.flatMap((s) => s.keys) };
}

/** A person for "who" or a name of two or three words; a place after "in"/"a"; else a brand or company. */
function kindOfName(question: string, name: QuerySlot, language: Language): AnswerType {
  const before = question.slice(0, name.start);
  if (ASKS_WHO[language].test(before) || /\b(?:who|chi)\b/iu.test(question.slice(name.end))) return "person";
  if (PLACE_BEFORE.test(before) || PLACE_AFTER.test(question.slice(name.end))) return "place";
  return name.surface.split(/\s+/u).length >= 2 ? "person" : "brand";
}

/**
 * The unknown name a yes/no question asserts, with its kind, and the understanding with the
 * name's words as that one slot. Only when the question also names something the articles know
 * (the subject): "Is the Alfa Brera coming back?" is about an unknown thing, and stays declined.
 */
export function assertedUnknownName(u: Understanding, question: string): { u: Understanding; value: { slot: QuerySlot; type: AnswerType } } | undefined {
  const name = unknownName(u);
  if (!name) return undefined;
  const subject = u.slots.some((s) => s.kind === "entity" && !s.unknown && !s.generic);
  if (!subject) return undefined;
  if (u.slots.some((s) => s.unknown && s.unknownKind !== "word" && !isUnknownName(s))) return undefined;
  const slots = [...u.slots.filter((s) => !isUnknownName(s)), name].sort((a, b) => a.start - b.start);
  return { u: withSlots(u, slots), value: { slot: name, type: kindOfName(question, name, u.language) } };
}

/**
 * Named things as answers in a sentence ("Cassino", "Antonio Filosa"): the entities of the asked
 * type the question does not name itself, without a speaker where someone else's deed is asked,
 * and, when a role is asked, only the one the sentence gives that role. Split from `extract.ts`.
 */
import type { Slot } from "../text/analyze.js";
import type { Lexicon } from "../text/lexicon.js";
import type { IndexedSentence } from "./corpus-index.js";
import { isRoleKey } from "./answer-types.js";
import { isPlaceType } from "./places.js";
import type { Span } from "./figure-context.js";
import type { Understanding } from "./understand.js";

export interface Candidate extends Span {
  text: string;
  /** Entity id, for candidates that are named things. */
  id?: string;
}

/** The named things of one type a sentence offers as the answer. */
export function entityCandidates(sentence: IndexedSentence, type: string, u: Understanding, lexicon: Lexicon): Candidate[] {
  const out: Candidate[] = [];
  const isRole = (k: string) => isRoleKey(k, lexicon);
  // "Imparato said that the Junior was designed to...": who speaks is no answer to who designed
  // it. "Who said...?" asks for the speaker; "Who is the North American CEO?" is answered by a
  // speaker the sentence gives that role ("North American CEO Chris Feuell told Automotive News...").
  const speakersAside = type === "person" && !u.slots.some((s) => s.keys.includes(SAY));
  const rolesAsked = type === "person" && u.slots.some((s) => s.keys.some(isRole));
  const asksAPart = rolesAsked && u.slots.some((s) => s.keys.some((k) => isPlaceType(lexicon.entities.get(k.slice(2))?.type)));
  const asksRole = speakersAside && rolesAsked;
  // A chief executive heads the company: "Stellantis CEO Antonio Filosa" answers who leads it, though
  // not who heads a part of it ("the head of Stellantis' European operations").
  const roleAsked = (k: string) => isRole(k) && u.slots.some((q) => q.keys.includes(k) || (k === CEO && q.keys.includes(HEAD) && !asksAPart));
  // Indexed loops: extraction runs on every candidate sentence of every question.
  const slots = sentence.slots;
  for (let i = 0; i < slots.length; i++) {
    const slot = slots[i] as Slot;
    // "the Milano is not built in...", "from Milano to Junior": a car's name that is also a city's
    // is the car, and so is the city's country riding on the same words (a slot's own entity comes
    // first, the places holding it after).
    const own = slot.keys[0] as string;
    if (isPlaceType(type) && own.startsWith("e:") && (u.named.has(own) || lexicon.entities.get(own.slice(2))?.type === "model")) continue;
    for (let j = 0; j < slot.keys.length; j++) {
      const key = slot.keys[j] as string;
      if (!key.startsWith("e:")) continue;
      const entity = lexicon.entities.get(key.slice(2));
      if (!entity || entity.type !== type || u.named.has(key)) continue;
      // Given the asked role before ("CEO Santo Ficili") or in apposition after ("quoted Chris Feuell,
      // head of Alfa Romeo North America"): the one who holds it, quoted or not.
      const title = apposedRole(sentence.text, slots, i, isRole) ?? (slots[i - 1]?.keys.some(isRole) ? slots[i - 1] : undefined);
      const titled = asksRole && title !== undefined;
      // "A spokesperson ... confirmed ... the tariffs by President Donald Trump": titled with another role than the one asked, he is not its holder.
      if (rolesAsked && title && !title.keys.some(roleAsked)) continue;
      if (speakersAside && !titled && speaks(sentence.text, slots, i)) continue;
      out.push({ text: entity.name, start: slot.start, end: slot.end, id: entity.id });
    }
  }
  return out;
}

/**
 * The role right after a name, set off by a comma ("Chris Feuell, head of...", "Max Sirena, il team
 * director di Luna Rossa"): one word may say whose team or what kind before the role word.
 */
function apposedRole(text: string, slots: readonly Slot[], i: number, isRole: (k: string) => boolean): Slot | undefined {
  const name = slots[i] as Slot;
  const after = slots[i + 1];
  if (after === undefined || !APPOSITION.test(text.slice(name.end, after.start))) return undefined;
  if (after.keys.some(isRole)) return after;
  const role = slots[i + 2];
  const modifier = !after.keys.some((k) => k.startsWith("e:")) && role !== undefined && /^\s+$/u.test(text.slice(after.end, role.start));
  return modifier && role.keys.some(isRole) ? role : undefined;
}
const APPOSITION = /^\s*,\s*(?:(?:the|its|il|la|lo|l['’])\s*)?$/iu;

const SAY = "c:say";
const CEO = "c:ceo";
const HEAD = "c:head";
// "according to Imparato", "secondo Ficili": the speaker named before the words.
const SPEAKER_BEFORE = /(?:according to|secondo|stando a)\s+(?:\p{L}+\s+){0,3}$/iu;

/** Is the name at slot `i` the one speaking ("Imparato said", "said Imparato", "secondo Imparato")? */
function speaks(text: string, slots: readonly Slot[], i: number): boolean {
  const slot = slots[i] as Slot;
  const next = slots[i + 1];
  const prev = slots[i - 1];
  const near = (a: number, b: number) => /^[\s,]*$/u.test(text.slice(a, b));
  if (next?.keys.includes(SAY) && near(slot.end, next.start)) return true;
  if (prev?.keys.includes(SAY) && near(prev.end, slot.start)) return true;
  return SPEAKER_BEFORE.test(text.slice(Math.max(0, slot.start - 40), slot.start));
}

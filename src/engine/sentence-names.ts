/**
 * Where a sentence names what a question asks about: its own keys, a sub-heading or the title that
 * frames it, or only as a yardstick ("tanto quanto la Junior"). Read by ranking for every candidate.
 */
import type { CorpusIndex, IndexedSentence } from "./corpus-index.js";
import type { QuerySlot, Understanding } from "./understand.js";

/** Does a key set hold any of the question slot's keys? */
export function hasAny(keys: Set<string>, slot: QuerySlot): boolean {
  // Indexed loops on the ranking paths: they run for every slot of every candidate, and stay allocation-free in any tier.
  const own = slot.keys;
  for (let i = 0; i < own.length; i++) if (keys.has(own[i] as string)) return true;
  return false;
}

/**
 * Words that set a name up as what something else is measured against ("than the", "tanto quanto la",
 * "ispirato alla", "superato dalla Germania": the figures that follow are the other market's).
 */
const COMPARED_BEFORE =
  /(?:\bthan|\bas\s+much\s+as|\bcompared\s+(?:to|with)|\bunlike|\brather\s+than|\bsimilar\s+to|\binspired\s+by|\btanto\s+quanto|\brispetto\s+a(?:l|lla|llo|gli|lle|ll['’])?|\ba\s+differenza\s+d(?:i|el|ella|ello|ell['’])|\binvece\s+d(?:i|el|ella|ello|ell['’])|\bispirat[oaie]\s+a(?:l|lla|llo|ll['’])?|\bsimil[ei]\s+a(?:l|lla|llo|ll['’])?|\b(?:più|meno)\s+d(?:i|el|ella|ello|ell['’])|\b(?:overtaken|surpassed|outsold|outstripped|beaten)\s+by|\b(?:overtaking|outselling|ahead\s+of)|\b(?:superat|sorpassat)[oaie]\s+da(?:l|lla|llo|i|gli|lle|ll['’])?|\b(?:superando|sorpassando)|\bdavanti\s+a(?:l|lla|llo|i|gli|lle|ll['’])?)\s*(?:(?:the|la|il|lo|l['’]|its|sua|suo)\s*)?(?:(?:new|nuova|nuovo|current|attuale)\s+)?(?:Alfa\s+Romeo\s+)?$/iu;

/** Is the name starting at `start` set up as a yardstick ("than the Junior")? It is not the thing the sentence speaks of. */
export function namedAsYardstick(text: string, start: number): boolean {
  return COMPARED_BEFORE.test(text.slice(Math.max(0, start - 40), start));
}

/**
 * Where "the heir to" starts before a car named as the one replaced ("a Maserati car, probably the
 * heir to the Levante"): the car meant is that heir, not the Levante. -1 when none precedes it.
 */
export function heirBefore(text: string, start: number): number {
  const from = Math.max(0, start - 40);
  const m = SUCCEEDED_BEFORE.exec(text.slice(from, start));
  return m ? from + m.index : -1;
}
// The replaced car may follow its maker's name ("erede della Maserati Levante").
const SUCCEEDED_BEFORE = /(?:\b(?:the|its|la|il|l['’])\s*)?\b(?:[Hh]eir|[Ss]uccessor|[Rr]eplacement|[Ee]rede|[Ss]uccessore|[Ss]ostitut[oa])\s+(?:to|of|for|d(?:i|el|ella|ello|ell['’]))\s*(?:(?:the|la|il|lo|l['’])\s*)?(?:\p{Lu}[\p{L}-]*\s+){0,2}$/u;

/** Every place the sentence names the entity is after a comparison word: it is named only as a yardstick. */
export function namedOnlyAsComparison(s: IndexedSentence, slot: QuerySlot): boolean {
  if (slot.kind !== "entity" || !hasAny(s.keys, slot)) return false;
  const at = positionsOf(s, slot);
  // "unlike the Milano, which will be assembled in Poland": a clause of its own says what the yardstick does.
  return at.length > 0 && at.every((i) => precededBy(s, i, COMPARED_BEFORE, comparedAt) && !RELATIVE_AFTER.test(s.text.slice((s.slots[i] as IndexedSentence["slots"][number]).end)));
}

/** A relative clause right after a name: ", which", ", che". */
const RELATIVE_AFTER = /^\s*,\s*(?:which|who|that|che|il\s+quale|la\s+quale)(?![\p{L}])/iu;

// What the words before a sentence's slot say never changes, so each is read once per sentence and
// pattern (0 not read yet, 1 no, 2 yes), not once per question: ranking asks it of every candidate.
const comparedAt = new WeakMap<IndexedSentence, Uint8Array>();
const placedAt = new WeakMap<IndexedSentence, Uint8Array>();

function precededBy(s: IndexedSentence, i: number, pattern: RegExp, table: WeakMap<IndexedSentence, Uint8Array>): boolean {
  let read = table.get(s);
  if (!read) table.set(s, (read = new Uint8Array(s.slots.length)));
  if (read[i] === 0) {
    const start = (s.slots[i] as IndexedSentence["slots"][number]).start;
    read[i] = pattern.test(s.text.slice(Math.max(0, start - 40), start)) ? 2 : 1;
  }
  return read[i] === 2;
}

/** Words that place a car in a range by others ("between the Junior and", "tra Junior e", "sopra a"). */
const PLACED_BY =
  /(?:\b(?:between|below|above|tra|fra|sotto|sopra(?:\s+a)?)|\b(?:between|tra|fra)\s+(?:(?:the|la|il|lo|l['’])\s*)?[\p{L}-]+\s+(?:and|e))\s*(?:(?:the|la|il|lo|l['’]|its|sua|suo)\s*)?(?:(?:new|nuova|nuovo|current|attuale)\s+)?(?:Alfa\s+Romeo\s+)?$/iu;

/**
 * Every place the sentence names the entity is in a range it places another car by ("un
 * ulteriore modello compatto ... tra Junior e Tonale"): the sentence is about that other car.
 */
export function namedOnlyToPlace(s: IndexedSentence, slot: QuerySlot): boolean {
  if (slot.kind !== "entity" || !hasAny(s.keys, slot)) return false;
  const at = positionsOf(s, slot);
  return at.length > 0 && at.every((i) => {
    return precededBy(s, i, PLACED_BY, placedAt);
  });
}

/** Does the question name two of the cars a sentence places another by ("between the Junior and the Tonale")? */
export function placesBy(u: Understanding, c: IndexedSentence): boolean {
  return u.slots.filter((x) => x.kind === "entity" && !x.generic && namedOnlyToPlace(c, x)).length >= 2;
}

/**
 * Does the sentence give a name the question does not: a named thing of any kind (not the
 * corpus's own brand), or a name in quotes ("la versione “Luna Rossa”")? A name asked for needs one.
 */
export function givesAName(index: CorpusIndex, u: Understanding, s: IndexedSentence): boolean {
  for (const ids of s.features.entities.values()) if (ids.some((id) => !u.named.has(`e:${id}`) && !index.lexicon.entities.get(id)?.generic)) return true;
  return QUOTED_NAME.test(s.text);
}
const QUOTED_NAME = /[“"«‘]\p{Lu}[^”"»’]{0,40}[”"»’]/u;

/** The sentence's slot positions that hold one of the query slot's keys. */
export function positionsOf(s: IndexedSentence, slot: QuerySlot): number[] {
  const out: number[] = [];
  const slots = s.slots;
  for (let i = 0; i < slots.length; i++) {
    const keys = (slots[i] as IndexedSentence["slots"][number]).keys;
    for (let j = 0; j < keys.length; j++) {
      if (slot.keys.includes(keys[j] as string)) {
        out.push(i);
        break;
      }
    }
  }
  return out;
}

/**
 * Does the article's title (and lede) lend a named thing the sentence lacks? Not a qualified
 * role ("head of design"): that is stated only beside its qualifier, which a title's keys cannot show.
 */
export function titleLends(index: CorpusIndex, doc: number, slot: QuerySlot): boolean {
  if (!slot.required || slot.qualifiedBy) return false;
  const titleKeys = index.documents.titleKeys(doc);
  return titleKeys !== undefined && hasAny(titleKeys, slot);
}

/**
 * The title, or the sub-heading the sentence stands under: "Alfa Romeo Junior: la produzione è in
 * Polonia" frames its section, so "Avrebbe dovuto prendere il nome di Milano..." below it speaks of the Junior.
 */
export function headingsLend(index: CorpusIndex, s: IndexedSentence, slot: QuerySlot): boolean {
  if (titleLends(index, s.doc, slot)) return true;
  if (!slot.required || slot.qualifiedBy) return false;
  const heading = sectionHeading(index, s);
  return heading !== undefined && hasAny(heading.keys, slot);
}

/** How far back a sub-heading still frames a sentence: a news section runs a few paragraphs. */
const SECTION_REACH = 8;

/** The sub-heading the sentence stands under in its article, within reach, if any. */
function sectionHeading(index: CorpusIndex, s: IndexedSentence): IndexedSentence | undefined {
  for (let id = s.id - 1; id >= 0 && s.id - id <= SECTION_REACH; id--) {
    const before = index.sentences[id];
    if (!before || before.doc !== s.doc) return undefined;
    if (before.kind === "heading") return before;
  }
  return undefined;
}

/** The sentence gives the asked role only to someone of another company: "CEO di Alfa Romeo", asked Maserati's. */
export function holdsAnothersRole(s: IndexedSentence, heldFor: readonly string[]): boolean {
  if (heldFor.some((k) => s.keys.has(k))) return false;
  const roles = heldFor.map((k) => k.slice(0, k.indexOf("@") + 1));
  for (const k of s.keys) if (k.startsWith("r:") && roles.some((r) => k.startsWith(r))) return true;
  return false;
}

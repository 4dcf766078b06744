/**
 * Facts a sentence takes from the one before it, in news copy: a quoted remark's speaker ("CEO
 * Santo Ficili says ... He goes on. “My dream is...”") and a date pointed back to ("...il D-Day
 * del 21 maggio 2026. Sarà in quella data che..."), and the plant a visit's report is about ("His
 * visit included the Paint shops, where the Grecale is assembled", under "Imparato in Cassino...").
 * Each gives the short answer and the sentence the quote must start from, so the quote shows the fact.
 */
import { fresh, holdsType } from "./answer-types.js";
import type { CorpusIndex, IndexedSentence } from "./corpus-index.js";
import { extractPhrase, type Extracted } from "./extract.js";
import { liesIn } from "./places.js";
import { pointsBack } from "./called-back.js";
import { opensWithACar } from "../text/anaphora.js";
import type { RankOptions } from "./rank.js";
import type { Understanding } from "./understand.js";

/** A remark in quotation marks (“...”, «...», "..."), not a single quoted word ("Junior"). */
const QUOTED_REMARK = /[“«"][^”»"]{15,}/u;
/** Sentences back a remark's speaker may be named: "CEO X says that's changed. ... “...” He goes on. “...”". */
const SPEAKER_REACH = 4;

/**
 * The speaker of a quoted remark that names no person itself, from the sentences just before it
 * (in its paragraph, or the one before when the index links them): the nearest sentence with a
 * verb of saying, and there the person named closest to that verb ("...handed over to Santo
 * Ficili, who says": Ficili). The question's own names are never the answer.
 */
export function speakerBefore(index: CorpusIndex, u: Understanding, s: IndexedSentence): { from: number; extracted: Extracted } | undefined {
  if (!QUOTED_REMARK.test(s.text) || namesAPerson(s, u)) return undefined;
  let breaks = 0;
  let after = s;
  for (let p = s.prev, n = 0; p !== null && n < SPEAKER_REACH; p = index.sentences[p]?.prev ?? null, n++) {
    const c = index.sentences[p];
    // Back into the paragraph before, not further: a remark's speaker is named close by.
    if (!c || (c.paragraph !== after.paragraph && ++breaks > 1)) break;
    after = c;
    const says = c.slots.filter((x) => x.keys.includes(SAY));
    const people = c.slots.filter((x) => x.kind === "entity" && x.keys.some((k) => isPersonKey(index, k) && !u.named.has(k)));
    if (says.length === 0 || people.length === 0) continue;
    const distance = (x: { start: number }) => Math.min(...says.map((v) => Math.abs(v.start - x.start)));
    const person = people.reduce((best, x) => (distance(x) < distance(best) ? x : best));
    // The name as the sentence writes it: the speaker's sentence shares no word with the question.
    return { from: c.id, extracted: { phrase: person.surface, anchored: true } };
  }
  return undefined;
}

const SAY = "c:say";

/** "Sarà in quella data che...", "On that day...": the sentence points back to the date the one before gives. */
const THAT_DATE = /\b(?:on that (?:date|day)|in quella data|in quel giorno|quel giorno|in tale data|quella data)\b/iu;

/** The date a sentence points back to ("...il D-Day del 21 maggio 2026. Sarà in quella data che..."), from the sentence right before it. */
export function dateBefore(index: CorpusIndex, u: Understanding, s: IndexedSentence, o: RankOptions): { from: number; extracted: Extracted } | undefined {
  // A sentence with a date of its own answers with it.
  if (s.prev === null || !THAT_DATE.test(s.text) || holdsType(s, "time", u, index.lexicon, o) > 0) return undefined;
  const before = index.sentences[s.prev];
  if (!before || before.doc !== s.doc || holdsType(before, "time", u, index.lexicon, o) === 0) return undefined;
  const extracted = extractPhrase(before, "time", u, index.lexicon, o);
  return extracted ? { from: before.id, extracted } : undefined;
}

/** Does the sentence name a person the question does not? */
const namesAPerson = (s: IndexedSentence, u: Understanding) => fresh(s.features.entities.get("person"), u.named);
const isPersonKey = (index: CorpusIndex, k: string) => k.startsWith("e:") && index.lexicon.entities.get(k.slice(2))?.type === "person";

/** A part of a plant where something is done: "the Lastratura and Paint shops, where...", "i reparti in cui...". */
const FACILITY_WHERE = /\b(?:shops?|lines?|plants?|factory|factories|site|halls?|departments?)\s*,?\s+where\b|\b(?:reparti|reparto|linee?|stabilimento|fabbrica|impianto|capannone)\s*,?\s+(?:dove|in cui)\b/iu;

/**
 * "His visit included the Lastratura and Paint shops, where the Maserati Grecale is currently being
 * assembled": a plant's part that names no town, in an article whose title names one place alone
 * ("Imparato in Cassino for the STLA Large platform..."), is at that place. The title, cited with
 * the quote, shows it.
 */
export function placeFramed(index: CorpusIndex, u: Understanding, s: IndexedSentence): { from: number; extracted: Extracted } | undefined {
  if (!FACILITY_WHERE.test(s.text) || fresh(s.features.entities.get("place"), u.named)) return undefined;
  const title = index.documents.titleKeys(s.doc);
  if (!title) return undefined;
  const named = [...title].filter((k) => k.startsWith("e:") && !u.named.has(k) && index.lexicon.entities.get(k.slice(2))?.type === "place").map((k) => k.slice(2));
  // "Pomigliano" brings Italy with it: the town, not the country that holds it.
  const places = named.filter((id) => !named.some((other) => other !== id && liesIn(index.lexicon, other, id)));
  const place = places.length === 1 ? index.lexicon.entities.get(places[0] as string) : undefined;
  return place ? { from: s.id, extracted: { phrase: place.name, anchored: true } } : undefined;
}

/**
 * "...statements by Santo Ficili at the 2026 Brussels Motor Show. The brand's CEO confirmed that the
 * next generations will not debut before 2028": where the sentence that holds the asked fact says
 * nothing of where, and opens by pointing back, the place the sentence before gives where it names
 * the person asked about (quoted with it).
 */
export function placeBefore(index: CorpusIndex, u: Understanding, s: IndexedSentence, o: RankOptions): { from: number; extracted: Extracted } | undefined {
  if (s.prev === null || !pointsBack(index, s) || holdsType(s, "place", u, index.lexicon, o) > 0) return undefined;
  const before = index.sentences[s.prev];
  if (!before || before.doc !== s.doc || before.kind !== "body" || holdsType(before, "place", u, index.lexicon, o) === 0) return undefined;
  // Only where the sentence before names the person the question asks about: "il manager di Chieti"
  // before "Si tratta della Junior..." is where a man comes from, not where the Junior is built.
  const asked = [...u.named].filter((k) => isPersonKey(index, k));
  if (!asked.some((k) => before.keys.has(k))) return undefined;
  const extracted = extractPhrase(before, "place", u, index.lexicon, o);
  return extracted ? { from: before.id, extracted } : undefined;
}

/** How far into a sentence its opening car noun may end ("The compact SUV", "La nuova berlina"). */
const OPENING_CHARS = 24;

/**
 * "...but also the Tonale. The compact SUV is set to undergo a facelift": a sentence that opens
 * with a car named by its kind and names no car itself is about the car the sentence before names
 * last. Quoted with that sentence, so the name shows.
 */
export function carBefore(index: CorpusIndex, u: Understanding, s: IndexedSentence, o: RankOptions): { from: number; extracted: Extracted } | undefined {
  if (s.prev === null || !opensWithACar(s.text) || holdsType(s, "model", u, index.lexicon, o) > 0) return undefined;
  // Only a car of the kind the question asks for ("Which compact SUV...?"): "This car marks the re-entry..."
  // speaks of the car before it, but not as the one a question about some old model asks for.
  const opening = s.slots.filter((x) => x.start < OPENING_CHARS && x.kind === "concept");
  if (!opening.some((x) => x.keys.some((k) => u.slots.some((q) => q.kind === "concept" && q.keys.includes(k))))) return undefined;
  const before = index.sentences[s.prev];
  if (!before || before.doc !== s.doc || before.kind !== "body") return undefined;
  const isModel = (k: string) => k.startsWith("e:") && !u.named.has(k) && index.lexicon.entities.get(k.slice(2))?.type === "model";
  const last = before.slots.findLast((x) => x.kind === "entity" && x.keys.some(isModel));
  return last ? { from: before.id, extracted: { phrase: last.surface, anchored: true } } : undefined;
}

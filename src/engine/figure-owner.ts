/**
 * Whose figure a sentence gives: a figure asked of the brand is not another company's ("Stellantis
 * recently reported a 20% drop"), and a count asked of a model is not the brand's total ("Alfa
 * Romeo nel 2024 ha immatricolato un totale di 45.419 unità"). Read from the sentence's subject.
 */
import type { CorpusIndex, IndexedSentence } from "./corpus-index.js";
import type { Understanding } from "./understand.js";

const COMPANY_TYPES = new Set(["brand", "org"]);
/** How far into a sentence its subject may stand: "Stellantis recently reported...", "In the US, Jeep sold...". */
const SUBJECT_REACH = 30;

/** The first name in a sentence's opening stretch: whose figure the sentence gives. */
const subjectOf = (s: IndexedSentence) => s.slots.find((x) => x.kind === "entity" && x.start < SUBJECT_REACH);

/**
 * A figure asked of the corpus's own brand, named in the question ("How much did Alfa Romeo's US
 * sales fall?"), in a sentence whose subject is another company and that never names the brand:
 * the other company's figure ("Stellantis recently reported a 20% drop...").
 */
export function anotherCompanyReports(index: CorpusIndex, u: Understanding, s: IndexedSentence): boolean {
  const { entities, ownBrand } = index.lexicon;
  const ownKeys = ownBrand.map((id) => `e:${id}`);
  if (!ownKeys.some((k) => u.named.has(k))) return false;
  if (ownKeys.some((k) => s.keys.has(k))) return false;
  const company = (k: string) => k.startsWith("e:") && COMPANY_TYPES.has(entities.get(k.slice(2))?.type ?? "");
  const subject = subjectOf(s);
  return subject !== undefined && subject.keys.some(company) && !subject.keys.some((k) => u.named.has(k));
}

/**
 * A count asked of a model ("How many Juniors were sold?") in a sentence that never names it and
 * whose subject is the brand itself: the figure is the whole brand's, whatever the context names.
 */
export function brandCountsForAModel(index: CorpusIndex, u: Understanding, s: IndexedSentence): boolean {
  const { entities, ownBrand } = index.lexicon;
  const models = u.slots.filter((x) => x.required && x.kind === "entity" && x.keys.some((k) => entities.get(k.slice(2))?.type === "model"));
  if (models.length === 0 || models.some((x) => x.keys.some((k) => s.keys.has(k)))) return false;
  const subject = subjectOf(s);
  return subject !== undefined && ownBrand.some((id) => subject.keys.includes(`e:${id}`));
}

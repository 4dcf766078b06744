/**
 * The lexicon turns the vocabulary data (concepts, entities, filler words) plus the
 * stemmers and stop-word lists into fast look-up tables. Built once per corpus load, so
 * answering a question never re-reads or re-tokenises the vocabulary.
 */
import { stemmer as stemEn } from "@orama/stemmers/english";
import { stemmer as stemIt } from "@orama/stemmers/italian";
import { stopwords as stopEn } from "@orama/stopwords/english";
import { stopwords as stopIt } from "@orama/stopwords/italian";
import type { EntityDef, Vocabulary } from "../corpus/schema.js";
import type { Language } from "../types.js";
import type { LanguageCues } from "./language.js";
import { stemmableForm } from "./inflection.js";
import { fold, tokenize } from "./normalize.js";
import { kindWordPattern, powertrainsIn, questionWordPatterns, type QuestionWordPatterns } from "./patterns.js";

/** A multi-word phrase (or single word) that stands for a concept or an entity. */
export interface Phrase {
  words: string[];
  keys: string[];
  /** Languages in which this phrase carries its meaning ("come" is a verb only in English). */
  languages: Language[];
  /** Exact spelling required (short all-caps aliases such as "US", which is also a pronoun). */
  caseSensitiveRaw?: string;
  /**
   * Keys given only by capitalised aliases ("States"): edited text writes a name with its capital,
   * so in articles a lower-case word ("the brand states") is the ordinary word, not the name.
   */
  capitalKeys?: string[];
}

export interface Lexicon {
  /** Phrases by their first folded word, longest first. */
  phrases: Map<string, Phrase[]>;
  /**
   * The same phrases as a tree of words, for matching. A corpus of many articles names
   * thousands of things, many sharing their first words ("Alfa Romeo ..."): trying each of them
   * at every token made indexing grow faster than the corpus (20,000 articles took 4.5 times
   * as long as 10,000).
   */
  phraseTree: PhraseNode;
  /** Stem -> concept keys, per language, for inflections the data does not list. */
  conceptStems: Record<Language, Map<string, string[]>>;
  stopwords: Record<Language, ReadonlySet<string>>;
  /** Stop words plus chat filler ("tell me", "please"): dropped from questions only. */
  questionFiller: Record<Language, ReadonlySet<string>>;
  entities: Map<string, EntityDef>;
  /** Ids of the corpus's own brand (the generic entities): whose plant, whose CEO, when a question names no company. */
  ownBrand: readonly string[];
  /** Keys of concepts an answer must match, like names (periods such as "first half"). */
  requiredConcepts: ReadonlySet<string>;
  /** Keys of concepts marked out of scope (prices, specs): asking about them means a decline. */
  outOfScope: ReadonlySet<string>;
  /** Keys of specs stated by a figure (battery, size): a question about one asks for an amount. */
  measured: ReadonlySet<string>;
  /** The concepts whose use in an article also states a concept (`c:build` <- `c:plant`): the schema's `implies`, reversed. */
  statedBy: ReadonlyMap<string, readonly string[]>;
  /** For a measured spec with units (`c:id`), a pattern for an amount's unit right after it ("77 kWh", "400km"). */
  unitsOf: ReadonlyMap<string, RegExp>;
  /** Concepts some entity holds as a role ("ceo", "head"). */
  roleConcepts: ReadonlySet<string>;
  /**
   * Powertrain concept keys of cars named by their powertrain ("Elettrica EV" -> c:electric): in
   * articles the name states it; a question's name stays the name, or any EV would match it.
   */
  powertrainsOf: ReadonlyMap<string, readonly string[]>;
  /** Folded words of every entity alias: the only corrections a capitalised word may take. */
  entityWords: ReadonlySet<string>;
  /** Weight of each concept key (`c:id`), 1 unless the vocabulary says otherwise. */
  conceptWeights: Map<string, number>;
  languageCues: LanguageCues;
  /** Folded words that open a question ("where", "quando"), both languages: spelling fixes lean toward them. */
  questionWords: ReadonlySet<string>;
  /** The same, one set per language (which language's words mark a second question). */
  questionWordsOf: Record<Language, ReadonlySet<string>>;
  /** Folded words that open a sentence continuing the one before, both languages together (articles quote either). */
  anaphora: ReadonlySet<string>;
  /** Question words (and kind words: "which", "quanti") as patterns over a question's text. */
  questionPatterns: QuestionWordPatterns & { kind: RegExp };
  stem(word: string, language: Language): string;
}

function statedBy(vocabulary: Vocabulary): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const c of vocabulary.concepts) for (const id of c.implies) out.set(`c:${id}`, [...(out.get(`c:${id}`) ?? []), `c:${c.id}`]);
  return out;
}

/** "kwh", "km" -> an amount's unit written right after it, with a space, a hyphen ("505-horsepower") or nothing, not inside a longer word. */
function unitPattern(units: readonly string[]): RegExp {
  const escaped = [...units].sort((a, b) => b.length - a.length).map((u) => u.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  return new RegExp(`^(?:\\s|-)?(?:${escaped.join("|")})(?![\\p{L}])`, "iu");
}

/**
 * Snowball leaves a short Italian word whole when its stem region is empty, so "asse" and "assi",
 * "anno" and "anni" stem apart: after a doubled consonant the final vowel goes, as it does in longer words.
 */
const stemItalian = (w: string) => {
  const s = stemIt(w);
  return s.length >= 4 && /(\p{L})\1[aeio]$/u.test(s) ? s.slice(0, -1) : s;
};

const stemmers: Record<Language, (w: string) => string> = { en: stemEn, it: stemItalian };

function addPhrase(
  phrases: Map<string, Phrase[]>,
  text: string,
  key: string,
  languages: Language[],
  caseSensitive = false,
  capitalised = false,
): void {
  const words = tokenize(text).map((t) => t.norm);
  const first = words[0];
  if (first === undefined) return;
  const list = phrases.get(first) ?? [];
  const same = list.find((p) => p.words.join(" ") === words.join(" ") && !p.caseSensitiveRaw === !caseSensitive);
  if (same) {
    const known = same.keys.includes(key);
    if (!known) same.keys.push(key);
    // Capital-only while every alias giving the key is capitalised ("Italian" and "italiana" are not).
    if (!known && capitalised) same.capitalKeys = [...(same.capitalKeys ?? []), key];
    else if (!capitalised && same.capitalKeys?.includes(key)) same.capitalKeys = same.capitalKeys.filter((k) => k !== key);
    for (const l of languages) if (!same.languages.includes(l)) same.languages.push(l);
    return;
  }
  const phrase: Phrase = { words, keys: [key], languages: [...languages] };
  if (capitalised) phrase.capitalKeys = [key];
  if (caseSensitive) phrase.caseSensitiveRaw = text.replace(/[^\p{L}\p{N}]/gu, "");
  list.push(phrase);
  list.sort((a, b) => b.words.length - a.words.length);
  phrases.set(first, list);
}

function addStem(map: Map<string, string[]>, stem: string, key: string): void {
  const keys = map.get(stem) ?? [];
  if (!keys.includes(key)) keys.push(key);
  map.set(stem, keys);
}

/** A word of a phrase: the phrases that end with it, and the words that may follow. */
export interface PhraseNode {
  ends: Phrase[];
  next: Map<string, PhraseNode>;
}

function phraseTreeOf(phrases: Map<string, Phrase[]>): PhraseNode {
  const root: PhraseNode = { ends: [], next: new Map() };
  for (const list of phrases.values())
    for (const p of list) {
      let node = root;
      for (const w of p.words) {
        let child = node.next.get(w);
        if (!child) node.next.set(w, (child = { ends: [], next: new Map() }));
        node = child;
      }
      node.ends.push(p);
    }
  return root;
}

/** Entities that are cars: a powertrain word in their name is the car's powertrain. */
const CAR_TYPES = new Set(["model", "name"]);

/** Two capitals or fewer ("US", "AD", "U.S."): also an ordinary word in lower case ("us", "ad"). */
const shortCapitals = (text: string) => /^[A-Z.]{1,4}$/.test(text) && text.replace(/\./g, "").length <= 2;

/** Every concept term as a phrase, and single words also by stem ("costruita" finds "costruire"). */
function addConceptPhrases(
  vocabulary: Vocabulary,
  phrases: Map<string, Phrase[]>,
  conceptStems: Record<Language, Map<string, string[]>>,
  stem: (word: string, language: Language) => string,
): void {
  for (const concept of vocabulary.concepts) {
    const key = `c:${concept.id}`;
    for (const language of ["en", "it"] as const) {
      for (const term of concept[language]) {
        // "AD" (amministratore delegato) is not "ad" (to): short capitals match only as written.
        const caseSensitive = concept.exactCase || shortCapitals(term);
        addPhrase(phrases, term, key, [language], caseSensitive);
        const words = tokenize(term);
        const only = words.length === 1 ? words[0] : undefined;
        if (only && !concept.exact && !caseSensitive) addStem(conceptStems[language], stem(stemmableForm(only.raw, only.norm, language), language), key);
      }
    }
  }
}

/** Builds the look-up tables from validated vocabulary data. */
export function buildLexicon(vocabulary: Vocabulary): Lexicon {
  const phrases = new Map<string, Phrase[]>();
  const conceptStems: Record<Language, Map<string, string[]>> = { en: new Map(), it: new Map() };
  const stopwords = { en: new Set(stopEn.map(fold)), it: new Set(stopIt.map(fold)) };
  const stem = (word: string, language: Language) => stemmers[language](word);
  addConceptPhrases(vocabulary, phrases, conceptStems, stem);
  const entities = new Map<string, EntityDef>();
  const conceptIds = new Set(vocabulary.concepts.map((c) => c.id));
  const powertrainsOf = new Map<string, string[]>();
  for (const entity of vocabulary.entities) {
    entities.set(entity.id, entity);
    for (const alias of entity.aliases) {
      // Two-letter capitals ("US") are also ordinary words ("us"): match them only as written.
      const caseSensitive = entity.exactCase || shortCapitals(alias);
      addPhrase(phrases, alias, `e:${entity.id}`, ["en", "it"], caseSensitive, /^\p{Lu}/u.test(alias));
    }
    // "Elettrica EV", "Tonale Plug-in Hybrid": a version named by its powertrain states it.
    const kinds = CAR_TYPES.has(entity.type) ? [...new Set(entity.aliases.flatMap((a) => powertrainsIn(a).map((p) => p.kind)))].filter((k) => conceptIds.has(k)) : [];
    if (kinds.length) powertrainsOf.set(`e:${entity.id}`, kinds.map((k) => `c:${k}`));
  }
  const filler = (language: Language) =>
    new Set([...stopwords[language], ...vocabulary.filler[language].map(fold)]);
  const questionFiller = { en: filler("en"), it: filler("it") };

  // Words that occur in only one language's lists are the cues for language detection.
  const cueWords = (language: Language) => {
    const words = new Set([...questionFiller[language]]);
    for (const c of vocabulary.concepts) for (const t of c[language]) for (const w of tokenize(t)) words.add(w.norm);
    for (const a of vocabulary.answerTypes) for (const t of a.cues[language]) for (const w of tokenize(t)) words.add(w.norm);
    return words;
  };
  const conceptWeights = new Map(vocabulary.concepts.map((c) => [`c:${c.id}`, c.weight]));
  const entityWords = new Set(vocabulary.entities.flatMap((e) => e.aliases.flatMap((a) => tokenize(a).map((t) => t.norm))));
  return {
    conceptWeights,
    entityWords,
    // A role the vocabulary lists for discovery ("minister") is one even before any article's person is seen holding it.
    roleConcepts: new Set([...vocabulary.entities.flatMap((e) => e.roles.map((r) => r.role)), ...Object.keys(vocabulary.discovery.roles)]),
    powertrainsOf,
    outOfScope: new Set(vocabulary.concepts.filter((c) => c.outOfScope).map((c) => `c:${c.id}`)),
    measured: new Set(vocabulary.concepts.filter((c) => c.measured).map((c) => `c:${c.id}`)),
    statedBy: statedBy(vocabulary),
    unitsOf: new Map(vocabulary.concepts.filter((c) => c.measured && c.units.length > 0).map((c) => [`c:${c.id}`, unitPattern(c.units)])),
    requiredConcepts: new Set(vocabulary.concepts.filter((c) => c.required).map((c) => `c:${c.id}`)),
    phrases,
    phraseTree: phraseTreeOf(phrases),
    conceptStems,
    stopwords,
    questionFiller,
    entities,
    ownBrand: [...entities.values()].filter((e) => e.generic).map((e) => e.id),
    languageCues: { en: cueWords("en"), it: cueWords("it") },
    questionWords: new Set([...vocabulary.questionWords.en, ...vocabulary.questionWords.it].map(fold).filter((w) => !w.includes(" "))),
    questionWordsOf: { en: new Set(vocabulary.questionWords.en.map(fold)), it: new Set(vocabulary.questionWords.it.map(fold)) },
    anaphora: new Set([...vocabulary.anaphora.en, ...vocabulary.anaphora.it].map(fold)),
    questionPatterns: { ...questionWordPatterns(vocabulary.questionWords), kind: kindWordPattern(vocabulary.kindWords) },
    stem,
  };
}

/**
 * Schemas for the data in `corpus/`. The corpus is edited by people who do not read
 * code, so every record is validated at load and every problem names its file and field.
 */
import { z } from "zod";

const language = z.enum(["en", "it"]);

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, with a real month and day. */
const isoDate = z.string().refine((s) => {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(s);
  if (!m) return false;
  const month = m[2] === undefined ? 1 : Number(m[2]);
  const day = m[3] === undefined ? 1 : Number(m[3]);
  const d = new Date(Date.UTC(Number(m[1]), month - 1, day));
  return d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}, "must be a date written YYYY, YYYY-MM or YYYY-MM-DD");

/** One source article's metadata; `file` names its text in `seeds/`. */
export const documentMetaSchema = z.object({
  file: z.string().regex(/^[\w.-]+\.txt$/, "must be a .txt file name inside seeds/"),
  title: z.string().trim().min(1, "is required"),
  language,
  author: z.string().min(1).nullable().default(null),
  date: isoDate.nullable().default(null),
  dateInferred: z.boolean().default(false),
  /** null is accepted like author's and url's: a record written by hand or by a script often says null for "none". */
  dateNote: z.string().nullish(),
  url: z.string().url().nullable().default(null),
});

export const documentsFileSchema = z.object({
  documents: z.array(documentMetaSchema).min(1, "must list at least one document"),
});

const perLanguage = <T extends z.ZodType>(item: T) => z.object({ en: item, it: item });
const termList = z.array(z.string().trim().min(1)).default([]);

/** A family of words that mean the same thing for this domain, in both languages. */
export const conceptSchema = z.object({
  id: z.string().regex(/^[a-z0-9_]+$/, "must be lower_snake_case"),
  /** How much the concept says about a question: light verbs ("use", "say") weigh less. */
  weight: z.number().positive().max(2).default(1),
  /**
   * Match only the listed words, never their inflections: the words of topics the articles
   * do not cover ("engine") must not catch look-alikes they do ("engineered").
   */
  exact: z.boolean().default(false),
  /**
   * Match the terms only as written: "Made in Italy" (the label, the law) says nothing of where
   * a car is made, "made in Italy" does.
   */
  exactCase: z.boolean().default(false),
  /**
   * A topic the bot knows it does not cover (prices, specs): a question about it is
   * declined outright. Any other concept the articles lack only weighs against a match.
   */
  outOfScope: z.boolean().default(false),
  /** Like a name, an answer must match it: "the second half of 2025" is not "the first half". */
  required: z.boolean().default(false),
  /**
   * A spec stated by a figure (a battery's kWh or range, a car's length): a question about it
   * wants an amount, so "battery technology" is no answer to "What battery capacity...?".
   */
  measured: z.boolean().default(false),
  /**
   * The units a measured spec is stated in ("kWh", "km"), written as articles abbreviate them:
   * an amount in another unit ("800V" for a battery's capacity) states another thing.
   * Empty: any amount may state it.
   */
  units: z.array(z.string().min(1)).default([]),
  /**
   * Concepts an article states by using this one ("la fabbrica di Tychy ... della Junior" says
   * where it is built): a question asking one of those also matches this concept, unless the
   * question names this concept itself (then one word of an article cannot answer both).
   */
  implies: z.array(z.string()).default([]),
  en: termList,
  it: termList,
});

/** "name": a name found in the articles whose kind the context did not tell. */
export const entityTypes = ["brand", "org", "model", "platform", "person", "place", "market", "name"] as const;

/** A named thing (model, person, place...) with every spelling people use for it. */
export const entitySchema = z.object({
  id: z.string().regex(/^[a-z0-9_]+$/, "must be lower_snake_case"),
  type: z.enum(entityTypes),
  name: z.string().min(1),
  /** Generic entities (the brand itself) are everywhere, so they never decide an answer. */
  generic: z.boolean().default(false),
  aliases: z.array(z.string().trim().min(1)).min(1, "needs at least one alias"),
  /** Roles a mention of this entity stands for, and where: Imparato is "the CEO" of Alfa Romeo, not of Peugeot. */
  roles: z.array(z.object({ role: z.string(), of: z.string() })).default([]),
  /** For places: the market or region they lie in, so "where in the US" never answers "Cassino". */
  within: z.string().optional(),
  /** Match only as capitalised: "Tipo" (a model) is also "tipo" (Italian for "kind"). */
  exactCase: z.boolean().default(false),
});

export const answerTypes = ["money", "place", "person", "time", "quantity", "segment", "powertrain", "model", "platform", "brand", "reason", "frequency", "role", "owner", "year", "open"] as const;
export type AnswerType = (typeof answerTypes)[number];

/** What kind of fact a question asks for, told by its wording ("where", "quanti"...). */
export const answerTypeCueSchema = z.object({
  type: z.enum(answerTypes),
  cues: perLanguage(termList),
  /** Concepts the type already implies ("located" in a where-question): they weigh little. */
  implies: z.array(z.string()).default([]),
});

/** A family of questions: its phrasings teach the classifier, its evidence guides ranking. */
export const intentSchema = z.object({
  id: z.string().regex(/^[a-z0-9_]+$/, "must be lower_snake_case"),
  label: perLanguage(z.string().min(1)),
  answerType: z.enum(answerTypes).default("open"),
  evidence: z.array(z.string()).default([]),
  phrasings: perLanguage(z.array(z.string().min(1)).min(1, "needs at least one phrasing")),
});

/**
 * The general words discovery reads names by: which concepts are roles ("CEO"), speech
 * ("said"), vehicles, platforms and plants; which small words join a name ("d'Arco"), which
 * mark an organisation or a place. Language data, never names of one article.
 */
export const discoverySchema = z.object({
  connectors: termList,
  titles: termList,
  /** Role nouns by the concept they stand for ("ceo", "head"): "CEO X", "X, head of Y". */
  roles: z.record(z.string(), perLanguage(termList)),
  /** Roles that include others: a CEO also heads the company. */
  roleImplies: z.record(z.string(), z.array(z.string())).default({}),
  vehicleConcepts: z.array(z.string()).min(1),
  platformConcepts: z.array(z.string()).min(1),
  plantConcepts: z.array(z.string()).min(1),
  noveltyConcepts: z.array(z.string()).min(1),
  /** Verbs of speech the vocabulary's concepts do not list ("said", "ha spiegato"). */
  speechWords: perLanguage(termList),
  orgWords: perLanguage(termList),
  placePrepositions: perLanguage(termList),
  /** Small words inside towns' names ("San Giorgio a Liri", "Marina di Pisa"): joined only when a gazetteer knows the whole. */
  placeConnectors: termList.default([]),
  /** Last words that make a name an event ("Paris Motor Show", "Investor Day"), never a person's. */
  eventWords: perLanguage(termList).default({ en: [], it: [] }),
});

/** Optional so a vocabulary written before a list existed still loads (the list is then empty). */
const optionalTerms = perLanguage(termList).default({ en: [], it: [] });

/**
 * How yes/no questions open ("Is...", "Will..."), the words that deny or hedge a statement,
 * and the general words that decide a verdict: which way a number or a change goes, what a
 * question sets aside. A trailing `*` matches any ending ("increas*").
 */
export const yesNoSchema = z.object({
  openers: perLanguage(termList),
  negation: perLanguage(termList),
  modality: perLanguage(termList),
  /** A question about what can be, not what is ("can", "potrà"): a stated target does not answer it. */
  possibility: optionalTerms,
  /** Doubt about what will be ("really", "davvero"): with a future it asks whether it can; of the past it only stresses. */
  doubt: optionalTerms,
  /** Before a number: below it ("less than"), just below it ("nearly"), above it, around it, at least it ("reach"). */
  below: optionalTerms,
  nearly: optionalTerms,
  above: optionalTerms,
  around: optionalTerms,
  reach: optionalTerms,
  /** Part of a period ("in the first half"): a count for it is at least, not all of, the whole period's. */
  partial: optionalTerms,
  /** A plan, not a fact ("target", "expects", "obiettivo"): a planned number does not answer what happened. */
  projection: optionalTerms,
  /** A question about the future ("will", "*rà"), which a plan does answer. A leading `*` matches any beginning. */
  future: optionalTerms,
  /** A question whose own verb is a denial ("Was the plan dropped?"): a quote that denies agrees with it. */
  reversal: optionalTerms,
  /** "Is the Grecale an Alfa Romeo?": after one of these, even the corpus's own brand is the value asked about. */
  indefinite: optionalTerms,
  /** Question words that ask only at the start ("che", "come"); elsewhere they join ("È vero che...?", "piuttosto che"). */
  leadingOnly: optionalTerms,
  /**
   * Words after which a question word inside a yes/no question still asks ("Do you know where...",
   * "Sai dove..."). After any other word it only opens a clause ("people who used to drive a
   * MiTo"), and the question asks no type of answer.
   */
  embedding: optionalTerms,
  /** Which way a change goes ("went up", "calo"). */
  up: optionalTerms,
  down: optionalTerms,
  /** Words that set names aside ("besides the Giulia"): those names are not what is asked. */
  exclusion: optionalTerms,
  /** Completeness ("fully", "100%"): any of them in the quote answers any in the question. */
  degree: optionalTerms,
  /** Negations that deny nothing ("not only", "non è un caso che"): a denial inside one is none. */
  litotes: optionalTerms,
  /**
   * Words that call a report false ("rumors it had been cancelled were denied", "voci
   * infondate"): a denial inside a refuted report is itself denied.
   */
  refutation: optionalTerms,
});

/** Words that join two questions in one ("..., and where...?"), and that point back to the first part's time ("that year"). */
export const partsSchema = z.object({ joiners: perLanguage(termList), sameTime: optionalTerms });

export const vocabularyFileSchema = z.object({
  answerTypes: z.array(answerTypeCueSchema),
  concepts: z.array(conceptSchema),
  entities: z.array(entitySchema),
  filler: perLanguage(termList),
  intents: z.array(intentSchema).min(1),
  discovery: discoverySchema,
  /** Words that open a question ("where", "quando"): spelling fixes a first word toward them, and they mark the second of two questions. */
  questionWords: perLanguage(termList),
  /** Question words that take the noun naming what is asked ("which plant", "quanti modelli"). */
  kindWords: perLanguage(termList),
  /** Words that open a sentence continuing the one before ("This would be a Maserati", "Sarà prodotta"): its subject is there. */
  anaphora: perLanguage(termList),
  yesNo: yesNoSchema,
  parts: partsSchema,
});

/**
 * Concept ids the engine's code relies on by name: `corpus check` fails when one is missing,
 * so renaming one in the vocabulary cannot silently change answers.
 */
export const conceptsTheEngineUses = ["role", "filler_phrase", "ceo", "head", "reason", "year", "present", "number_word", "successor", "new", "unit", "share", "age", "similar"] as const;

export type DocumentMeta = z.infer<typeof documentMetaSchema>;
export type Vocabulary = z.infer<typeof vocabularyFileSchema>;
export type Concept = z.infer<typeof conceptSchema>;
export type EntityDef = z.infer<typeof entitySchema>;
export type IntentDef = z.infer<typeof intentSchema>;

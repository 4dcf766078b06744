/**
 * Question understanding: language, spelling fixes, slots with weights, what kind of
 * fact is asked for (a place, a person, a year...), and which intent it belongs to.
 */
import { queryKeysOf, type QueryKeys } from "./query-keys.js";
import type { AnswerType } from "../corpus/schema.js";
import { analyze, type Slot } from "../text/analyze.js";
import { detectLanguage } from "../text/language.js";
import { cognateKeys } from "../text/cognates.js";
import { derivationDefaults, derivedKeys, type DerivationOptions } from "./derivations.js";
import { fold, isOrdinal, tokenize } from "../text/normalize.js";
import { CHOICE_OFFERED, offersPowertrains, PURPOSE_SOURCE, ruledOutPowertrains } from "../text/patterns.js";
import type { Language } from "../types.js";
import { monthOf } from "./dates.js";
import { isPlaceType } from "./places.js";
import { PART_OF_YEAR } from "./features.js";
import type { CorpusIndex } from "./corpus-index.js";
import { findCue, type AnswerTypeCue, type FoundCue } from "./cues.js";
import { classifyIntent, type CompiledIntent } from "./intents.js";
import { corrected, memoSpelling, spellingDefaults, type SpellingOptions } from "./spelling.js";
import { isRoleKey } from "./answer-types.js";
import { entityTypeOf, organisationsOf, ownNounAfterBrand, pastCompany, roleQualifier, withRoles } from "./question-roles.js";
import { isAttribution, sourceTailStart } from "./question-source.js";

export { compileAnswerTypeCues, type AnswerTypeCue } from "./cues.js";
export { compileIntents, type CompiledIntent } from "./intents.js";
export { spellingFix } from "./spelling.js";
export { entityTypeOf } from "./question-roles.js";
export { isAttribution } from "./question-source.js";

/** A question slot with its weight in coverage and whether an answer must match it. */
export interface QuerySlot extends Slot {
  weight: number;
  /** Named things and numbers must be matched: "Fiat 500" is not "Giulia". */
  required: boolean;
  /** A spec or price asked about: only a sentence that says it answers. */
  stated: boolean;
  /** In the question's closing words about its source ("per the Reuters report"): the article may say it anywhere. */
  aboutSource?: boolean;
  /** The corpus has none of its keys. */
  unknown: boolean;
  /**
   * Why an unknown slot matters: a name or a topic the vocabulary marks as absent
   * ("Ferrari", "top speed") ends the search; an unknown ordinary word only weighs.
   */
  unknownKind: "name" | "absent-topic" | "word" | null;
  generic: boolean;
  /** The noun right after "which"/"what" ("which shops"): the answer must say it. */
  focus: boolean;
  /** Already said by the question's type ("located" in a where-question): weighs little. */
  implied: boolean;
  /** A role of something other than a company ("head of design"): a sentence states it only with one of these keys beside it. */
  qualifiedBy?: readonly string[];
  /**
   * A role of a company the question names ("l'amministratore delegato di Maserati"), as `r:` keys:
   * a sentence whose holder of the role is another company's ("Santo Ficili, CEO di Alfa Romeo e COO
   * di Maserati") does not state it.
   */
  heldFor?: readonly string[];
}

export interface Understanding {
  language: Language;
  slots: QuerySlot[];
  /** What the question's wording asks for; "open" when it does not say. */
  answerType: AnswerType;
  intent: CompiledIntent | null;
  /** Entity ids and numbers named by the question (an answer must add something else). */
  named: Set<string>;
  /** Organisations the question is about (or the corpus's own brand): whose CEO, whose plant. */
  orgs: string[];
  /** Offset of the word naming the kind of thing asked for ("how many people", "which plant"), or -1. */
  kindAt: number;
  /** The wording asks how long something lasts ("how long", "da quanto tempo"): a duration ("two years") answers it. */
  asksDuration: boolean;
  /** The wording asks how long in time only ("how long has...", "for how long", "da quanto tempo"): never a length. */
  asksTime: boolean;
  /** The wording asks for a day ("on what date", "in che giorno preciso"): only a day of a month answers it, never "mid-2026". */
  asksDay: boolean;
  /** The wording asks until when ("fino a quando", "until when"): only a time something runs until answers it. */
  asksUntil: boolean;
  /** The wording asks for a month or a quarter ("which quarter", "in che mese"): only a time that names one answers it, never a bare year. */
  asksPart: "month" | "quarter" | undefined;
  /** The wording asks what happened ("did it sell", "ha venduto"): a target or a forecast does not answer it. */
  asksPast?: boolean;
  /** The wording asks what is to come ("will it arrive", "arriverà"): a past event ("when it was unveiled") does not date it. */
  asksFuture?: boolean;
  /** The wording asks how old ("how old", "quanti anni ha"): of a person, only an age answers it. */
  asksAge: boolean;
  /** "How long is the Junior?": how long of a car, with nothing else asked, is its length, never a time. */
  asksLength: boolean;
  /** The wording counts ("how many", "quante"): a sum of money ("€2 million") never answers it. */
  asksCount: boolean;
  /** "Come si chiama il giornalista...?", "What's the name of the edition...?": a name is the answer, so a quote must give one the question does not. */
  asksName?: boolean;
  /** Kinds of powertrain a powertrain question rules out ("now that it is not EV-only"): the answer is another. */
  ruledOut: ReadonlySet<string>;
  /** Look-up sets of the slots' keys (see query-keys.ts); {@link withSlots} keeps them in step. */
  keys: QueryKeys;
  /**
   * Short numbers no article holds ("around 20%"), left out of the search like chat shorthand:
   * searching for them sank other questions' answers. A yes/no question still asserts them.
   */
  unsearched: QuerySlot[];
}

/** The same understanding with other slots (and their key sets). */
export function withSlots(u: Understanding, slots: QuerySlot[], changes: Partial<Omit<Understanding, "slots" | "keys">> = {}): Understanding {
  return { ...u, ...changes, slots, keys: queryKeysOf(slots) };
}

/** Understanding's tunables: how much each kind of question word weighs. Chosen on the seed sets, checked on the growth sets. */
export interface UnderstandOptions {
  /** Weight multiplier for a named thing: names decide more than common words ("Tonale" over "built"). */
  entityBoost: number;
  /** Weight multiplier for the corpus's own brand: nearly every sentence names it, so it barely tells them apart. */
  genericWeight: number;
  /** Weight multiplier for a number ("2026"): a little above a word, below a name. */
  numberBoost: number;
  /** Weight of a concept the answer type already implies ("located" in a where-question): a quarter, it adds little. */
  impliedWeight: number;
  /**
   * Weight multiplier for an ordinary word no article contains: it still counts against coverage,
   * gently ("besides" must not sink a question). 0.4 (from 0.2) came with the lower coverage line:
   * a question made mostly of such words ("Which advertising agency runs the Junior launch
   * campaign?") stays below it, while one or two paraphrased words do not sink a question.
   */
  unknownWordWeight: number;
  /** Weight multiplier for a name the question cites as a source ("according to Imparato"): who said it, not what it is about. */
  attributionWeight: number;
  /** Below this similarity to every phrasing, no intent is claimed. */
  minIntentScore: number;
  /** Added to an intent's similarity when the question's answer type is the intent's: only with a shared word, never alone. */
  intentTypeBonus: number;
  /** Unknown words this short are chat shorthand ("rn", "u") and dropped. */
  shorthandLength: number;
  /** The 0.5 of BM25's idf, ln(1 + N / (df + 0.5)): keeps a key in every sentence above zero weight. */
  idfSmoothing: number;
  /** How far spelling fixes may reach. */
  spelling: SpellingOptions;
  /** How far a word no article holds looks for the corpus's words of its root ("define" finds "definition"). */
  derivations: DerivationOptions;
  /**
   * Weight multiplier for a word matched only through its root: more than an unknown word's, less
   * than the word itself, as "definition" only nearly says "define".
   */
  derivedWeight: number;
}

export const understandDefaults: UnderstandOptions = {
  entityBoost: 1.5,
  genericWeight: 0.2,
  numberBoost: 1.2,
  impliedWeight: 0.25,
  unknownWordWeight: 0.4,
  attributionWeight: 0.5,
  minIntentScore: 0.3,
  intentTypeBonus: 0.3,
  shorthandLength: 2,
  idfSmoothing: 0.5,
  spelling: spellingDefaults,
  derivations: derivationDefaults,
  derivedWeight: 0.7,
};

function idf(index: CorpusIndex, keys: readonly string[], smoothing: number): number {
  const df = keys.reduce((sum, k) => sum + (index.df.get(k) ?? 0), 0);
  return Math.log(1 + index.sentences.length / (df + smoothing));
}

const NOTHING_RULED_OUT: ReadonlySet<string> = new Set();

/** Understands one (already cleaned) question. */
export function understand(
  question: string,
  index: CorpusIndex,
  intents: CompiledIntent[],
  cues: AnswerTypeCue[],
  options: UnderstandOptions,
): Understanding {
  // Tokenised once: language, spelling and analysis all read these tokens.
  const tokens = tokenize(question);
  const language = detectLanguage(tokens, index.lexicon.languageCues);
  // Cues are read after spelling fixes, so "wher is the giula bilt" still asks for a place.
  const fix = memoSpelling(index, language, options.spelling);
  const folded = fold(corrected(question, fix, tokens)).replace(/\s+/g, " ");
  const analysed = analyze(question, language, index.lexicon, { mode: "question", correct: fix, tokens });
  const kindAt = focusStart(question, index.lexicon.questionPatterns.kind);
  const cue = ownNounAfterBrand(findCue(cues, folded, language), index, analysed, question, kindAt);
  // "How many in the first quarter...?" counts nothing named: a preposition follows the cue, no noun
  // ("how many more workers" and "quanti dei lavoratori" still count workers).
  const countsNothing = cue?.type === "quantity" && kindAt >= 0 && PERIOD_PREPOSITION.test(question.slice(kindAt));
  const focusAt = countsNothing ? -1 : cue?.type === "quantity" ? pastCompany(index, analysed, question, kindAt) : kindAt;
  const orgs = organisationsOf(index, analysed, kindAt);
  const orgsNamed = !orgs.every((id) => index.lexicon.ownBrand.includes(id));
  const sourceAt = sourceTailStart(question);
  const weighed = analysed
    .map((slot, i) => {
      slot = withCognates(slot, index, language);
      const derived = withDerivations(slot, index, options.derivations);
      const qualifier = roleQualifier(index, analysed, i, question);
      const weighed = qualifier
        ? // Required: a sentence that never says "head of design" does not name one, whoever it names.
          { ...weigh(derived, index, question, sourceAt, cue, options), qualifiedBy: qualifier.keys, required: true }
        : weigh(withRoles(index, derived, orgs, orgsNamed), index, question, sourceAt, cue, options);
      return derived === slot ? weighed : { ...weighed, weight: weighed.weight * options.derivedWeight };
    });
  // "Who is the designer of the new Giulia?": the answer is someone who designs it, not whoever the sentence names.
  if (cue?.type === "person") for (const slot of weighed) if (asksWhoHolds(slot, question)) Object.assign(slot, { required: true, stated: true });
  // "rn", "u", "ok": unknown chat shorthand says nothing about the topic.
  const shorthand = (slot: QuerySlot) => slot.unknownKind === "word" && slot.surface.length <= options.shorthandLength;
  const unsearched = weighed.filter((slot) => shorthand(slot) && slot.kind === "number");
  const kept = weighed.filter((slot) => !shorthand(slot));
  // A word said twice is asked about once: "blah blah blah" must not outweigh the question.
  const signatures = kept.map((slot) => slot.keys.join());
  const slots = kept.filter((_, i) => signatures.indexOf(signatures[i] as string) === i);
  // A concept an article states through another ("built" through "la fabbrica di Tychy ...
  // della Junior"; the vocabulary's `implies`) also matches that other, unless the question
  // names it itself ("Which plant builds...?").
  for (const s of slots) {
    const by = s.kind === "concept" ? s.keys.flatMap((k) => index.lexicon.statedBy.get(k) ?? []) : [];
    // A word of the cue itself ("In quale fabbrica...") asks the type, not a second thing to state.
    const fresh = by.filter((k) => !slots.some((o) => !o.implied && o.keys.includes(k)));
    if (fresh.length) s.keys = [...s.keys, ...fresh];
  }
  // "today", "adesso": they say when, not what; never enough alone to make a question.
  for (const s of slots) if (s.keys.includes("c:present")) Object.assign(s, { implied: true, weight: s.weight * options.impliedWeight });
  // "di inizio 2026", "by mid-2026": the word that places a date in its year is part of the date,
  // which the articles write in either language ("early 2026"), not a topic they must mention.
  for (const m of question.matchAll(PART_OF_YEAR_PATTERN))
    for (const s of slots)
      if ((s.kind === "concept" || s.kind === "term") && s.start >= (m.index ?? 0) && s.end <= (m.index ?? 0) + m[0].length)
        Object.assign(s, { implied: true, unknown: false, unknownKind: null, weight: s.weight * options.impliedWeight });
  // "...è andato Imparato a Cassino per vedere i lavori della STLA Large?": the purpose's verb and
  // nouns say why, not what is asked; an article says "visited ... to follow work on". Its names stay.
  const purpose = PURPOSE_CLAUSE.exec(question);
  if (purpose && purpose.index > 0) {
    const from = purpose.index + purpose[0].length;
    const end = CLAUSE_END.exec(question.slice(from));
    const to = end ? from + end.index : question.length;
    for (const s of slots) if (s.start >= purpose.index && s.start < to && s.kind !== "entity" && s.kind !== "number") Object.assign(s, { implied: true, weight: s.weight * options.impliedWeight });
  }
  const focus = slots.find((s) => s.start === focusAt && (s.kind === "concept" || s.kind === "term") && !s.unknown);
  if (focus) focus.focus = true;
  // "Who is Davide Mele?" names only people: it asks what they are, not for another name.
  // "Who is Davide Mele?", "What is Larry Dominique's title?": only people, and perhaps the
  // word "role": the answer says what they are. The role word is then implied by the type, and
  // weighs nothing: "Cassino will play a key role" says nothing of what a person is.
  const roleWords = slots.filter((s) => s.kind === "concept" && s.keys.includes("c:role"));
  const meaningful = slots.filter((s) => !s.generic && !roleWords.includes(s));
  const isPerson = (s: QuerySlot) => entityTypeOf(index, s) === "person";
  // "What's Davide Mele's role at Stellantis?": the company a role is held at is where, not another thing asked.
  const heldAt = (s: QuerySlot) => roleWords.length > 0 && ["org", "brand"].includes(entityTypeOf(index, s) ?? "");
  const describe = (cue?.type === "person" || roleWords.length > 0) && meaningful.some(isPerson) && meaningful.every((s) => isPerson(s) || heldAt(s));
  if (describe) for (const s of roleWords) Object.assign(s, { implied: true, unknownKind: s.unknown ? "word" : null, weight: 0 });
  // "What battery capacity...?": a spec stated by a figure asks for an amount, whatever the wording.
  // "Which gasoline engine...?" asks which one, a name ("Hurricane"), not how powerful: an engine is a thing, not a measure.
  // "What emissions standard...?" asks which standard ("Euro 6e"), a name: the spec only says of what.
  const whichThing = (s: QuerySlot) => WHICH_BEFORE.test(question.slice(0, s.start)) && (MEASURED_THING.test(s.surface) || KIND_AFTER.test(question.slice(s.end)));
  const isMeasured = (s: QuerySlot) => s.stated && s.keys.some((k) => index.lexicon.measured.has(k)) && !whichThing(s);
  // ...and then the whole question does, whatever else it names ("...the Tonale engines updated to?").
  const measured = !(focus !== undefined && whichThing(focus)) && slots.some(isMeasured);
  // "What voltage architecture...?": the measured spec right after the question word is what is asked, not the platform.
  // "What kinds of engines...?" names its type: a kind, not a figure, whatever the engines are measured in.
  const measuredFocus = focus !== undefined && isMeasured(focus) && cue?.type !== "open" && cue?.type !== "powertrain";
  // "How much does the new Giulia weigh?": "how much does" asks a price only when no measured spec is named instead.
  const measuredNotPriced = cue?.type === "money" && measured && !slots.some((s) => s.keys.some((k) => PRICE_KEYS.has(k)));
  // "Who's the Junior aimed at?", "a chi è rivolta?": the answer is an audience, which no person's name states.
  const audience = cue?.type === "person" && AUDIENCE_ASKED.test(question) && slots.some((s) => s.keys.some((k) => AUDIENCE_KEYS.has(k)));
  // "Come si chiama il portavoce...?", "What's the name of the CEO?": the name of one who holds a role is a person's.
  const naming = cue === undefined || cue.type === "open" ? NAME_ASKED.exec(question) : null;
  const namedNoun = naming === null ? undefined : slots.find((s) => s.kind === "concept" && s.start >= naming[0].length && !s.keys.includes("c:name"));
  // "...the Junior's designer?": a person who does something is named as one holding a role is.
  const roleNamed = namedNoun !== undefined && (namedNoun.keys.some((k) => isRoleKey(k, index.lexicon)) || PERSON_NOUN.test(namedNoun.surface));
  // The name asked for is the answer, not a word the quote must say.
  // "What's the name of the new dealer?" asks for one too: the word "name" opens the question, and no article need say it.
  const nameOpens = naming !== null && /\bname\b|\bnome\b|\bchiam/iu.test(naming[0]);
  // "What's the American cousin of the Tonale called?": the closing "called" asks for the name, as "the name of" would.
  const calledAt = OPENS_WHAT.test(question) ? question.search(CALLED_AT_END) : -1;
  for (const s of slots)
    if (s.keys.includes("c:name") && (roleNamed || (nameOpens && s.start < (naming?.[0].length ?? 0)) || s.start === calledAt))
      Object.assign(s, { implied: true, required: false, stated: false, unknown: false, unknownKind: null, weight: s.weight * options.impliedWeight });
  // "Partiranno con motorizzazioni elettriche o ibride?", "built in Cassino or Pomigliano?": offered a choice, it asks which.
  // (Only with no question word asking a type: "Who's the CEO who said it could be BEV or ICE?" asks who.)
  const choice = cue === undefined || cue.type === "open" ? choiceOffered(index, question, slots) : undefined;
  // The places offered are the answers to choose from, not names a quote must give beside the answer.
  for (const s of choice?.offered ?? []) Object.assign(s, { implied: true, required: false, weight: s.weight * options.impliedWeight });
  const answerType = choice?.type ?? (describe ? "role" : roleNamed ? "person" : measuredFocus || measuredNotPriced ? "quantity" : audience ? "open" : (cue?.type ?? (measured ? "quantity" : "open")));
  const best = classifyIntent(index, intents, slots, cue?.type ?? "open", options.intentTypeBonus);
  const intent = best && best.score >= options.minIntentScore ? best.intent : null;
  // "How many 100th Anniversario cars?": an ordinal names an edition, so "100 units" may answer.
  const named = new Set(slots.filter((s) => !choice?.offered.includes(s)).flatMap((s) => s.keys.filter((k) => k.startsWith("e:") || (k.startsWith("n:") && !isOrdinal(s.surface)))));
  // "By how much has the new Stelvio been pushed back?": how much of a delay is a time too.
  const delayedBy = answerType === "quantity" && BY_HOW_MUCH.test(question) && slots.some((s) => s.keys.includes("c:delay"));
  const duration = (cue?.implies.includes("c:year") ?? false) || delayedBy;
  const asksAge = cue?.implies.includes("c:age") ?? false;
  const asksLength = duration && !asksAge && onlyACar(index, slots, cue);
  const ruledOut = answerType === "powertrain" ? ruledOutPowertrains(question) : NOTHING_RULED_OUT;
  const asksTime = duration && !asksLength && TIME_ONLY.test(question);
  return { language, slots, answerType, intent, named, orgs, kindAt: focusAt, asksDuration: duration && !asksLength, asksTime, asksDay: ASKS_DAY.test(question), asksUntil: ASKS_UNTIL.test(question), asksPart: partAsked(question), asksAge, asksLength, asksCount: answerType === "quantity" && COUNT_ASKED.test(question), asksName: naming !== null && !roleNamed && answerType === "open" && !/\bwho\b/iu.test(naming[0]), asksPast: PAST_ASKED.test(kindAt >= 0 ? question.slice(kindAt) : question), asksFuture: FUTURE.test(question), ruledOut, keys: queryKeysOf(slots), unsearched };
}

/** "who is the", "chi è il": what follows is what the person asked for is (a role other than the company's head). */
const WHO_IS_THE = /^\s*(?:who\s*(?:['’]s|is|was|are|were)|chi\s+(?:è|e['’]|era|sono|erano|sarà))\s+(?:the|il|lo|la|l['’]|i|gli|le)\s*$/iu;
const HOLDER_ROLES = ["c:ceo", "c:head", "c:role"];

function asksWhoHolds(slot: QuerySlot, question: string): boolean {
  return slot.kind === "concept" && !slot.keys.some((k) => HOLDER_ROLES.includes(k)) && WHO_IS_THE.test(question.slice(0, slot.start));
}

/** "How many...?", "Quante...?": a count is asked. */
const PRICE_KEYS: ReadonlySet<string> = new Set(["c:price", "c:cost"]);

/** A measured spec's words that name a thing ("engine", "motore"): "which engine" asks for one by name. */
const MEASURED_THING = /^(?:engines?|motors?|motor[ei])$/iu;
/** A word for a kind of rule or grade right after a spec ("emissions standard", "safety rating"). */
const KIND_AFTER = /^\s+(?:standards?|ratings?|class|category|norms?|classe|categoria)(?![\p{L}])/iu;
/** "which", "quale", with perhaps one word between ("which gasoline engine", "quale motore"). */
const WHICH_BEFORE = /\b(?:which|what|quale|quali|che)\s+(?:\p{L}+\s+)?$/iu;

/** "early 2026", "inizio 2026", "the second half of 2025": a part of a year, as the features read it. */
const PART_OF_YEAR_PATTERN = new RegExp(`\\b(?:${PART_OF_YEAR})`, "giu");

/** Nouns for a person by what they do ("designer", "founder", "progettista"): their name is a person's. */
const PERSON_NOUN = /^(?:designers?|founders?|engineers?|spokes(?:person|man|woman)|progettist[ai]|fondator[ei]|ingegner[ei]|portavoce|stilist[ai])$/iu;
/** A question asking what someone or something is called: "come si chiama il...", "what's the name of the...". */
const NAME_ASKED = /^\s*(?:come\s+si\s+chiama(?:no)?|qual\s*(?:è|e'|e)\s+il\s+nome\s+d|what(?:['’]s|\s+is|\s+was)\s+the\s+name\s+of|who\s+is\s+the)\b/iu;
/** ...or closing on the word, after an opening "what": "What's the American cousin of the Tonale called?". */
const OPENS_WHAT = /^\s*(?:what|which)(?:['’]s|\s+is|\s+was|\s+are|\s+were|\s)\b/iu;
const CALLED_AT_END = /\b(?:called|named)\s*\?\s*$/iu;
/**
 * A question put in the past: "did", "had", an English perfect or passive ("has sold", "were
 * registered"), an Italian passato prossimo ("ha venduto", "sono state immatricolate").
 */
const PAST_ASKED =
  /\b(?:did|had)\b|\b(?:has|have|was|were)\s+(?:\p{L}+\s+){0,3}?(?:\p{L}+ed|sold|made|built|grown|done)\b|\b(?:ha|hanno|è|sono)\s+(?:(?:stat[oaie]|già|gia)\s+)?\p{L}+(?:at|ut|it)[oaie]\b/iu;
/** Words of the future: "will", "going to", an Italian future ("arriverà", "saranno"). */
export const FUTURE = /\b(?:will|won't|shall|going\s+to)\b|\p{L}{2,}(?:rà|ranno)(?![\p{L}])/iu;

/** The kind of answer a question offering a choice asks for: a powertrain or a place, when it offers two. */
function choiceOffered(index: CorpusIndex, question: string, slots: readonly QuerySlot[]): { type: AnswerType; offered: QuerySlot[] } | undefined {
  if (offersPowertrains(question)) return { type: "powertrain", offered: [] };
  const or = CHOICE_OFFERED.exec(question);
  if (!or) return undefined;
  const placeAt = (s: QuerySlot) => s.kind === "entity" && s.keys.some((k) => isPlaceType(index.lexicon.entities.get(k.slice(2))?.type));
  const offered = slots.find((s) => s.start >= or.index + or[0].length);
  const before = slots.filter((s) => s.end <= or.index).at(-1);
  return offered && before && placeAt(offered) && placeAt(before) ? { type: "place", offered: [before, offered] } : undefined;
}

/** Right after "successor", "erede": what it succeeds ("of the Tonale", "della 33 Stradale", "to the Giulia"). */
const SUCCESSOR_OF = /^\s+(?:of|to|for|di|del|della|dello|dell['’]|delle|dei|degli)(?![\p{L}])/iu;

const COUNT_ASKED = /\b(?:how\s+many|quant[ie])\b/iu;
/** "On what date...?", "which day", "the exact date", "in che giorno (preciso)", "quale data", "data esatta". */
const ASKS_DAY = /\b(?:what|which|exact|precise)\s+(?:day|date)\b|\b(?:che|quale|qual\s+è\s+la)\s+(?:giorno|data)\b|\b(?:giorno|data)\s+(?:precis[oa]|esatt[oa])\b/iu;

// "Who won", "who has designed", "chi ha vinto": the verb right after the question word.
const WHO_DID = /^\s*(?:who|chi)\s+(?:(?:has|had|did|will|ha|hanno|aveva)\s+)?$/iu;
// "Who originally set...": an adverb is no deed. Its ending after a stem of three letters or more, so not "Italy", "rally", "family".
const ADVERB = /^\p{L}{3,}(?:ally|ously|ively|fully|nally|tly|dly|rly|sly|ely|mente)$/iu;
const ASKS_UNTIL = /\bfino\s+a\s+quando\b|\bfino\s+a\s+(?:che|quale)\s+(?:data|giorno|mese|anno)\b|\b(?:until|till)\s+(?:when|what\s+(?:date|day|month|year)|which\s+(?:date|day|month|year))\b/iu;
const AUDIENCE_KEYS: ReadonlySet<string> = new Set(["c:aimed", "c:customer"]);
// "a chi è rivolta", "who is it aimed at?", "who is it for?": to whom, not who did it ("Who said it was designed to win back...?").
const AUDIENCE_ASKED = /^\s*(?:a|per)\s+chi\b|\b(?:aimed|targeted|meant|designed|intended)\s+(?:at|for)\s*\??\s*$|\bfor\s*\?\s*$/iu;
/** A purpose clause after the asked event ("per vedere...", "in order to..."), up to a joiner or a comma. */
const PURPOSE_CLAUSE = new RegExp(PURPOSE_SOURCE, "iu");
const CLAUSE_END = /\s(?:e|ed|and)\s|[,;]/u;

const BY_HOW_MUCH = /\bby\s+how\s+(?:much|long|many)\b|\bdi\s+quant[oi]\b/iu;
const ASKS_QUARTER = /\b(?:which|what)\s+quarter\b|\b(?:quale|che)\s+trimestre\b/iu;
const ASKS_MONTH = /\b(?:which|what)\s+month\b|\b(?:quale|che)\s+mese\b/iu;

/** "In which quarter...?", "in che mese...?": the part of a year asked for. */
function partAsked(question: string): Understanding["asksPart"] {
  if (ASKS_QUARTER.test(question)) return "quarter";
  return ASKS_MONTH.test(question) ? "month" : undefined;
}

/** "How long has Imparato led...", "for how long", "da quanto tempo", "quanti anni": a time, whatever else the question names. */
const TIME_ONLY = /\bfor\s+how\s+long\b|\bhow\s+long\s+(?:has|have|had|did)\b|\bhow\s+many\s+years\b|\bquant[oi]\s+(?:tempo|anni)\b|\bquanto\s+dur/iu;

/**
 * Does the question name a car and nothing else besides its cue ("Roughly how long would the
 * E-Jet have been?")? Any other word asks what lasts: "how long has the Stelvio been pushed back".
 */
function onlyACar(index: CorpusIndex, slots: readonly QuerySlot[], cue: FoundCue | undefined): boolean {
  const car = (s: QuerySlot) => s.kind === "entity" && entityTypeOf(index, s) === "model";
  const idle = (s: QuerySlot) => cue?.words.has(fold(s.surface)) || s.generic || s.implied || s.keys.includes("c:new") || (s.kind === "entity" && entityTypeOf(index, s) === "brand");
  return slots.some(car) && slots.every((s) => car(s) || idle(s));
}

/** Offset of the word a which/what question asks about ("which shops", "quale concessionaria"), or -1. */
function focusStart(question: string, kind: RegExp): number {
  const m = kind.exec(question);
  return m ? m.index + m[0].length : -1;
}

/** A preposition of time or place right after "how many"/"quanti": what follows is when or where, not what is counted. */
const PERIOD_PREPOSITION = /^\s*(?:in|during|over|between|since|from|by|at|nel|nella|nei|negli|nelle|durante|tra|fra|dal|dalla|entro|a)\s/iu;

/** Looks like a name: capitalised, not the first word, in a question not written in capitals. */
function looksLikeName(slot: Slot, question: string): boolean {
  const firstLetter = question.search(/\p{L}/u);
  const shouting = question.replace(/[^\p{L}]/gu, "").length > 0 && question === question.toUpperCase();
  return !shouting && slot.start > firstLetter && /^\p{Lu}/u.test(slot.surface) && !ROMAN_NUMERAL.test(slot.surface);
}

/**
 * "What philosophy has Stellantis adopted?" of an article that says "filosofia": a word no
 * vocabulary concept holds also finds its cognates in the other language, when the corpus has them.
 */
function withCognates(slot: Slot, index: CorpusIndex, language: Language): Slot {
  if (slot.kind !== "term") return slot;
  const extra = cognateKeys(slot.surface, language, index.lexicon.stem, (k) => index.df.has(k) && !slot.keys.includes(k));
  return extra.length ? { ...slot, keys: [...slot.keys, ...extra] } : slot;
}

/** A word no article holds, nor its cognates, also finds the corpus's words of its root ("define": "definition"). */
function withDerivations(slot: Slot, index: CorpusIndex, o: DerivationOptions): Slot {
  if (slot.kind !== "term" || slot.keys.some((k) => index.df.has(k))) return slot;
  const extra = [...new Set(slot.keys.flatMap((k) => derivedKeys(index, k, o)))];
  return extra.length ? { ...slot, keys: [...slot.keys, ...extra] } : slot;
}

/** "Advanced Clean Cars II": a roman numeral numbers the name beside it, it names nothing alone. */
const ROMAN_NUMERAL = /^(?:II|III|IV|VI{1,3}|IX|XI{1,3})$/u;

/** `sourceAt`: where the question's closing words about its source begin (see {@link sourceTailStart}). */
function weigh(
  slot: Slot,
  index: CorpusIndex,
  question: string,
  sourceAt: number,
  cue: FoundCue | undefined,
  options: UnderstandOptions,
): QuerySlot {
  const entityIds = slot.keys.filter((k) => k.startsWith("e:")).map((k) => index.lexicon.entities.get(k.slice(2)));
  const generic = entityIds.length > 0 && entityIds.every((e) => e?.generic);
  const unknown = slot.keys.every((k) => !index.df.has(k) && !index.documents.dateKeys.has(k));
  // "located" in a where-question, "long" of "how long", "data" of "in che data": the cue says it already.
  const inCue = cue !== undefined && slot.kind === "term" && cue.words.has(fold(slot.surface));
  const implied = inCue || (cue !== undefined && slot.kind === "concept" && slot.keys.every((k) => cue.implies.includes(k) || k.startsWith("r:")));
  // "..., per the Top Gear interview?", "secondo Ficili al salone di Bruxelles": where it was said.
  const aboutSource = sourceAt < slot.start;
  let unknownKind: QuerySlot["unknownKind"] = null;
  if (unknown) {
    if (slot.kind === "entity" || (slot.kind === "term" && looksLikeName(slot, question))) unknownKind = "name";
    // "Which town...": a word the question type already implies is never the missing topic.
    // A loanword reading ("state" in an Italian question) is too weak to settle a topic.
    else if (slot.kind === "concept" && !implied && !slot.borrowed && !aboutSource && slot.keys.some((k) => index.lexicon.outOfScope.has(k))) unknownKind = "absent-topic";
    // "Who won the 2023 championship?", "Chi ha vinto il Giro?": a deed no article ever speaks of.
    else if (slot.kind === "concept" && !implied && WHO_DID.test(question.slice(0, slot.start)) && !ADVERB.test(slot.surface)) unknownKind = "absent-topic";
    else unknownKind = "word";
  }
  let weight = idf(index, slot.keys, options.idfSmoothing);
  if (slot.kind === "entity") weight *= generic ? options.genericWeight : options.entityBoost;
  if (slot.kind === "number") weight *= options.numberBoost;
  if (unknownKind === "word") weight *= options.unknownWordWeight;
  if (implied) weight *= options.impliedWeight;
  if (slot.kind === "concept") weight *= Math.max(...slot.keys.map((k) => index.lexicon.conceptWeights.get(k) ?? 1));
  // "according to Imparato", "secondo Imparato", ", per Auto Express": who said it, not what it is about.
  const attribution = (slot.kind === "entity" && isAttribution(question, slot.start)) || aboutSource;
  if (attribution) weight *= options.attributionWeight;
  // A spec or a price asked about must be stated by the answer, not merely the car it is of.
  // "a car called Milano", "Imparato called the US the first market": a name the question gives right after the word is not what it asks.
  const givesValue = (slot.keys.includes("c:name") ? /^\s+(?:(?:the|il|lo|la|l')\s+)?["'‘“«]?\p{Lu}/u : /^\s+["'‘“«]?\p{Lu}/u).test(question.slice(slot.end));
  // "at the Brussels motor show" says where it was said: no spec asked.
  // "Who owns the dealership?": that it is owned is what is asked, and a sentence that never says so names no owner.
  const owning = cue?.type === "owner" && slot.keys.includes("c:ownership");
  // "When did Filosa become CEO?", "When was Imparato appointed?": taking office is the event dated; a date of something else he did is no answer.
  const tookOffice = (cue?.type === "time" || cue?.type === "year") && (slot.keys.includes("c:take_office") || slot.keys.includes("c:choose"));
  const stated = slot.kind === "concept" && !implied && !aboutSource && (owning || tookOffice || (!givesValue && slot.keys.some((k) => index.lexicon.outOfScope.has(k))));
  // A run of months ("the first five months") is a period, required as "the first half" is.
  // "How many cars in March 2025?": a month a count or sum is asked for is its period, as "the first half" is.
  const countedMonth = (cue?.type === "quantity" || cue?.type === "money") && slot.kind === "concept" && monthOf(slot.surface) !== undefined;
  // "l'erede della 33 Stradale", "the successor of the Tonale": the car asked about is the successor, which a sentence must speak of.
  const successorOf = slot.kind === "concept" && slot.keys.includes("c:successor") && SUCCESSOR_OF.test(question.slice(slot.end));
  const requiredConcept = stated || countedMonth || successorOf || (slot.kind === "concept" && slot.keys.some((k) => index.lexicon.requiredConcepts.has(k) || k.startsWith("p:")));
  const required = !aboutSource && ((slot.kind === "entity" && !generic && !attribution) || slot.kind === "number" || requiredConcept);
  // An unknown required concept is settled like a name: no article has "the second half".
  if (requiredConcept && unknown) unknownKind = "name";
  return { ...slot, weight, unknown, unknownKind, generic, implied, required, stated, focus: false, ...(aboutSource ? { aboutSource } : {}) };
}

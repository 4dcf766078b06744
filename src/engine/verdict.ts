/**
 * Yes/no questions: "Is the Stelvio built in Pomigliano?" gets a verdict before its quotes.
 * The verdict comes from typed evidence: the question asserts a value (a place, a year, a
 * person, a model, a number) for a subject; the articles' value for that subject matches it
 * (yes), is another one (no), or changed between articles of different dates. Numbers are
 * compared with the words around them (`amounts.ts`: "close to 50,000" has not "exceeded"
 * it), a planned number does not say what happened, and a change's direction is read from its
 * words ("a 34% sales drop" did not "go up"). Names after "besides" are set aside; the
 * brand after "an" is a value ("Is the Grecale an Alfa Romeo?"). A quote that denies ("will
 * not", "shelved") or hedges ("may", "it cannot be excluded that") is taken at its word, within
 * the reach of those words (`stance.ts`). No verdict without a quote that settles it.
 */
import type { AnswerType, Vocabulary } from "../corpus/schema.js";
import { analyze } from "../text/analyze.js";
import type { Lexicon } from "../text/lexicon.js";
import { fold, isOrdinal, normaliseNumber, tokenize } from "../text/normalize.js";
import { countWord } from "../text/numerals.js";
import { CHOICE_OFFERED, moneyPattern, segmentPattern } from "../text/patterns.js";
import type { Language } from "../types.js";
import { sortableDate, type Finding } from "./compose.js";
import { dayOf, impliedYear, monthOf, periodOf, type DayOfMonth } from "./dates.js";
import { amountAt, compareAmounts, floorOf, isPoint, justAbove, PERCENT_AFTER, type Amount, type AmountRules } from "./amounts.js";
import { isPlaceType, liesIn } from "./places.js";
import { isRoleKey } from "./answer-types.js";
import { isAttribution, type QuerySlot, type Understanding } from "./understand.js";
import { found, questionShape, type QuestionShape } from "./question-shape.js";
import { both } from "./stance.js";

export { questionShape, type QuestionShape } from "./question-shape.js";
export { directionOf, isDegree, plans, refutes, stance, statesDegree } from "./stance.js";

export type Verdict = "yes" | "no" | "changed" | null;

type PerLanguage = Record<Language, RegExp>;

/** The yes/no words of `corpus/vocabulary.json`, compiled once: see its schema for what each list means. */
export interface YesNoRules extends AmountRules {
  openers: Record<Language, readonly string[]>;
  questionWords: Record<Language, ReadonlySet<string>>;
  leadingOnly: Record<Language, ReadonlySet<string>>;
  embedding: Record<Language, ReadonlySet<string>>;
  negation: PerLanguage;
  modality: PerLanguage;
  possibility: PerLanguage;
  doubt: PerLanguage;
  partial: PerLanguage;
  projection: PerLanguage;
  future: PerLanguage;
  reversal: PerLanguage;
  indefinite: PerLanguage;
  up: PerLanguage;
  down: PerLanguage;
  exclusion: PerLanguage;
  degree: PerLanguage;
  litotes: PerLanguage;
  refutation: PerLanguage;
}

const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
// "increas*" is any word starting "increas", "*rà" any word ending "rà" (an Italian future);
// every other entry is whole words.
const entry = (w: string) => {
  const folded = fold(w.trim());
  const open = folded.endsWith("*");
  const suffix = folded.startsWith("*");
  const body = escape(folded.slice(suffix ? 1 : 0, open ? -1 : undefined)).replace(/\s+/g, "\\s+");
  return `${suffix ? "\\p{L}+" : ""}${body}${open ? "\\p{L}*" : ""}`;
};
// Nothing matches an empty list (a vocabulary written before the list existed).
// Longest first: "un'" before "un", "no longer" before "no".
const wordsRegex = (list: readonly string[]) =>
  list.length === 0
    ? /(?!)/gu
    : new RegExp(`(?<![\\p{L}'])(?:${[...list].sort((a, b) => b.length - a.length).map(entry).join("|")})(?![\\p{L}])`, "gu");

export function compileYesNo(v: Vocabulary): YesNoRules {
  const y = v.yesNo;
  const per = (lists: { en: readonly string[]; it: readonly string[] }): PerLanguage => ({ en: wordsRegex(lists.en), it: wordsRegex(lists.it) });
  return {
    openers: { en: y.openers.en.map(fold), it: y.openers.it.map(fold) },
    questionWords: { en: new Set(v.questionWords.en.map(fold)), it: new Set(v.questionWords.it.map(fold)) },
    leadingOnly: { en: new Set(y.leadingOnly.en.map(fold)), it: new Set(y.leadingOnly.it.map(fold)) },
    embedding: { en: new Set(y.embedding.en.map(fold)), it: new Set(y.embedding.it.map(fold)) },
    negation: per(y.negation),
    modality: per(y.modality),
    possibility: per(y.possibility),
    doubt: per(y.doubt),
    below: per(y.below),
    nearly: per(y.nearly),
    above: per(y.above),
    around: per(y.around),
    reach: per(y.reach),
    partial: per(y.partial),
    projection: per(y.projection),
    future: per(y.future),
    reversal: per(y.reversal),
    indefinite: per(y.indefinite),
    up: per(y.up),
    down: per(y.down),
    exclusion: per(y.exclusion),
    degree: per(y.degree),
    litotes: per(y.litotes),
    refutation: per(y.refutation),
  };
}


/** How long a lead-in before a comma may be ("For its American factory, ..."): a phrase, not a clause of its own. */
const LEAD_IN_CHARS = 40;

/**
 * True for a yes/no question: it opens with an auxiliary ("Is...", "Will..."), or,
 * in Italian, which asks yes/no by intonation alone, it has no question word and ends in "?".
 * "Che" and "come" ask only at the start: "È vero che...?" and "berline piuttosto che SUV?"
 * are yes/no questions.
 */
export function isYesNo(question: string, language: Language, rules: YesNoRules, hasQuestionWord: boolean): boolean {
  const folded = fold(question).replace(/^[^\p{L}]+/u, "");
  // "Will it be electric or hybrid?", "Cassino o Pomigliano?": offered a choice, it asks which, not whether ("...or not?" still asks whether).
  if (CHOICE_OFFERED.test(folded)) return false;
  const tokens = tokenize(folded);
  // At the start, or after a preposition ("In che anno...?", "Di che colore...?", "Entro che anno...?", "Fino a quando...?").
  const leading = (i: number) => i === 0 || (i === 1 && ((tokens[0]?.norm.length ?? 9) <= 3 || LONG_PREPOSITIONS.has(tokens[0]?.norm ?? ""))) || (i === 2 && tokens[0]?.norm === "fino");
  const asks = hasQuestionWord && tokens.some((t, i) => rules.questionWords[language].has(t.norm) && (leading(i) || !rules.leadingOnly[language].has(t.norm)));
  // "For its American factory, is Alfa going to...?", "So, will...": a short lead-in before the comma.
  const comma = folded.indexOf(", ");
  const leadIn = comma > 0 && comma <= LEAD_IN_CHARS ? folded.slice(comma + 2) : undefined;
  const opens = (text: string) => rules.openers[language].some((o) => text.startsWith(`${o} `));
  if (opens(folded) || (leadIn !== undefined && opens(leadIn))) return !asks || language === "en";
  // "junior has almost 50k orders, right?", "vorrei sapere se Imparato ha visitato...": a tag or an
  // embedded "whether" asks yes or no whatever the sentence opens with.
  if (TAG_QUESTION.test(folded) || (!asks && ASKS_WHETHER.test(folded))) return true;
  return language === "it" && !asks && /\?\s*$/u.test(question) && !(NOUN_OF.test(folded) && !PUTS_VALUE.test(folded));
}

/** Prepositions of more than three letters a question word may follow: "entro che anno", "since when", "verso quale mercato". */
const LONG_PREPOSITIONS: ReadonlySet<string> = new Set(["entro", "verso", "dopo", "prima", "durante", "oltre", "presso", "secondo", "senza", "contro", "dalla", "dallo", "dalle", "dagli", "nella", "nello", "nelle", "negli", "alla", "allo", "alle", "agli", "della", "dello", "delle", "degli", "sulla", "sullo", "sulle", "sugli", "since", "until", "till", "after", "before", "during", "within", "from", "with", "about", "into", "onto", "over", "under", "through"]);

/** A closing tag that asks for agreement: ", right?", ", vero?", ", giusto?". */
const TAG_QUESTION = /,\s*(?:right|correct|true|isn'?t it|is that right|no|yes|eh|vero|giusto|corretto|non e vero|e cosi)\s*\?\s*$/u;
/** "I'd like to know if...", "vorrei sapere se...": a yes/no question embedded in a request. */
const ASKS_WHETHER = /\b(?:know|tell me|ask|asking|wonder|wondering|sapere|dirmi|chiedo|chiedevo|chiedere|domando)\s+(?:if|whether|se)\s/u;

// "prezzo della Junior ibrida?", "sede di Alfa Romeo?": a noun and what it is of, with no verb, asks
// for it as "qual è il prezzo..." would ("Prima di Alfa, ...?" opens with a preposition, not a noun). One that puts a value ("lancio della Giulia nel 2026?") asks whether.
const NOUN_OF = /^(?!(?:prima|dopo|oltre|invece|secondo|a parte)\s)(?:(?:il|lo|la|l'|i|gli|le)\s*)?\p{L}+\s+(?:di|del|della|dello|dell'|dei|degli|delle|d')(?![\p{L}])/u;
const PUTS_VALUE = /\d|\s(?:in|nel|nella|nello|nell'|negli|nelle|a|ad|al|alla|su|sul|sulla|con)\s/u;

/**
 * "Cassino plant in Piedimonte San Germano?", "Junior built in Poland?": an English fragment
 * with no question word and no auxiliary that puts a typed value after a preposition asks
 * whether it holds. Not "Giulia launch date?" nor "sales target 2024?": no value is put.
 */
export function assertsAsFragment(question: string, u: Understanding, lexicon: Lexicon, rules: YesNoRules, hasQuestionWord: boolean): boolean {
  // A question word understood through a misspelling ("wich maserati...?") asks too.
  if (u.language !== "en" || hasQuestionWord || u.answerType !== "open" || !/\?\s*$/u.test(question)) return false;
  const value = assertedValue(u, lexicon, question, questionShape(question, u, rules));
  if (value === undefined) return false;
  const before = question.slice(0, value.slot.start);
  // "Junior built in Poland?", "new stelvio coming in 2025?": a place, a name or a year put after its preposition.
  if ((value.slot.kind === "entity" || value.type === "time") && FRAGMENT_LINK.test(before)) return true;
  // "junior already near 50k orders?", "Tonale over 100,000 sold?": an amount put after a word that sizes it.
  return value.slot.kind === "number" && value.type !== "time" && FRAGMENT_SIZE.test(before);
}

/** A preposition right before the value a fragment puts ("in Poland", "on the STLA Large"). */
const FRAGMENT_LINK = /(?:^|[^\p{L}])(?:in|on|at|by|from|into|under)\s+(?:the\s+)?$/iu;
/** A word that sizes an amount right before it ("near", "close to", "over", "at least"). */
const FRAGMENT_SIZE = /(?:^|[^\p{L}])(?:near|nearly|close\s+to|almost|about|around|roughly|over|above|under|below|more\s+than|less\s+than|fewer\s+than|at\s+least|up\s+to)\s+$/iu;

/**
 * True when a yes/no question's question words only open clauses ("Is the Junior meant to win
 * back people who used to drive a MiTo?"): none leads, and none follows a word that embeds a
 * question ("Do you know where...?"). Its answer type then comes from no question word.
 */
export function asksThroughClause(question: string, language: Language, rules: YesNoRules): boolean {
  const tokens = tokenize(fold(question));
  const asking = tokens.map((t, i) => (rules.questionWords[language].has(t.norm) ? i : -1)).filter((i) => i >= 0);
  return asking.length > 0 && asking.every((i) => i > 1 && !rules.embedding[language].has((tokens[i - 1] as { norm: string }).norm));
}

const SEGMENT = segmentPattern(false);

/** Is the slot a year ("2030")? Years frame what a question asserts more often than they are it. */
export const isYear = (slot: QuerySlot) => slot.kind === "number" && /^(?:19|20)\d{2}$/.test(slot.keys[0]?.slice(2) ?? "");

/**
 * The value a yes/no question asserts ("in Pomigliano", "in 2026", "50,000 orders"): its
 * last typed name or number after a subject, never a name it sets aside.
 */
export function assertedValue(u: Understanding, lexicon: Lexicon, question: string, shape?: QuestionShape): { slot: QuerySlot; type: AnswerType } | undefined {
  const slots = u.unsearched.length ? [...u.slots, ...u.unsearched].sort((a, b) => a.start - b.start) : u.slots;
  const typed = slots.filter((s) => ((s.kind === "entity" && (!s.generic || s === shape?.identity)) || s.kind === "number") && !shape?.excluded.has(s));
  // "the 100th Anniversario" names an edition: an ordinal is no amount asserted.
  const numbers = typed.filter((s) => s.kind === "number" && !isOrdinal(s.surface));
  const entities = typed.filter((s) => s.kind === "entity");
  // "more than 100,000 cars in 2025": the count is asserted, the year frames it.
  const counts = numbers.filter((s) => !isYear(s));
  const number = counts.length ? counts[counts.length - 1] : numbers[numbers.length - 1];
  // A number needs a subject to be a value of, the corpus's own brand included ("Will Alfa Romeo
  // sell 100,000?"), or a number compared ("Will the full-year total be more than 100,000?").
  const subject = entities.length > 0 || u.slots.some((s) => s.kind === "entity") || (number !== undefined && shape?.compared.has(number) === true);
  // The value is the last name of a kind that has values (a place, a person, a model, a brand):
  // "la Cina è il mercato numero uno ... di segmento E" asserts China, not the segment it frames.
  const valued = entities.filter((s, i) => i > 0 && !shape?.subjects.has(s) && valueType(s, lexicon) !== undefined);
  // A cleft asserts its name of whatever else the question says ("Fu Marchionne a fissare l'obiettivo delle 400.000?").
  const cleft = shape?.cleft && valueType(shape.cleft, lexicon) !== undefined && slots.some((s) => s !== shape.cleft && !s.generic) ? shape.cleft : undefined;
  // "...to Cassino in April?": with no number asked, a month after a word of time is the date asserted.
  // "...on June 2, 2024?", "il 2 giugno 2024?": a day asserts the date, its year only dates it.
  const day = dayOf(question);
  const inDay = (s: QuerySlot) => day !== undefined && s.start >= day.start && s.end <= day.end;
  const dateOnly = number === undefined || (day !== undefined && numbers.every(inDay));
  const month = dateOnly && !cleft ? slots.find((s) => monthAsked(s) !== undefined && (MONTH_BEFORE.test(question.slice(0, s.start)) || inDay(s))) : undefined;
  if (month && subject) return { slot: month, type: "time" };
  // "Does the Junior bring Alfa back to the C-segment?": with nothing else asserted, the segment is.
  const segment = number === undefined && !cleft && subject ? slots.find((s) => segmentAsked(question, s) !== undefined) : undefined;
  // "Was the 400,000 target set by Tavares?", once its number settled nothing: the one person named is what it asserts.
  const framedByNumber = [...(shape?.excluded ?? [])].some((s) => s.kind === "number");
  // "Larry Dominique è il CEO di Alfa Romeo?": one person and a role asks whether that person holds it.
  const holdsRole = namesRole(u, lexicon);
  // "Secondo Imparato la Cina è il mercato numero uno...?": who says it holds no role asked about.
  const people = entities.filter((s) => valueType(s, lexicon) === "person" && !isAttribution(question, s.start));
  const holder = holdsRole && people.length === 1 ? people[0] : undefined;
  const person = framedByNumber && entities.length === 1 && people.length === 1 ? entities[0] : undefined;
  const slot = cleft ?? (number && subject ? number : (holder ?? (entities.length >= 2 ? valued[valued.length - 1] : person))) ?? segment;
  if (slot === segment && segment) return { slot: segment, type: "segment" };
  if (!slot) return undefined;
  if (slot.kind === "number") {
    const year = isYear(slot);
    // "Did sales go up in 2025?" and "Did it sell 80,000 cars in 2024?" name a year as their
    // frame; "Will it arrive in 2026?" asserts it, and so does a year that is all the question dates.
    const frame = shape?.direction !== undefined || numbers.length > 1 || u.answerType === "quantity" || u.intent?.def.answerType === "quantity";
    if (year && u.answerType !== "time" && u.intent?.def.answerType !== "time" && (frame || slot !== typed[typed.length - 1])) return undefined;
    // "Alfa's big 2027 flagship", "la Giulia 2026": a year naming the subject is not what is asserted of it.
    if (year && namesTheSubject(question, slot)) return undefined;
    // "Does it cost €3 million?" asks a sum of money: a count ("33 cars") neither matches nor contradicts it.
    if (!year && writtenAsMoney(question, slot)) return { slot, type: "money" };
    return { slot, type: year ? "time" : "quantity" };
  }
  const type = valueType(slot, lexicon);
  return type ? { slot, type } : undefined;
}

/**
 * "Will Carlos Tavares present the plan in early 2026?": the one person a yes/no question names
 * as its subject, the doer of what it asks about, and a value it asserts when nothing else settles it.
 */
export function doerOf(u: Understanding, lexicon: Lexicon, question: string): QuerySlot | undefined {
  const people = u.slots.filter((s) => s.kind === "entity" && !s.generic && valueType(s, lexicon) === "person");
  const first = people[0];
  return people.length === 1 && first && DOER_OPENING[u.language].test(question.slice(0, first.start)) ? first : undefined;
}

/** What may come before a question's subject: an auxiliary ("Will", "Did"), or nothing (Italian drops it: "Tavares presenterà...?"). */
const DOER_OPENING: Record<Language, RegExp> = {
  en: /^\s*(?:will|would|did|does|has|had|can|could)\s+$/iu,
  it: /^\s*$/u,
};

/**
 * "...a Belvedere, in Illinois?": a place written right beside the asserted one, lying in it or
 * around it, says the same where; a quote need not name it to judge it ("...in Detroit"). Not
 * "the American model in Belvedere": the market frames the question.
 */
export function nestedPlaces(value: QuerySlot, slots: readonly QuerySlot[], lexicon: Lexicon, question: string): QuerySlot[] {
  if (value.kind !== "entity") return [];
  const nested = (a: string, b: string) => a !== b && (liesIn(lexicon, a, b) || liesIn(lexicon, b, a));
  const beside = (s: QuerySlot) => BESIDE.test(s.end <= value.start ? question.slice(s.end, value.start) : question.slice(value.end, s.start));
  const values = entityIds(value.keys);
  // Only places: "la Maserati Grecale" names the model's brand beside it, which still says whose car is asked.
  const place = (id: string) => isPlaceType(lexicon.entities.get(id)?.type);
  return slots.filter((s) => s !== value && s.kind === "entity" && beside(s) && values.some((v) => entityIds(s.keys).some((other) => place(other) && nested(v, other))));
}

/** The entity ids among keys ("e:d_cassino" -> "d_cassino"). */
const entityIds = (keys: readonly string[]) => keys.filter((k) => k.startsWith("e:")).map((k) => k.slice(2));

const BESIDE = /^[\s,]*(?:(?:in|nel|nello|nella|negli)\s+|nell['’]\s*)?$/iu;

/** The question names a role ("il CEO", "the head of"): whoever is named beside it is asked to hold it. */
export function namesRole(u: Understanding, lexicon: Lexicon): boolean {
  return u.slots.some((s) => s.kind === "concept" && s.keys.some((k) => isRoleKey(k, lexicon)));
}

/** Does a stated place lie inside the asserted one, or around it? Undefined for neither, or no place. */
function placeNesting(phrase: string, slot: QuerySlot, lexicon: Lexicon): "inside" | "around" | undefined {
  const asked = entityIds(slot.keys);
  if (slot.kind !== "entity" || asked.length === 0) return undefined;
  const stated = analyze(phrase, "en", lexicon, { mode: "question" }).flatMap((x) => entityIds(x.keys));
  if (stated.some((id) => asked.includes(id))) return undefined;
  if (stated.some((id) => asked.some((a) => liesIn(lexicon, id, a)))) return "inside";
  return stated.some((id) => asked.some((a) => liesIn(lexicon, a, id))) ? "around" : undefined;
}

const SEGMENTS = segmentPattern(true);

/** The letter of a market segment a text names ("B-segment", "segmento C", "E segment"), lower case. */
function segmentLetter(text: string): string | undefined {
  for (const m of text.matchAll(SEGMENTS)) return /(?:^|[^\p{L}])([a-f])(?:[^\p{L}]|$)/iu.exec(m[0])?.[1]?.toLowerCase();
  return undefined;
}

/** The segment letter a question names around one of its slots ("the C-segment" around "segment"). */
function segmentAsked(question: string, slot: QuerySlot): string | undefined {
  if (slot.kind === "number") return undefined;
  for (const m of question.matchAll(SEGMENTS)) if (m.index <= slot.start && slot.end <= m.index + m[0].length) return segmentLetter(m[0]);
  return undefined;
}

/** The month a question's slot names ("April", "maggio"), if it is one. */
const monthAsked = (slot: QuerySlot) => (slot.kind === "concept" ? monthOf(slot.surface) : undefined);

/** Words before a month that make it the time asked about ("in April", "ad aprile", "a maggio"). */
const MONTH_BEFORE = /(?:^|[^\p{L}])(?:in|by|since|until|during|early|late|mid|a|ad|nel mese di|entro|fino a|da)\s+$/iu;

/** Words before a year that make it a time asked about ("in 2026", "entro il 2026"), not a label of a name. */
const TIME_BEFORE = /(?:^|[^\p{L}])(?:in|by|for|from|until|till|before|after|since|around|of|during|entro|nel|nell|del|dal|al|fino|prima|dopo|per|tra|fra|il|e|and|or|o)\s*['’]?\s*$/iu;

/** "a 2025 launch", "a 2026 debut": a year before an event is when it happens, not a label of the car. */
const EVENT_AFTER = /^\s+(?:launch|launches|debut|arrival|release|reveal|unveiling|introduction|premiere|rollout|return|start)\b/iu;

/** Is the year written as part of what the question is about ("the 2027 flagship"), a word after it and no time word before? */
function namesTheSubject(question: string, slot: QuerySlot): boolean {
  const after = question.slice(slot.end);
  return /^\s+\p{L}/u.test(after) && !EVENT_AFTER.test(after) && !TIME_BEFORE.test(question.slice(0, slot.start)) && slot.start > 0;
}

const MONEY = moneyPattern(true);

/** Is the number written as a sum of money in the question ("€3 million", "30 mila euro", "a profit of 300 million")? */
function writtenAsMoney(question: string, slot: QuerySlot): boolean {
  for (const m of question.matchAll(MONEY)) if (m.index <= slot.start && slot.end <= m.index + m[0].length) return true;
  return false;
}

/** The answer type a named thing is a value of ("Pomigliano" a place), if its kind has values. */
function valueType(slot: QuerySlot, lexicon: Lexicon): AnswerType | undefined {
  const entity = slot.keys.map((k) => lexicon.entities.get(k.slice(2))).find((e) => e !== undefined);
  const kind = entity?.type;
  // The vocabulary files segments with platforms; a segment frames a question ("la Cina è il
  // primo mercato per il segmento E"), it is not the value asked about.
  if (kind === "platform" && SEGMENT.test(entity?.name ?? "")) return undefined;
  if (kind === "place" || kind === "market") return "place";
  if (kind === "brand" || kind === "org") return "brand";
  return kind === "person" || kind === "model" || kind === "platform" ? kind : undefined;
}

/** Every way the asserted value may be written: its words, an entity's aliases, a number's forms. */
function spellings(slot: QuerySlot, lexicon: Lexicon): string[] {
  const out = new Set([fold(slot.surface)]);
  for (const k of slot.keys) {
    const entity = lexicon.entities.get(k.slice(2));
    if (entity) for (const a of [entity.name, ...entity.aliases]) out.add(fold(a));
  }
  return [...out];
}

/** Does a short answer state the asserted value ("Pomigliano d'Arco" for "Pomigliano")? */
export function states(phrase: string, slot: QuerySlot, lexicon: Lexicon): boolean {
  if (slot.kind === "number") {
    const n = slot.keys[0]?.slice(2);
    return tokenize(phrase).some((t) => t.isNumber && normaliseNumber(t.raw) === n);
  }
  // A month is stated in any of its names ("May 31" for "a maggio").
  const month = monthAsked(slot);
  if (month !== undefined) return monthOf(phrase) === month;
  const folded = fold(phrase);
  return spellings(slot, lexicon).some((s) => s.length > 1 && folded.includes(s));
}

/** Rank words, first to third: "the top market", "il primo mercato", "the second is China". */
const RANKS: readonly RegExp[] = [
  /\b(?:top|first|biggest|largest|leading|main|number\s+one|no\.?\s*1|primo|prima|principale|maggiore|numero\s+uno)\b/giu,
  /\b(?:second|secondo|seconda|number\s+two|numero\s+due)\b/giu,
  /\b(?:third|terzo|terza|number\s+three|numero\s+tre)\b/giu,
];
/** "second-largest", "secondo più grande": a superlative after an ordinal keeps the ordinal's rank. */
const AFTER_ORDINAL = /^(?:[\s-]+(?:piu\s+)?)$/u;
/** "among the top three", "tra i primi cinque": a group, not one rank. */
const TOP_GROUP = /\b(?:top|primi|prime)\s+(?:\d+|two|three|four|five|ten|due|tre|quattro|cinque|dieci)\b/u;

/** The rank a stretch of text gives, from its last rank word ("...the second is" gives 2), if any. */
function lastRank(text: string): number | undefined {
  const found: { at: number; end: number; rank: number }[] = [];
  RANKS.forEach((re, i) => {
    for (const m of text.matchAll(re)) found.push({ at: m.index, end: m.index + m[0].length, rank: i + 1 });
  });
  found.sort((a, b) => a.at - b.at);
  const kept = found.filter((f, i) => {
    const before = found[i - 1];
    return !(f.rank === 1 && before !== undefined && before.rank > 1 && AFTER_ORDINAL.test(text.slice(before.end, f.at)));
  });
  return kept.at(-1)?.rank;
}

/**
 * "Is China the top market?" "The first market ... is the US market, the second is China": the
 * quote gives the asserted value another rank than the question's, which is a no.
 */
export function ranksOtherwise(question: string, clause: string, slot: QuerySlot, lexicon: Lexicon): boolean {
  const q = fold(question);
  if (TOP_GROUP.test(q)) return false;
  const asked = lastRank(q);
  if (asked === undefined) return false;
  const folded = fold(clause);
  const at = Math.min(
    ...spellings(slot, lexicon)
      .filter((x) => x.length > 1)
      .map((x) => new RegExp(`(?<![\\p{L}\\d])${escape(x)}(?![\\p{L}\\d])`, "u").exec(folded)?.index ?? Infinity),
  );
  if (at === Infinity) return false;
  // The rank word right before the value ("the second is China"), within its own short phrase
  // (a hyphen joins "second-largest"), from a word's start.
  const from = Math.max(0, at - 24);
  const window = folded.slice(from, at).replace(from > 0 ? /^\S*\s/u : /^/u, "");
  const cut = window.search(/[,;:.–][^,;:.–]*$/u);
  const given = lastRank(cut >= 0 ? window.slice(cut) : window);
  return given !== undefined && given !== asked;
}

/** Does a finding give the day asked, in the year asked if one is (a phrase without a year takes its article's)? */
function sameDay(f: Finding, asked: DayOfMonth): boolean {
  const stated = dayOf(f.phrase as string);
  if (!stated || stated.month !== asked.month || stated.day !== asked.day) return false;
  const year = stated.year ?? impliedYear(f.phrase as string, f.citation.date);
  return asked.year === undefined || year === undefined || year === asked.year;
}

/** A question naming a month ("fine maggio 2024") is answered only by a date in that month. */
function sameMonth(phrase: string, question: string | undefined): boolean {
  const asked = question === undefined ? undefined : monthOf(question);
  return asked === undefined || asked === monthOf(phrase);
}

/**
 * A question putting its year as part of it ("in mid-2025") is answered only by a phrase
 * whose part of that year overlaps ("the end of 2025" does not; "summer 2025" and a bare
 * "2025" do). A deadline ("by the end of 2025") is met by any part that ends before it.
 */
function samePeriod(phrase: string, slot: QuerySlot, question: string | undefined): boolean {
  if (question === undefined || !isYear(slot)) return true;
  const year = slot.keys[0]?.slice(2) ?? "";
  const asked = periodOf(question, year);
  const stated = asked && periodOf(phrase, year);
  if (!asked || !stated) return true;
  // A stated deadline allows anything up to it: "by the end of 2025" may still be mid-2025.
  const from = stated.deadline ? 1 : stated.from;
  return asked.deadline ? stated.to <= asked.to : from <= asked.to && asked.from <= stated.to;
}

/** Does it state exactly that value and nothing more ("2026", not "between 2026 and 2028")? */
function statesOnly(phrase: string, slot: QuerySlot, lexicon: Lexicon): boolean {
  return states(phrase, slot, lexicon) && tokenize(phrase).filter((t) => t.isNumber).length <= 1;
}

/** A yes/no question's own number as it puts it ("more than 50,000"), and whether it asks about part of a period. */
export interface AskedAmount {
  amount: Amount;
  partial: boolean;
  /** A percentage is asked ("more than 50%"): only percentages answer it. */
  share: boolean;
}

/** How the question puts the number it asserts: "more than 50,000", "superato i 50.000", "80-90 thousand". */
export function askedAmount(question: string, slot: QuerySlot, language: Language, rules: YesNoRules): AskedAmount | undefined {
  if (slot.kind !== "number") return undefined;
  // "just three models?": a count written as a word is that number.
  const counted = countWord(fold(slot.surface));
  if (counted !== undefined) return { amount: pointAmount(counted), partial: false, share: false };
  // Follow-ups are answered as the question they stand for: find the number in this text.
  let at = question.slice(slot.start, slot.end) === slot.surface ? slot.start : question.indexOf(slot.surface);
  if (at < 0) return undefined;
  // The asserted slot may be a range's second number ("80-90"): read the range from its first.
  const tokens = tokenize(question);
  const i = tokens.findIndex((t) => t.start === at);
  const joined = [tokens[i - 1], tokens[i - 2]].find((t) => t?.isNumber);
  if (joined && /^\s*(?:[-–]|and|e|to|a)\s*$/iu.test(question.slice(joined.end, at))) at = joined.start;
  const number = tokens.find((t) => t.isNumber && t.start >= at);
  const share = number !== undefined && PERCENT_AFTER.test(question.slice(number.end));
  const amount = amountAt(question, at, rules, [language], share);
  return amount && { amount, partial: found(unhyphened(question), [rules.partial[language]]), share };
}

/**
 * What a finding says of the asked number, when its short answer starts with one: the amount
 * with the words around it in its clause ("already close to 50,000 orders"). A count for part
 * of the period asked about ("33,020 in the first half of 2025" for "in 2025") is a floor for
 * the whole; a planned number ("a target ... reaching 400,000") says nothing of what happened.
 */
function statedAmount(f: Finding, rules: YesNoRules, asked: AskedAmount, factual: boolean): Amount | "unsettled" | undefined {
  const phrase = f.phrase as string;
  const digit = phrase.search(/\d/u);
  // "With those four models": a count written as a word.
  const counted = digit < 0 ? countWord(fold(phrase.split(/\s+/u)[0] ?? "")) : undefined;
  if (counted !== undefined) return pointAmount(counted);
  if (digit < 0) return undefined;
  const inClause = f.clause.indexOf(phrase);
  const [text, at] = inClause >= 0 ? [f.clause, inClause + digit] : [phrase, digit];
  const amount = amountAt(text, at, rules, ["en", "it"], asked.share);
  if (!amount) return undefined;
  const lead = fold(text.slice(Math.max(0, at - 60), at + phrase.length - digit));
  const planned = found(lead, both(rules.projection));
  if (factual && planned) return "unsettled";
  // "a target ... reaching 400,000" names the target itself, not a floor: "Did he promise 500,000?" is a no.
  if (planned && amount.hi === Infinity && !amount.loOpen && !AT_LEAST_BEFORE.test(text.slice(0, at))) return { ...amount, hi: amount.lo, hiOpen: false };
  if (!asked.partial && found(unhyphened(f.clause), both(rules.partial))) return floorOf(amount);
  // "Already over 43,000 orders" is no "more than 50,000"; a plan's "at least 400,000" is a floor.
  return planned ? amount : justAbove(amount);
}

const pointAmount = (n: number): Amount => ({ lo: n, hi: n, loOpen: false, hiOpen: false, approximate: false });

/** Folded, with words joined by a hyphen apart: "first-half" is the "first half" the rules list. */
const unhyphened = (text: string) => fold(text).replace(/(?<=\p{L})-(?=\p{L})/gu, " ");

const PERCENT = /(?<![\d.,])\d[\d.,]*\s*(?:%|per\s*cento|percent|per\s+cent)(?![\p{L}])/giu;

/**
 * The findings with short answers in the asserted number's measure: "calate del 31%?" is judged
 * by percentages, and a clause giving "a 31% drop and just 4,254 registrations" answers with its
 * percentage (the asked one if it gives it), not the count. A clause with no percentage, or a
 * percentage asked as a count, has no short answer to judge (undefined): only its quote.
 */
export function sameMeasure(findings: readonly Finding[], slot: QuerySlot, question: string): Finding[] {
  if (slot.kind !== "number" || question.slice(slot.start, slot.end) !== slot.surface) return [...findings];
  const percent = PERCENT_AFTER.test(question.slice(slot.end));
  return findings.map((f) => {
    const digits = f.phrase === undefined ? null : /\d[\d.,]*/u.exec(f.phrase);
    if (!f.phrase || !digits || PERCENT_AFTER.test(f.phrase.slice(digits.index + digits[0].length)) === percent) return f;
    const stated = percent ? [...f.clause.matchAll(PERCENT)].map((m) => m[0]) : [];
    const asked = stated.find((p) => `n:${normaliseNumber(p.replace(/[^\d.,]+$/u, ""))}` === slot.keys[0]);
    return { ...f, phrase: asked ?? stated[0] };
  });
}

/** "a target of at least 400,000": a floor, even in a plan. */
const AT_LEAST_BEFORE = /(?:at least|no fewer than|minimum of|almeno|minimo)\s+$/iu;

/** Do two amounts differ only by a power of a thousand (3 and 3,000,000)? */
const sameDigits = (a: number, b: number) => a !== 0 && b !== 0 && [1e3, 1e6, 1e9].some((k) => a * k === b || b * k === a);

/**
 * The verdict from findings of the asserted type (best first, each dated): the value stated
 * (yes), only other values (no), or the value in one article and another in a later or
 * earlier one (changed). With `numbers`, a number is compared with the words around it.
 */
export function judgeValues(
  findings: readonly Finding[],
  slot: QuerySlot,
  lexicon: Lexicon,
  numbers?: { asked: AskedAmount; rules: YesNoRules; factual: boolean },
  question?: string,
  /** Whether a finding names what else the question names: only such a finding can show a change. */
  namesTheRest: (f: Finding) => boolean = () => true,
): Verdict {
  const stated = findings.filter((f) => f.phrase !== undefined);
  if (stated.length === 0) return null;
  const compared = (f: Finding): Verdict | "plain" => {
    if (!numbers) return "plain";
    const point = isPoint(numbers.asked.amount);
    // "Will it arrive in 2026?": a year is matched as written, so a change of date shows.
    if (point && isYear(slot)) return "plain";
    const s = statedAmount(f, numbers.rules, numbers.asked, numbers.factual);
    if (s === "unsettled") return null;
    if (!s) return point ? "plain" : null;
    // "55 Mila ordini" is 55,000 as much as "55,000 orders" is: the amounts compare, not their words.
    // A scale the words give that one reading missed ("€3m") leaves the words to judge.
    if (point && isPoint(s)) return s.lo === numbers.asked.amount.lo ? "yes" : sameDigits(s.lo, numbers.asked.amount.lo) ? "plain" : "no";
    return compareAmounts(s, numbers.asked.amount);
  };
  const results = stated.map((f) => ({ f, c: compared(f) }));
  // Amounts compared: the newest article's verdict, or a change when dated articles disagree.
  if (results[0]?.c !== "plain") {
    const settled = results.filter((r) => r.c !== "plain");
    const dates = (c: Verdict) => new Set(settled.filter((r) => r.c === c).map((r) => r.f.citation.date ?? ""));
    const [yes, no] = [dates("yes"), dates("no")];
    if (yes.size && no.size) return [...no].some((d) => !yes.has(d)) ? "changed" : null;
    const newest = [...settled].sort((a, b) => sortableDate(b.f.citation.date).localeCompare(sortableDate(a.f.citation.date)))[0];
    return (newest?.c ?? null) as Verdict;
  }
  // A month asked is judged only by phrases that give one: "2024" neither confirms nor denies April;
  // a day asked, only by phrases that give a day ("in June" neither confirms nor denies June 2).
  const byMonth = monthAsked(slot) !== undefined;
  const dayAsked = byMonth && question !== undefined ? dayOf(question) : undefined;
  const givesTime = (phrase: string) => (dayAsked ? dayOf(phrase) !== undefined : monthOf(phrase) !== undefined);
  const judgeable = results.filter((r) => r.c === "plain" && (!byMonth || givesTime(r.f.phrase as string))).map((r) => r.f);
  const dated = (f: Finding) => isYear(slot) && impliedYear(f.phrase as string, f.citation.date) === Number(slot.keys[0]?.slice(2)) && sameMonth(f.phrase as string, question);
  // A segment is its letter, however written ("C-segment", "segmento C").
  const letter = question === undefined ? undefined : segmentAsked(question, slot);
  // A place inside the asserted one states it ("Cassino" for "in Italy?"); one around it ("Italy"
  // for "in Piedimonte San Germano?") neither states nor contradicts it.
  const nesting = (f: Finding) => placeNesting(f.phrase as string, slot, lexicon);
  const says = (f: Finding) =>
    dayAsked ? sameDay(f, dayAsked) : letter !== undefined ? segmentLetter(f.phrase as string) === letter : states(f.phrase as string, slot, lexicon) || nesting(f) === "inside";
  const plain = judgeable.filter((f) => nesting(f) !== "around");
  const matching = plain.filter((f) => (says(f) || dated(f)) && samePeriod(f.phrase as string, slot, question));
  if (matching.length === 0) return plain.length ? "no" : null;
  const exact = matching.filter((f) => (letter !== undefined ? says(f) : statesOnly(f.phrase as string, slot, lexicon)) || dated(f));
  // "Davide Mele ... this choice will allow..." says nothing of who chose Imparato: another value shows a change only of the same things.
  const others = plain.filter((f) => !exact.includes(f) && namesTheRest(f));
  const dates = (list: readonly Finding[]) => new Set(list.map((f) => f.citation.date ?? ""));
  if (exact.length && others.length && [...dates(others)].some((d) => !dates(exact).has(d))) return "changed";
  return "yes";
}

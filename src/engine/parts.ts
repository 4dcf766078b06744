/**
 * Two questions in one: "When does the new Giulia arrive and which platform will it use?",
 * "Where are the Stelvio and the Junior built?". Each part is answered on its own, in the
 * order asked, and the answer says which part the articles do not cover.
 */
import type { Vocabulary } from "../corpus/schema.js";
import type { Lexicon } from "../text/lexicon.js";
import { fold, tokenize, type Token } from "../text/normalize.js";
import type { Language } from "../types.js";
import type { QuerySlot } from "./understand.js";

/** Folded question words and joiners, per language, and the words that point back to the first part's time. */
export interface PartRules {
  questionWords: Record<Language, ReadonlySet<string>>;
  joiners: Record<Language, ReadonlySet<string>>;
  sameTime: Record<Language, readonly string[]>;
  /** The verbs a question opens its predicate with ("were", "sono"): the vocabulary's yes/no openers. */
  auxiliaries: Record<Language, ReadonlySet<string>>;
  /** Words for a company ("brand", "marchio"): "the brand" names the second part's own subject. */
  orgWords: ReadonlySet<string>;
}

/** What a part's names are asked for: any, people's, places' (with markets), or the corpus's own brand's. */
export type NamedKind = "person" | "place" | "brand";

/** The rules from the vocabulary; question words come compiled with the lexicon, once. */
export function compilePartRules(v: Vocabulary, lexicon: Lexicon): PartRules {
  const set = (list: readonly string[]) => new Set(list.map(fold));
  const words = (list: readonly string[]) => list.map((w) => tokenize(w).map((t) => t.norm).join(" ")).filter(Boolean);
  return {
    questionWords: lexicon.questionWordsOf,
    joiners: { en: set(v.parts.joiners.en), it: set(v.parts.joiners.it) },
    sameTime: { en: words(v.parts.sameTime.en), it: words(v.parts.sameTime.it) },
    auxiliaries: { en: set(v.yesNo.openers.en), it: set(v.yesNo.openers.it) },
    orgWords: set([...v.discovery.orgWords.en, ...v.discovery.orgWords.it]),
  };
}

const years = (text: string) => tokenize(text).filter((t) => t.isNumber && /^(?:19|20)\d{2}$/.test(t.norm)).map((t) => t.raw);

/** "...and how many did it sell that year?": the first part's years, when the second points back to them. */
function timeCarried(first: string, second: string, language: Language, rules: PartRules): string[] {
  const words = ` ${tokenize(second).map((t) => t.norm).join(" ")} `;
  const pointsBack = rules.sameTime[language].some((p) => words.includes(` ${p} `));
  return pointsBack && years(second).length === 0 ? years(first) : [];
}

/** Two questions split from one. */
export interface Clauses {
  /** The two questions, the second with what it carries from the first ("(Giulia)"). */
  texts: [string, string];
  /** The second as written, when it carried names: what to ask if the carried names find nothing. */
  uncarried?: string;
  /** The second asks the first's question of another ordinal ("...e qual è il secondo?"). */
  ordinal?: true;
}

const ARTICLE = new Set(["the", "its", "il", "lo", "la", "l", "suo", "sua"]);

/** Definite articles: a part that has one names its own subject ("the plan", "la sede"). */
const DEFINITE = new Set([...ARTICLE, "their", "i", "gli", "le", "loro"]);

/** Question words that ask which one of a kind, the kind named right after ("quale concessionaria", "which plant"). */
const WHICH = new Set(["which", "what", "quale", "quali", "qual"]);

/** The kind of thing a part asks for ("Quale concessionaria ha visitato...?" -> "concessionaria"), if it names one. */
function kindAsked(part: string, language: Language, rules: PartRules): string | undefined {
  const tokens = tokenize(part);
  const [which, noun] = [tokens[0], tokens[1]];
  if (!which || !noun || !WHICH.has(which.norm) || noun.isNumber || noun.raw !== noun.raw.toLowerCase() || noun.norm.length < 4) return undefined;
  // "What is...", "Quale è...": an auxiliary, not a kind.
  return rules.auxiliaries[language].has(noun.norm) || rules.questionWords[language].has(noun.norm) ? undefined : noun.raw;
}

/** A pronoun for a thing: "it" in the second part points back to what the first part asks about. */
const POINTS_TO_THING: Record<Language, RegExp> = {
  en: /(?<![\p{L}])(?:it|its)(?![\p{L}])/iu,
  it: /(?<![\p{L}])(?:esso|essa)(?![\p{L}])/iu,
};

/** The noun a part asks about after its article ("where is the dealership Imparato visited...?" -> "dealership"). */
function subjectNoun(part: string): string | undefined {
  const tokens = tokenize(part).slice(0, 5);
  const at = tokens.findIndex((t) => ARTICLE.has(t.norm));
  const noun = at < 0 ? undefined : tokens[at + 1];
  return noun && !noun.isNumber && noun.raw === noun.raw.toLowerCase() && noun.norm.length >= 4 ? noun.raw : undefined;
}

/** "the brand", "il marchio": a company named by an article and a word for one (not "which brand", which asks for it). */
function namesTheCompany(part: string, rules: PartRules): boolean {
  const tokens = tokenize(part);
  return tokens.some((t, i) => i > 0 && rules.orgWords.has(t.norm) && ARTICLE.has((tokens[i - 1] as Token).norm));
}

/** Question words that open a second question after a bare comma; never relative pronouns. */
const OPENS_A_QUESTION = new Set(["when", "where", "why", "how", "what", "quando", "dove", "perche", "perché", "quanto", "quanti", "quante", "quanta", "qual", "quale", "quali", "cosa"]);

/** A personal pronoun in a part: it points back to a person the part before names. */
const POINTS_TO_PERSON: Record<Language, RegExp> = {
  en: /(?<![\p{L}])(?:he|she|him|his|her)(?![\p{L}])/iu,
  it: /(?<![\p{L}])(?:lui|lei|egli|ella)(?![\p{L}])/iu,
};

/** A pronoun for things in a part that names something else too: "...and which Maserati will join them?". */
const POINTS_TO_THINGS: Record<Language, RegExp> = {
  en: /(?<![\p{L}])(?:them|they|their|theirs)(?![\p{L}])/iu,
  it: /(?<![\p{L}])(?:loro|essi|esse)(?![\p{L}])/iu,
};

/** Does the text open with an auxiliary, of one word ("will") or more ("ci sarà", "is there")? */
function opensWithAuxiliary(text: string, auxiliaries: ReadonlySet<string>): boolean {
  const folded = fold(text);
  for (const a of auxiliaries) if (folded.startsWith(a) && !/\p{L}/u.test(folded.charAt(a.length))) return true;
  return false;
}

/**
 * Splits "X, and where/when/who Y" where a joiner is followed by a question word and the
 * text before it asks something too; the second part keeps the first part's named things
 * ("...and which platform will it use?" is about the Giulia), and its year when it points
 * back to it ("...and how many did it sell that year?"); a bare "..., and when?" asks the
 * first part's question with the new question word. `named` lists the names a part gives
 * (with a kind, only people's or places').
 */
export function splitClauses(text: string, language: Language, rules: PartRules, named: (part: string, kind?: NamedKind) => string[]): Clauses | undefined {
  const tokens = tokenize(text);
  const asks = (from: number, to: number) => tokens.slice(from, to).some((t) => rules.questionWords[language].has(t.norm));
  for (let i = 1; i + 1 < tokens.length; i++) {
    const joiner = tokens[i] as (typeof tokens)[number];
    // "e in quale stabilimento?", "and for which market?", "e fino a quando?": short prepositions may come first.
    // "Where is the Stelvio built? And when...?", "...di Cassino? E quanti anni...?": two questions in one message.
    const afterQuestion = /\?\s*$/u.test(text.slice(0, joiner.start)) && (asks(0, i) || opensWithAuxiliary(text, rules.auxiliaries[language]));
    const afterComma = afterQuestion || /,\s*$/u.test(text.slice(0, joiner.start));
    // "Alfa punterà sui SUV o sulle berline, e quanti anni...?", "Is it built in Cassino, and when...?": a yes/no
    // first part asks too, by an opening auxiliary or, in Italian, by intonation; only before a comma and a joiner
    // ("prima degli stabilimenti, dove era andato...?" opens with a lead-in, not a question).
    const asksBefore = asks(0, i);
    const firstAsks = asksBefore || (afterComma && i >= 3 && (language === "it" || rules.auxiliaries[language].has(tokens[0]?.norm ?? "")));
    // After a comma the second part may open with its topic: ", and owners of which old Alfas is it...?".
    const lead = afterComma ? isLowerWord : isShortLowerWord;
    const wordAt = [i + 1, i + 2, i + 3].find((j) => rules.questionWords[language].has(tokens[j]?.norm ?? "") && tokens.slice(i + 1, j).every(lead)) ??
      // "who heads alfa in north america, and will the US plant be built from scratch?": a yes/no second part, after a comma.
      (afterComma && opensWithAuxiliary(text.slice(tokens[i + 1]?.start ?? text.length), rules.auxiliaries[language]) ? i + 1 : undefined);
    // "Chi presenterà il piano, quando è atteso?": a comma alone joins a second question that opens with its question word.
    // Only words that open a question: "che", "come", "which", "who" after a comma are relative ("..., che ha lanciato la Junior?").
    const commaJoined =
      (afterComma && OPENS_A_QUESTION.has(joiner.norm) && i >= 3 && tokens.length - i >= 2 && asksBefore) ||
      // After a question mark any question opens the second part: "...built? Will it arrive in 2026?".
      // ("E quanti...?" is joined by "e", though a folded "è" would open it as an auxiliary.)
      (afterQuestion && !rules.joiners[language].has(joiner.norm) && (rules.questionWords[language].has(joiner.norm) || opensWithAuxiliary(text.slice(joiner.start), rules.auxiliaries[language])));
    // "segmento E e qual è...": a capital "E" is a name's letter, not the joiner (but a question's first word is capital).
    const lowerOrOpening = joiner.raw === joiner.raw.toLowerCase() || afterQuestion;
    if (!commaJoined && (!rules.joiners[language].has(joiner.norm) || !lowerOrOpening || wordAt === undefined || !(firstAsks || afterQuestion))) continue;
    const next = commaJoined ? joiner : (tokens[i + 1] as (typeof tokens)[number]);
    let first = text.slice(0, joiner.start).replace(/[\s,;]+$/u, "");
    let second = text.slice(next.start);
    // "When and where will Stellantis present its plan?": a bare first question word asks the second part's question.
    if (tokenize(first).every((t) => rules.questionWords[language].has(t.norm))) first = `${first} ${withoutQuestionWord(second, language, rules)}`;
    first = withSharedPredicate(first, second, language, rules);
    // "qual è il primo mercato ... e qual è il secondo?": the first part's question, of the other one.
    const other = ofAnotherOrdinal(first, second);
    if (other) return { texts: [first.endsWith("?") ? first : `${first}?`, other], ordinal: true };
    // "Who set the 400,000 target, and when?": the bare question word asks about the first part.
    const bare = isBare(second, language, rules);
    if (bare) second = `${second.replace(/[?\s]+$/u, "")} ${withoutQuestionWord(first, language, rules)}?`;
    const own = named(second);
    // "..., e quanti anni di storia ha il marchio?": "the brand" is the part's own subject, not the first part's car.
    // "Who is Davide Mele and what did he say the platform will allow?": "he" is the first part's person, whatever else the second names.
    // Italian drops the pronoun: "Chi è Davide Mele e cosa ha detto della piattaforma?" asks what Mele said.
    // A subject of its own comes with an article ("how often does the plan say..."): then it asks about that.
    const subjectless = !tokenize(second).some((t) => DEFINITE.has(t.norm));
    const pointsToPerson = POINTS_TO_PERSON[language].test(second) || (language === "it" && /^\s*chi\b/iu.test(first) && subjectless);
    // "...e in quale località si trova quello stabilimento?": the plant the first part names, not its cars.
    const plantOnly = own.length === 0 && POINTS_TO_PLANT.test(second) ? named(first, "place") : [];
    const names =
      plantOnly.length > 0
        ? plantOnly
        : own.length === 0 && !namesTheCompany(second, rules) && (named(second, "brand").length === 0 || POINTS_TO_PLACE.test(second))
          ? subjectsOf(first, language, rules, named)
          : pointsToPerson && named(second, "person").length === 0
            ? named(first, "person")
            : POINTS_TO_THINGS[language].test(second)
              ? subjectsOf(first, language, rules, named).filter((n) => !own.includes(n))
              : [];
    // "Quale concessionaria ha visitato Imparato e quante auto vende?": with no subject of its own, the second
    // part asks about what the first asks for (the dealer), not about the names the first gives.
    // "where is the dealership Imparato visited, and how many cars does it sell?": "it" is the dealership.
    const kind = own.length === 0 && subjectless && !bare ? (kindAsked(first, language, rules) ?? (POINTS_TO_THING[language].test(second) ? subjectNoun(first) : undefined)) : undefined;
    const carried = [...(kind ? [kind] : []), ...names, ...timeCarried(first, second, language, rules)];
    // "...and how many does it aim to sell there?" points back at the first part's place: without it, it asks another question.
    // Asked of the first part's kind, the second never stands alone: "quante auto vende?" is the dealer's, not the brand's.
    const uncarried = names.length > 0 && !bare && !kind && !POINTS_TO_PLACE.test(second) ? second : undefined;
    if (carried.length) second = `${second.replace(/[?\s]+$/u, "")} (${carried.join(", ")})?`;
    return { texts: [first.endsWith("?") ? first : `${first}?`, second], ...(uncarried === undefined ? {} : { uncarried }) };
  }
  return undefined;
}

/**
 * The names a second part's pronoun may point back to: "Is the Giulia built in Cassino, and when
 * will it arrive?" asks when the Giulia arrives; a yes/no part's place is what it asserts, not its subject.
 */
function subjectsOf(first: string, language: Language, rules: PartRules, named: (part: string, kind?: NamedKind) => string[]): string[] {
  const all = named(first);
  if (!opensWithAuxiliary(first, rules.auxiliaries[language])) return all;
  const places = new Set(named(first, "place"));
  const subjects = all.filter((n) => !places.has(n));
  return subjects.length ? subjects : all;
}

/**
 * "how many Tonales and how many Giulias were registered in Italy?": a first part that is only
 * question words and a short name ("how many Tonales") asks the second part's predicate too.
 */
function withSharedPredicate(first: string, second: string, language: Language, rules: PartRules): string {
  const asks = (t: { norm: string }) => rules.questionWords[language].has(t.norm);
  const own = tokenize(first);
  const at = own.findIndex((t) => !asks(t));
  const rest = at < 0 ? [] : own.slice(at);
  if (at <= 0 || rest.length > 3 || rest.some((t) => asks(t) || rules.auxiliaries[language].has(t.norm))) return first;
  const theirs = tokenize(second);
  const from = theirs.findIndex((t, i) => i > 0 && !asks(theirs[i - 1] as Token) && rules.auxiliaries[language].has(t.norm));
  if (!asks(theirs[0] as Token) || from < 0) return first;
  return `${first} ${second.slice((theirs[from] as Token).start).replace(/[?\s]+$/u, "")}`;
}

type Word = { raw: string; norm: string; isNumber?: boolean };
/** "owners", "of": a lowercase word, no number and no name. */
const isLowerWord = (t: Word) => !t.isNumber && t.raw === t.raw.toLowerCase();
/** "in", "for", "since", "fino", "a": a short lowercase word, such as a preposition before a question word. */
const isShortLowerWord = (t: Word) => t.norm.length <= 5 && isLowerWord(t);

/** "when", "since when", "e da quanto tempo": question words alone, perhaps after a preposition or two, perhaps asking time. */
function isBare(part: string, language: Language, rules: PartRules): boolean {
  const tokens = tokenize(part);
  const asks = (t: { norm: string }) => rules.questionWords[language].has(t.norm);
  const at = tokens.findIndex(asks);
  return at >= 0 && at <= 2 && tokens.slice(0, at).every(isShortLowerWord) && tokens.slice(at).every((t) => asks(t) || TIME_WORDS.has(t.norm));
}

const TIME_WORDS = new Set(["time", "tempo"]);

const ORDINAL = "first|second|third|fourth|fifth|last|prim[oa]|second[oa]|terz[oa]|quart[oa]|quint[oa]|ultim[oa]";
// "qual è il secondo?", "and which is the second one?", "which the second?": question words, an article, the ordinal.
const ORDINAL_ALONE = new RegExp(
  `^(?:(?:which|what|qual|quale|quali)\\s+(?:(?:is|are|was|were|è|e['’]|sono|era)\\s+)?)?(?:the\\s+|il\\s+|la\\s+|lo\\s+|l['’]\\s*)?(${ORDINAL})\\s*(?:one\\s*)?\\??$`,
  "iu",
);
// After an article: "il primo mercato", not "Secondo Imparato" (according to him).
const ORDINAL_WORD = new RegExp(`\\b(the|il|la|l['’])(\\s*)(?:${ORDINAL})\\b`, "iu");

/** An Italian ordinal given the ending of the one it replaces ("secondo" for "prima" is "seconda"). */
function sameEnding(ordinal: string, replaced: string): string {
  const end = /[oa]$/iu.exec(replaced)?.[0];
  return end !== undefined && /[oa]$/iu.test(ordinal) ? `${ordinal.slice(0, -1)}${end}` : ordinal;
}

/**
 * "qual è il primo mercato al mondo per il segmento E e qual è il secondo?", "which is the first
 * market, and which the second?": a second part that is only an ordinal asks the first part's
 * question with that ordinal. Undefined when the second part says more.
 */
function ofAnotherOrdinal(first: string, second: string): string | undefined {
  const m = ORDINAL_ALONE.exec(second.trim());
  if (!m || !ORDINAL_WORD.test(first)) return undefined;
  // "la prima" asks of "la seconda": the Italian ending follows the first part's noun.
  const swapped = first.replace(ORDINAL_WORD, (whole: string, article: string, gap: string) => `${article}${gap}${sameEnding(m[1] as string, whole)}`);
  return `${swapped.replace(/[?\s]+$/u, "")}?`;
}

/** "that plant", "quello stabilimento": the second part points back to the plant the first names. */
const POINTS_TO_PLANT = /\b(?:that|this|the same)\s+(?:plant|factory|site)\b|(?<![\p{L}])(?:quell[oa]|quest[oa]|lo stesso|la stessa)\s+(?:stabilimento|fabbrica|impianto|sito)(?![\p{L}])/iu;

/** "there", "lì", "là" standing for a place ("sell there"), not the existential "are there", "has there been", "there's", nor "al di là". */
const POINTS_TO_PLACE =
  /\b(?<!\b(?:are|is|were|was|be|been|has|have|had|would|could|should|might|will)\s+)there\b(?!\s*(?:['’]s|are|is|were|was|will|would|could|may|might|be|been|have|has|remain)\b)|(?<![\p{L}])(?<!\b(?:di|in)\s+)(?:lì|là)(?![\p{L}])/iu;

/** "Who set the 400,000 target" -> "set the 400,000 target": the question without its opening question words. */
function withoutQuestionWord(question: string, language: Language, rules: PartRules): string {
  const tokens = tokenize(question);
  const rest = tokens.findIndex((t) => !rules.questionWords[language].has(t.norm));
  return rest < 0 ? "" : question.slice((tokens[rest] as { start: number }).start).replace(/[?\s]+$/u, "");
}

/**
 * Splits "the Stelvio and the Junior" in a question into one question per named thing,
 * when both are of the same kind (two models, two places): "Where is the Stelvio built?".
 */
export function splitCoordinated(
  text: string,
  slots: readonly QuerySlot[],
  typeOf: (s: QuerySlot) => string | undefined,
  rules: PartRules,
  language: Language,
): { questions: string[]; names: [string, string] } | undefined {
  const named = withMakers(text, slots.filter((s) => s.kind === "entity" && !s.generic && typeOf(s) !== undefined), typeOf);
  for (let i = 0; i + 1 < named.length; i++) {
    const a = named[i] as Named;
    // "the US E-SUV": a name of another kind right before the second says which one; it goes with it.
    let j = i + 1;
    while (j + 1 < named.length && (named[j] as Named).type !== a.type && /^\s+$/u.test(text.slice((named[j] as Named).end, (named[j + 1] as Named).start))) j++;
    const b = named[j] as Named;
    if (a.type !== b.type) continue;
    const bFrom = (named[i + 1] as Named).start;
    // "the Tonale successor and...": a word for which car of the name's line stays with the name.
    const tail = slots.find((s) => s.start > a.end && s.start < bFrom && s.keys.some((k) => DESCRIBES_A_CAR.has(k)) && /^\s+$/u.test(text.slice(a.end, s.start)));
    const aEnd = tail?.end ?? a.end;
    const between = tokenize(text.slice(aEnd, bFrom)).map((t) => t.norm);
    const joined = between.length >= 1 && rules.joiners[language].has(between[0] as string) && between.slice(1).every((w) => w.length <= 3);
    // "tra la Junior e la Tonale", "between X and Y": one span between the two, not two questions.
    if (!joined || BETWEEN_BEFORE.test(text.slice(0, a.start))) continue;
    const before = text.slice(0, a.start);
    const after = text.slice(b.end);
    const first = text.slice(a.start, aEnd);
    const second = text.slice(bFrom, b.end);
    return { questions: [`${before}${first}${after}`, `${before}${second}${after}`], names: [a.name, b.name] };
  }
  return undefined;
}

/** Words that say which car of a name's line is meant ("successor", "facelift"): they stay with the name. */
const DESCRIBES_A_CAR: ReadonlySet<string> = new Set(["c:successor", "c:facelift", "c:twin"]);

const BETWEEN_BEFORE = /\b(?:between|tra|fra)\s+(?:(?:the|la|il|lo|l['’]|le|i|gli)\s*)?$/iu;

interface Named {
  start: number;
  end: number;
  /** As the question writes it, maker included ("the Maserati Grecale"): what each part asks about. */
  surface: string;
  /** The thing's own name ("Grecale"): what a quote naming the two together writes. */
  name: string;
  type: string | undefined;
}

/**
 * The named things in order, a maker written right before its model taken with it: "the Tonale
 * and the Maserati Grecale" joins two models, not a model and a brand.
 */
function withMakers(text: string, named: readonly QuerySlot[], typeOf: (s: QuerySlot) => string | undefined): Named[] {
  const out: Named[] = [];
  for (let i = 0; i < named.length; i++) {
    const a = named[i] as QuerySlot;
    const b = named[i + 1];
    const maker = typeOf(a) === "brand" || typeOf(a) === "org";
    if (maker && b && typeOf(b) === "model" && /^\s+$/u.test(text.slice(a.end, b.start))) {
      out.push({ start: a.start, end: b.end, surface: text.slice(a.start, b.end), name: b.surface, type: "model" });
      i++;
    } else out.push({ start: a.start, end: a.end, surface: a.surface, name: a.surface, type: typeOf(a) });
  }
  return out;
}

/** True when a quote names the two together ("Giulia and Stelvio", "Giulia e Stelvio"): it speaks of them as one. */
export function namesTogether(quote: string, names: readonly [string, string], rules: PartRules): boolean {
  const tokens = tokenize(quote);
  const [a, b] = names.map((n) => tokenize(n).map((t) => t.norm).join(" "));
  for (let i = 0; i < tokens.length; i++) {
    const rest = (from: number, n: number) => tokens.slice(from, from + n).map((t) => t.norm).join(" ");
    const aLen = (a ?? "").split(" ").length;
    if (rest(i, aLen) !== a) continue;
    let j = i + aLen;
    // Articles quote either language, whatever the question's: any joiner joins.
    if (!rules.joiners.en.has(tokens[j]?.norm ?? "") && !rules.joiners.it.has(tokens[j]?.norm ?? "")) continue;
    j++;
    if ((tokens[j]?.norm.length ?? 9) <= 3 && rest(j, 1) !== b) j++;
    if (rest(j, (b ?? "").split(" ").length) === b) return true;
  }
  return false;
}

/**
 * Extraction: the short direct answer ("Cassino", "Carlos Tavares", "between 2026 and
 * 2028") pulled from the clause of a quote that answers the question, so the user reads
 * the fact first and the evidence after. Among several candidates the one standing
 * closest to the question's own words wins: "the Tonale ... assembled in Pomigliano".
 */
import type { AnswerType } from "../corpus/schema.js";
import type { Slot } from "../text/analyze.js";
import type { Lexicon } from "../text/lexicon.js";
import { normaliseNumber } from "../text/normalize.js";
import { NUMBER_WORD } from "../text/numerals.js";
import { opensPointingBack } from "../text/anaphora.js";
import { frequencyPattern, joinsListItems, moneyPattern, segmentPattern, SIGNED_MONEY_SOURCE, venuesIn, WORDED_MONEY_SOURCE } from "../text/patterns.js";
import type { IndexedSentence } from "./corpus-index.js";
import { perSentence } from "./per-sentence.js";
import { BARE_MONTH, DAY_OF_MONTH, MONTHS_EN, MONTHS_IT, MORE_BEFORE_UNIT, NUMBER_WORDS, PART_OF_YEAR, RELATIVE_PERIOD, TIME_UNITS } from "./features.js";
import { answersWhere, asksForMarkets, placeAsAName, asksForTown, describes, powertrainCandidates, namedMarkets, asksAboutYears, roleKeysOf, namedPeople } from "./answer-types.js";
import { instalmentUnasked, otherKindOfAmount } from "./amount-kinds.js";
import { changedFrom, dayOfMonth, differenceUnasked, negatedPlace, ORDINAL_AFTER, specOfAnotherCar, takenOffUnasked, type Span } from "./figure-context.js";
import { modelFitsAsked, namesAMaker, personFits } from "./places.js";
import { heirBefore } from "./sentence-names.js";
import { comparedAt, comparisonsIn, inComparison } from "./comparisons.js";
import { FOLLOWED_BY_TIME_UNIT, LENGTH_UNITS, measuresLength, measuresWhatIsAsked, UNTIL } from "./measures.js";
import { queryKeys } from "./query-keys.js";
import type { Understanding } from "./understand.js";

import { entityCandidates, type Candidate } from "./entity-candidates.js";

// Boundaries between parts of a sentence that talk about different things: list items,
// contrastive joints and a parenthesis that contrasts ("(unlike the Milano, which will be
// assembled in Poland)", not "(production will run until 2027)"). A colon only elaborates, so it does not split.
const CONTRAST = String.raw`(?:unlike|while|whereas|except|rather\s+than|instead\s+of|a\s+differenza|diversamente|invece|mentre|tranne)\b`;
const CLAUSE_BREAK = new RegExp(
  String.raw`;|\s[–—]\s|\s\((?=${CONTRAST}[^()]*\))|\)(?<=\(${CONTRAST}[^()]*\))|,\s(?=(?:while|whereas|but|although|mentre|ma|però)\b)|\s(?=(?:e|ed|and)\s+(?:che|which)\s)`,
  "giu",
);

/** The clause of a text that holds a span (see {@link clausesOf}). */
function clauseFinder(text: string): (x: Span) => Span | undefined {
  const clauses = clausesOf(text);
  return (x) => clauses.find((c) => within(x, c));
}

function clausesOf(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  for (const m of text.matchAll(CLAUSE_BREAK)) {
    const end = m.index ?? 0;
    if (end > start) out.push({ start, end });
    start = end + m[0].length;
  }
  out.push({ start, end: text.length });
  return out;
}

/**
 * A place written as where another named thing is ("il Museo Storico Alfa Romeo di Arese", "the
 * Ferrari Museum in Maranello"): that thing's place, not the asked one's, unless the question names it.
 */
function ofAnotherName(sentence: IndexedSentence, c: Candidate, u: Understanding): boolean {
  const at = sentence.slots.findLastIndex((x) => x.end <= c.start);
  const before = sentence.slots[at];
  if (!before || !/^\s+(?:di|of|in|a)\s+$/iu.test(sentence.text.slice(before.end, c.start))) return false;
  // "la concessionaria Eco Liri di San Giorgio a Liri", asked where the dealer is: the name is the asked thing's own.
  const called = sentence.slots[at - 1];
  const asked = u.slots.flatMap((q) => (q.kind === "concept" ? q.keys : []));
  if (called && /^\s+$/u.test(sentence.text.slice(called.end, before.start)) && called.keys.some((k) => asked.includes(k))) return false;
  return /^\p{Lu}/u.test(before.surface) && before.kind === "entity" && !before.keys.some((k) => u.named.has(k)) && !before.keys.some((k) => k.startsWith("c:"));
}

const GENERIC_UNIT = "c:unit";
const SHARE = "c:share";
/** The concepts of a change, which a percentage measures ("growth", "calo"). */
const CHANGES = new Set(["c:growth", "c:drop"]);
const PERCENTAGE = /%|\bper\s?cent\b|\bpercent|\bper\s+cento\b/iu;
const within = (x: Span, c: Span) => x.start >= c.start && x.end <= c.end;
const YEAR = /^(?:19|20)\d{2}$/;
// Longest first: "the third quarter of 2027" and "May 21, 2026" are one period, one date.
const TIME = new RegExp(
  `(?:(?:in\\s+the\\s+)?(?:coming|next|following)\\s+(?:days|weeks|months|years)|(?:nelle\\s+|nei\\s+)?prossim[ei]\\s+(?:giorni|settimane|mesi|anni)|(?:between|tra|fra)\\s+(?:il\\s+)?(?:19|20)\\d{2}\\s+(?:and|e)\\s+(?:il\\s+)?(?:19|20)\\d{2}|(?:from|dal)\\s+(?:19|20)\\d{2}\\s+(?:to|until|through|al)\\s+(?:19|20)\\d{2}|${PART_OF_YEAR}|(?:${DAY_OF_MONTH})(?:,?\\s+(?:19|20)\\d{2})?|(?:${MONTHS_EN}|${MONTHS_IT})\\s+(?:(?:of|del)\\s+)?(?:19|20)\\d{2}|(?:19|20)\\d{2}|${RELATIVE_PERIOD}|${BARE_MONTH})\\b`,
  "giu",
);
const A_DAY = new RegExp(`^(?:${DAY_OF_MONTH})`, "iu");
// "until at least August 29", "fino ad almeno settembre": a floor on the date still says until when.
const UNTIL_BEFORE = /(?:\bfino\s+(?:a(?:l(?:la|l['’])?|i|gli|d)?)|\buntil|\btill|\bthrough|\bthru)\s*(?:at\s+least\s+|(?:ad\s+)?almeno\s+)?(?:(?:the\s+)?end\s+of\s+|(?:la\s+)?fine\s+(?:del(?:l['’])?\s*)?)?$/iu;
/** A time that names the part of a year asked for: a quarter ("Q2", "secondo trimestre", "the first half"), or a month. */
const NAMES_PART = {
  quarter: /\b(?:quarters?|trimestr[ei]|semestr[ei]|half|Q[1-4])\b/iu,
  month: new RegExp(`\\b(?:${MONTHS_EN}|${MONTHS_IT})\\b`, "iu"),
};
const TIME_UNIT_WORD = new RegExp(`\\b(?:${TIME_UNITS})\\b`, "iu");
const UNIT =
  `(?:(?:annual|yearly|new|additional|more|extra|annue|nuovi|altri)\\s+)?(?:cars?|vehicles?|units?|orders?|registrations?|sales|models?|customers|euros?|dollars|auto|vetture|unità|esemplari|pezzi|examples|ordini|immatricolazioni|vendite|modell[oi]|percent|per\\s?cent|per\\s+cento|percentage\\s+points?|punti\\s+percentuali|(?:billion|million|miliardi|milioni)(?:\\s+(?:of\\s+)?(?:euros?|dollars|di\\s+euro|di\\s+dollari))?|${LENGTH_UNITS}|miles|horsepower|bhp|hp|ps|cavalli|cv|kw|kwh|volts?|v|g\\/km|employees|workers|dipendenti|lavoratori|jobs|posti\\s+di\\s+lavoro)(?![\\p{L}\\d])`;
const COUNT = `(?:${NUMBER_WORDS}|one|a single|uno|una)`;
/** A measure's unit right after a figure ("2.0-litre", "2.9L", "442 lb-ft"): a spec, never a count. */
const MEASURE_AFTER = /^(?:-|\s)?(?:litres?|liters?|litri|l|cc|kg|nm|lb-ft|mph|km\/h|rpm|seconds?|secondi|sec)(?![\p{L}])/iu;
// "a 2.0-litre", "2.9 V6", "a 2.0 turbo": an engine's size counts no cars, whatever the question counts.
const ENGINE_SIZE_AFTER = /^(?:-|\s)?(?:litres?|liters?|litri|l|cc|[vlwh]-?\d{1,2}|turbo|bi-?turbo)(?![\p{L}])/iu;
/** Units that spec sheets write onto the figure ("460kW", "620hp"): the unit belongs in the answer. Not "150km/h", a speed. */
const GLUED_UNITS = "(?:kwh|kw|bhp|hp|ps|cv|km(?!\\s*\\/\\s*h))(?![\\p{L}])";
const CHANGE = "(?:drop|fall|decline|rise|increase|growth|jump|calo|crescita|aumento)";
// "nearly 4%", "roughly 35% to 40%": the words that hedge an amount belong to it (a range of
// percentages is one amount; "from 150 to 110" is a change, read elsewhere).
const APPROXIMATELY = "(?:(?:about|around|roughly|nearly|almost|close to|over|more than|at least|up to|between|circa|oltre|quasi|più di|almeno|tra)\\s+)?";
const QUANTITY = new RegExp(
  `${SIGNED_MONEY_SOURCE}|${WORDED_MONEY_SOURCE}|${APPROXIMATELY}\\d[\\d.,]*\\d(?:\\s*%)?(?:\\s+(?:and|e)\\s+\\d[\\d.,]*|(?<=%)\\s+to\\s+\\d[\\d.,]*\\s*%)?(?:\\s*mila|\\s+(?:thousand|million|milioni))?(?:(?:[\\s-]+|(?=${GLUED_UNITS}))${UNIT}(?:\\s+${CHANGE})?)?|${APPROXIMATELY}\\d(?:\\s*%)?(?:\\s+${UNIT})?|\\b(?:(?:at least|up to|about|around|almeno)\\s+)?${COUNT}(?:,?\\s+(?:if not|or|to|and|se non|o)\\s+${COUNT},?)?\\s+${UNIT}|\\b(?:(?:at least|almeno|altri|another)\\s+)?${COUNT}\\s+(?:${MORE_BEFORE_UNIT})?(?:${TIME_UNITS})\\b`,
  "giu",
);
const FREQUENCY = frequencyPattern(true);
const MONEY = moneyPattern(true);
const SEGMENT = segmentPattern(true);

// "a new 4.2-meter compact SUV", "un nuovo crossover da 4,3 m": an article's words for a car it cannot yet name.
const DESCRIBED_CAR =
  /\b(?:a|an|un|una)\s+(?:new|nuov[oa])\s+(?:[\p{L}\d.,'’-]+\s+){0,3}?(?:SUVs?|crossovers?|models?|sedans?|saloons?|coup[eé]s?|hatchbacks?|cars?|vettura|modello|berlina)(?:\s+(?:da|of)\s+\d[\d.,]*\s*(?:m|metri|meters|metres)\b)?/giu;

function describedCars(text: string): Candidate[] {
  return [...text.matchAll(DESCRIBED_CAR)].map((m) => ({ text: m[0], start: m.index ?? 0, end: (m.index ?? 0) + m[0].length }));
}

/** A pattern's matches in a sentence, with the numbers each holds: the same for every question. */
interface PatternMatch {
  text: string;
  start: number;
  end: number;
  numbers: string[];
  /** Per number: written as a year ("2026"; "2,026" never is one). */
  yearLike: boolean[];
}

// Each pattern runs over a sentence once, not once per question (a few patterns, each with its
// own table; a sentence without a match shares one empty list).
const matchesByPattern = new Map<RegExp, (s: IndexedSentence) => readonly PatternMatch[]>();
const NO_MATCHES: readonly PatternMatch[] = Object.freeze([]);

function patternMatches(sentence: IndexedSentence, pattern: RegExp): readonly PatternMatch[] {
  let matches = matchesByPattern.get(pattern);
  if (!matches) matchesByPattern.set(pattern, (matches = perSentence((s) => matchesIn(s.text, pattern))));
  return matches(sentence);
}

function matchesIn(text: string, pattern: RegExp): readonly PatternMatch[] {
  const all = [...text.matchAll(pattern)].map((m) => {
    const written = m[0].match(/\d+(?:[.,]\d+)*/g) ?? [];
    return { text: m[0].trim(), start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, numbers: written.map(normaliseNumber), yearLike: written.map((w) => YEAR.test(w)) };
  });
  return all.length ? all : NO_MATCHES;
}

/** Pattern matches holding at least one number the question did not name (and, for amounts, not a year). */
function patternCandidates(sentence: IndexedSentence, pattern: RegExp, u: Understanding, allowYears: boolean): Candidate[] {
  const out: Candidate[] = [];
  for (const m of patternMatches(sentence, pattern)) {
    const fresh = m.numbers.some((n, i) => !u.named.has(`n:${n}`) && (allowYears || !m.yearLike[i]));
    if (m.numbers.length === 0 || fresh) out.push({ text: m.text, start: m.start, end: m.end });
  }
  return out;
}

function candidatesFor(sentence: IndexedSentence, type: AnswerType, u: Understanding, lexicon: Lexicon): Candidate[] {
  switch (type) {
    case "place": {
      // "Which markets...?" asks for countries: "the Italian brand" in the same sentence is no answer.
      // As written: "Stati Uniti e Cina" in an Italian article, not the gazetteer's English names.
      if (asksForMarkets(u))
        return namedMarkets(sentence, u.named, lexicon).map(({ id, slot }) => ({ text: slot.surface, start: slot.start, end: slot.end, id }));
      // "legendary Italian brand Alfa Romeo" says nothing of where: an adjective is no place named.
      // Only a country or region has an adjective; a town's short form ("Pomigliano") is none.
      const named = (c: Candidate) => {
        const entity = lexicon.entities.get(c.id ?? "");
        return entity?.type !== "market" || !describes(sentence, sentence.slots.findIndex((x) => x.start === c.start), entity.name);
      };
      const places = entityCandidates(sentence, "place", u, lexicon).filter(
        (c) => answersWhere(sentence, c.id ?? "", u.named, lexicon) && named(c) && !ofAnotherName(sentence, c, u) && !negatedPlace(sentence.text, c) && !placeAsAName(sentence.text, c),
      );
      if (asksForTown(u)) return places;
      const markets = entityCandidates(sentence, "market", u, lexicon).filter((c) => named(c) && !negatedPlace(sentence.text, c));
      // "built in Italy, in Cassino (unlike the Milano, which will be assembled in Poland)": a town is more
      // precise than its country, but a country in a clause with no town is another thing's place.
      if (places.length > 0) {
        const clauseOf = clauseFinder(sentence.text);
        const alone = markets.filter((m) => !places.some((p) => clauseOf(p) === clauseOf(m)));
        return alone.length ? [...places, ...alone].sort((a, b) => a.start - b.start) : places;
      }
      // "...una conferenza stampa al museo Alfa": with no town or country named, a named venue says where.
      return markets.length > 0 ? markets : venuesIn(sentence.text).filter((v) => !u.slots.some((q) => q.kind === "entity" && !q.generic && v.text.includes(q.surface)));
    }
    case "person": {
      const roles = roleKeysOf(u, lexicon);
      const people = entityCandidates(sentence, type, u, lexicon).filter((c) => personFits(lexicon, c.id ?? "", roles, u.orgs));
      // "Who hand-builds the 33 Stradale?" asks who did something, not who holds a role: a company may have.
      // So may a name the articles never typed ("coachbuilder Carrozzeria Touring Superleggera").
      if (people.length > 0 || roles.length > 0) return people;
      // ...but not a place someone went to: "la visita ... al suo Museo Storico di Arese".
      const names = entityCandidates(sentence, "name", u, lexicon).filter((c) => !GONE_TO.test(sentence.text.slice(0, c.start)));
      return [...entityCandidates(sentence, "org", u, lexicon), ...names];
    }
    case "owner":
      return [...entityCandidates(sentence, "person", u, lexicon), ...entityCandidates(sentence, "org", u, lexicon)];
    case "model": {
      const all = entityCandidates(sentence, type, u, lexicon);
      // "a Maserati car, probably the heir to the Levante": the car meant is the heir, not the Levante.
      const fitting = all.filter((c) => modelFitsAsked(lexicon, c.id ?? "", u, sentence.keys)).map((c) => {
        const heir = heirBefore(sentence.text, c.start);
        return heir < 0 ? c : { ...c, text: sentence.text.slice(heir, c.end), start: heir };
      });
      // "Which car do Chinese buyers prefer?" names no maker: when the sentence gives only another maker's car ("the Audi A7"), that is the one.
      const typed = fitting.length > 0 || namesAMaker(u, lexicon) ? fitting : all;
      // "his secret dream - to resurrect the Duetto": a name nothing else types, written as a car is ("the X"), may be one.
      const untyped = entityCandidates(sentence, "name", u, lexicon).filter((c) => CAR_ARTICLE_BEFORE.test(sentence.text.slice(Math.max(0, c.start - 6), c.start)));
      const models = [...typed, ...untyped].sort((a, b) => a.start - b.start);
      // "...; and a new 4.3-meter model positioned between the Junior and the Tonale": a car not yet
      // named is described, in a clause of its own that names no other.
      const clauseOf = clauseFinder(sentence.text);
      return [...models, ...describedCars(sentence.text).filter((d) => !models.some((m) => clauseOf(m) === clauseOf(d)))];
    }
    case "brand":
    case "platform":
      return entityCandidates(sentence, type, u, lexicon);
    case "year":
      // "Until what year...?": only a year something ran until ("growing until 2020").
      return patternCandidates(sentence, TIME, u, true).filter((c) => /\d{4}/.test(c.text) && (!u.asksUntil || UNTIL_BEFORE.test(sentence.text.slice(Math.max(0, c.start - 24), c.start))));
    case "time": {
      // "In che giorno preciso...?": "la metà dell'anno" is no day.
      // "In which quarter...?": "2026" is no quarter, "the second quarter of the year" is.
      // "Fino a quando...?", "until when...?": only a time something runs until ("fino al 2027").
      const found = patternCandidates(sentence, TIME, u, true).filter(
        (c) => (!u.asksDay || A_DAY.test(c.text)) && (u.asksPart === undefined || NAMES_PART[u.asksPart].test(c.text)) && (!u.asksUntil || UNTIL_BEFORE.test(sentence.text.slice(Math.max(0, c.start - 24), c.start))),
      );
      // "When the Giulia was first unveiled, Marchionne set...": the event is the date.
      const when = /^(?:when|quando)\s+[^,;]{3,80}(?=,)/iu.exec(sentence.text);
      // It dates only what has happened: "When will the Giulia arrive?" is not "when it was first unveiled".
      return found.length || !when || u.asksDay || u.asksFuture ? found : [{ text: when[0], start: 0, end: when[0].length }];
    }
    case "quantity":
      return quantityCandidates(sentence, u, lexicon);
    case "segment":
      return patternCandidates(sentence, SEGMENT, u, true);
    case "powertrain":
      return powertrainCandidates(sentence.text, u);
    case "reason":
      return reasonCandidates(sentence);
    case "role":
      return roleCandidates(sentence, namedPeople(u, lexicon));
    case "frequency":
      return patternCandidates(sentence, FREQUENCY, u, true);
    case "money": {
      const otherCar = specOfAnotherCar(u, lexicon);
      return patternCandidates(sentence, MONEY, u, true).filter((c) => !takenOffUnasked(sentence.text, c, u) && !otherCar?.(sentence, c) && !instalmentUnasked(sentence.text, c, u));
    }
    default:
      return [];
  }
}

/** The amounts of a sentence that answer how many, how much, how long or how old the question asks. */
function quantityCandidates(sentence: IndexedSentence, u: Understanding, lexicon: Lexicon): Candidate[] {
  // A duration ("113 years") answers only a question about years.
  const years = asksAboutYears(u);
  // "How long will they stay in production?" "through 2027": how long, as the time it lasts until.
  const until = u.asksDuration ? patternCandidates(sentence, UNTIL, u, true) : [];
  // "How old is Imparato?", "Quanti anni ha Ficili?": a person's age, never "113 years of history".
  const age = u.asksAge && u.slots.some((s) => s.required && s.keys.some((k) => lexicon.entities.get(k.slice(2))?.type === "person"));
  const found = [...until, ...patternCandidates(sentence, QUANTITY, u, false)];
  const spelled = spelledCounts(sentence, u).filter((c) => !found.some((f) => f.start < c.end && c.start < f.end));
  const otherCar = specOfAnotherCar(u, lexicon);
  return [...found, ...spelled].filter(
    (c) =>
      (years || !(FOLLOWED_BY_TIME_UNIT.test(sentence.text.slice(c.end)) || TIME_UNIT_WORD.test(c.text))) &&
      // "How long...?", "How old...?": a time or a length, never a share or a count of cars.
      (!u.asksDuration || measuresWhatIsAsked(sentence.text, c, u.asksAge, age)) &&
      (!u.asksTime || !measuresLength(sentence.text, c)) &&
      (!u.asksLength || measuresLength(sentence.text, c)) &&
      !insideName(sentence, c, lexicon) &&
      // "the 100th anniversary" counts nothing.
      !ORDINAL_AFTER.test(sentence.text.slice(c.end - 1, c.end + 2)) &&
      !otherKindOfAmount(sentence.text, c, u) &&
      !dayOfMonth(sentence.text, c) &&
      !changedFrom(sentence.text, c) &&
      !takenOffUnasked(sentence.text, c, u) &&
      !differenceUnasked(sentence.text, c, u) &&
      !otherCar?.(sentence, c) &&
      countsWhatIsAsked(sentence, c, u, lexicon) &&
      inTheSpecsUnit(sentence, c, u, lexicon),
  ).map((c) => withSpecUnit(sentence, c, u, lexicon));
}

/** "lo 0-100 in 3,8 secondi": the asked spec's unit right after the figure belongs to the answer ("3,8 secondi", not "3,8"). */
function withSpecUnit(sentence: IndexedSentence, c: Candidate, u: Understanding, lexicon: Lexicon): Candidate {
  if (/\p{L}$/u.test(c.text)) return c;
  // "How long is the pause?" "a 90-day pause": a time asked for keeps a unit joined to it ("90-day",
  // not "90"); not an age ("58-year-old"), and a unit apart ("113 years") reads the same without it.
  const time = u.asksDuration ? /^-(?:day|week|month|year)(?!-)/iu.exec(sentence.text.slice(c.end)) : null;
  if (time) return { ...c, text: sentence.text.slice(c.start, c.end + time[0].length), end: c.end + time[0].length };
  for (const s of u.slots) {
    if (!s.stated) continue;
    for (const k of s.keys) {
      const m = lexicon.unitsOf.get(k)?.exec(sentence.text.slice(c.end));
      if (m) return { ...c, text: sentence.text.slice(c.start, c.end + m[0].length), end: c.end + m[0].length };
    }
  }
  return c;
}

const CAR_ARTICLE_BEFORE = /(?:\bthe|\bla|\bil|\bl['’])\s*$/iu;

/** The slot holding the question's focus word: "What range does..." is one phrase that starts before "range". */
const focusSlot = (u: Understanding) => {
  if (u.kindAt < 0) return undefined;
  const at = u.slots.findIndex((s) => s.start <= u.kindAt && u.kindAt < s.end);
  const slot = u.slots[at];
  // "What worldwide growth...?": a word of scope before the noun leaves the noun as the focus.
  return slot?.keys.every((k) => SCOPE_WORDS.has(k)) && u.slots[at + 1]?.kind === "concept" ? u.slots[at + 1] : slot;
};
/** Words that scope the noun after them ("worldwide", "global"), never what is counted. */
const SCOPE_WORDS = new Set(["c:global"]);

/** A number word right before the noun, or before one or two words that describe it ("four evocatively named divisions"), never across "of" or "and". */
const COUNT_BEFORE = new RegExp(`\\b${COUNT}\\s+(?:(?!(?:of|di|the|and|e|or|o|per|for|in|to|a|than|che)\\s)[\\p{L}-]+\\s+){0,2}$`, "iu");

/** "How many digits...?": "eight digits", a number word before the very noun counted, whatever that noun is. */
function spelledCounts(sentence: IndexedSentence, u: Understanding): Candidate[] {
  const counted = focusSlot(u);
  // Only a count asked for: "What growth...?" is not answered by "una crescita".
  if (!u.asksCount || !counted || (counted.kind !== "term" && counted.kind !== "concept")) return [];
  const out: Candidate[] = [];
  for (const slot of sentence.slots) {
    if (!slot.keys.some((k) => counted.keys.includes(k))) continue;
    const m = COUNT_BEFORE.exec(sentence.text.slice(Math.max(0, slot.start - 44), slot.start));
    if (!m) continue;
    const start = slot.start - m[0].length;
    out.push({ text: sentence.text.slice(start, slot.end), start, end: slot.end });
  }
  return out;
}

/** "What battery capacity...?" is stated in kWh: "up to 800V" is another spec. True when no asked spec has units. */
function inTheSpecsUnit(sentence: IndexedSentence, c: Candidate, u: Understanding, lexicon: Lexicon): boolean {
  const units = u.slots.flatMap((s) => (s.stated ? s.keys.map((k) => lexicon.unitsOf.get(k)).filter((p) => p !== undefined) : []));
  if (units.length === 0) return true;
  // The unit follows the last figure, inside the amount ("77 kWh", "between 90 and 112 kWh") or right after it ("800V").
  const afterFigure = c.text.replace(/^.*\d/su, "");
  const after = sentence.text.slice(c.end);
  return units.some((unit) => unit.test(afterFigure) || unit.test(after));
}

/**
 * "33" of "the 33 Stradale" is the car's name, not an amount; so is a short whole number written
 * right after a model's or a name's word ("Tipo 33", "Serie 3"), as names are numbered. Not after a
 * place or a company: "Italia 16.819" may be a count.
 */
function insideName(sentence: IndexedSentence, c: Candidate, lexicon: Lexicon): boolean {
  if (sentence.slots.some((s) => s.kind === "entity" && c.start >= s.start && c.start < s.end)) return true;
  if (!/^\d{1,3}$/u.test(c.text)) return false;
  // "da quando la 159 è uscita di produzione": a bare number after a singular article, then a verb or a stop, is a car's name.
  if (ARTICLE_BEFORE.test(sentence.text.slice(Math.max(0, c.start - 4), c.start)) && VERB_OR_STOP_AFTER.test(sentence.text.slice(c.end))) return true;
  const before = sentence.slots.find((s) => s.kind === "entity" && s.end < c.start && /^ $/u.test(sentence.text.slice(s.end, c.start)));
  return before !== undefined && before.keys.some((k) => NUMBERED_NAME_TYPES.has(lexicon.entities.get(k.slice(2))?.type ?? ""));
}

// "Fiat 600", "Peugeot 208": a maker's name numbers its cars too.
const NUMBERED_NAME_TYPES: ReadonlySet<string> = new Set(["model", "name", "brand"]);
const ARTICLE_BEFORE = /(?:^|[^\p{L}])(?:la|il|lo|l['’])\s*$/iu;
const VERB_OR_STOP_AFTER = /^\s*(?:[,.;:)]|$|(?:è|e|ha|era|fu|sarà|is|was|has)(?![\p{L}]))/u;

/**
 * "How many plants...?" is not answered by "four models": when the amount names what it
 * counts, that must be the thing the question counts (its focus noun), if it has one.
 */
function countsWhatIsAsked(sentence: IndexedSentence, c: Candidate, u: Understanding, lexicon: Lexicon): boolean {
  // "How many Juniors have been ordered?" counts orders of a named thing: any unit may fit.
  // An unknown word there ("junoir") says nothing either way.
  const asked = focusSlot(u);
  // "Che lunghezza...?": a spec stated by a figure is measured in its unit ("5.12 meters").
  const measuredAsked = asked?.keys.some((k) => lexicon.measured.has(k)) ?? false;
  // "2.9 V6": an engine's size (a bare number before the code) counts nothing, whatever is counted ("how many Giulia 100th Anniversario?").
  if (!measuredAsked && /^[\d.,]+$/u.test(c.text) && ENGINE_SIZE_AFTER.test(sentence.text.slice(c.end))) return false;
  // "Che quota delle vendite...?", "What share...?": a share is a percentage, never "50.541" cars.
  if (asked?.keys.includes(SHARE) && !PERCENTAGE.test(c.text)) return false;
  // "How many Alfa Romeos...?" counts cars: "cresce del 55%" is a change, not a count. "How much did
  // Stellantis shares jump?" counts nothing: a percentage answers it.
  if (asked?.kind === "entity" && u.asksCount && PERCENTAGE.test(c.text) && !u.slots.some((s) => s.keys.includes(SHARE))) return false;
  // "...close to what figure?": a word the question's cue already says ("figure", "number") counts nothing of its own.
  if (u.kindAt < 0 || asked?.kind === "entity" || asked?.unknown || asked?.implied) return true;
  // "How long...?" counts time: "two years" names its unit and is the answer.
  if (u.asksDuration && TIME_UNIT_WORD.test(c.text)) return true;
  if (measuredAsked) return true;
  // "0-100 km/h in 2.8 seconds": a figure with a measure's unit counts nothing, nor does one inside a name ("V8", "X5").
  if (MEASURE_AFTER.test(sentence.text.slice(c.end)) || /\p{L}$/u.test(sentence.text.slice(0, c.start))) return false;
  // "13.000 unità", "two units": a generic unit counts whatever is asked, like a bare number.
  // The unit follows the figure: "between" or "close to" before it names nothing counted, and a
  // number word ("four") is the amount itself, not what it counts.
  const digit = c.text.search(/\d/u);
  const from = digit < 0 ? c.start : c.start + digit;
  const units = sentence.slots.filter(
    (s) => s.start >= from && s.end <= c.end && (s.kind === "concept" || s.kind === "term") && !s.keys.includes(NUMBER_WORD) && !s.keys.includes(GENERIC_UNIT),
  );
  // "What capacity is the battery?" "a 15.5 kWh battery": the unit states a spec the question asks, whatever its focus word.
  if (units.some((x) => x.keys.some((k) => lexicon.measured.has(k) && u.slots.some((q) => q.keys.includes(k))))) return true;
  // The counted noun (the question's focus); "how many people", with "people" too common to be
  // a slot, has none, and then any named unit is another thing.
  const counted = asked?.kind === "concept" || asked?.kind === "term" ? asked : undefined;
  // "How many cars...?" counts cars: "52%" is a share of something, unless a share is what is
  // asked ("What segment share...?": the share, not the segment, is the noun that counts).
  // A change is measured in percent too: "What growth did Alfa report?" "una crescita complessiva del 35%".
  if (counted && PERCENTAGE.test(c.text) && !u.slots.some((s) => s.keys.includes(SHARE)) && !counted.keys.some((k) => CHANGES.has(k))) return false;
  // "Quante immatricolazioni...?" "ha immatricolato 5.222 vetture": registrations, orders and output are counted in cars.
  const activity = counted?.keys.filter((k) => COUNTED_IN_CARS.has(k) && sentence.keys.has(k)) ?? [];
  if (activity.length > 0 && units.some((s) => s.keys.includes(CAR))) return true;
  return units.length === 0 || (counted !== undefined && units.some((s) => s.keys.some((k) => counted.keys.includes(k) || countsTheAskedActivity(u, k))));
}
const COUNTED_IN_CARS = new Set(["c:sales", "c:order", "c:build"]);
const CAR = "c:car";

/**
 * "How many cars did Alfa Romeo register?" "27,695 registrations": a count of what the question
 * itself does to the thing counted (registered, sold, ordered), as the intent's own evidence
 * words name it, counts those things. Not any word of the question: "3 plants" counts no employees.
 */
const countsTheAskedActivity = (u: Understanding, key: string) =>
  u.intent?.evidence.includes(key) === true && u.slots.some((s) => s.start > u.kindAt && (s.kind === "concept" || s.kind === "term") && s.keys.includes(key));

/**
 * Words before a name that make it somewhere gone to or found in, not someone: "at the", "al suo",
 * "presso". Not "to" or "a": "entrusted to Touring", "affidata a Touring" name who does it.
 */
const GONE_TO = /(?:^|[^\p{L}])(?:at|in|into|inside|al|allo|alla|ai|agli|alle|nel|nello|nella|presso)\s+(?:(?:the|its|his|her|their|il|lo|la|suo|sua|loro)\s+)?$/iu;

/** "Davide Mele, head of Corporate Affairs for Stellantis in Italy": a named person's apposition. */
function roleCandidates(sentence: IndexedSentence, people: ReadonlySet<string>): Candidate[] {
  const out: Candidate[] = [];
  sentence.slots.forEach((slot, i) => {
    if (!slot.keys.some((k) => people.has(k))) return;
    const after = /^\s*,\s*([^,;:]+?)(?=\s*[,;:.]|\s*$)/u.exec(sentence.text.slice(slot.end));
    const before = sentence.slots[i - 1];
    // "Under the leadership of CEO Jean-Philippe Imparato, Alfa Romeo is...": the title before the name says what he is; the clause after is the sentence going on.
    if (before && before.keys.some((k) => k === "c:ceo" || k === "c:head")) out.push({ text: sentence.text.slice(before.start, slot.end), start: before.start, end: slot.end });
    else if (after?.[1]) out.push({ text: `${slot.surface}, ${after[1]}`, start: slot.start, end: slot.end + after[0].length });
  });
  return out;
}

/** "due to the tariff hikes ...": from a reason marker to the end of its clause. */
function reasonCandidates(sentence: IndexedSentence): Candidate[] {
  const clauseOf = clauseFinder(sentence.text);
  return sentence.slots
    .filter((slot) => slot.keys.includes("c:reason"))
    .map((slot) => {
      const end = clauseOf(slot)?.end ?? sentence.text.length;
      const text = sentence.text.slice(slot.start, end).replace(/[.,;:!?\s]+$/u, "");
      return { text, start: slot.start, end };
    });
}

/** The sentence's words that the question asked about; named things only, when it has any. */
function matchedAnchors(sentence: IndexedSentence, u: Understanding): Slot[] {
  const { meaningful, anchor } = queryKeys(u);
  const matching = (keys: Set<string>) => sentence.slots.filter((s) => s.keys.some((k) => keys.has(k)));
  // The named things, and the noun the question asks about ("whose tariffs").
  const named = matching(anchor);
  return named.length ? named : matching(meaningful);
}

/**
 * "The all-new SUV was scheduled for 2025 – but it's been pushed back for two years": the
 * candidate's clause opens by pointing back ("it", "esso" among its first two words), and an
 * earlier clause of the sentence names what was asked outright.
 */
function refersBack(text: string, clause: Span | undefined, c: Candidate, anchors: readonly Slot[], lexicon: Lexicon): boolean {
  if (!clause || !anchors.some((a) => a.end <= clause.start)) return false;
  // Where a clause's subject stands: "but it has been...", "but the new model...", not "analysts said that a rival...".
  // The first or the second word: opensPointingBack skips what stands before a word.
  const lead = text.slice(clause.start, c.start);
  return opensPointingBack(lead, lexicon) || opensPointingBack(lead.replace(/^[^\p{L}]*\p{L}+/u, ""), lexicon);
}

/**
 * "...with the Stelvio, while remaining the best-selling model, registering a 32 percent drop": the
 * candidate's clause opens with a gerund, holds the question's predicate ("drop"), and the last name before it is the
 * asked one, so an aside between them does not cut the figure off. Not "the Tonale, built in
 * Melfi; the Giulia, due in 2026": there the Giulia stands between.
 */
// "..., registering a", "while remaining the best-selling model, registering a": a gerund opens the stretch before the figure.
const GERUND_OPENS = /(?:^|,)\s*(?:(?:and|e|while|mentre)\s+)?(?!(?:quando|including|during|according|regarding|following|being)\s)\p{L}+(?:ing|ando|endo)\s[^,]*$/iu;

function carriedOn(sentence: IndexedSentence, clause: Span | undefined, c: Candidate, anchors: readonly Slot[], u: Understanding): boolean {
  // The clause goes on with the same subject: a gerund leads to the figure ("registering", "segnando"), no subject of its own ("a rival has been...").
  if (!clause || !GERUND_OPENS.test(sentence.text.slice(clause.start, c.start))) return false;
  const { meaningful } = queryKeys(u);
  const predicate = sentence.slots.some((s) => within(s, clause) && s.keys.some((k) => meaningful.has(k) && !k.startsWith("e:") && !k.startsWith("n:")));
  if (!predicate) return false;
  let last: Slot | undefined;
  for (const s of sentence.slots) if (s.end <= clause.start && s.keys.some((k) => k.startsWith("e:"))) last = s;
  return last !== undefined && anchors.includes(last);
}

/** "620hp and 730 Nm" lists two specs, not two values of one: figures join only in the same unit. */
function sameUnit(a: Candidate, b: Candidate): boolean {
  const unit = (c: Candidate) => (/\d/u.test(c.text) ? c.text.replace(/^.*\d/su, "").trim().toLowerCase() : undefined);
  return unit(a) === unit(b);
}

/** Candidates joined to the chosen one only by "and"/","/"e", before and after it: "Giulia and Stelvio". */
function coordinated(text: string, chosen: Candidate, all: readonly Candidate[]): Candidate[] {
  const out = [chosen];
  const sorted = [...all].sort((a, b) => a.start - b.start);
  for (const c of sorted.filter((x) => x.end <= chosen.start).reverse()) {
    if (!joinsListItems(text.slice(c.end, (out[0] as Candidate).start)) || !sameUnit(c, chosen)) break;
    if (!out.some((x) => x.text === c.text)) out.unshift(c);
  }
  for (const c of sorted.filter((x) => x.start > chosen.start)) {
    if (!joinsListItems(text.slice((out[out.length - 1] as Candidate).end, c.start)) || !sameUnit(c, chosen)) break;
    if (!out.some((x) => x.text === c.text)) out.push(c);
  }
  return out;
}

/** A short answer and whether it shares a clause with what the question asked about. */
export interface Extracted {
  phrase: string;
  /** False when the fact sits in another clause ("...the Tonale, built in Melfi; the Giulia, due in 2026"). */
  anchored: boolean;
}

export interface ExtractOptions {
  /**
   * Characters over which a question word's pull on a candidate halves: "the second is China"
   * puts the answer right after its words. Ten (about two words) keeps the nearest candidate
   * ahead of a farther one of the same clause; chosen on the seed sets.
   */
  pullChars: number;
}

export const extractDefaults: ExtractOptions = { pullChars: 10 };

/**
 * The short answer inside the sentence, if the asked type has one; closest to the question's
 * words. Ranking keeps it on the scored sentence, so recency and quoting do not redo it.
 */
export function extractPhrase(sentence: IndexedSentence, type: AnswerType, u: Understanding, lexicon: Lexicon, o: ExtractOptions = extractDefaults): Extracted | undefined {
  const anchors = matchedAnchors(sentence, u);
  // "...exactly as BMW does with the X5": the example answers only a question about it or its maker.
  const asksForExample = u.slots.some((s) => s.keys.includes("c:similar"));
  // "Where is the BMW X5 built?": a sentence that names it only as a comparison's example says nothing of it.
  const comparisons = comparisonsIn(sentence.text);
  if (type !== "model" && !asksForExample && anchors.length > 0 && anchors.every((a) => inComparison(comparisons, a))) return undefined;
  const candidates = candidatesFor(sentence, type, u, lexicon).filter((c) => {
    const from = comparedAt(comparisons, c)?.start;
    return from === undefined || asksForExample || anchors.some((a) => a.start >= from && a.end <= c.start);
  });
  if (candidates.length === 0) return undefined;
  const clauseOf = clauseFinder(sentence.text);
  // Closeness to the question's words, the rarer words pulling harder: "the second is China".
  const { weight } = queryKeys(u);
  const weights = anchors.map((a) => a.keys.reduce((most, k) => Math.max(most, weight.get(k) ?? 0), 0));
  // The clause holding most of the question's words is where its answer lives.
  const clauseWeight = (c: Span | undefined) => (c ? anchors.filter((a) => within(a, c)).length : 0);
  // A lead-in that frames the whole sentence ("In the first half of 2025, ...") pulls every
  // amount alike, and so does a candidate's own word; the words beside each one tell them
  // apart ("33,020 vehicles worldwide, 16,819 of them in Italy").
  const firstAt = Math.min(...candidates.map((c) => c.start));
  const leadInEnd = sentence.text.lastIndexOf(", ", firstAt);
  const inside = (a: Span) => candidates.some((c) => a.start >= c.start && a.end <= c.end);
  const telling = anchors.map((a) => a.start > leadInEnd && !inside(a));
  const pulling = telling.some(Boolean) ? telling : anchors.map(() => true);
  // "...in Italia (+32%), Francia (+65%) e Germania (+20%)": a figure in brackets is the word's before it; words after the bracket do not pull it.
  const bracketed = (x: Span) => BRACKET_OPEN_BEFORE.test(sentence.text.slice(Math.max(0, x.start - 4), x.start)) && /^\s*\)/u.test(sentence.text.slice(x.end));
  const pull = (x: Span) => {
    const before = bracketed(x);
    return anchors.reduce((most, a, i) => (pulling[i] && (!before || a.start < x.start) ? Math.max(most, (weights[i] as number) / (1 + Math.abs(a.start - x.start) / o.pullChars)) : most), 0);
  };
  // The best by clause, then by pull; the first of equals (one pass: ranking extracts from every candidate sentence).
  let best = candidates[0] as Candidate;
  let bestClause = clauseWeight(clauseOf(best));
  let bestPull = pull(best);
  for (let i = 1; i < candidates.length; i++) {
    const c = candidates[i] as Candidate;
    const inClause = clauseWeight(clauseOf(c));
    if (inClause < bestClause) continue;
    const p = pull(c);
    if (inClause > bestClause || p > bestPull) {
      best = c;
      bestClause = inClause;
      bestPull = p;
    }
  }
  // A reason often sits in its own clause ("..., but that plan appears shelved, due to ..."):
  // for a why-question the sentence as a whole must be about the subject.
  const anchored =
    anchors.length === 0 || type === "reason" || type === "owner" || bestClause > 0 || refersBack(sentence.text, clauseOf(best), best, anchors, lexicon) || carriedOn(sentence, clauseOf(best), best, anchors, u);
  return new ExtractedPhrase(sentence.text, best, candidates, u.language === "it" ? " e " : " and ", anchored);
}

const BRACKET_OPEN_BEFORE = /\(\s*[+\-−–]?\s*$/u;

/**
 * An extracted answer whose wording ("Giulia and Stelvio") is put together when first read:
 * ranking extracts from every candidate sentence but shows only a few.
 */
class ExtractedPhrase implements Extracted {
  private words: string | undefined;
  constructor(
    private readonly text: string,
    private readonly best: Candidate,
    private readonly candidates: readonly Candidate[],
    private readonly joiner: string,
    readonly anchored: boolean,
  ) {}
  get phrase(): string {
    if (this.words === undefined) {
      // "Chrysler, Lancia and Maserati": commas, then the joining word before the last.
      const items = coordinated(this.text, this.best, this.candidates).map((c) => c.text);
      this.words = items.length > 2 ? `${items.slice(0, -1).join(", ")}${this.joiner}${items.at(-1)}` : items.join(this.joiner);
    }
    return this.words;
  }
}

/**
 * Questions that are more than one plain ask: yes/no questions (a verdict before the quotes)
 * here, and two questions in one (`two-parts.ts`). Both reuse the plain answer path through
 * the small {@link Engine} surface, so the rules of evidence stay in one place.
 */
import type { AnswerType } from "../corpus/schema.js";
import type { Lexicon } from "../text/lexicon.js";
import { fold, tokenize } from "../text/normalize.js";
import { countWord, NUMBER_WORD } from "../text/numerals.js";
import type { Answer, Language } from "../types.js";
import { composeAnswerText, sortableDate, stringsFor, type Finding } from "./compose.js";
import type { IndexedSentence } from "./corpus-index.js";
import type { Scored } from "./rank.js";
import { queryKeys } from "./query-keys.js";
import { isRoleKey } from "./answer-types.js";
import { withSlots, type QuerySlot, type Understanding } from "./understand.js";
import { assertedUnknownName, otherChannel, unconfirmedName } from "./unknown-names.js";
import {
  askedAmount,
  asksThroughClause,
  assertedValue,
  doerOf,
  directionOf,
  isDegree,
  isYear,
  judgeValues,
  ranksOtherwise,
  namesRole,
  nestedPlaces,
  plans,
  sameMeasure,
  questionShape,
  refutes,
  stance,
  states,
  statesDegree,
  type QuestionShape,
  type Verdict,
  type YesNoRules,
} from "./verdict.js";

/** What the best evidence for an understood question is, as the plain answer path finds it. */
export interface Evidence {
  lead: Scored;
  findings: Finding[];
}

/** The plain answer path, as compound questions use it. */
export interface Engine {
  lexicon: Lexicon;
  evidence(u: Understanding): Evidence | undefined;
  /** The plain answer (or decline) of an understood question, from its evidence when the caller has it. */
  plain(question: string, u: Understanding, found?: Evidence): Answer;
  /** The answer to a whole question text (for the parts of a two-part one). */
  answerText(question: string): Answer;
  /** The keys a text holds (its named things and concepts), as articles are analysed. */
  keysOf(text: string, language: Language): Set<string>;
  /** A quoted sentence as the index holds it (its text, slots and keys): no analysis at answer time. */
  sentence(id: number): IndexedSentence | undefined;
  /** The keys the index holds for an article's title. */
  titleKeys(doc: number): ReadonlySet<string>;
  /** Concept keys that make a different subject of the same name ("the successor to the Tonale"). */
  otherSubject: readonly string[];
  /** A quote covering this much of a yes/no question (or all of it) settles it as "yes". */
  settledCoverage: number;
  maxCitations: number;
}

/** A slot of a finding's clause: its keys, at its offset in the clause. */
interface ClauseSlot {
  keys: readonly string[];
  start: number;
}

/** The slots the index holds for the words of a finding's clause between `from` and `to`: no analysis at answer time. */
function slotsWithin(engine: Engine, f: Finding, from: number, to: number): ClauseSlot[] {
  const out: ClauseSlot[] = [];
  let offset = 0;
  for (const id of f.sentenceIds) {
    const s = engine.sentence(id);
    if (!s) continue;
    for (const slot of s.slots) if (slot.start + offset < to && slot.end + offset > from) out.push({ keys: slot.keys, start: slot.start + offset });
    // The clause joins carried-on sentences with one space.
    offset += s.text.length + 1;
  }
  return out;
}

// How far after "the successor" the thing it succeeds is named ("the successor to the Tonale").
const SUCCEEDED_WITHIN = 30;

/**
 * Do a slot's keys speak of another thing than the one asked about ("the successor to the
 * Tonale")? Not a new holder of a role ("il nuovo CEO di Alfa Romeo"): that succeeds a person.
 */
function speaksOfAnother(engine: Engine, keys: readonly string[], asked: ReadonlySet<string>): boolean {
  return keys.some((k) => engine.otherSubject.includes(k) && !asked.has(k)) && !keys.some((k) => k.startsWith("c:") && engine.lexicon.roleConcepts.has(k.slice(2)));
}

/**
 * Does the clause speak of the successor of something the question names ("the successor to
 * the Tonale, likely to be built in Melfi": another car than the Tonale)? Not when it succeeds
 * something else: "a Maserati car, probably the heir to the Levante, with a debut scheduled for
 * 2027" is still the Maserati asked about. A successor of nothing named is another car.
 */
function successorOfAsked(engine: Engine, slots: readonly ClauseSlot[], askedKeys: ReadonlySet<string>): boolean {
  return slots.some((x) => {
    if (!speaksOfAnother(engine, x.keys, askedKeys)) return false;
    const succeeded = slots.find((y) => y.start > x.start && y.start - x.start <= SUCCEEDED_WITHIN && y.keys.some((k) => k.startsWith("e:")));
    return succeeded === undefined || succeeded.keys.some((k) => askedKeys.has(k));
  });
}

/** An answer built from findings: what the plain path and the verdict path both return. */
export function answerOf(question: string, u: Understanding, findings: readonly Finding[], text: string): Answer {
  return {
    question,
    kind: "answer",
    answered: true,
    intent: u.intent?.def.id ?? "general",
    language: u.language,
    text,
    citations: findings.map((f) => f.citation),
  };
}

/** The understanding without some slots: the names a question sets aside, or the value it asserts. */
function without(u: Understanding, drop: ReadonlySet<QuerySlot>): Understanding {
  if (drop.size === 0) return u;
  const keys = new Set([...drop].flatMap((s) => s.keys));
  return withSlots(u, u.slots.filter((s) => !drop.has(s)), { named: new Set([...u.named].filter((k) => !keys.has(k))), kindAt: -1 });
}

/** A decline in the plain path's own words: nothing asked that the articles cover. */
const declined = (engine: Engine, question: string, u: Understanding): Answer => ({ ...engine.plain(question, withSlots(u, [])), verdict: null });

interface Speaks {
  /** Every asked name is in the sentence, its title, or (with no rival of its kind) the sentences before. */
  names: boolean;
  /** One of the question's predicate words is in the quote. */
  predicate: boolean;
  /** ...and in the answering sentence itself, next to each asked name it holds (not in another list item). */
  own: boolean;
  /** Every asked word is in the quote. */
  complete: boolean;
  /** The weight share of the question's predicate words the quote holds (1 with none). */
  predicateShare: number;
}

/**
 * Does the quote speak to the question at all? Its sentence, the title of its article (the
 * article about Cassino need not repeat "Cassino") or the sentences before it ("The compact
 * model" after one naming the Junior) must hold every name the question asks about; but not
 * the sentences before when its own sentence names another of the same kind (building in the
 * United States, after "the second market is China", is no word on building in China). And
 * the quote must hold one of the question's predicate words when it has any ("fully electric"
 * in "Will the Tonale successor be fully electric?"; the successor is its subject): a quote
 * that only names the subject does not answer.
 */
function speaksTo(engine: Engine, u: Understanding, found: Evidence, rules: YesNoRules): Speaks {
  const first = found.findings[0]?.citation;
  const lead = found.lead.sentence;
  const quote = first?.quote ?? lead.text;
  const own = new Set([...lead.keys, ...engine.titleKeys(lead.doc)]);
  // The quote runs from the sentence naming its subject through the lead (and one more when it carries on).
  const keys = new Set(own);
  const last = first !== undefined && first.end > lead.end ? lead.id + 1 : lead.id;
  for (let id = found.lead.quoteFrom; id <= last; id++) for (const k of engine.sentence(id)?.keys ?? []) keys.add(k);
  const has = (s: QuerySlot) => s.keys.some((k) => keys.has(k)) || (isDegree(s, rules) && statesDegree(quote, rules));
  const typeOf = (key: string) => (key.startsWith("e:") ? engine.lexicon.entities.get(key.slice(2))?.type : undefined);
  const rival = (s: QuerySlot) => {
    const types = new Set(s.keys.map(typeOf));
    return [...found.lead.sentence.keys].some((k) => !s.keys.includes(k) && types.has(typeOf(k)) && typeOf(k) !== undefined);
  };
  const named = (s: QuerySlot) => s.keys.some((k) => own.has(k)) || (!found.lead.missingRequired && !rival(s));
  const asked = u.slots.filter((s) => !s.generic && !s.implied && s.unknownKind !== "word");
  const names = asked.filter((s) => s.kind === "entity");
  const predicates = asked.filter((s) => (s.kind === "concept" || s.kind === "term") && !s.keys.some((k) => engine.otherSubject.includes(k)));
  return {
    names: names.every(named),
    predicate: predicates.length === 0 || predicates.some(has),
    own: predicates.length === 0 || together(found.lead.sentence, names, predicates, (s) => isDegree(s, rules) && statesDegree(found.lead.sentence.text, rules)),
    complete: asked.filter((s) => s.kind !== "number").every(has),
    predicateShare: shareOf(predicates, has),
  };
}

/** The weight share of `slots` that `holds` (1 when there are none). */
function shareOf(slots: readonly QuerySlot[], holds: (s: QuerySlot) => boolean): number {
  const total = slots.reduce((sum, s) => sum + s.weight, 0);
  return total === 0 ? 1 : slots.reduce((sum, s) => sum + (holds(s) ? s.weight : 0), 0) / total;
}

/**
 * Does the sentence hold a predicate word of the question, in the same list item as every
 * asked name it holds? "...a large E-SUV designed for the American market; and a new model
 * positioned between the Junior and the Tonale" does not say the Junior is an SUV.
 */
function together(s: IndexedSentence, names: readonly QuerySlot[], predicates: readonly QuerySlot[], matchedElsewise: (q: QuerySlot) => boolean): boolean {
  const cuts = [...s.text.matchAll(/[;:]/gu)].map((m) => m.index ?? 0);
  const item = (at: number) => cuts.filter((c) => c < at).length;
  const where = (q: QuerySlot, kinds: readonly string[]) =>
    s.slots.filter((x) => kinds.includes(x.kind) && x.keys.some((k) => q.keys.includes(k))).map((x) => item(x.start));
  // The predicate as a word: a name carrying a role ("Imparato" holds "CEO") is no statement of it.
  const items = new Set(predicates.flatMap((q) => where(q, ["concept", "term", "number"])));
  if (items.size === 0) return predicates.some(matchedElsewise);
  return names.every((n) => {
    const at = where(n, ["entity"]);
    return at.length === 0 || at.some((i) => items.has(i));
  });
}

/** A sentence opening with a place or time it is about ("In Japan,", "Negli Stati Uniti,", "In 2025,"). */
const FRAME_FIRST = /^(?:in|at|across|for|a|ad|in|nel|nella|nello|negli|nei|per)\s[^,;:]{1,40},/iu;
const FRAME_REACH = 45;
/** Words that set aside what follows as the alternative not taken ("rather than", "invece di", "anziché"), up to it in its clause. */
const SET_ASIDE_BEFORE = /(?:rather than|instead of|in place of|invece d[ei]\p{L}*|anziché|anziche|piuttosto che|al posto d[ei]\p{L}*)(?![\p{L}])[^,;:.]{0,50}$/iu;

/**
 * Does a clause of the sentence state the value of the question's subject? With the subject
 * named in it, or with one of the question's predicate words ("...visita agli impianti di
 * Cassino e Pomigliano", Imparato named earlier in the sentence), and no other thing of the
 * subject's kind. "...the Cassino plant, while the Tonale SUV will continue to be assembled in
 * Pomigliano" does not put the Stelvio in Pomigliano; "the successor to the Tonale, likely to
 * be built in Melfi" is another car's plant.
 */
function statesWith(engine: Engine, s: IndexedSentence, value: QuerySlot, u: Understanding): boolean {
  const ends: number[] = [];
  for (const m of s.text.matchAll(/[,;:()]|\s(?:while|whereas|mentre)\s/gu)) ends.push(m.index ?? 0);
  const clauseOf = (at: number) => ends.filter((e) => e < at).length;
  const slotsOf = (q: QuerySlot) => s.slots.filter((x) => x.keys.some((k) => q.keys.includes(k)));
  const clausesOf = (q: QuerySlot) => new Set(slotsOf(q).map((x) => clauseOf(x.start)));
  const typeOf = (keys: readonly string[]) => keys.map((k) => (k.startsWith("e:") ? engine.lexicon.entities.get(k.slice(2))?.type : undefined)).find(Boolean);
  const asked = new Set(u.slots.flatMap((q) => q.keys));
  const subject = u.slots.filter((q) => q !== value && q.kind === "entity" && !q.generic);
  const predicates = u.slots.filter((q) => (q.kind === "concept" || q.kind === "term") && !q.generic && !q.implied);
  if (!namesAskedSuccessor(engine, asked, s.keys)) return false;
  const otherSubject = new Set(s.slots.filter((x) => speaksOfAnother(engine, x.keys, asked)).map((x) => clauseOf(x.start)));
  // The subject named only beside "the successor to": that is another car.
  if (subject.some((q) => [...clausesOf(q)].every((c) => otherSubject.has(c)) && clausesOf(q).size > 0)) return false;
  const types = new Set(subject.map((q) => typeOf(q.keys)));
  const rival = (c: number) => s.slots.some((x) => x.kind === "entity" && clauseOf(x.start) === c && !asked.has(x.keys[0] ?? "") && types.has(typeOf(x.keys)));
  // "In Japan, launched in June, it's already in the top five": a frame put first holds for every clause.
  // "...sit on the STLA Large platform rather than continue on the Giorgio platform": an alternative set aside is not stated.
  const stated = slotsOf(value).filter((x) => !SET_ASIDE_BEFORE.test(s.text.slice(Math.max(0, x.start - 60), x.start)));
  const statedClauses = new Set(stated.map((x) => clauseOf(x.start)));
  const valueClauses = FRAME_FIRST.test(s.text) && statedClauses.has(0) && stated.some((x) => x.start < FRAME_REACH) ? new Set(ends.map((_, i) => i + 1).concat(0)) : statedClauses;
  // "Imparato in Cassino ..." (the title) "...the Paint shops, where the Maserati Grecale is currently
  // being assembled": a subject the sentence before or the title names, when this one names nothing of its kind.
  const before = s.prev === null ? undefined : engine.sentence(s.prev);
  const title = engine.titleKeys(s.doc);
  const framing = (k: string) => before?.keys.has(k) === true || title.has(k);
  const lent = (q: QuerySlot) => slotsOf(q).length === 0 && q.keys.some(framing) && !s.slots.some((x) => x.kind === "entity" && typeOf(x.keys) === typeOf(q.keys));
  // Another thing of the subject's kind in the clause makes it a list whose pairs it cannot tell.
  return [...valueClauses].some(
    (c) => !otherSubject.has(c) && !rival(c) && subject.length > 0 && (subject.every((q) => clausesOf(q).has(c) || lent(q)) || predicates.some((q) => clausesOf(q).has(c))),
  );
}

/**
 * A question about "whatever replaces the Tonale" is answered only by a text that speaks of the
 * successor too, not by one about the Tonale itself ("assembled in Pomigliano"); true when the
 * question asks of no successor.
 */
function namesAskedSuccessor(engine: Engine, asked: ReadonlySet<string>, keys: ReadonlySet<string>): boolean {
  const wanted = engine.otherSubject.filter((k) => asked.has(k));
  return wanted.length === 0 || wanted.some((k) => keys.has(k));
}

/**
 * The asked number stated plainly of the subject by an article older than every value found
 * instead: the whole question's own best quote, when it holds the number and is dated before them.
 */
/** Is the finding from an article older than every dated one of `others` (and is there one)? */
function olderThanAll(f: Finding, others: readonly Finding[]): boolean {
  const dated = others.map((o) => sortableDate(o.citation.date)).filter((d) => d !== "");
  return dated.length > 0 && dated.every((d) => sortableDate(f.citation.date) < d);
}

/** "It changed over time": the newest finding leads, then the older statement, then the rest, as every change is told. */
function changedAnswer(engine: Engine, question: string, u: Understanding, newer: readonly Finding[], older: Finding): Answer {
  const findings = [...newer.slice(0, 1), older, ...newer.slice(1)].slice(0, engine.maxCitations);
  return { ...answerOf(question, u, findings, `${stringsFor(u.language).verdict.changed} ${composeAnswerText(findings, u.language, true)}`), verdict: "changed" };
}

function olderStatement(engine: Engine, u: Understanding, value: QuerySlot, others: readonly Finding[], rules: YesNoRules): Finding | undefined {
  const whole = engine.evidence(u);
  const first = whole?.findings[0];
  if (!whole || !first || !value.keys.some((k) => whole.lead.sentence.keys.has(k))) return undefined;
  if (!olderThanAll(first, others)) return undefined;
  if (stance(whole.lead.sentence, u.language, rules, queryKeys(u).meaningful) !== "plain") return undefined;
  return { ...first, phrase: value.surface };
}

/**
 * The asked name stated of the subject by the question's own best quote, when the value search
 * found only others: the same article or a newer one settles it (yes, or no when it denies);
 * an older one, even hedged ("the most likely location is Belvedere"), is a change to the
 * newer articles' value ("set to be produced in Detroit"). Undefined when the quote does not
 * state it, or only hedges it in an article no older than the others.
 */
function statedElsewhere(engine: Engine, question: string, u: Understanding, value: QuerySlot, others: readonly Finding[], shape: QuestionShape, rules: YesNoRules): Answer | undefined {
  const t = stringsFor(u.language).verdict;
  const whole = engine.evidence(u);
  const first = whole?.findings[0];
  if (!whole || !first || !statesWith(engine, whole.lead.sentence, value, u)) return undefined;
  const keys = queryKeys(u).meaningful;
  // A change needs the older quote's stance on the value as it names it: "it will not be built
  // from scratch ... the most likely location is Belvedere" does not deny Belvedere.
  const named = whole.lead.sentence.slots.find((x) => x.keys.some((k) => value.keys.includes(k)));
  // Of a plan, the same article's other values ("North America" beside "Belvedere, Illinois") are
  // no later word. Facts add up instead: Imparato visited Pomigliano, and later Cassino. A value asked
  // "also" is asked beside the others: they change nothing.
  const later = shape.factual ? others : others.filter((o) => o.citation.source !== first.citation.source);
  if (!shape.additive && olderThanAll(first, later) && named && stance(whole.lead.sentence, u.language, rules, keys, { phrase: named.surface, lexicon: engine.lexicon }) !== "denied") {
    const name = named.keys.map((k) => engine.lexicon.entities.get(k.slice(2))?.name).find((n) => n !== undefined);
    return changedAnswer(engine, question, u, later, { ...first, phrase: name });
  }
  const how = stance(whole.lead.sentence, u.language, rules, keys);
  if (how === "hedged" && !shape.hedged) return undefined;
  const agreed: Verdict = how === "denied" ? "no" : "yes";
  return { ...answerOf(question, u, whole.findings, `${t[agreed]} ${composeAnswerText(whole.findings, u.language, false)}`), verdict: agreed };
}

/** A yes/no question: the plain answer with a verdict in front when the quotes settle it. */
export function answerYesNo(engine: Engine, question: string, given: Understanding, rules: YesNoRules): Answer {
  const answer = verdictAnswer(engine, question, given, rules);
  // "Is China the top market?" "...the first is the US market, the second is China": the asked name at another rank is a no.
  const quote = answer.citations[0]?.quote;
  if ((answer.verdict !== "yes" && answer.verdict !== null) || quote === undefined || !answer.answered) return answer;
  const t = stringsFor(given.language).verdict;
  // "...ha annunciato la visita su Facebook?": a name no article gives is part of what is asked, and no quote confirms it;
  // where the quote names another channel in its place ("...sul suo profilo Twitter..."), that is a no.
  const unconfirmed = unconfirmedName(given, answer);
  const other = unconfirmed ? otherChannel(question, given, answer.citations.map((c) => c.quote).join(" ")) : undefined;
  if (other) return { ...answer, verdict: "no", text: `${t.no} ${withValue(answerBody(answer.text, t), other)}` };
  if (answer.verdict !== "yes") return answer;
  if (unconfirmed) return { ...answer, verdict: null, text: `${answerBody(answer.text, t)} ${t.unsettled}` };
  const ranked = given.slots.some((s) => s.kind === "entity" && !s.generic && ranksOtherwise(question, quote, s, engine.lexicon));
  if (!ranked) return answer;
  return { ...answer, verdict: "no", text: answer.text.startsWith(t.yes) ? `${t.no}${answer.text.slice(t.yes.length)}` : `${t.no} ${answer.text}` };
}

/** The answer's text without its verdict word or its unsettled note. */
function answerBody(text: string, t: { yes: string; unsettled: string }): string {
  const body = text.startsWith(t.yes) ? text.slice(t.yes.length).trimStart() : text;
  return body.endsWith(t.unsettled) ? body.slice(0, -t.unsettled.length).trimEnd() : body;
}

/** "Pomigliano d'Arco, according to “...”" -> "Twitter, according to “...”": the value that settles it leads. */
function withValue(body: string, value: string): string {
  const m = /^[^“«]*?,\s(?=according to|secondo)/u.exec(body);
  return m ? `${value}, ${body.slice(m[0].length)}` : `${value}. ${body}`;
}

function verdictAnswer(engine: Engine, question: string, given: Understanding, rules: YesNoRules): Answer {
  // A yes/no question weighs a plan itself ("Has it reached 400,000?" "set an ambitious target"): its evidence keeps them.
  const asked = { ...withCountWords(given), asksPast: false };
  // "...lure back people who used to drive a MiTo?" asks no person: "who" opens a clause.
  const u0 = asked.answerType !== "open" && asksThroughClause(question, asked.language, rules) ? { ...asked, answerType: "open" as const } : asked;
  const shape = questionShape(question, u0, rules);
  // "Besides the Giulia and Stelvio": what is asked about is anything else.
  const u = without(u0, shape.excluded);
  // "Is the Junior sold in the US?" "Alfa Romeo doesn't sell the Junior in the U.S.": a quote that
  // says the whole of it and denies it settles it, whatever else other articles say of the Junior.
  const asserted = assertedValue(u, engine.lexicon, question, shape);
  const denial = deniedOutright(engine, question, u, shape, rules, asserted?.slot);
  if (denial) return denial;
  // "Can it hit 400,000?" asks whether it can; the articles' 400,000 is a target, not an answer.
  const unsure = shape.possible && asserted?.type === "quantity" ? asserted.slot : undefined;
  const value = asserted && !unsure ? asserted : undefined;
  const byValue = value && answerByValue(engine, question, u, value, shape, rules);
  // When the asserted number settles nothing (no quote gives one, or it was set aside as a target
  // for a "can it?" question), or a year only dates the question ("il piano di inizio 2026 lo
  // presenta Carlos Tavares?"), the number frames it and a name is what it asserts.
  const named = asserted === undefined || asserted.slot.kind === "number" ? assertedValue(u, engine.lexicon, question, { ...shape, excluded: new Set([...shape.excluded, ...numbersOf(u)]) }) : undefined;
  // "Did Marchionne set the 400,000 target?" "...roughly 70,000, far short of the 400,000 once
  // envisioned by Marchionne": a quote that gives the asked number too frames it; the person is what is asked.
  const framesNumber = byValue?.verdict === "no" && named?.type === "person" && value !== undefined && quotesNumber(byValue, value.slot);
  if (byValue && !framesNumber) return byValue;
  const byName = named && answerByValue(engine, question, u, named, shape, rules);
  if (byName) return byName;
  if (byValue) return byValue;
  // "Was it Tim Kuniskis who...?": a name no article gives is a value no article confirms, and one may give another.
  const unknown = assertedUnknownName(u, question, engine.lexicon);
  const byUnknown = unknown && answerByValue(engine, question, unknown.u, unknown.value, shape, rules);
  if (byUnknown) return byUnknown;
  // "Will Carlos Tavares present the new plan in early 2026?" "...when Stellantis CEO Antonio Filosa
  // presents...": when nothing else it asserts settles it, the one person doing it is what it asserts.
  const doer = doerOf(u, engine.lexicon, question);
  const byDoer = doer && doer !== named?.slot && doer !== asserted?.slot && answerByValue(engine, question, u, { slot: doer, type: "person" }, shape, rules);
  // "Is Alfa going to hit 400k sales a year by 2030?": the quotes must give the number it doubts;
  // the year only frames it ("If all these models launch by 2030..." says nothing of 400,000).
  if (byDoer) return byDoer;
  const byStance = answerByStance(engine, question, unsure ? aboutNumber(u, unsure) : u, shape, rules);
  // "Is Alfa expecting to hit around 100,000 cars by the end of 2024?": when no quote gives the
  // doubted number, the number the articles do give for it settles it ("between 80 and 90 thousand").
  return (!byStance.answered && asserted && unsure && answerByValue(engine, question, u, asserted, shape, rules)) || byStance;
}

/** The understanding with one number asserted: it must be stated, the years beside it need not be. */
function aboutNumber(u: Understanding, slot: QuerySlot): Understanding {
  return withSlots(u, u.slots.map((s) => (s === slot ? { ...s, required: true } : isYear(s) ? { ...s, required: false } : s)));
}

/**
 * "is Cassino going to build just three models?": in a yes/no question a count written as a word
 * is a number asserted, as "3" would be (it still finds "four models" through its word).
 */
function withCountWords(u: Understanding): Understanding {
  const counted = (s: QuerySlot) => (s.keys.includes(NUMBER_WORD) ? countWord(fold(s.surface)) : undefined);
  if (!u.slots.some((s) => counted(s) !== undefined)) return u;
  return withSlots(
    u,
    u.slots.map((s) => {
      const n = counted(s);
      return n === undefined ? s : { ...s, kind: "number" as const, keys: [`n:${n}`, NUMBER_WORD] };
    }),
  );
}

/** "only", "solo", "soltanto", "esclusivamente", "just": the question asks whether nothing else is. */
const ONLY_BEFORE = /\b(?:only|just|exclusively|solo|soltanto|solamente|esclusivamente|unicamente)\b/iu;

/** Does a finding's phrase name, besides the asked value, another thing of the same type ("Stelvio and Giulia" for the Giulia)? */
function namesOthersOfItsKind(engine: Engine, f: Finding | undefined, value: QuerySlot): boolean {
  if (!f?.phrase) return false;
  const typeOf = (k: string) => engine.lexicon.entities.get(k.slice(2))?.type;
  const types = new Set(value.keys.filter((k) => k.startsWith("e:")).map(typeOf));
  return [...engine.keysOf(f.phrase, "en")].some((k) => k.startsWith("e:") && !value.keys.includes(k) && types.has(typeOf(k)));
}

/** Does the answer's first quote give the asked number itself ("400,000" for "400mila")? */
function quotesNumber(answer: Answer, slot: QuerySlot): boolean {
  const quote = answer.citations[0]?.quote ?? "";
  const numbers = new Set(tokenize(quote).filter((t) => t.isNumber).map((t) => `n:${t.norm}`));
  return slot.keys.some((k) => numbers.has(k));
}

/** Every number the question gives, the unsearched ones too ("around 20%"). */
const numbersOf = (u: Understanding) => [...u.slots, ...u.unsearched].filter((s) => s.kind === "number");

/**
 * The question's slot for the noun an asserted number counts ("75 mila ordini": orders), as the
 * focus of the probe, or -1. The noun may share its slot with an earlier word of the same
 * concept ("ha raccolto 75 mila ordini": "raccolto").
 */
function countedAfter(engine: Engine, u: Understanding, value: QuerySlot, question: string): number {
  const word = value.kind === "number" && question.slice(value.start, value.end) === value.surface ? /^\s+(\p{L}{3,})/u.exec(question.slice(value.end))?.[1] : undefined;
  if (!word) return -1;
  const keys = engine.keysOf(word, u.language);
  return u.slots.find((s) => (s.kind === "concept" || s.kind === "term") && s.keys.some((k) => keys.has(k)))?.start ?? -1;
}

/**
 * "Is the Stelvio built in Pomigliano?": the value asked about against the values the articles
 * give for it (where is the Stelvio built?). Undefined when the quotes give no value to judge.
 */
function answerByValue(engine: Engine, question: string, u: Understanding, value: { slot: QuerySlot; type: AnswerType }, shape: QuestionShape, rules: YesNoRules): Answer | undefined {
  const t = stringsFor(u.language).verdict;
  // Ask for the value itself: "Is the Stelvio built in Pomigliano?" -> where is the Stelvio built?
  // "75 mila ordini?" counts orders: the noun after the asserted number is what the probe counts.
  const probe: Understanding = { ...without(u, new Set([value.slot, ...nestedPlaces(value.slot, u.slots, engine.lexicon, question)])), answerType: value.type, kindAt: countedAfter(engine, u, value.slot, question) };
  const evidence = engine.evidence(probe);
  const found = evidence && { ...evidence, findings: sameMeasure(evidence.findings, value.slot, question) };
  // "the successor to the Tonale ... Melfi" is another car's plant, not a change of the Tonale's.
  const askedKeys = new Set(u.slots.flatMap((s) => s.keys));
  const sameSubject = (f: Finding) => {
    // Only the words leading up to the value: a long sentence lists other cars too.
    const at = f.phrase ? f.clause.toLowerCase().indexOf(f.phrase.toLowerCase()) : -1;
    const slots = at < 0 ? slotsWithin(engine, f, 0, f.clause.length) : slotsWithin(engine, f, Math.max(0, at - 60), at + (f.phrase?.length ?? 0));
    return !successorOfAsked(engine, slots, askedKeys) && namesAskedSuccessor(engine, askedKeys, new Set(slots.flatMap((x) => x.keys)));
  };
  // A price is matched as written: "prices start at €3 million" is no "yes" to "€2 million?",
  // though a count of at least 3 would be at least 2.
  const asked = value.type === "money" ? undefined : askedAmount(question, value.slot, u.language, rules);
  // "...can Stellantis achieve Marchionne's dream?": an article's own question asserts nothing.
  const asserts = (f: Finding) => !/\?\s*[”"»]?\s*$/u.test(f.clause);
  const asserting = found?.findings.filter((f) => sameSubject(f) && asserts(f)) ?? [];
  // "Is Imparato the head of Alfa Romeo North America?": one person holds a role, the best quote's; another quote naming the asked one holds another.
  const holder = value.type === "person" && namesRole(u, engine.lexicon);
  const judged = holder ? asserting.slice(0, 1) : asserting;
  const rest = probe.slots.filter((s) => s.required && s.kind === "entity" && !s.generic);
  const namesTheRest = (f: Finding) => {
    const keys = quotedKeys(engine, f.clause);
    return rest.every((s) => s.keys.some((k) => keys.has(k)));
  };
  let verdict = found ? judgeValues(judged, value.slot, engine.lexicon, asked && { asked, rules, factual: shape.factual }, question, namesTheRest) : null;
  // "...è passato anche da San Giorgio a Liri?": a place asked "also" is asked beside the others, so a
  // later article's other place (Cassino) is another visit, not a change.
  if (verdict === "changed" && shape.additive && value.slot.kind === "entity") verdict = "yes";
  // "Is it only offered on the Giulia?" "Stelvio and Giulia": the asked value and others of its kind is a no.
  if (verdict === "yes" && value.slot.kind === "entity" && ONLY_BEFORE.test(question.slice(0, value.slot.start)) && namesOthersOfItsKind(engine, judged[0], value.slot)) verdict = "no";
  // Another value is a "no" only if no article states this one of the subject too: Imparato
  // visited San Giorgio, and Cassino, and Pomigliano ("...presso gli stabilimenti di Cassino e di Pomigliano").
  const alsoStated = verdict === "no" && value.slot.kind === "entity" ? statedElsewhere(engine, question, u, value.slot, judged, shape, rules) : undefined;
  if (alsoStated) return alsoStated;
  // "Will the new Stelvio launch in 2025?" "2028" (2026), but an older article said 2025: it changed.
  const older = verdict === "no" && value.slot.kind === "number" && found ? olderStatement(engine, u, value.slot, judged, rules) : undefined;
  if (older && found) return changedAnswer(engine, question, u, found.findings, older);
  // "More than 40,000?" "close to 50,000": a number the articles never give is still answered,
  // and a number the quotes give but do not settle is unsettled, whatever the words around it.
  const compared = asked !== undefined && found?.findings.some((f) => f.phrase !== undefined);
  if (found && (verdict !== null || compared)) {
    const phrase = found.findings[0]?.phrase;
    const how = stance(found.lead.sentence, u.language, rules, queryKeys(probe).meaningful, phrase === undefined ? undefined : { phrase, lexicon: engine.lexicon });
    const denied = how === "denied" && verdict === "yes";
    // "likely to be built in Melfi" leaves "in Melfi?" open, but still says "in Pomigliano?" is not the plan.
    // "...potentially named GTV" for "Will it be called GTV?": a hedged quote that raises the
    // asked value itself does not rule it out, whatever other name it gives.
    const raisesAsked = verdict === "no" && value.slot.kind === "entity" && states(found.findings[0]?.clause ?? "", value.slot, engine.lexicon);
    if (how === "hedged" && !shape.hedged && (verdict !== "no" || raisesAsked)) verdict = null;
    // "Was the plan for the US dropped?" "that plan now appears shelved": the denial agrees.
    else if (denied) verdict = shape.reversed ? "yes" : "no";
    const prefix = verdict === null ? "" : `${t[verdict]} `;
    const suffix = verdict === null ? ` ${t.unsettled}` : "";
    // When the quote denies the very value asked about, the sentence itself is the answer, not the value.
    // So is a hedged one ("likely to be built in Melfi"): the bare value would drop the hedge.
    const shown = denied || verdict === null || how === "hedged" ? found.findings.map((f) => ({ ...f, phrase: undefined })) : found.findings;
    const answer = { ...answerOf(question, u, found.findings, `${prefix}${composeAnswerText(shown, u.language, true)}${suffix}`), verdict };
    return holder && verdict === "no" ? withWhatTheyAre(engine, answer, value.slot, u.language, asksOnlyTheRole(engine, u)) : answer;
  }
  return undefined;
}

/** A quote's keys, read in both languages: a quote may be in either, whatever the question's. */
export function quotedKeys(engine: Engine, text: string): Set<string> {
  return new Set([...engine.keysOf(text, "en"), ...engine.keysOf(text, "it")]);
}

/**
 * "Larry Dominique è il CEO?" "No. Jean-Philippe Imparato, ...": and what the asked person is
 * ("Larry Dominique, senior vice president of Alfa Romeo and head of the North American
 * division..."), from a quote of its own, when the articles say it: the "no" is then plain at a glance.
 */
function withWhatTheyAre(engine: Engine, answer: Answer, person: QuerySlot, language: Language, onlyPerson: boolean): Answer {
  const strings = stringsFor(language);
  const who = engine.answerText(strings.whoIs(person.surface));
  const extra = who.citations[0];
  if (!who.answered || !extra || answer.citations.some((c) => c.source === extra.source && c.quote === extra.quote)) return answer;
  // "Is Larry Dominique the CEO?": what the one person asked about is answers it, so it comes first and who
  // holds the role follows; otherwise ("Was it Marchionne who chose Imparato as CEO?") it follows the answer.
  if (!onlyPerson) return { ...answer, text: `${answer.text} ${who.text}`, citations: [...answer.citations.slice(0, engine.maxCitations - 1), extra] };
  const prefix = `${strings.verdict.no} `;
  const rest = answer.text.startsWith(prefix) ? answer.text.slice(prefix.length) : answer.text;
  return { ...answer, text: `${prefix}${who.text} ${rest}`, citations: [extra, ...answer.citations.slice(0, engine.maxCitations - 1)] };
}

/**
 * "Is Larry Dominique the CEO?" asks only whether one person holds a role; "Will CEO Carlos Tavares be the one
 * presenting the plan?" asks about an act, and a role only titles him; "...Marchionne a scegliere Imparato come CEO?" names two people.
 */
function asksOnlyTheRole(engine: Engine, u: Understanding): boolean {
  const people = u.slots.filter((s) => s.kind === "entity" && s.keys.some((k) => engine.lexicon.entities.get(k.slice(2))?.type === "person"));
  return people.length === 1 && u.slots.every((s) => s.kind === "entity" || s.generic || s.implied || s.keys.some((k) => isRoleKey(k, engine.lexicon)));
}

/** The stance answer when the best quote states every asked word itself and denies it; else undefined. */
function deniedOutright(engine: Engine, question: string, u: Understanding, shape: QuestionShape, rules: YesNoRules, value?: QuerySlot): Answer | undefined {
  const found = engine.evidence(u);
  const lead = found?.lead;
  if (!found || !lead || lead.coverage < 1 || lead.sentence.kind === "question" || shape.direction) return undefined;
  // The denial must bear on the asserted value: "...not clear, ... not be built from scratch: ... likely Belvedere" denies neither.
  const named = value && lead.sentence.slots.find((x) => x.keys.some((k) => value.keys.includes(k)));
  const near = named ? { phrase: named.surface, lexicon: engine.lexicon } : undefined;
  if (stance(lead.sentence, u.language, rules, queryKeys(u).meaningful, near) !== "denied") return undefined;
  const answer = answerByStance(engine, question, u, shape, rules);
  return answer.verdict === null ? undefined : answer;
}

/** No value asked about, or none found: the best quote's own stance, when it speaks to the question. */
function answerByStance(engine: Engine, question: string, u: Understanding, shape: QuestionShape, rules: YesNoRules): Answer {
  const t = stringsFor(u.language).verdict;
  const found = engine.evidence(u);
  const plain = engine.plain(question, u, found);
  if (!found || !plain.answered) return { ...plain, verdict: null };
  const speaks = speaksTo(engine, u, found, rules);
  if (!speaks.names || !speaks.predicate) return declined(engine, question, u);
  const verdict = plainVerdict(found, u, shape, rules, speaks, engine.settledCoverage);
  const text = verdict === null ? `${plain.text} ${t.unsettled}` : `${t[verdict]} ${plain.text}`;
  return { ...plain, text, verdict };
}

/** The share of a yes/no question's predicate words, by weight, a quote must hold to say yes by coverage. */
const SETTLED_PREDICATES = 0.5;

/**
 * No value to compare: the quote's own stance decides, and only a plain, complete match says
 * yes. A question about a change's direction needs the quote to say which way it went.
 */
function plainVerdict(found: Evidence, u: Understanding, shape: QuestionShape, rules: YesNoRules, speaks: Speaks, settledCoverage: number): Verdict {
  // An article's own question ("is the dream still realistic?") asserts nothing; a sentence
  // without the question's predicate speaks of something else about the same names.
  if (found.lead.sentence.kind === "question" || !speaks.own) return null;
  const keys = queryKeys(u).meaningful;
  const how = stance(found.lead.sentence, u.language, rules, keys);
  // "Can it reach 400,000?" "Marchionne set an ambitious target: reaching 400,000"; "Are sales
  // growing?" "...its global growth plan": a plan says neither that it can be done nor that it was.
  const planned = (shape.factual || shape.possible) && plans(found.lead.sentence, rules, keys);
  const plainly = (how === "plain" || (how === "hedged" && shape.hedged)) && !planned;
  if (shape.direction) {
    const went = directionOf(found.lead.sentence, rules, keys);
    if (went === undefined || !plainly) return how === "denied" && went === shape.direction ? "no" : null;
    return went === shape.direction ? "yes" : "no";
  }
  // "Was the plan dropped?" "that plan now appears shelved": the denial agrees. "Has it been
  // cancelled?" "rumors it had been cancelled were denied": a refuted denial says the opposite.
  if (how === "denied") return shape.reversed !== refutes(found.lead.sentence, rules) ? "yes" : "no";
  // Names and a few words in common are not enough: "The Hornet will also be sold with the same
  // plug-in drivetrain" does not say the two come from the same factory. Most of what is asserted must be there.
  const settled = found.lead.coverage >= settledCoverage && speaks.predicateShare >= SETTLED_PREDICATES;
  return plainly && !shape.reversed && (settled || speaks.complete) ? "yes" : null;
}


/**
 * Question understanding: language, spelling fixes, slots with weights, what kind of
 * fact is asked for (a place, a person, a year...), and which intent it belongs to.
 */
import type { AnswerType, IntentDef } from "../corpus/schema.js";
import { analyze, type Slot } from "../text/analyze.js";
import { detectLanguage } from "../text/language.js";
import { fold, tokenize, type Token } from "../text/normalize.js";
import type { Language } from "../types.js";
import type { CorpusIndex } from "./corpus-index.js";

/** A question slot with its weight in coverage and whether an answer must match it. */
export interface QuerySlot extends Slot {
  weight: number;
  /** Named things and numbers must be matched: "Fiat 500" is not "Giulia". */
  required: boolean;
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
}

export interface CompiledIntent {
  def: IntentDef;
  phrasings: Set<string>[];
  evidence: string[];
}

export interface Understanding {
  language: Language;
  slots: QuerySlot[];
  /** What the question's wording asks for; "open" when it does not say. */
  answerType: AnswerType;
  intent: CompiledIntent | null;
  intentScore: number;
  /** Entity ids and numbers named by the question (an answer must add something else). */
  named: Set<string>;
  /** "Who is Davide Mele?": the answer describes the named person instead of naming another. */
  describe: boolean;
}

export interface UnderstandOptions {
  /** Weight multipliers by slot kind; named things decide more than common words. */
  entityBoost: number;
  genericWeight: number;
  numberBoost: number;
  /** Weight of a concept the answer type already implies ("located" in a where-question). */
  impliedWeight: number;
  /** Weight multiplier for an ordinary word no article contains. */
  unknownWordWeight: number;
  /** Below this similarity to every phrasing, no intent is claimed. */
  minIntentScore: number;
}

/** An answer type's cue pattern ("*" in a cue stands for up to three words). */
export interface AnswerTypeCue {
  type: AnswerType;
  pattern: RegExp;
  language: Language;
  implies: string[];
}

/** Compiles answer-type cues into one regex per type and language. */
export function compileAnswerTypeCues(index: CorpusIndex): AnswerTypeCue[] {
  const out: AnswerTypeCue[] = [];
  // "{brand}" in a cue stands for any brand's alias: "which {brand}" asks for a model.
  const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const brands = index.corpus.vocabulary.entities
    .filter((e) => e.type === "brand")
    .flatMap((e) => e.aliases.map((a) => escape(fold(a)).replace(/\s+/g, "\\s+")));
  for (const entry of index.corpus.vocabulary.answerTypes) {
    for (const language of ["en", "it"] as const) {
      const cues = entry.cues[language];
      if (cues.length === 0) continue;
      const alternatives = cues.map((cue) =>
        fold(cue)
          .split(/\s+/)
          .map((w) => (w === "*" ? "(?:\\S+\\s+){0,3}?" : w === "{brand}" ? `(?:${brands.join("|")})\\s+` : `${escape(w)}\\s+`))
          .join("")
          .replace(/\\s\+$/, ""),
      );
      const pattern = new RegExp(`(?:^|[^\\p{L}])(?:${alternatives.join("|")})(?![\\p{L}])`, "u");
      out.push({ type: entry.type, language, pattern, implies: entry.implies.map((id) => `c:${id}`) });
    }
  }
  return out;
}

/** Compiles each intent's phrasings into key sets for nearest-phrasing classification. */
export function compileIntents(index: CorpusIndex): CompiledIntent[] {
  return index.corpus.vocabulary.intents.map((def) => ({
    def,
    evidence: def.evidence.map((id) => (index.lexicon.entities.has(id) ? `e:${id}` : `c:${id}`)),
    phrasings: (["en", "it"] as const).flatMap((language) =>
      def.phrasings[language].map(
        (p) =>
          new Set(
            analyze(p, language, index.lexicon, { mode: "question" }).flatMap((s) => intentKeys(index, s)),
          ),
      ),
    ),
  }));
}

const QUESTION_WORDS = new Set(["where", "who", "when", "which", "what", "how", "why", "dove", "chi", "quando", "quale", "quali", "quanto", "quanti", "quante", "perché", "come"]);

/** Finds the closest known word for a misspelt one ("giula" -> "giulia"), or nothing. */
export function spellingFix(index: CorpusIndex, token: Token): string | undefined {
  const word = token.norm;
  if (token.isNumber || word.length < 4 || index.words.has(word)) return undefined;
  const maxDistance = word.length >= 8 ? 2 : 1;
  let best: { word: string; distance: number; count: number } | undefined;
  // A word cut short ("wher") is most likely the word it begins, and a question's first word
  // is most likely a question word ("wich" -> "which", not "with"); then the commoner word.
  const first = token.start === 0;
  const rank = (c: { word: string; distance: number; count: number }) =>
    c.distance * 2 - (c.word.startsWith(word) ? 1 : 0) - (first && QUESTION_WORDS.has(c.word) ? 1 : 0);
  for (const [candidate, [count, distance]] of index.words.fuzzyGet(word, maxDistance)) {
    // A capitalised unknown word is probably a name we do not cover ("Jeep", "Fiat"): only
    // let it become another name ("Giula" -> "Giulia"), never an ordinary word ("keep", "fit").
    if (/^\p{Lu}/u.test(token.raw) && !index.lexicon.entityWords.has(candidate)) continue;
    const option = { word: candidate, distance, count };
    if (!best || rank(option) < rank(best) || (rank(option) === rank(best) && count > best.count)) best = option;
  }
  return best?.word;
}

// Topical entities (markets, platforms) say what a question is about; other entities only
// say what kind of thing it names ("a person", "a model"), so phrasings generalise.
function intentKeys(index: CorpusIndex, slot: Slot): string[] {
  return slot.keys.map((k) => {
    if (!k.startsWith("e:")) return k;
    const type = index.lexicon.entities.get(k.slice(2))?.type;
    return type === "market" || type === "platform" ? k : `type:${type}`;
  });
}

function idf(index: CorpusIndex, keys: readonly string[]): number {
  const df = keys.reduce((sum, k) => sum + (index.df.get(k) ?? 0), 0);
  return Math.log(1 + index.sentences.length / (df + 0.5));
}

function classifyIntent(index: CorpusIndex, intents: CompiledIntent[], slots: QuerySlot[], answerType: AnswerType) {
  const keys = new Set(slots.filter((s) => !s.generic).flatMap((s) => intentKeys(index, s)));
  let best: { intent: CompiledIntent; score: number } | null = null;
  for (const intent of intents) {
    let score = 0;
    for (const phrasing of intent.phrasings) {
      let shared = 0;
      for (const k of keys) if (phrasing.has(k)) shared++;
      const sim = keys.size && phrasing.size ? shared / Math.sqrt(keys.size * phrasing.size) : 0;
      score = Math.max(score, sim);
    }
    if (answerType !== "open" && intent.def.answerType === answerType) score += 0.3;
    if (!best || score > best.score) best = { intent, score };
  }
  return best;
}

/** Understands one (already cleaned) question. */
export function understand(
  question: string,
  index: CorpusIndex,
  intents: CompiledIntent[],
  cues: AnswerTypeCue[],
  options: UnderstandOptions,
): Understanding {
  const language = detectLanguage(tokenize(question), index.lexicon.languageCues);
  // Cues are read after spelling fixes, so "wher is the giula bilt" still asks for a place.
  const folded = fold(corrected(question, index)).replace(/\s+/g, " ");
  const cue = findCue(cues, folded, language);
  const analysed = analyze(question, language, index.lexicon, { mode: "question", correct: (t) => spellingFix(index, t) });
  const focusAt = focusStart(question);
  const slots = analysed
    .map((slot) => ({ ...weigh(withRoles(index, slot), index, question, cue, options), focus: false }))
    // "rn", "u", "ok": unknown chat shorthand says nothing about the topic.
    .filter((slot) => !(slot.unknownKind === "word" && slot.surface.length <= 2))
    // A word said twice is asked about once: "blah blah blah" must not outweigh the question.
    .filter((slot, i, all) => all.findIndex((other) => other.keys.join() === slot.keys.join()) === i);
  const focus = slots.find((s) => s.start === focusAt && (s.kind === "concept" || s.kind === "term") && !s.unknown);
  if (focus) focus.focus = true;
  // "Who is Davide Mele?" names only people: it asks what they are, not for another name.
  const meaningful = slots.filter((s) => !s.generic);
  const describe =
    cue?.type === "person" && meaningful.length > 0 && meaningful.every((s) => s.keys.some((k) => index.lexicon.entities.get(k.slice(2))?.type === "person"));
  const answerType = describe ? "role" : (cue?.type ?? "open");
  const best = classifyIntent(index, intents, slots, cue?.type ?? "open");
  const intent = best && best.score >= options.minIntentScore ? best.intent : null;
  const named = new Set(slots.flatMap((s) => s.keys.filter((k) => k.startsWith("e:") || k.startsWith("n:"))));
  return { language, slots, answerType, intent, intentScore: best?.score ?? 0, named, describe };
}

// "which shops", "what kind of platform", "quale concessionaria": the noun names the answer.
const FOCUS = /(?:^|[^\p{L}])(?:which|what|quale|quali|che)\s+(?:kinds?\s+of\s+|types?\s+of\s+|sorts?\s+of\s+|tip[oi]\s+di\s+)?(?=\p{L})/iu;

/** Offset of the word a which/what question asks about, or -1. */
function focusStart(question: string): number {
  const m = FOCUS.exec(question);
  return m ? m.index + m[0].length : -1;
}

/**
 * The answer-type cue of a question: the longest wording that matches ("in che anno" asks
 * for a year even though "in che" alone would ask for a place), in the question's language
 * first.
 */
function findCue(cues: AnswerTypeCue[], folded: string, language: Language): AnswerTypeCue | undefined {
  const longest = (candidates: AnswerTypeCue[]) => {
    let best: { cue: AnswerTypeCue; length: number } | undefined;
    for (const cue of candidates) {
      const m = cue.pattern.exec(folded);
      if (m && (!best || m[0].length > best.length)) best = { cue, length: m[0].length };
    }
    return best?.cue;
  };
  // "What kind of models...": an "open" cue exists to cancel a type, so it wins when it matches.
  const open = cues.find((c) => c.type === "open" && c.pattern.test(folded));
  return open ?? longest(cues.filter((c) => c.language === language)) ?? longest(cues);
}

/** The question with misspelt words replaced by their fixes. */
function corrected(question: string, index: CorpusIndex): string {
  let out = "";
  let at = 0;
  for (const t of tokenize(question)) {
    const fix = spellingFix(index, t);
    if (fix === undefined) continue;
    out += question.slice(at, t.start) + fix;
    at = t.end;
  }
  return out + question.slice(at);
}

/** A role word ("CEO") also matches sentences naming someone who holds it (`r:` keys). */
function withRoles(index: CorpusIndex, slot: Slot): Slot {
  if (slot.kind !== "concept") return slot;
  const roles = slot.keys.filter((k) => index.df.has(`r:${k.slice(2)}`)).map((k) => `r:${k.slice(2)}`);
  return roles.length ? { ...slot, keys: [...slot.keys, ...roles] } : slot;
}

/** Looks like a name: capitalised, not the first word, in a question not written in capitals. */
function looksLikeName(slot: Slot, question: string): boolean {
  const firstLetter = question.search(/\p{L}/u);
  const shouting = question.replace(/[^\p{L}]/gu, "").length > 0 && question === question.toUpperCase();
  return !shouting && slot.start > firstLetter && /^\p{Lu}/u.test(slot.surface);
}

function weigh(
  slot: Slot,
  index: CorpusIndex,
  question: string,
  cue: AnswerTypeCue | undefined,
  options: UnderstandOptions,
): Omit<QuerySlot, "focus"> {
  const entityIds = slot.keys.filter((k) => k.startsWith("e:")).map((k) => index.lexicon.entities.get(k.slice(2)));
  const generic = entityIds.length > 0 && entityIds.every((e) => e?.generic);
  const unknown = slot.keys.every((k) => !index.df.has(k));
  const implied = cue !== undefined && slot.kind === "concept" && slot.keys.every((k) => cue.implies.includes(k) || k.startsWith("r:"));
  let unknownKind: QuerySlot["unknownKind"] = null;
  if (unknown) {
    if (slot.kind === "entity" || (slot.kind === "term" && looksLikeName(slot, question))) unknownKind = "name";
    // "Which town...": a word the question type already implies is never the missing topic.
    else if (slot.kind === "concept" && !implied) unknownKind = "absent-topic";
    else unknownKind = "word";
  }
  let weight = idf(index, slot.keys);
  if (slot.kind === "entity") weight *= generic ? options.genericWeight : options.entityBoost;
  if (slot.kind === "number") weight *= options.numberBoost;
  if (unknownKind === "word") weight *= options.unknownWordWeight;
  if (implied) weight *= options.impliedWeight;
  if (slot.kind === "concept") weight *= Math.max(...slot.keys.map((k) => index.lexicon.conceptWeights.get(k) ?? 1));
  return { ...slot, weight, unknown, unknownKind, generic, required: (slot.kind === "entity" && !generic) || slot.kind === "number" };
}

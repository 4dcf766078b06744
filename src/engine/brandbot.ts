/**
 * The answer engine: question in, `Answer` out. Pure and synchronous; it never throws,
 * and it declines rather than guesses when the documents do not hold what was asked.
 */
import { ingestDefaults, type IngestOptions } from "../corpus/ingest.js";
import type { ValidCorpus } from "../corpus/validate.js";
import { silentLogger, type Answer, type Brandbot, type DocumentInfo, type Language, type Logger } from "../types.js";
import { composeAnswerText, declineMessage, helpBody, stringsFor } from "./compose.js";
import { expandQuote } from "./context.js";
import { buildCorpusIndex, type CorpusIndex } from "./corpus-index.js";
import { emptyGazetteer, type Gazetteer } from "./discover/gazetteer.js";
import { resolveFollowUp } from "./followup.js";
import { finding, pickQuotes } from "./quotes.js";
import { isAnswer, rankSentences, type RankOptions } from "./rank.js";
import { retrieveDefaults } from "./retrieve.js";
import { typeFitDefaults } from "./answer-types.js";
import { extractDefaults } from "./extract.js";
import { answerOf, answerParts, answerYesNo, type Engine, type Evidence } from "./compound.js";
import { compilePartRules, namesTogether, splitClauses, splitCoordinated } from "./parts.js";
import { compileYesNo, isYesNo } from "./verdict.js";
import { analyze } from "../text/analyze.js";
import { tokenize } from "../text/normalize.js";
import { leadAnswer, recencyDefaults, type RecencyOptions } from "./recency.js";
import { createSuggester, type QuestionProfile } from "./suggest.js";
import { compileAnswerTypeCues, compileIntents, understand, understandDefaults, type QuerySlot, type UnderstandOptions, type Understanding } from "./understand.js";

export interface BrandbotOptions {
  /** Longer questions are answered from their start, with a note saying so. */
  maxQuestionLength: number;
  /** At most this many quotes per answer. */
  maxCitations: number;
  rank: RankOptions;
  recency: RecencyOptions;
  understand: UnderstandOptions;
  ingest: IngestOptions;
  /** Tells which discovered names are towns, countries and continents; the composition root loads one. */
  gazetteer: Gazetteer;
  /** A prebuilt index of this corpus (restored from a snapshot), so nothing is indexed again. */
  index?: CorpusIndex;
  logger: Logger;
}

/** Every tunable in one place; `createBrandbot` merges the caller's options over these. */
export const defaults: BrandbotOptions = {
  maxQuestionLength: 500,
  maxCitations: 3,
  rank: {
    ...retrieveDefaults,
    ...typeFitDefaults,
    ...extractDefaults,
    rescored: 12,
    contextCredit: [0.6, 0.45],
    titleCredit: 0.4,
    documentCredit: 0.25,
    adjacencyWindow: 3,
    minCoverage: 0.55,
    typeBonus: 0.4,
    softTypeShare: 0.5,
    adjacencyBonus: 0.15,
    evidenceBonus: 0.05,
    completeBonus: 0.2,
    focusBonus: 0.1,
    sameLanguageBonus: 0.03,
    headingPenalty: 0.2,
    focusPenalty: 0.25,
    minPredicateShare: 0.25,
    questionPenalty: 0.3,
    secondaryRatio: 0.88,
    conflictRatio: 0.95,
  },
  recency: recencyDefaults,
  understand: understandDefaults,
  ingest: ingestDefaults,
  gazetteer: emptyGazetteer,
  logger: silentLogger,
};

export type BrandbotConfig = Partial<Omit<BrandbotOptions, "rank" | "understand" | "ingest">> & {
  rank?: Partial<RankOptions>;
  understand?: Partial<UnderstandOptions>;
  ingest?: Partial<IngestOptions>;
};

// Chat markup and invisible characters carry no meaning for the question.
const MARKUP = /<[@#!][^>]*>|@(?:everyone|here)\b|\|\||```|`/g;
const CONTROL = /[\p{Cc}\p{Cf}\p{Co}\p{Cn}]/gu;
// Greetings, thanks and "what can you do": the help reply, not a decline.
const SMALL_TALK =
  /^(?:help|aiuto|\?|start|hi|hey|hello|ciao|salve|buongiorno|thanks?|thank you|thx|grazie(?: mille)?|who are you|what are you|what can you do|what do you know|how can you help|chi sei|cosa sai fare|cosa puoi fare|come puoi aiutarmi)[\s!?.]*$/i;

/** Cleans raw input into a question; reports whether it had to be cut. */
export function cleanQuestion(input: unknown, max: number): { text: string; truncated: boolean } {
  let raw = "";
  try {
    raw = typeof input === "string" ? input : String(input ?? "");
  } catch {
    // An object whose toString throws (or has none) is no question at all.
  }
  const wellFormed = raw.toWellFormed();
  const cut = [...wellFormed.slice(0, max * 4)].slice(0, max).join("");
  const truncated = [...wellFormed.slice(0, max * 4 + 1)].length > max;
  const text = cut.replace(CONTROL, " ").replace(MARKUP, " ").replace(/\s+/g, " ").trim();
  return { text, truncated };
}

/** Builds the bot for a validated corpus; indexing happens here, once. */
export function createBrandbot(corpus: ValidCorpus, config: BrandbotConfig = {}): Brandbot {
  const o: BrandbotOptions = {
    ...defaults,
    ...config,
    rank: { ...defaults.rank, ...config.rank },
    understand: { ...defaults.understand, ...config.understand },
    ingest: { ...defaults.ingest, ...config.ingest },
  };
  const started = performance.now();
  const index = o.index ?? buildCorpusIndex(corpus, o.ingest, {}, o.gazetteer);
  const intents = compileIntents(index);
  const cues = compileAnswerTypeCues(index);
  const yesNo = compileYesNo(corpus.vocabulary);
  const partRules = compilePartRules(corpus.vocabulary);
  o.logger.info(
    { documents: corpus.documents.length, sentences: index.sentences.length, ms: Math.round(performance.now() - started) },
    "index built",
  );
  /** A reply that is not an answer: its message, then what the bot covers. */
  const reply = (question: string, language: Language, message: string, kind: Answer["kind"] = "decline"): Answer => {
    const lists = { topics: corpus.vocabulary.topics[language], examples: corpus.vocabulary.examples[language] };
    return {
      question,
      kind,
      answered: false,
      intent: null,
      language,
      text: `${message} ${helpBody(language, lists)}`,
      citations: [],
      help: { message, ...lists },
    };
  };
  const help = (question: string, language: Language) => reply(question, language, stringsFor(language).help(corpus.documents.length), "help");

  /** The best evidence for an understood question: the lead quote and the findings to cite. */
  const evidence = (u: Understanding): Evidence | undefined => {
    const ranked = rankSentences(index, u, o.rank);
    const best = ranked.find((x) => isAnswer(x, o.rank));
    if (!best) return undefined;
    const lead = leadAnswer(index, u, ranked, best, { ...o.rank, ...o.recency });
    return { lead, findings: pickQuotes(ranked, lead, o, u, (x) => finding(index, u, x)) };
  };

  /** One plain question: the answer with its quotes, or a decline that says what is missing. */
  const plain = (question: string, u: Understanding, given?: Evidence): Answer => {
    // No intent on a decline: it would claim an understanding the answer does not show.
    const decline = (unknownWords: string[] = []) => reply(question, u.language, declineMessage(u.language, unknownWords));
    // "why?" alone: the question word is all there is, and nothing to look for.
    const asked = u.slots.filter((s) => !s.generic && !s.implied);
    if (asked.length === 0) return decline();
    // A name or a topic the articles never mention settles it; an unknown ordinary word
    // only weighs against coverage ("besides", "slot" must not sink a good question).
    const unknown = asked.filter((s) => s.unknown);
    if (unknown.some((s) => s.unknownKind !== "word")) return decline(unknown.map((s) => s.surface));
    const found = given ?? evidence(u);
    if (!found) return decline(unknown.map((s) => s.surface));
    return answerOf(question, u, found.findings, composeAnswerText(found.findings, u.language, u.answerType !== "role" && u.answerType !== "reason"));
  };

  const namedIn = (text: string, language: Language) =>
    analyze(text, language, index.lexicon, { mode: "question" })
      .filter((s) => s.kind === "entity" && !s.keys.every((k) => index.lexicon.entities.get(k.slice(2))?.generic))
      .map((s) => s.surface);
  const entityType = (s: QuerySlot) => s.keys.map((k) => index.lexicon.entities.get(k.slice(2))?.type).find((t) => t !== undefined);
  const engine: Engine = {
    lexicon: index.lexicon,
    evidence,
    plain,
    answerText: (q) => answerClean(q, q, false),
    keysOf: (text, language) => new Set(analyze(text, language, index.lexicon, { mode: "document" }).flatMap((s) => s.keys)),
    otherSubject: ["c:successor"],
    maxCitations: o.maxCitations,
  };

  /** Any question: a yes/no one gets a verdict, two questions in one are answered part by part. */
  const answerClean = (question: string, text: string, compound = true): Answer => {
    if (text === "" || SMALL_TALK.test(text)) return help(question, /^(?:aiuto|ciao|salve|buongiorno|grazie|chi sei|cosa|come)/i.test(text) ? "it" : "en");
    const u = understand(text, index, intents, cues, o.understand);
    if (!compound) return plain(question, u);
    const asksWh = tokenize(text).some((t) => partRules.questionWords[u.language].has(t.norm));
    if (isYesNo(text, u.language, yesNo, asksWh)) return answerYesNo(engine, question, u, yesNo);
    const clauses = splitClauses(text, u.language, partRules, (part) => namedIn(part, u.language));
    if (clauses) return answerParts(engine, question, clauses, u.language);
    // "Where are the Stelvio and the Junior built?": one answer for each, unless the best quote
    // speaks of the two as one ("the new Giulia and Stelvio will be produced at Cassino").
    const each = splitCoordinated(text, u.slots, entityType, partRules, u.language);
    const whole = plain(question, u);
    if (!each || (whole.answered && namesTogether(whole.citations[0]?.quote ?? "", each.names, partRules))) return whole;
    const parts = answerParts(engine, question, each.questions, u.language);
    // Parts that answer nothing the whole did not: the whole answer reads better.
    return whole.answered && !parts.answered ? whole : parts;
  };

  /** A follow-up is answered as the whole question it stands for, else as it stands. */
  const answerFollowUp = (asked: string, text: string, previous: Answer): Answer => {
    const cleanPrevious = cleanQuestion(previous.resolvedQuestion ?? previous.question, o.maxQuestionLength).text;
    const resolved = resolveFollowUp(cleanPrevious, text, index, cues);
    if (resolved) {
      const answer = answerClean(asked, resolved);
      if (answer.answered) return { ...answer, resolvedQuestion: resolved };
    }
    return answerClean(asked, text);
  };

  /** What a question names and talks about, for ranking suggestions. */
  const profile = (question: string): QuestionProfile => {
    const u = understand(cleanQuestion(question, o.maxQuestionLength).text, index, intents, cues, o.understand);
    return { named: u.named, keys: new Set(u.slots.filter((s) => !s.generic && !s.unknown).flatMap((s) => s.keys)) };
  };
  const suggester = createSuggester({
    // The curated help examples first, then every intent's phrasings.
    candidates: (language) => [...corpus.vocabulary.examples[language], ...corpus.vocabulary.intents.flatMap((i) => i.phrasings[language])],
    answer: (question) => answerClean(question, cleanQuestion(question, o.maxQuestionLength).text),
    profile,
  });

  return {
    answer(question, previous) {
      const { text, truncated } = cleanQuestion(question, o.maxQuestionLength);
      // Only the cleaned question (at most maxQuestionLength characters) is kept: never the raw input.
      const asked = text;
      try {
        const answer = previous ? answerFollowUp(asked, text, previous) : answerClean(asked, text);
        if (!truncated) return answer;
        return { ...answer, truncated, text: `${answer.text} ${stringsFor(answer.language).truncated(o.maxQuestionLength)}` };
      } catch (error) {
        o.logger.error({ err: error, question: text.slice(0, 200) }, "answer failed");
        return reply(asked, "en", stringsFor("en").failure);
      }
    },
    help: (language = "en") => help("", language),
    expand: (citation, around = 2) => {
      try {
        return expandQuote(index, citation, around);
      } catch (error) {
        o.logger.error({ err: error, source: String(citation?.source).slice(0, 200) }, "expand failed");
        return null;
      }
    },
    suggest: (answer, max = 3) => {
      try {
        return suggester(answer, max);
      } catch (error) {
        o.logger.error({ err: error, question: String(answer?.question).slice(0, 200) }, "suggest failed");
        return [];
      }
    },
    sources: (): DocumentInfo[] => {
      const counts = index.documents.sentenceCounts;
      return corpus.documents.map((d, i) => ({
        source: d.meta.file,
        title: d.meta.title,
        language: d.language,
        date: d.meta.date,
        dateInferred: d.meta.dateInferred,
        url: d.meta.url,
        sentences: counts[i] ?? 0,
      }));
    },
    stats: () => ({ documents: corpus.documents.length, sentences: index.sentences.length }),
  };
}

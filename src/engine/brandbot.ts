/**
 * The answer engine: question in, `Answer` out. Pure and synchronous; it never throws,
 * and it declines rather than guesses when the documents do not hold what was asked.
 */
import type { ValidCorpus } from "../corpus/validate.js";
import type { Answer, Brandbot, DocumentInfo } from "../types.js";
import { Answerer } from "./answerer.js";
import { focusQuestion } from "./chat-padding.js";
import { cleanQuestion } from "./clean.js";
import { stringsFor } from "./compose.js";
import { expandQuote } from "./context.js";
import { buildCorpusIndex } from "./corpus-index.js";
import { mergeOptions, type BrandbotConfig } from "./options.js";
import { createSuggester } from "./suggest.js";

export { cleanQuestion } from "./clean.js";
export { defaults, type BrandbotConfig, type BrandbotOptions } from "./options.js";

/** Builds the bot for a validated corpus; indexing happens here, once (or never, given a snapshot's index). */
export function createBrandbot(corpus: ValidCorpus, config: BrandbotConfig = {}): Brandbot {
  const o = mergeOptions(config);
  const started = performance.now();
  const index = o.index ?? buildCorpusIndex(corpus, o.ingest, {}, o.gazetteer);
  const answerer = new Answerer(corpus, index, o);
  o.logger.info({ documents: corpus.documents.length, sentences: index.sentences.length, ms: Math.round(performance.now() - started) }, "index built");
  const suggester = createSuggester({
    // The derived help examples first, then every intent's phrasings.
    candidates: (language) => [...answerer.help(language).examples, ...corpus.vocabulary.intents.flatMap((i) => i.phrasings[language])],
    answer: (question) => answerer.answerClean(question, focusQuestion(cleanQuestion(question, o.maxQuestionLength).text)),
    profile: (question) => answerer.profile(question),
  });
  const guarded = <T>(what: string, fallback: T, detail: Record<string, unknown>, run: () => T): T => {
    try {
      return run();
    } catch (error) {
      o.logger.error({ err: error, ...detail }, `${what} failed`);
      return fallback;
    }
  };

  return {
    answer(question, previous) {
      // Only the cleaned question (at most maxQuestionLength characters) is kept: never the raw input.
      const { text, truncated } = cleanQuestion(question, o.maxQuestionLength);
      const message = stringsFor("en").failure;
      const bare: Answer = { question: text, kind: "decline", answered: false, intent: null, language: "en", text: message, citations: [] };
      const failed = () => guarded("help", bare, {}, () => answerer.reply(text, "en", message));
      return guarded("answer", undefined, { question: text.slice(0, 200) }, () => {
        // The question itself, out of its chat padding; the answer shows the message as sent.
        const asked = focusQuestion(text);
        const answer = previous ? answerer.answerFollowUp(text, asked, previous) : answerer.answerClean(text, asked);
        if (!truncated) return answer;
        return { ...answer, truncated, text: `${answer.text} ${stringsFor(answer.language).truncated(o.maxQuestionLength)}` };
      }) ?? failed();
    },
    help: (language = "en") => answerer.helpReply("", language),
    expand: (citation, around = 2) => guarded("expand", null, { source: String(citation?.source).slice(0, 200) }, () => expandQuote(index, citation, around)),
    suggest: (answer, max = 3) => guarded("suggest", [], { question: String(answer?.question).slice(0, 200) }, () => suggester(answer, max)),
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

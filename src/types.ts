/**
 * Platform-neutral types shared by the core and every adapter.
 * Adapters render these; they never reach into the engine's internals.
 */

/** The two languages the bot understands and answers in. */
export type Language = "en" | "it";

/**
 * One verbatim quote from a source document.
 * `quote` is always `text.slice(start, end)` of the source file's decoded text, so a
 * reader (or a test) can check it against the document without trusting the engine.
 */
export interface Citation {
  /** File name inside `seeds/`, e.g. `000_0ec8988f766c771a.txt`. */
  source: string;
  /** Human title of the document, from `corpus/documents.json`. */
  title: string;
  /** Contiguous, verbatim span of the source. */
  quote: string;
  /** Publication date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`), when known. */
  date: string | null;
  /** True when the date is inferred from the article's content rather than stated. */
  dateInferred: boolean;
  /** Link to the original article, when known. */
  url: string | null;
  /** Character offsets of `quote` in the decoded source text. */
  start: number;
  end: number;
}

/** What the bot can talk about, shown on help and with every decline. */
export interface HelpInfo {
  /** The reply without the lists ("The documents I have don't cover that..."), for adapters that render the lists themselves. */
  message: string;
  topics: string[];
  examples: string[];
}

/** A yes/no question's verdict: null when the question is not yes/no or the quotes do not settle it. */
export type Verdict = "yes" | "no" | "changed" | null;

/** One part of a two-part question, answered on its own. */
export interface AnswerPart {
  question: string;
  answered: boolean;
  text: string;
  citations: Citation[];
}

/**
 * The answer to one question. `answered: false` means the documents do not cover it;
 * `text` then explains that plainly and `help` lists topics and example questions.
 */
export interface Answer {
  question: string;
  /**
   * What this reply is, decided once here so every adapter treats it alike: an answer, a
   * decline (the documents do not cover it: worth a curator's attention) or the help reply
   * (empty input, "help", greetings, thanks: never counted as unanswered).
   */
  kind: "answer" | "decline" | "help";
  answered: boolean;
  /** Intent id from `corpus/vocabulary.json`, "general" for an answer no intent claims, null on a decline. */
  intent: string | null;
  language: Language;
  /** Short direct answer (or the decline), in the question's language. Plain text, no markup. */
  text: string;
  /** One to three quotes, strongest first; empty when declined. */
  citations: Citation[];
  /** Present on declines and on help replies. */
  help?: HelpInfo;
  /** Set when the question was cut to the maximum length before answering. */
  truncated?: boolean;
  /** For a follow-up ("and the Tonale?"), the whole question it was answered as. */
  resolvedQuestion?: string;
  /** For a yes/no question the articles settle: yes, no, or changed between articles. */
  verdict?: Verdict;
  /** For a question that asks two things, each part's own answer, in the order asked. */
  parts?: AnswerPart[];
}

/** A verbatim span of a source document: `text` is `documentText.slice(start, end)`. */
export interface TextSpan {
  text: string;
  start: number;
  end: number;
}

/**
 * Enough of a citation to find it again: what a "Show context" button can carry. With
 * `quote`, the span is checked against the document, so a stale button (the article was
 * edited and reloaded) is refused rather than showing the wrong sentences.
 */
export type QuoteRef = Pick<Citation, "source" | "start" | "end"> & { quote?: string };

/** A quote with the sentences around it in its article ("Show context"), every part verbatim. */
export interface QuoteContext {
  source: string;
  title: string;
  date: string | null;
  language: Language;
  /** Up to `around` sentences before the quote, in document order. */
  before: TextSpan[];
  /** The quoted sentence(s), widened to whole sentences. */
  quote: TextSpan;
  /** Up to `around` sentences after the quote. */
  after: TextSpan[];
}

/** Metadata about one document, as listed by `:sources` and health checks. */
export interface DocumentInfo {
  source: string;
  title: string;
  language: Language;
  date: string | null;
  dateInferred: boolean;
  url: string | null;
  sentences: number;
}

/**
 * The logger the core accepts. Structured first argument, pino-compatible, so the
 * composition root can pass a pino logger and tests can pass a recording one.
 */
export interface Logger {
  debug(obj: object, msg?: string): void;
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

/** A logger that drops everything: the default, so the core never writes to the console. */
export const silentLogger: Logger = {
  debug() {},
  info() {},
  warn() {},
  error() {},
};

/**
 * The whole surface the adapters use. Built once by the composition root from a
 * loaded corpus; answering is synchronous and pure.
 */
export interface Brandbot {
  /**
   * Answers one question; never throws, whatever the input. With `previous` (the last
   * answer in the same conversation) a follow-up such as "and the Tonale?" is resolved
   * against it; one that cannot be resolved is answered as a fresh question.
   */
  answer(question: string, previous?: Answer): Answer;
  /** The help reply (topics and example questions) in a language. */
  help(language?: Language): Answer;
  /**
   * The sentences around a quote in its article (`around` on each side, default 2), so a
   * reader can check the quote is not taken out of context; null when the quote is not
   * (or no longer) in the corpus.
   */
  expand(citation: QuoteRef, around?: number): QuoteContext | null;
  /**
   * Up to `max` (default 3) related questions the corpus does answer, in the answer's
   * language: after an answer, ones about the same intent and named things; after a
   * decline, the closest answerable ones. Never the question itself.
   */
  suggest(answer: Answer, max?: number): string[];
  /** The documents behind the answers. */
  sources(): DocumentInfo[];
  /** Index figures for health checks and logs. */
  stats(): { documents: number; sentences: number };
}

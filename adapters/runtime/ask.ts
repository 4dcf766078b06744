/**
 * One question from one person on one platform, the same way everywhere: the shared
 * per-user rate limit, the answer (as a follow-up within its conversation), suggested
 * questions, exactly one structured log line (adapter, language, intent, answered,
 * sources, latency, hashed user id) and one row in the question log. Adapters only
 * format and send.
 */
import { createHmac, randomBytes } from "node:crypto";
import { cleanQuestion, defaults } from "../../src/core.js";
import type { Answer, Language } from "../../src/types.js";
import type { AdapterDeps } from "./index.js";
import type { Vote } from "./question-log.js";

export interface Question {
  /** "slack", "discord", "repl"... */
  adapter: string;
  /** Platform user id; never logged as is. */
  userId: string;
  question: string;
  /** Language for a help reply when the question is empty. */
  language?: Language;
  /** Which door the question came through ("slash", "mention", "dm"), for the logs. */
  via?: string;
  /**
   * The conversation it belongs to (`slack:C1:1700000000.000100`, `discord:dm:123`,
   * `repl:...`): a follow-up resolves against that conversation's last answer. Without
   * one the question is answered on its own.
   */
  conversation?: string;
}

/**
 * An answer to send, with the id its feedback buttons carry (null for help replies, which
 * are not logged) and up to three suggested questions; or a note that the user must wait.
 */
export type Asked = { kind: "answer"; answer: Answer; id: string | null; suggestions: string[] } | { kind: "limited"; retryAfterMs: number };

// Used only when the composition root gave no key (tests, embedders): still keyed, never reversible.
const PROCESS_KEY = randomBytes(32);

/**
 * A stable pseudonym for a user: enough to count questions per person, useless to identify
 * them. Keyed (HMAC-SHA-256), because platform ids are public and few: an unkeyed hash is
 * reversed by hashing candidate ids.
 */
export function hashUser(adapter: string, userId: string, key: Uint8Array = PROCESS_KEY): string {
  return createHmac("sha256", key).update(`${adapter}\0${userId}`).digest("hex").slice(0, 16);
}

/**
 * The question as it is kept in the log: what the core answers (cleaned, at most its first
 * 500 characters), so no mention (`<@U123>`), markup or control character is stored.
 */
export function storedQuestion(question: string): string {
  return cleanQuestion(question, defaults.maxQuestionLength).text;
}

/** Answers `q` for its user, or says how long they must wait; logs one line either way. */
export async function askQuestion(deps: AdapterDeps, q: Question): Promise<Asked> {
  const user = hashUser(q.adapter, q.userId, deps.hashKey);
  // Everything costs a token, help included: a help reply is a public post like any other.
  const decision = await deps.limiter.take(`${q.adapter}:${q.userId}`);
  if (!decision.allowed) {
    deps.logger.info({ adapter: q.adapter, via: q.via, user, retryAfterMs: decision.retryAfterMs }, "question refused: rate limit");
    return { kind: "limited", retryAfterMs: decision.retryAfterMs };
  }
  const started = performance.now();
  const question = storedQuestion(q.question);
  // With a shared store the latency includes the store's round trips: that is what the user waits for.
  // A conversation's answer takes its turn inside `conversations.ask`, once its last turn is read.
  const inConversation = q.conversation !== undefined && deps.conversations !== undefined;
  if (!inConversation) await deps.turns?.next();
  let answer = inConversation ? await deps.conversations!.ask(q.conversation!, q.question) : deps.bot.answer(q.question);
  // Nothing to read a language from: the platform's (a Discord server's locale) decides.
  if (answer.kind === "help" && question === "" && q.language) answer = deps.bot.help(q.language);
  const latencyMs = Math.round((performance.now() - started) * 1000) / 1000;
  const help = answer.kind === "help";
  // Help is not a question about the brand plan: no row in the question log, so never "unanswered".
  const id = help ? null : randomBytes(9).toString("base64url");
  const sources = answer.citations.map((c) => c.source);
  deps.logger.info(
    {
      adapter: q.adapter,
      via: q.via,
      user,
      id,
      kind: answer.kind,
      language: answer.language,
      intent: answer.intent,
      answered: answer.answered,
      ...(answer.resolvedQuestion ? { resolved: true } : {}),
      sources,
      latencyMs,
    },
    help ? "help shown" : "question answered",
  );
  if (id !== null) {
    deps.questionLog?.record({
      id,
      at: Date.now(),
      adapter: q.adapter,
      via: q.via ?? null,
      user,
      language: answer.language,
      intent: answer.intent,
      answered: answer.answered,
      question,
      resolvedQuestion: answer.resolvedQuestion ?? null,
      sources,
      latencyMs,
    });
  }
  return { kind: "answer", answer, id, suggestions: help ? [] : deps.bot.suggest(answer) };
}

/** A thumbs up or down from a feedback button. */
export interface Feedback {
  adapter: string;
  /** Platform id of whoever clicked; only its hash is stored. */
  userId: string;
  /** The id {@link askQuestion} gave the answer (carried by the button). */
  questionId: string;
  vote: Vote;
}

/**
 * Records a vote in the question log and logs one line; returns whether it was stored.
 * A vote that cannot be stored (no log, unknown id) is logged as a warning, never dropped silently.
 */
export async function recordFeedback(deps: AdapterDeps, f: Feedback): Promise<boolean> {
  const user = hashUser(f.adapter, f.userId, deps.hashKey);
  const stored = (await deps.questionLog?.feedback(f.questionId, user, f.vote, Date.now())) ?? false;
  const line = { adapter: f.adapter, user, id: f.questionId, vote: f.vote, stored };
  if (stored) deps.logger.info(line, "feedback received");
  else deps.logger.warn(line, deps.questionLog ? "feedback not stored: unknown question id" : "feedback not stored: no question log");
  return stored;
}

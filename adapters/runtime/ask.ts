/**
 * One question from one person on one platform, the same way everywhere: the shared
 * per-user rate limit, the answer (as a follow-up within its conversation), suggested
 * questions, exactly one structured log line (adapter, language, intent, answered,
 * sources, latency, hashed user id) and one row in the question log. Adapters only
 * format and send.
 */
import { createHash, randomBytes } from "node:crypto";
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

const HELP_WORDS = new Set(["", "help", "aiuto", "?"]);

/** A stable pseudonym for a user: enough to count questions per person, useless to identify them. */
export function hashUser(adapter: string, userId: string): string {
  return createHash("sha256").update(`brandbot\0${adapter}\0${userId}`).digest("hex").slice(0, 16);
}

/** Answers `q` for its user, or says how long they must wait; logs one line either way. */
export async function askQuestion(deps: AdapterDeps, q: Question): Promise<Asked> {
  const text = q.question.trim();
  const user = hashUser(q.adapter, q.userId);
  const word = text.toLowerCase();
  // Asking for help costs nothing: it is how people find out what to ask.
  if (HELP_WORDS.has(word)) return { kind: "answer", answer: deps.bot.help(word === "aiuto" ? "it" : (q.language ?? "en")), id: null, suggestions: [] };
  const decision = await deps.limiter.take(`${q.adapter}:${q.userId}`);
  if (!decision.allowed) {
    deps.logger.info({ adapter: q.adapter, via: q.via, user, retryAfterMs: decision.retryAfterMs }, "question refused: rate limit");
    return { kind: "limited", retryAfterMs: decision.retryAfterMs };
  }
  const started = performance.now();
  // With a shared store the latency includes the store's round trips: that is what the user waits for.
  const answer = q.conversation && deps.conversations ? await deps.conversations.ask(q.conversation, text) : deps.bot.answer(text);
  const latencyMs = Math.round((performance.now() - started) * 1000) / 1000;
  const id = randomBytes(9).toString("base64url");
  const sources = answer.citations.map((c) => c.source);
  deps.logger.info(
    {
      adapter: q.adapter,
      via: q.via,
      user,
      id,
      language: answer.language,
      intent: answer.intent,
      answered: answer.answered,
      ...(answer.resolvedQuestion ? { resolved: true } : {}),
      sources,
      latencyMs,
    },
    "question answered",
  );
  deps.questionLog?.record({
    id,
    at: Date.now(),
    adapter: q.adapter,
    via: q.via ?? null,
    user,
    language: answer.language,
    intent: answer.intent,
    answered: answer.answered,
    question: text,
    resolvedQuestion: answer.resolvedQuestion ?? null,
    sources,
    latencyMs,
  });
  return { kind: "answer", answer, id, suggestions: deps.bot.suggest(answer) };
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
  const user = hashUser(f.adapter, f.userId);
  const stored = (await deps.questionLog?.feedback(f.questionId, user, f.vote, Date.now())) ?? false;
  const line = { adapter: f.adapter, user, id: f.questionId, vote: f.vote, stored };
  if (stored) deps.logger.info(line, "feedback received");
  else deps.logger.warn(line, deps.questionLog ? "feedback not stored: unknown question id" : "feedback not stored: no question log");
  return stored;
}

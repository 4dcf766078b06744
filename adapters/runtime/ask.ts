/**
 * One question from one person on one platform, the same way everywhere: the shared
 * per-user rate limit, the answer, and exactly one structured log line (adapter, language,
 * intent, answered, sources, latency, hashed user id). Adapters only format and send.
 */
import { createHash } from "node:crypto";
import type { Answer, Language } from "../../src/types.js";
import type { AdapterDeps } from "./index.js";

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
}

/** An answer to send, or a note that the user must wait. */
export type Asked = { kind: "answer"; answer: Answer } | { kind: "limited"; retryAfterMs: number };

const HELP_WORDS = new Set(["", "help", "aiuto", "?"]);

/** A stable pseudonym for a user: enough to count questions per person, useless to identify them. */
export function hashUser(adapter: string, userId: string): string {
  return createHash("sha256").update(`brandbot\0${adapter}\0${userId}`).digest("hex").slice(0, 16);
}

/** Answers `q` for its user, or says how long they must wait; logs one line either way. */
export function askQuestion(deps: AdapterDeps, q: Question): Asked {
  const text = q.question.trim();
  const user = hashUser(q.adapter, q.userId);
  const word = text.toLowerCase();
  // Asking for help costs nothing: it is how people find out what to ask.
  if (HELP_WORDS.has(word)) return { kind: "answer", answer: deps.bot.help(word === "aiuto" ? "it" : (q.language ?? "en")) };
  const decision = deps.limiter.take(`${q.adapter}:${q.userId}`);
  if (!decision.allowed) {
    deps.logger.info({ adapter: q.adapter, via: q.via, user, retryAfterMs: decision.retryAfterMs }, "question refused: rate limit");
    return { kind: "limited", retryAfterMs: decision.retryAfterMs };
  }
  const started = performance.now();
  const answer = deps.bot.answer(text);
  deps.logger.info(
    {
      adapter: q.adapter,
      via: q.via,
      user,
      language: answer.language,
      intent: answer.intent,
      answered: answer.answered,
      sources: answer.citations.map((c) => c.source),
      latencyMs: Math.round((performance.now() - started) * 1000) / 1000,
    },
    "question answered",
  );
  return { kind: "answer", answer };
}

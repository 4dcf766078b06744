/**
 * What every adapter receives from the composition root (adapters/cli/main.ts).
 * Adapters never build the bot or read the corpus themselves.
 */
import type { Answer, Brandbot, Logger } from "../../src/types.js";
import type { RateLimitDecision } from "../../src/core.js";
import type { QuestionLog } from "./question-log.js";
import type { BackendHealth } from "./state-store.js";
import type { WorkGate } from "./work-gate.js";
import type { AnswerTurns } from "./answer-turns.js";
import type { ChatCuration } from "../curation/chat.js";

export interface AdapterDeps {
  /** The answer engine, already loaded. */
  bot: Brandbot;
  /** Structured logger (pino in production). Never log tokens. */
  logger: Logger;
  /**
   * Shared per-user limiter; key users as `${adapter}:${userId}`. May answer later: with
   * REDIS_URL the bucket lives in Redis, shared by every replica.
   */
  limiter: { take(userKey: string): RateLimitDecision | Promise<RateLimitDecision> };
  /** The environment, read once here at the edge (process.env in production). */
  env: Record<string, string | undefined>;
  /**
   * The one conversation memory every adapter shares (created in adapters/cli/servers.ts),
   * so a follow-up resolves against the previous turn of its thread. Without it every
   * question is answered on its own.
   */
  conversations?: { ask(id: string, question: string): Answer | Promise<Answer> };
  /** Claims a platform event id, true only the first time across every replica (see state-store.ts). */
  dedupe?: { firstTime(eventId: string): boolean | Promise<boolean> };
  /** The state store and question log backends and whether they answer, for /healthz. */
  backends?: () => Promise<{ state: BackendHealth; questionLog: BackendHealth }>;
  /** Where questions and feedback are recorded; absent when the database could not be opened. */
  questionLog?: QuestionLog;
  /** The shared cap on work in flight; without it, nothing is capped. */
  gate?: WorkGate;
  /**
   * One answer per event-loop turn, so acknowledgements and accepted connections never wait
   * behind a run of answers (see answer-turns.ts); without it answers run as soon as asked.
   */
  turns?: AnswerTurns;
  /** Adding articles from chat (admins only); without it chat adds are refused. */
  curation?: ChatCuration;
  /** Key of the user pseudonyms (see hashUser); without it, a key for this process only. */
  hashKey?: Uint8Array;
}

/** A running chat connection the composition root can stop on shutdown. */
export interface RunningAdapter {
  name: string;
  stop(): Promise<void>;
}

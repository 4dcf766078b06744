/**
 * What several bot processes must agree on, behind one small interface: the last answer of
 * each conversation (so a follow-up that reaches another replica keeps its context), the
 * Slack events already handled (so a retried event is answered once), and each user's rate
 * limit bucket (so two replicas do not give a user twice the limit). In memory by default
 * (one process); in Redis when REDIS_URL is set (see redis-store.ts). Chosen in adapters/cli/.
 */
import { conversationDefaults, cleanQuestion, defaults, type RateLimitDecision } from "../../src/core.js";
import type { Answer, Brandbot } from "../../src/types.js";
import type { AnswerTurns } from "./answer-turns.js";

/** Which store answers, and whether it can be reached right now (for /healthz). */
export interface BackendHealth {
  backend: string;
  reachable: boolean;
  /** Set while a shared backend is unreachable and this process answers from its own memory. */
  fallback?: string;
}

export interface StateStore {
  /** The last answered turn of a conversation, if it is still remembered. */
  lastTurn(conversation: string): Promise<Answer | undefined>;
  /** Remembers `answer` as the conversation's last turn, forgotten after the conversation TTL. */
  saveTurn(conversation: string, answer: Answer): Promise<void>;
  /** True the first time `key` is claimed within `ttlMs`, false on every repeat: one atomic step. */
  claim(key: string, ttlMs: number): Promise<boolean>;
  /** Spends one token of `userKey`'s bucket if it has one. */
  take(userKey: string): Promise<RateLimitDecision>;
  /**
   * Drops expired entries held in this process's memory, which would otherwise go only when
   * read again; the composition root calls it on a timer. Redis expires its own keys.
   */
  sweep?(): number;
  health(): Promise<BackendHealth>;
  close(): Promise<void>;
}

/** How long a conversation is remembered after its last answer (the README's 30 idle minutes). */
export const CONVERSATION_TTL_MS = 30 * 60_000;
/** Longer conversation ids are not remembered: their questions are answered on their own. */
export const MAX_CONVERSATION_KEY_LENGTH = conversationDefaults.maxKeyLength;
/** Slack retries within minutes; an hour covers every redelivery. */
export const EVENT_TTL_MS = 60 * 60_000;

/** What the composition root hands adapters, built over one store. */
export interface SharedState {
  limiter: { take(userKey: string): Promise<RateLimitDecision> };
  conversations: { ask(id: string, question: string): Promise<Answer> };
  dedupe: { firstTime(eventId: string): Promise<boolean> };
}

/**
 * The adapters' view of a store. A follow-up is answered against the conversation's last
 * turn, and only an answered turn replaces it ("and the Fiat?" then "and the Tonale?" still
 * works), exactly like the in-process conversation memory of src/conversation.ts, with
 * the same bounds: ids past 256 characters are not remembered, and a turn keeps only the
 * cleaned question, never the raw input. With `turns`, the answer waits for its turn once
 * the conversation's last turn is known (see answer-turns.ts).
 */
export function sharedState(store: StateStore, bot: () => Brandbot, turns?: AnswerTurns): SharedState {
  return {
    limiter: { take: (userKey) => store.take(userKey) },
    conversations: {
      async ask(id, question) {
        const last = id.length > MAX_CONVERSATION_KEY_LENGTH ? undefined : await store.lastTurn(id);
        await turns?.next();
        if (id.length > MAX_CONVERSATION_KEY_LENGTH) return bot().answer(question);
        const answer = bot().answer(question, last);
        if (answer.answered) await store.saveTurn(id, { ...answer, question: cleanQuestion(answer.question, defaults.maxQuestionLength).text });
        return answer;
      },
    },
    dedupe: { firstTime: (eventId) => store.claim(`event:${eventId}`, EVENT_TTL_MS) },
  };
}

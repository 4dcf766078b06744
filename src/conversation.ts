/**
 * Conversation memory: the last answer of each conversation (a Slack thread, a Discord
 * reply chain, a DM, a REPL session, a JSON `thread`), so follow-ups resolve against it.
 * Bounded by count (least recently used first out) and by idle time, and keyed by id, so
 * context never crosses conversations. Time is injected: the core stays pure.
 */
import { cleanQuestion, defaults } from "./engine/brandbot.js";
import type { Answer, Brandbot } from "./types.js";

export interface ConversationOptions {
  /** Most conversations remembered at once. */
  maxConversations: number;
  /** A conversation idle longer than this starts afresh. */
  ttlMs: number;
  /** Longer conversation ids are not remembered (their questions are answered on their own). */
  maxKeyLength: number;
  now: () => number;
}

export const conversationDefaults: ConversationOptions = {
  maxConversations: 10_000,
  ttlMs: 30 * 60_000,
  maxKeyLength: 256,
  now: () => Date.now(),
};

export interface Conversations {
  /** Answers `question` in conversation `id`, as a follow-up of its last answer if it has one. */
  ask(id: string, question: string): Answer;
  /** The last answered turn of a conversation, if still remembered. */
  last(id: string): Answer | undefined;
  forget(id: string): void;
  /**
   * Drops every conversation idle past the time limit. Memory is otherwise freed only when a
   * conversation is used again; the composition root calls this on a timer (the core keeps none).
   */
  sweep(): number;
  readonly size: number;
}

/** Creates a conversation memory over `bot()` (a getter, so a hot-reloaded bot is used). */
export function createConversations(bot: () => Brandbot, options: Partial<ConversationOptions> = {}): Conversations {
  const o = { ...conversationDefaults, ...options };
  const turns = new Map<string, { answer: Answer; at: number }>();
  const last = (id: string) => {
    const turn = turns.get(id);
    if (!turn) return undefined;
    if (o.now() - turn.at > o.ttlMs) {
      turns.delete(id);
      return undefined;
    }
    return turn.answer;
  };
  return {
    ask(id, question) {
      if (id.length > o.maxKeyLength) return bot().answer(question);
      const answer = bot().answer(question, last(id));
      // A decline does not replace the context: "and the Fiat?" then "and the Tonale?" still works.
      if (answer.answered) {
        turns.delete(id);
        // Only what a follow-up reads is kept: the cleaned question (at most what was answered), never the raw input.
        turns.set(id, { answer: { ...answer, question: cleanQuestion(answer.question, defaults.maxQuestionLength).text }, at: o.now() });
        if (turns.size > o.maxConversations) turns.delete(turns.keys().next().value as string);
      }
      return answer;
    },
    last,
    forget: (id) => void turns.delete(id),
    sweep() {
      const before = turns.size;
      // Least recently answered first: stop at the first one still fresh.
      for (const [id, turn] of turns) {
        if (o.now() - turn.at <= o.ttlMs) break;
        turns.delete(id);
      }
      return before - turns.size;
    },
    get size() {
      return turns.size;
    },
  };
}

/**
 * Which conversation a Discord message belongs to: a thread channel is one conversation,
 * a DM channel is one, and otherwise a reply chain is one (a reply joins the conversation
 * of the message it replies to; a fresh mention starts its own). Discord only tells us
 * what a message replies to, so the adapter remembers, per message it saw or sent, the
 * conversation it belongs to; bounded, oldest forgotten first.
 */

/** What is remembered about one message. */
interface Seen {
  conversation: string;
  /** True for the bot's own answers: a reply to one is addressed to the bot even without a mention. */
  answer: boolean;
}

/** Remembers the conversation of the messages brandbot answered and sent. */
export interface ThreadMemory {
  get(messageId: string): Seen | undefined;
  remember(messageId: string, conversation: string, answer: boolean): void;
  readonly size: number;
}

/** Creates the memory; `max` messages at most (two per answered question). */
export function createThreadMemory(max = 20_000): ThreadMemory {
  const seen = new Map<string, Seen>();
  return {
    get: (id) => seen.get(id),
    remember(id, conversation, answer) {
      seen.delete(id);
      seen.set(id, { conversation, answer });
      if (seen.size > max) seen.delete(seen.keys().next().value as string);
    },
    get size() {
      return seen.size;
    },
  };
}

/** What decides a message's conversation. */
export interface MessagePlace {
  id: string;
  channelId: string;
  dm: boolean;
  thread: boolean;
  /** The message it replies to, if any. */
  replyTo: string | undefined;
}

/** The conversation id of a message, given what the memory knows. */
export function conversationOf(place: MessagePlace, memory: ThreadMemory): string {
  if (place.dm) return `discord:dm:${place.channelId}`;
  if (place.thread) return `discord:thread:${place.channelId}`;
  if (place.replyTo) return memory.get(place.replyTo)?.conversation ?? `discord:msg:${place.replyTo}`;
  return `discord:msg:${place.id}`;
}

/**
 * Remembers recently seen Slack event ids. Slack redelivers an event (with
 * `X-Slack-Retry-Num`, or a new Socket Mode envelope) whenever it thinks we were slow,
 * and each redelivery must not produce a second public answer.
 */

/** Answers "have I handled this id before?" and remembers it in the same step. */
export interface EventDeduper {
  /** True the first time an id is seen, false on every repeat while it is remembered. */
  firstTime(eventId: string): boolean;
}

/**
 * Creates a deduper that forgets the oldest ids beyond `capacity`, so memory stays
 * bounded however long the bot runs. Slack retries within minutes, so a few thousand
 * ids cover any realistic retry window.
 */
export function createEventDeduper(capacity = 5000): EventDeduper {
  if (!(capacity >= 1)) throw new Error(`slack: dedupe capacity must be at least 1, got ${capacity}`);
  const seen = new Set<string>();
  return {
    firstTime(eventId) {
      if (seen.has(eventId)) return false;
      seen.add(eventId);
      // A Set iterates in insertion order, so the first entry is the oldest.
      if (seen.size > capacity) seen.delete(seen.values().next().value as string);
      return true;
    },
  };
}

/**
 * Answers take their turn: at most one answer is computed per event-loop turn, in the order
 * asked. Computing an answer is the one long piece of synchronous work in a bot process (a
 * few milliseconds of CPU); when several become ready together (their rate-limit replies
 * arrive from Redis in one read, or one socket read holds several commands) they would run
 * back to back and hold everything else up: Slack's next acknowledgements, which must go out
 * within 3 s, and, under `--workers`, the connections node:cluster hands this worker one at
 * a time. Between two turns the event loop reads the network, so a request waits for at most
 * one answer before it is acknowledged.
 */

/** A queue of answers waiting for their turn. */
export interface AnswerTurns {
  /** Resolves in a later event-loop turn, after every answer that asked before it had its turn. */
  next(): Promise<void>;
  /** Answers waiting for their turn (for logs and tests). */
  readonly waiting: number;
}

/** Creates the queue; one per process, shared by every adapter. */
export function createAnswerTurns(): AnswerTurns {
  const queue: (() => void)[] = [];
  let head = 0;
  let scheduled = false;
  const schedule = () => {
    scheduled = true;
    // setImmediate, not a microtask: an immediate queued while immediates run waits for the
    // next loop turn, so the network is polled between two answers.
    setImmediate(release);
  };
  function release() {
    scheduled = false;
    const wake = queue[head];
    if (wake === undefined) return;
    head++;
    // Emptied: start over. Otherwise compact now and then, not shift() per answer (O(n) on a long queue).
    if (head === queue.length) {
      queue.length = 0;
      head = 0;
    } else if (head > 1024 && head * 2 > queue.length) {
      queue.splice(0, head);
      head = 0;
    }
    wake();
    if (head < queue.length) schedule();
  }
  return {
    next() {
      return new Promise<void>((resolve) => {
        queue.push(resolve);
        if (!scheduled) schedule();
      });
    },
    get waiting() {
      return queue.length - head;
    },
  };
}

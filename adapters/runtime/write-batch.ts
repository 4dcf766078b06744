/**
 * Rows written together: kept for a moment and then written in one transaction. One SQLite
 * commit per question cost more CPU on the answer path than the rest of the log together
 * (a WAL append and a lock per commit), and with `--workers` each commit took the one write
 * lock the other workers were waiting on, while their busy handler slept on the event loop.
 * Batched, a worker takes the lock a few times a second. The cost: a crash loses the rows of
 * the last `delayMs`.
 */

export interface WriteBatch<T> {
  /** Queues a row; it is written within `delayMs`, or at once when `maxRows` are waiting. */
  add(row: T): void;
  /** Writes whatever is waiting now (before a read that must see it, and on close). */
  flush(): void;
  readonly pending: number;
}

/** `write` receives the rows in the order added and should write them in one transaction. */
export function createWriteBatch<T>(write: (rows: T[]) => void, options: { delayMs: number; maxRows: number }): WriteBatch<T> {
  let rows: T[] = [];
  let timer: NodeJS.Timeout | undefined;
  const flush = () => {
    if (timer) clearTimeout(timer);
    timer = undefined;
    if (rows.length === 0) return;
    const batch = rows;
    rows = [];
    write(batch);
  };
  return {
    add(row) {
      rows.push(row);
      if (rows.length >= options.maxRows) flush();
      else if (!timer) {
        timer = setTimeout(flush, options.delayMs);
        // A pending write must not keep a finished process alive; close() flushes.
        timer.unref();
      }
    },
    flush,
    get pending() {
      return rows.length;
    },
  };
}

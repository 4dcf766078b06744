/**
 * Writes question-log batches on a worker thread with its own SQLite connection, so the
 * event loop never waits on the disk. Profiled under `--workers 2`, a batch commit on the
 * event loop sometimes stalled it for 100-260 ms: a WAL checkpoint's fsync (up to ~110 ms on
 * this machine's disk), or the other worker's, whose write lock the busy handler sleeps on.
 * Every such stall delays every acknowledgement waiting behind it.
 *
 * The thread's code is a plain CommonJS string (not a module file) so that it runs the same
 * from dist/ and from source under tsx, whose loader Node 20's workers do not inherit.
 */
import { createRequire } from "node:module";
import { Worker } from "node:worker_threads";

/** Writes rows of statement parameters with one prepared INSERT, in one transaction per batch. */
export interface LogWriter {
  /** Queues one batch; a failure is reported through `onError`, never thrown. */
  write(rows: unknown[][], ids: string[]): void;
  /** Resolves once every batch queued so far is written (or has failed). */
  drain(): Promise<void>;
  /** Drains, then stops the thread. */
  close(): Promise<void>;
  /** False once the thread has died (its error was reported): the caller writes in line instead. */
  readonly alive: boolean;
}

const THREAD = `
const { parentPort, workerData } = require("node:worker_threads");
const Database = require(workerData.sqlite);
const db = new Database(workerData.path);
db.pragma("busy_timeout = 5000");
db.pragma("synchronous = NORMAL");
const insert = db.prepare(workerData.sql);
const insertAll = db.transaction((rows) => { for (const row of rows) insert.run(...row); });
parentPort.on("message", (m) => {
  if (m.close) { db.close(); parentPort.postMessage({ seq: m.seq }); return; }
  try { insertAll(m.rows); parentPort.postMessage({ seq: m.seq }); }
  catch (error) { parentPort.postMessage({ seq: m.seq, error: String(error && error.message || error), ids: m.ids }); }
});
`;

/**
 * Starts the writer thread for the SQLite file at `path` (already created and migrated by
 * the caller). `onError` hears of batches that could not be written and of the thread dying.
 */
export function startLogWriter(path: string, sql: string, onError: (message: string, ids: string[]) => void): LogWriter {
  const sqlite = createRequire(import.meta.url).resolve("better-sqlite3");
  const worker = new Worker(THREAD, { eval: true, workerData: { path, sql, sqlite } });
  // A pending write must not keep a finished process alive; close() drains first.
  worker.unref();
  let sent = 0;
  let done = 0;
  let dead = false;
  let waiters: { seq: number; wake: () => void }[] = [];
  const settle = () => {
    const ready = waiters.filter((w) => w.seq <= done || dead);
    waiters = waiters.filter((w) => !(w.seq <= done || dead));
    for (const w of ready) w.wake();
  };
  worker.on("message", (m: { seq: number; error?: string; ids?: string[] }) => {
    done = Math.max(done, m.seq);
    if (m.error) onError(m.error, m.ids ?? []);
    settle();
  });
  worker.on("error", (error) => {
    dead = true;
    onError(`the writer thread stopped: ${error.message}`, []);
    settle();
  });
  const upTo = (seq: number) => (dead || seq <= done ? Promise.resolve() : new Promise<void>((wake) => waiters.push({ seq, wake })));
  return {
    write(rows, ids) {
      if (dead) return onError("the writer thread is not running", ids);
      worker.postMessage({ seq: ++sent, rows, ids });
    },
    drain: () => upTo(sent),
    get alive() {
      return !dead;
    },
    async close() {
      if (dead) return;
      worker.postMessage({ seq: ++sent, close: true });
      await upTo(sent);
      await worker.terminate();
    },
  };
}

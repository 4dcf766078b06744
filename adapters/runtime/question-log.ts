/**
 * The question log: every question asked through a chat adapter or the REPL, what the bot
 * made of it, and the thumbs up / down people gave the answer, in an embedded SQLite file
 * (better-sqlite3) that survives restarts. It is what `brandbot report` summarises for the
 * person who curates `corpus/` and `seeds/`. Users are stored only as hashes.
 *
 * Logging must never cost anyone an answer: opening failures return null (and say why),
 * write failures are logged and swallowed.
 */
import Database from "better-sqlite3";
import type { Logger } from "../../src/types.js";
import { buildReport } from "./log-report.js";
import { readRows } from "./log-rows.js";
import { DAY_MS, DELETE_OLD_FEEDBACK, DELETE_OLD_QUESTIONS, INSERT_QUESTION, migrations, PRUNE_EVERY_MS, questionParams, rowidColumn, UPSERT_FEEDBACK } from "./log-schema.js";
import type { QuestionEntry, QuestionLog, QuestionLogOptions } from "./log-types.js";
import { createPrivately } from "./stored-text.js";
import { createWriteBatch } from "./write-batch.js";
import { startLogWriter, type LogWriter } from "./log-writer.js";

export type { LogReport } from "./log-report.js";
export type { LoggedQuestion } from "./log-rows.js";
export type { QuestionEntry, QuestionLog, QuestionLogOptions, Vote } from "./log-types.js";

/** Questions that differ only in case, spacing or end punctuation are counted as one. */
export { questionKey } from "./log-schema.js";

/** How long a question may wait to be written with others (see write-batch.ts). */
const BATCH_DELAY_MS = 50;

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Opens (creating file, folder and tables on first run) the log at `path`. Returns null,
 * after logging an error naming the path, when it cannot be opened: the bot then answers
 * without a log. `readonly` opens an existing file for reports and never creates one.
 */
export function openQuestionLog(path: string, logger: Logger, options: QuestionLogOptions = {}): QuestionLog | null {
  let db: Database.Database;
  try {
    if (!options.readonly) createPrivately(path);
    db = new Database(path, options.readonly ? { readonly: true, fileMustExist: true } : {});
    db.pragma("busy_timeout = 2000");
    if (!options.readonly) {
      // WAL lets Discord shards and a report read while another process writes. Switching to it
      // takes an exclusive lock that SQLite's busy handler does not wait for: two workers
      // starting together would see "database is locked", so it is retried.
      whileBusy(() => db.pragma("journal_mode = WAL"));
      // Safe with WAL (a power cut can lose the last entries, never corrupt the file), and no
      // fsync per question: with --workers that fsync held the write lock against the others.
      db.pragma("synchronous = NORMAL");
      whileBusy(() => migrate(db));
    }
  } catch (error) {
    logger.error({ component: "question-log", path, err: errorText(error) }, `question-log: cannot open ${path}; answering without logging questions`);
    return null;
  }
  const { log, pruneNow } = createLog(db, path, logger, options);
  if (!options.readonly && options.retentionDays !== undefined) pruneNow((options.now ?? Date.now)() - options.retentionDays * DAY_MS);
  return log;
}

/**
 * Applies the migrations this file has not seen yet, counted in `PRAGMA user_version`. Each
 * step takes the write lock first (BEGIN IMMEDIATE) and reads the version inside it, so two
 * processes opening a new file together apply each step once.
 */
function migrate(db: Database.Database): void {
  const steps = migrations("sqlite");
  for (;;) {
    const applied = db
      .transaction(() => {
        const version = db.pragma("user_version", { simple: true }) as number;
        if (version >= steps.length) return false;
        db.exec(steps[version]!);
        db.pragma(`user_version = ${version + 1}`);
        return true;
      })
      .immediate();
    if (!applied) return;
  }
}

/** How often, and how long apart, a start-up step is retried while another process holds the file. */
const BUSY_RETRIES = 40;
const BUSY_PAUSE_MS = 50;

/** Runs `step`, retrying while SQLite says the file is locked by another process (start-up only). */
function whileBusy<T>(step: () => T): T {
  for (let attempt = 1; ; attempt++) {
    try {
      return step();
    } catch (error) {
      const code = (error as { code?: string }).code ?? "";
      if (!code.startsWith("SQLITE_BUSY") && !code.startsWith("SQLITE_LOCKED")) throw error;
      if (attempt >= BUSY_RETRIES) throw error;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, BUSY_PAUSE_MS);
    }
  }
}

function createLog(db: Database.Database, path: string, logger: Logger, options: QuestionLogOptions) {
  // Statements are prepared on first use: a read-only report never prepares the inserts.
  const statements = new Map<string, Database.Statement>();
  const sql = (text: string) => {
    let s = statements.get(text);
    if (!s) statements.set(text, (s = db.prepare(text)));
    return s;
  };
  const now = options.now ?? Date.now;
  let prunedAt = now();
  const deleteBefore = db.transaction((before: number) => {
    sql(DELETE_OLD_FEEDBACK).run(before);
    return sql(DELETE_OLD_QUESTIONS).run(before).changes;
  });
  const pruneNow = (before: number): number => {
    try {
      return deleteBefore(before);
    } catch (error) {
      logger.error({ component: "question-log", path, err: errorText(error) }, "question-log: could not delete old questions");
      return 0;
    }
  };
  const insertAll = db.transaction((entries: QuestionEntry[]) => {
    for (const e of entries) sql(INSERT_QUESTION).run(...questionParams(e));
  });
  const failed = (message: string, ids: string[]) =>
    logger.error(
      { component: "question-log", path, ids, err: message },
      ids.length > 0 ? `question-log: could not record ${ids.length} question(s)` : "question-log: the writer thread stopped; writing in line from now on",
    );
  // Started with the first batch: a REPL session that asks nothing never starts a thread.
  let writer: LogWriter | undefined;
  const batch = createWriteBatch<QuestionEntry>(
    (entries) => {
      // A thread that died has said so once; from then on the batches are written in line.
      if (options.writer === "thread" && (writer?.alive ?? true)) {
        writer ??= startLogWriter(path, INSERT_QUESTION, failed);
        writer.write(entries.map(questionParams), entries.map((e) => e.id));
        return;
      }
      try {
        insertAll(entries);
      } catch (error) {
        failed(errorText(error), entries.map((e) => e.id));
      }
    },
    { delayMs: BATCH_DELAY_MS, maxRows: 500 },
  );
  // Every read (and a vote, which needs its question) first writes what is waiting.
  const flushed = async <T>(read: () => T | Promise<T>): Promise<T> => {
    batch.flush();
    await writer?.drain();
    return read();
  };
  const log: QuestionLog = {
    path,
    record(e) {
      if (options.retentionDays !== undefined && now() - prunedAt > PRUNE_EVERY_MS) {
        prunedAt = now();
        pruneNow(prunedAt - options.retentionDays * DAY_MS);
      }
      batch.add(e);
    },
    async feedback(questionId, user, vote, at) {
      const store = () => sql(UPSERT_FEEDBACK).run(questionId, user, vote, at, questionId).changes > 0;
      try {
        if (await flushed(store)) return true;
        // Its question may still be in another worker's batch, written within BATCH_DELAY_MS.
        await new Promise((resolve) => setTimeout(resolve, 2 * BATCH_DELAY_MS));
        return store();
      } catch (error) {
        logger.error({ component: "question-log", path, id: questionId, err: errorText(error) }, "question-log: could not record feedback");
        return false;
      }
    },
    report: (since, limit = 10) => flushed(() => buildReport((text, params) => sql(text).all(...params) as Record<string, unknown>[], rowidColumn("sqlite"), since, limit)),
    rows: (since) => flushed(() => readRows((text, params) => sql(text).raw(true).all(...params) as unknown[][], rowidColumn("sqlite"), since)),
    prune: async (before) => flushed(() => pruneNow(before)),
    health: async () => ({ backend: "sqlite", reachable: db.open }),
    close: () => {
      if (!db.open) return;
      batch.flush();
      if (!writer) return void db.close();
      return writer.close().then(() => void db.close());
    },
  };
  return { log, pruneNow };
}

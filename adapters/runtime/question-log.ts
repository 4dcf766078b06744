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
import type { Language, Logger } from "../../src/types.js";
import { buildReport, type LogReport } from "./log-report.js";
import { readRows, type LoggedQuestion } from "./log-rows.js";
import { createPrivately, withoutControls } from "./stored-text.js";

export type { LogReport } from "./log-report.js";
export type { LoggedQuestion } from "./log-rows.js";

/** One question as logged. `at` is milliseconds since the epoch. */
export interface QuestionEntry {
  id: string;
  at: number;
  adapter: string;
  via: string | null;
  /** Hashed user id (see hashUser), never the platform's id. */
  user: string;
  language: Language;
  intent: string | null;
  answered: boolean;
  question: string;
  /** For a follow-up, the whole question it was answered as. */
  resolvedQuestion: string | null;
  sources: string[];
  latencyMs: number;
}

export type Vote = "up" | "down";

export interface QuestionLog {
  readonly path: string;
  /** Stores one question; logs and swallows any failure. */
  record(entry: QuestionEntry): void;
  /** Stores (or changes) one user's vote on an answer; false when the question is unknown or the write failed. */
  feedback(questionId: string, user: string, vote: Vote, at: number): boolean;
  report(since: number, limit?: number): LogReport;
  /** Every question asked at or after `since`, oldest first, with its votes: what the HTML and JSON reports are computed from. */
  rows(since: number): LoggedQuestion[];
  /** Deletes questions (and their votes) asked before `before`; returns how many questions went. */
  prune(before: number): number;
  close(): void;
}

/** How an opened log behaves. */
export interface QuestionLogOptions {
  /** Open an existing file for reports; never create or change one. */
  readonly?: boolean;
  /** Questions older than this many days are deleted (on open, then at most hourly as questions arrive). */
  retentionDays?: number;
  /** Clock for pruning, in milliseconds; injectable for tests. */
  now?: () => number;
}

const DAY_MS = 86_400_000;
const PRUNE_EVERY_MS = 3_600_000;

const SCHEMA = `
CREATE TABLE IF NOT EXISTS questions (
  id TEXT PRIMARY KEY,
  at INTEGER NOT NULL,
  adapter TEXT NOT NULL,
  via TEXT,
  user TEXT NOT NULL,
  language TEXT NOT NULL,
  intent TEXT,
  answered INTEGER NOT NULL,
  question TEXT NOT NULL,
  question_key TEXT NOT NULL,
  resolved_question TEXT,
  sources TEXT NOT NULL,
  latency_ms REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS questions_at ON questions (at);
CREATE INDEX IF NOT EXISTS questions_key ON questions (question_key);
CREATE TABLE IF NOT EXISTS feedback (
  question_id TEXT NOT NULL REFERENCES questions (id),
  user TEXT NOT NULL,
  vote TEXT NOT NULL CHECK (vote IN ('up', 'down')),
  at INTEGER NOT NULL,
  PRIMARY KEY (question_id, user)
);`;

/** Questions that differ only in case, spacing or end punctuation are counted as one. */
export function questionKey(question: string): string {
  return question.toLowerCase().replace(/\s+/g, " ").replace(/[\s?!.…]+$/u, "").trim();
}

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
      // WAL lets Discord shards and a report read while another process writes.
      db.pragma("journal_mode = WAL");
      db.exec(SCHEMA);
    }
  } catch (error) {
    logger.error({ component: "question-log", path, err: errorText(error) }, `question-log: cannot open ${path}; answering without logging questions`);
    return null;
  }
  const log = createLog(db, path, logger, options);
  if (!options.readonly && options.retentionDays !== undefined) log.prune((options.now ?? Date.now)() - options.retentionDays * DAY_MS);
  return log;
}

function createLog(db: Database.Database, path: string, logger: Logger, options: QuestionLogOptions): QuestionLog {
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
    sql("DELETE FROM feedback WHERE question_id IN (SELECT id FROM questions WHERE at < ?)").run(before);
    return sql("DELETE FROM questions WHERE at < ?").run(before).changes;
  });
  const prune = (before: number): number => {
    try {
      return deleteBefore(before);
    } catch (error) {
      logger.error({ component: "question-log", path, err: errorText(error) }, "question-log: could not delete old questions");
      return 0;
    }
  };
  return {
    path,
    record(e) {
      if (options.retentionDays !== undefined && now() - prunedAt > PRUNE_EVERY_MS) {
        prunedAt = now();
        prune(prunedAt - options.retentionDays * DAY_MS);
      }
      try {
        sql(
          `INSERT INTO questions (id, at, adapter, via, user, language, intent, answered, question, question_key, resolved_question, sources, latency_ms)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        ).run(e.id, e.at, e.adapter, e.via, e.user, e.language, e.intent, e.answered ? 1 : 0, withoutControls(e.question), questionKey(withoutControls(e.question)), e.resolvedQuestion && withoutControls(e.resolvedQuestion), JSON.stringify(e.sources), e.latencyMs);
      } catch (error) {
        logger.error({ component: "question-log", path, id: e.id, err: errorText(error) }, "question-log: could not record a question");
      }
    },
    feedback(questionId, user, vote, at) {
      try {
        if (!sql("SELECT 1 FROM questions WHERE id = ?").get(questionId)) return false;
        sql(
          `INSERT INTO feedback (question_id, user, vote, at) VALUES (?, ?, ?, ?)
           ON CONFLICT (question_id, user) DO UPDATE SET vote = excluded.vote, at = excluded.at`,
        ).run(questionId, user, vote, at);
        return true;
      } catch (error) {
        logger.error({ component: "question-log", path, id: questionId, err: errorText(error) }, "question-log: could not record feedback");
        return false;
      }
    },
    report: (since, limit = 10) => buildReport(sql, since, limit),
    rows: (since) => readRows(sql, since),
    prune,
    close: () => db.close(),
  };
}

/**
 * What a question log is, whichever database keeps it: SQLite (question-log.ts) or
 * PostgreSQL (question-log-postgres.ts).
 */
import type { Language } from "../../src/types.js";
import type { LogReport } from "./log-report.js";
import type { LoggedQuestion } from "./log-rows.js";
import type { BackendHealth } from "./state-store.js";

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

/** The question log, in SQLite (this file) or PostgreSQL (question-log-postgres.ts). */
export interface QuestionLog {
  /** The SQLite file, or the PostgreSQL server (without its password). */
  readonly path: string;
  /** Stores one question (SQLite: within 50 ms, batched); logs and swallows any failure. */
  record(entry: QuestionEntry): void;
  /** Stores (or changes) one user's vote on an answer; false when the question is unknown or the write failed. */
  feedback(questionId: string, user: string, vote: Vote, at: number): Promise<boolean>;
  report(since: number, limit?: number): Promise<LogReport>;
  /** Every question asked at or after `since`, oldest first, with its votes: what the HTML and JSON reports are computed from. */
  rows(since: number): Promise<LoggedQuestion[]>;
  /** Deletes questions (and their votes) asked before `before`; returns how many questions went. */
  prune(before: number): Promise<number>;
  /** Which backend, and whether it answers right now (for /healthz). */
  health(): Promise<BackendHealth>;
  close(): void | Promise<void>;
}

/** How an opened log behaves (either database). */
export interface QuestionLogOptions {
  /** Open an existing log for reports; never create or change one. */
  readonly?: boolean;
  /** Questions older than this many days are deleted (on open, then at most hourly as questions arrive). */
  retentionDays?: number;
  /** Clock for pruning, in milliseconds; injectable for tests. */
  now?: () => number;
  /**
   * SQLite: "thread" writes batches on a worker thread (see log-writer.ts), so the event loop
   * of a bot never waits on the disk; then `close()` returns a promise. Default: in line.
   */
  writer?: "thread" | "inline";
}

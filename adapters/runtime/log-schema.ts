/**
 * The question log's tables, one definition for SQLite and PostgreSQL, applied as numbered
 * migrations by both (SQLite counts them in `PRAGMA user_version`, PostgreSQL in a
 * `brandbot_migrations` table), so the two logs always have the same columns and
 * `brandbot report` runs the same queries over either.
 */
import type { QuestionEntry } from "./question-log.js";
import { withoutControls } from "./stored-text.js";

export type Dialect = "sqlite" | "postgres";

/**
 * Per dialect: PostgreSQL needs 64-bit `at` and double-precision latency spelled out,
 * a byte-order collation so reports sort like SQLite's BINARY, and an explicit insertion
 * counter standing in for SQLite's implicit rowid (the reports' tie-breaker).
 */
const TYPES = {
  sqlite: { bigint: "INTEGER", real: "REAL", key: "TEXT", seq: "", rowid: "rowid" },
  postgres: { bigint: "BIGINT", real: "DOUBLE PRECISION", key: 'TEXT COLLATE "C"', seq: "seq BIGINT GENERATED ALWAYS AS IDENTITY,\n  ", rowid: "seq" },
} as const;

/** The column a report orders by to break ties in insertion order. */
export const rowidColumn = (dialect: Dialect) => TYPES[dialect].rowid;

/** Migrations in order; each runs once per database. Never edit one that has shipped: add another. */
export function migrations(dialect: Dialect): string[] {
  const t = TYPES[dialect];
  return [
    `CREATE TABLE IF NOT EXISTS questions (
  ${t.seq}id TEXT PRIMARY KEY,
  at ${t.bigint} NOT NULL,
  adapter TEXT NOT NULL,
  via TEXT,
  "user" TEXT NOT NULL,
  language ${t.key} NOT NULL,
  intent ${t.key},
  answered INTEGER NOT NULL,
  question TEXT NOT NULL,
  question_key ${t.key} NOT NULL,
  resolved_question TEXT,
  sources TEXT NOT NULL,
  latency_ms ${t.real} NOT NULL
);
CREATE INDEX IF NOT EXISTS questions_at ON questions (at);
CREATE INDEX IF NOT EXISTS questions_key ON questions (question_key);
CREATE TABLE IF NOT EXISTS feedback (
  question_id TEXT NOT NULL REFERENCES questions (id),
  "user" TEXT NOT NULL,
  vote TEXT NOT NULL CHECK (vote IN ('up', 'down')),
  at ${t.bigint} NOT NULL,
  PRIMARY KEY (question_id, "user")
);`,
  ];
}

/** Questions that differ only in case, spacing or end punctuation are counted as one. */
export function questionKey(question: string): string {
  return question.toLowerCase().replace(/\s+/g, " ").replace(/[\s?!.…]+$/u, "").trim();
}

/** Rewrites `?` placeholders as PostgreSQL's `$1, $2...` (the shared SQL has no `?` in literals). */
export function numberedPlaceholders(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

export const INSERT_QUESTION = `INSERT INTO questions (id, at, adapter, via, "user", language, intent, answered, question, question_key, resolved_question, sources, latency_ms)
  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`;

export const UPSERT_FEEDBACK = `INSERT INTO feedback (question_id, "user", vote, at) SELECT ?, ?, ?, ? WHERE EXISTS (SELECT 1 FROM questions WHERE id = ?)
  ON CONFLICT (question_id, "user") DO UPDATE SET vote = excluded.vote, at = excluded.at`;

/**
 * The values {@link INSERT_QUESTION} stores for `e`, the same for both databases: stored
 * text without control characters (a report prints it in a terminal), even when a caller
 * hands over raw text.
 */
export function questionParams(e: QuestionEntry): unknown[] {
  const question = withoutControls(e.question);
  const resolved = e.resolvedQuestion && withoutControls(e.resolvedQuestion);
  return [e.id, e.at, e.adapter, e.via, e.user, e.language, e.intent, e.answered ? 1 : 0, question, questionKey(question), resolved, JSON.stringify(e.sources), e.latencyMs];
}

/** Retention: votes on questions asked before `?`, then the questions (run in one transaction). */
export const DELETE_OLD_FEEDBACK = "DELETE FROM feedback WHERE question_id IN (SELECT id FROM questions WHERE at < ?)";
export const DELETE_OLD_QUESTIONS = "DELETE FROM questions WHERE at < ?";

export const DAY_MS = 86_400_000;
/** How often a long-running log prunes past its retention, as questions arrive. */
export const PRUNE_EVERY_MS = 3_600_000;

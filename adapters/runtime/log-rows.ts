/**
 * Every logged question since a given time, one row each with its thumbs up / down
 * counted: what the HTML and JSON reports compute their figures from (report-figures.ts),
 * so the figures are a pure function of rows any question log can hand over.
 */
import type Database from "better-sqlite3";
import type { Language } from "../../src/types.js";
import type { QuestionEntry } from "./question-log.js";

/** One logged question with the votes people gave its answer. */
export interface LoggedQuestion extends QuestionEntry {
  up: number;
  down: number;
}

type Row = Record<string, unknown>;

/** The questions asked at or after `since`, oldest first; `sql` prepares (and caches) a statement. */
export function readRows(sql: (text: string) => Database.Statement, since: number): LoggedQuestion[] {
  const rows = sql(
    `SELECT q.*, COALESCE(SUM(f.vote = 'up'), 0) AS up, COALESCE(SUM(f.vote = 'down'), 0) AS down
     FROM questions q LEFT JOIN feedback f ON f.question_id = q.id
     WHERE q.at >= ? GROUP BY q.id ORDER BY q.at, q.rowid`,
  ).all(since) as Row[];
  return rows.map((r) => ({
    id: String(r.id),
    at: Number(r.at),
    adapter: String(r.adapter),
    via: (r.via as string | null) ?? null,
    user: String(r.user),
    language: String(r.language) as Language,
    intent: (r.intent as string | null) ?? null,
    answered: r.answered === 1,
    question: String(r.question),
    resolvedQuestion: (r.resolved_question as string | null) ?? null,
    sources: JSON.parse(String(r.sources)) as string[],
    latencyMs: Number(r.latency_ms),
    up: Number(r.up),
    down: Number(r.down),
  }));
}

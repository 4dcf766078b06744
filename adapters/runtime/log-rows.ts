/**
 * Every logged question since a given time, one row each with its thumbs up / down
 * counted: what the HTML and JSON reports compute their figures from (report-figures.ts),
 * so the figures are a pure function of rows any question log can hand over. The same SQL
 * runs on SQLite and PostgreSQL (see log-schema.ts), so either log gives the same figures.
 */
import type { Language } from "../../src/types.js";
import type { QuestionEntry } from "./question-log.js";

/** One logged question with the votes people gave its answer. */
export interface LoggedQuestion extends QuestionEntry {
  up: number;
  down: number;
}

/**
 * Runs one query with `?` placeholders and returns its rows as arrays: on a log of 100,000
 * questions, arrays rather than objects halve the time.
 */
export type ArrayQuery = (sql: string, params: unknown[]) => unknown[][] | Promise<unknown[][]>;

type Row = [string, unknown, string, string | null, string, string, string | null, unknown, string, string | null, string, unknown, unknown, unknown];

/** The questions asked at or after `since`, oldest first; `rowid` names the insertion-order column. */
export async function readRows(query: ArrayQuery, rowid: string, since: number): Promise<LoggedQuestion[]> {
  const rows = (await query(
    `SELECT q.id, q.at, q.adapter, q.via, q."user", q.language, q.intent, q.answered, q.question, q.resolved_question, q.sources, q.latency_ms,
       COALESCE(f.up, 0), COALESCE(f.down, 0)
     FROM questions q
     LEFT JOIN (SELECT question_id, SUM(CASE WHEN vote = 'up' THEN 1 ELSE 0 END) AS up, SUM(CASE WHEN vote = 'down' THEN 1 ELSE 0 END) AS down
       FROM feedback GROUP BY question_id) f ON f.question_id = q.id
     WHERE q.at >= ? ORDER BY q.at, q.${rowid}`,
    [since],
  )) as Row[];
  // Number(): PostgreSQL hands 64-bit integers and sums over as strings.
  return rows.map(([id, at, adapter, via, user, language, intent, answered, question, resolvedQuestion, sources, latencyMs, up, down]) => ({
    id,
    at: Number(at),
    adapter,
    via,
    user,
    language: language as Language,
    intent,
    answered: Number(answered) === 1,
    question,
    resolvedQuestion,
    sources: sources === "[]" ? [] : (JSON.parse(sources) as string[]),
    latencyMs: Number(latencyMs),
    up: Number(up),
    down: Number(down),
  }));
}

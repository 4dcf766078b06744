/**
 * The queries behind `brandbot report`: the most frequent unanswered questions, the
 * answers with thumbs down, and counts by intent and language, over the question log's
 * tables (see question-log.ts) for questions asked since a given time.
 */
import type Database from "better-sqlite3";

/** What `brandbot report` prints, for questions asked since `since`. */
export interface LogReport {
  since: number;
  total: number;
  answered: number;
  unanswered: { question: string; count: number; last: number }[];
  thumbsDown: { question: string; resolvedQuestion: string | null; intent: string | null; answered: boolean; down: number; up: number; sources: string[] }[];
  byIntent: { intent: string | null; questions: number; answered: number; up: number; down: number }[];
  byLanguage: { language: string; questions: number; answered: number }[];
}

type Row = Record<string, unknown>;

/** Runs the report's queries; `sql` prepares (and caches) a statement. */
export function buildReport(sql: (text: string) => Database.Statement, since: number, limit: number): LogReport {
  const totals = sql("SELECT COUNT(*) AS total, COALESCE(SUM(answered), 0) AS answered FROM questions WHERE at >= ?").get(since) as Row;
  const unanswered = sql(
    `SELECT question_key, COUNT(*) AS count, MAX(at) AS last,
       (SELECT q2.question FROM questions q2 WHERE q2.question_key = q.question_key AND q2.answered = 0 AND q2.at >= ? ORDER BY q2.at DESC, q2.rowid DESC LIMIT 1) AS question
     FROM questions q WHERE answered = 0 AND at >= ? AND question_key != ''
     GROUP BY question_key ORDER BY count DESC, last DESC, MAX(rowid) DESC LIMIT ?`,
  ).all(since, since, limit) as Row[];
  const down = sql(
    `SELECT q.question, q.resolved_question, q.intent, q.answered, q.sources,
       SUM(f.vote = 'down') AS down, SUM(f.vote = 'up') AS up
     FROM questions q JOIN feedback f ON f.question_id = q.id
     WHERE q.at >= ? GROUP BY q.id HAVING down > 0 ORDER BY down DESC, q.at DESC, q.rowid DESC LIMIT ?`,
  ).all(since, limit) as Row[];
  const votes = `(SELECT COUNT(*) FROM feedback f JOIN questions v ON v.id = f.question_id WHERE v.at >= ? AND v.intent IS q.intent AND f.vote = ?)`;
  const byIntent = sql(
    `SELECT q.intent, COUNT(*) AS questions, SUM(q.answered) AS answered, ${votes} AS up, ${votes} AS down
     FROM questions q WHERE q.at >= ? GROUP BY q.intent ORDER BY questions DESC, q.intent IS NULL, q.intent`,
  ).all(since, "up", since, "down", since) as Row[];
  const byLanguage = sql(
    "SELECT language, COUNT(*) AS questions, SUM(answered) AS answered FROM questions WHERE at >= ? GROUP BY language ORDER BY questions DESC, language",
  ).all(since) as Row[];
  const n = (v: unknown) => Number(v ?? 0);
  return {
    since,
    total: n(totals.total),
    answered: n(totals.answered),
    unanswered: unanswered.map((r) => ({ question: String(r.question), count: n(r.count), last: n(r.last) })),
    thumbsDown: down.map((r) => ({
      question: String(r.question),
      resolvedQuestion: (r.resolved_question as string | null) ?? null,
      intent: (r.intent as string | null) ?? null,
      answered: r.answered === 1,
      down: n(r.down),
      up: n(r.up),
      sources: JSON.parse(String(r.sources)) as string[],
    })),
    byIntent: byIntent.map((r) => ({ intent: (r.intent as string | null) ?? null, questions: n(r.questions), answered: n(r.answered), up: n(r.up), down: n(r.down) })),
    byLanguage: byLanguage.map((r) => ({ language: String(r.language), questions: n(r.questions), answered: n(r.answered) })),
  };
}

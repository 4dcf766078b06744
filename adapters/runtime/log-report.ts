/**
 * The queries behind `brandbot report`: the most frequent unanswered questions, the
 * answers with thumbs down, and counts by intent and language, over the question log's
 * tables (see log-schema.ts) for questions asked since a given time. The same SQL runs on
 * SQLite and PostgreSQL, so either log gives the same report for the same events.
 */

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

export type Row = Record<string, unknown>;
/** Runs one query with `?` placeholders and returns its rows. */
export type Query = (sql: string, params: unknown[]) => Row[] | Promise<Row[]>;

/** Runs the report's queries; `rowid` names the insertion-order column (see log-schema.ts). */
export async function buildReport(query: Query, rowid: string, since: number, limit: number): Promise<LogReport> {
  const [totals = {}] = await query("SELECT COUNT(*) AS total, COALESCE(SUM(answered), 0) AS answered FROM questions WHERE at >= ?", [since]);
  const unanswered = await query(
    `SELECT question_key, COUNT(*) AS count, MAX(at) AS last,
       (SELECT q2.question FROM questions q2 WHERE q2.question_key = q.question_key AND q2.answered = 0 AND q2.at >= ? ORDER BY q2.at DESC, q2.${rowid} DESC LIMIT 1) AS question
     FROM questions q WHERE answered = 0 AND at >= ? AND question_key != ''
     GROUP BY question_key ORDER BY count DESC, last DESC, MAX(${rowid}) DESC LIMIT ?`,
    [since, since, limit],
  );
  // Portable spellings: CASE rather than summing booleans, the expression rather than its alias in HAVING.
  const downs = "SUM(CASE WHEN f.vote = 'down' THEN 1 ELSE 0 END)";
  const down = await query(
    `SELECT q.question, q.resolved_question, q.intent, q.answered, q.sources,
       ${downs} AS down, SUM(CASE WHEN f.vote = 'up' THEN 1 ELSE 0 END) AS up
     FROM questions q JOIN feedback f ON f.question_id = q.id
     WHERE q.at >= ? GROUP BY q.id HAVING ${downs} > 0 ORDER BY down DESC, q.at DESC, q.${rowid} DESC LIMIT ?`,
    [since, limit],
  );
  const votes = `(SELECT COUNT(*) FROM feedback f JOIN questions v ON v.id = f.question_id WHERE v.at >= ? AND v.intent IS NOT DISTINCT FROM q.intent AND f.vote = ?)`;
  const byIntent = await query(
    `SELECT q.intent, COUNT(*) AS questions, SUM(q.answered) AS answered, ${votes} AS up, ${votes} AS down
     FROM questions q WHERE q.at >= ? GROUP BY q.intent ORDER BY questions DESC, q.intent IS NULL, q.intent`,
    [since, "up", since, "down", since],
  );
  const byLanguage = await query(
    "SELECT language, COUNT(*) AS questions, SUM(answered) AS answered FROM questions WHERE at >= ? GROUP BY language ORDER BY questions DESC, language",
    [since],
  );
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
      answered: Number(r.answered) === 1,
      down: n(r.down),
      up: n(r.up),
      sources: JSON.parse(String(r.sources)) as string[],
    })),
    byIntent: byIntent.map((r) => ({ intent: (r.intent as string | null) ?? null, questions: n(r.questions), answered: n(r.answered), up: n(r.up), down: n(r.down) })),
    byLanguage: byLanguage.map((r) => ({ language: String(r.language), questions: n(r.questions), answered: n(r.answered) })),
  };
}

/**
 * The question log in PostgreSQL (node-postgres), for replicas that must all write to and
 * report from one log. Same tables, migrations and report queries as the SQLite log
 * (log-schema.ts, log-report.ts). Loaded lazily, only when DATABASE_URL is set.
 *
 * Stored text is cleaned and old questions pruned (BRANDBOT_LOG_DAYS) exactly as in SQLite;
 * only file permissions have no counterpart: access is the server's roles and pg_hba.conf.
 *
 * Like the SQLite log, it never costs an answer: a failed start returns null (after an
 * error line), failed writes are logged and swallowed, and the pool reconnects by itself.
 */
import pg from "pg";
import type { Logger } from "../../src/types.js";
import { buildReport, type Row } from "./log-report.js";
import { readRows } from "./log-rows.js";
import { DAY_MS, DELETE_OLD_FEEDBACK, DELETE_OLD_QUESTIONS, INSERT_QUESTION, migrations, numberedPlaceholders, PRUNE_EVERY_MS, questionParams, rowidColumn, UPSERT_FEEDBACK } from "./log-schema.js";
import type { QuestionLog, QuestionLogOptions } from "./question-log.js";
import { describeUrl } from "./replica-config.js";

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));
/** Most questions waiting to be written. */
const MAX_QUEUED = 5_000;
/** Any constant shared by every replica: it serialises their migrations. */
const MIGRATION_LOCK = 0x62726e64;

async function migrate(pool: pg.Pool): Promise<void> {
  const client = await pool.connect();
  try {
    // Replicas starting together would otherwise race to create the same tables.
    await client.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK]);
    await client.query("CREATE TABLE IF NOT EXISTS brandbot_migrations (version INTEGER PRIMARY KEY, at BIGINT NOT NULL)");
    const done = Number((await client.query("SELECT COALESCE(MAX(version), 0) AS v FROM brandbot_migrations")).rows[0].v);
    const steps = migrations("postgres");
    for (let version = done; version < steps.length; version++) {
      await client.query("BEGIN");
      await client.query(steps[version]!);
      await client.query("INSERT INTO brandbot_migrations (version, at) VALUES ($1, $2)", [version + 1, Date.now()]);
      await client.query("COMMIT");
    }
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK]).catch(() => {});
    client.release();
  }
}

/** Deletes questions asked before `before` and their votes, in one transaction; returns how many questions went. */
async function deleteBefore(pool: pg.Pool, before: number): Promise<number> {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    await client.query(numberedPlaceholders(DELETE_OLD_FEEDBACK), [before]);
    const { rowCount } = await client.query(numberedPlaceholders(DELETE_OLD_QUESTIONS), [before]);
    await client.query("COMMIT");
    return rowCount ?? 0;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}

/**
 * Connects to `url` and applies pending migrations (unless `readonly`, for reports),
 * then deletes questions past `retentionDays`.
 * Returns null, after logging an error naming the server, when that fails.
 */
export async function openPostgresQuestionLog(url: string, logger: Logger, options: QuestionLogOptions = {}): Promise<QuestionLog | null> {
  const where = describeUrl(url);
  const pool = new pg.Pool({ connectionString: url, max: 4, connectionTimeoutMillis: 3000, idleTimeoutMillis: 30_000 });
  // An idle client losing its server emits here; the next query reconnects.
  pool.on("error", (error) => logger.warn({ component: "question-log", backend: "postgres", url: where, err: errorText(error) }, "question-log: lost a PostgreSQL connection"));
  try {
    if (options.readonly) await pool.query("SELECT 1 FROM questions LIMIT 1");
    else await migrate(pool);
  } catch (error) {
    logger.error({ component: "question-log", backend: "postgres", url: where, err: errorText(error) }, `question-log: cannot open PostgreSQL at ${where}; answering without logging questions`);
    await pool.end().catch(() => {});
    return null;
  }
  const query = async (sql: string, params: unknown[]) => (await pool.query(numberedPlaceholders(sql), params)).rows as Row[];
  const arrays = async (sql: string, params: unknown[]) => (await pool.query({ text: numberedPlaceholders(sql), values: params, rowMode: "array" })).rows as unknown[][];
  const now = options.now ?? Date.now;
  const prune = (before: number) =>
    deleteBefore(pool, before).catch((error: unknown) => {
      logger.error({ component: "question-log", backend: "postgres", url: where, err: errorText(error) }, "question-log: could not delete old questions");
      return 0;
    });
  const retention = options.readonly ? undefined : options.retentionDays;
  let prunedAt = now();
  if (retention !== undefined) await prune(prunedAt - retention * DAY_MS);
  // Writes go out without holding up the answer, one after another so rows are numbered in
  // the order questions were asked (the report's tie-breaker, as SQLite's rowid is); votes,
  // reports and close wait for them, so a vote or a report right after a question sees it.
  let writes: Promise<unknown> = Promise.resolve();
  const settled = () => writes;
  // A server that is down must not make the queue grow without bound: past this, drop (and say so once).
  let queued = 0;
  let dropping = false;
  return {
    path: where,
    record(e) {
      if (retention !== undefined && now() - prunedAt > PRUNE_EVERY_MS) {
        prunedAt = now();
        const before = prunedAt - retention * DAY_MS;
        writes = writes.then(() => prune(before));
      }
      const params = questionParams(e);
      if (queued >= MAX_QUEUED) {
        if (!dropping) logger.error({ component: "question-log", backend: "postgres", url: where, queued }, "question-log: PostgreSQL is not keeping up; dropping questions until it does");
        dropping = true;
        return;
      }
      queued++;
      writes = writes.then(() =>
        query(INSERT_QUESTION, params)
          .then(() => void (dropping = false))
          .catch((error: unknown) =>
            logger.error({ component: "question-log", backend: "postgres", url: where, id: e.id, err: errorText(error) }, "question-log: could not record a question"),
          )
          .finally(() => queued--),
      );
    },
    async feedback(questionId, user, vote, at) {
      await settled();
      try {
        return ((await pool.query(numberedPlaceholders(UPSERT_FEEDBACK), [questionId, user, vote, at, questionId])).rowCount ?? 0) > 0;
      } catch (error) {
        logger.error({ component: "question-log", backend: "postgres", url: where, id: questionId, err: errorText(error) }, "question-log: could not record feedback");
        return false;
      }
    },
    report: async (since, limit = 10) => {
      await settled();
      return buildReport(query, rowidColumn("postgres"), since, limit);
    },
    rows: async (since) => {
      await settled();
      return readRows(arrays, rowidColumn("postgres"), since);
    },
    prune: async (before) => {
      await settled();
      return prune(before);
    },
    health: () =>
      pool.query("SELECT 1").then(
        () => ({ backend: "postgres", reachable: true }),
        () => ({ backend: "postgres", reachable: false }),
      ),
    close: async () => {
      await settled();
      await pool.end();
    },
  };
}

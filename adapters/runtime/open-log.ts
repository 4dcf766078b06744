/**
 * Opens the question log for a long-running command or a report: PostgreSQL when
 * DATABASE_URL is set, else SQLite. better-sqlite3 (a native module) and pg are loaded only
 * here, lazily: `brandbot ask` never pays for them, and a machine where better-sqlite3
 * failed to build still answers (the failure is logged as an error, never silent).
 */
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { silentLogger, type Logger } from "../../src/types.js";
import type { QuestionLog, QuestionLogOptions } from "./question-log.js";

/** DATABASE_URL validated (a wrong scheme stops start-up naming the variable); zod loads only when it is set. */
async function replicaConfig(env: Record<string, string | undefined>): Promise<{ databaseUrl: string | undefined }> {
  if (!env.DATABASE_URL?.trim()) return { databaseUrl: undefined };
  return (await import("./replica-config.js")).readReplicaConfig(env);
}

/** Where the log lives: BRANDBOT_DB (relative paths from the project root), else `<root>/.data/brandbot.sqlite`. */
export function questionLogPath(env: Record<string, string | undefined>, root: string): string {
  const fromEnv = env.BRANDBOT_DB?.trim();
  return fromEnv ? resolve(root, fromEnv) : join(root, ".data", "brandbot.sqlite");
}

/**
 * The log in PostgreSQL when DATABASE_URL is set (every replica writes to the same one),
 * else the SQLite file at {@link questionLogPath}, created on first run; undefined (after
 * an error line) when it cannot be opened. `options.retentionDays` prunes either.
 */
export async function openConfiguredQuestionLog(env: Record<string, string | undefined>, root: string, logger: Logger, options: QuestionLogOptions = {}): Promise<QuestionLog | undefined> {
  const { databaseUrl } = await replicaConfig(env);
  if (databaseUrl) {
    const { openPostgresQuestionLog } = await import("./question-log-postgres.js");
    return (await openPostgresQuestionLog(databaseUrl, logger, options)) ?? undefined;
  }
  const path = questionLogPath(env, root);
  try {
    const { openQuestionLog } = await import("./question-log.js");
    return openQuestionLog(path, logger, options) ?? undefined;
  } catch (error) {
    logger.error(
      { component: "question-log", path, err: error instanceof Error ? error.message : String(error) },
      "question-log: better-sqlite3 could not be loaded (run npm ci); answering without logging questions",
    );
    return undefined;
  }
}

/**
 * Opens the configured log for `brandbot report`, read-only: PostgreSQL when DATABASE_URL
 * is set, else the SQLite file (never created). On failure, the line to print instead.
 */
export async function openLogForReport(env: Record<string, string | undefined>, root: string): Promise<{ log: QuestionLog } | { problem: string }> {
  let failure = "";
  const capture: Logger = { ...silentLogger, error: (obj: unknown) => void (failure = String((obj as { err?: unknown }).err)) };
  const { databaseUrl } = await replicaConfig(env);
  if (databaseUrl) {
    const [{ openPostgresQuestionLog }, { describeUrl }] = await Promise.all([import("./question-log-postgres.js"), import("./replica-config.js")]);
    const log = await openPostgresQuestionLog(databaseUrl, capture, { readonly: true });
    return log ? { log } : { problem: `report: cannot read the question log in PostgreSQL at ${describeUrl(databaseUrl)}: ${failure} (check DATABASE_URL)` };
  }
  const path = questionLogPath(env, root);
  if (!existsSync(path)) return { problem: `report: no question log at ${path} yet: it is created when the REPL, Slack or Discord first answers (set BRANDBOT_DB to read another)` };
  const { openQuestionLog } = await import("./question-log.js");
  const log = openQuestionLog(path, capture, { readonly: true });
  return log ? { log } : { problem: `report: cannot open the question log at ${path}: ${failure}` };
}

/**
 * The runtime dependencies every entry point shares, built from the validated config in
 * one place: the single-process servers (adapters/cli/servers.ts) and each Discord shard
 * process (adapters/discord/shard.ts) call the same two functions, so a shard can never
 * run with a plain logger (no redaction), a default rate limit or no cap on work in flight.
 * It also chooses the backends: the state store (memory, or Redis with REDIS_URL) and the
 * question log (SQLite, or PostgreSQL with DATABASE_URL).
 */
import { linkSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import { dirname, join } from "node:path";
import type { Brandbot, Logger } from "../../src/types.js";
import type { RuntimeConfig } from "./config.js";
import type { AdapterDeps } from "./index.js";
import { createLogger, type LogLevel } from "./logger.js";
import { openConfiguredQuestionLog, questionLogPath } from "./open-log.js";
import { openStateStore } from "./open-state.js";
import { readReplicaConfig } from "./replica-config.js";
import { sharedState } from "./state-store.js";
import { createWorkGate, type WorkGate } from "./work-gate.js";
import { createAnswerTurns, type AnswerTurns } from "./answer-turns.js";

/** What exists before the bot is loaded (the bot logs through this logger). */
export interface RuntimeBase {
  logger: Logger;
  gate: WorkGate;
  turns: AnswerTurns;
}

/** The redacting logger, the cap on work in flight (from config) and the answers' turns. */
export function createRuntimeBase(config: RuntimeConfig, options: { level?: LogLevel; bindings?: Record<string, unknown> } = {}): RuntimeBase {
  return {
    logger: createLogger(options.level ?? config.logLevel, undefined, options.bindings),
    gate: createWorkGate(config.maxInFlight),
    turns: createAnswerTurns(),
  };
}

/** How often expired conversations and handled events are swept out of memory. */
const SWEEP_EVERY_MS = 60_000;

/** Adapter deps plus what must be released on shutdown. */
export type RuntimeDeps = AdapterDeps & { close(): Promise<void> };

/**
 * Completes the deps once the bot is loaded: the key of the user pseudonyms, the question
 * log (pruned past `config.logDays`), and the state store behind the per-user limiter,
 * conversation memory and event dedupe (its memory swept on a timer). `questionLog: false`
 * and `sharedState: false` (discord register) open neither backend: memory alone.
 */
export async function createRuntimeDeps(
  base: RuntimeBase,
  options: { bot: Brandbot; config: RuntimeConfig; env: Record<string, string | undefined>; root: string; questionLog?: boolean; sharedState?: boolean },
): Promise<RuntimeDeps> {
  const { bot, config, env, root } = options;
  // A bad REDIS_URL or DATABASE_URL stops start-up here, naming the variable.
  const { redisUrl } = readReplicaConfig(env);
  const hashKey = config.hashKey !== undefined ? Buffer.from(config.hashKey) : loadHashKey(join(dirname(questionLogPath(env, root)), "hash.key"), base.logger);
  const questionLog = options.questionLog === false ? undefined : await openConfiguredQuestionLog(env, root, base.logger, { retentionDays: config.logDays, writer: "thread" });
  const store = await openStateStore({ redisUrl: options.sharedState === false ? undefined : redisUrl, rateLimit: config.rateLimit, logger: base.logger, hashKey });
  const sweeper = setInterval(() => store.sweep?.(), SWEEP_EVERY_MS);
  sweeper.unref();
  const unknown = { backend: "none", reachable: false };
  const backends = async () => {
    const [state, log] = await Promise.all([store.health(), questionLog ? questionLog.health() : unknown]);
    return { state, questionLog: log };
  };
  return {
    ...base,
    bot,
    env,
    ...sharedState(store, () => bot, base.turns),
    backends,
    ...(questionLog ? { questionLog } : {}),
    ...(hashKey ? { hashKey } : {}),
    async close() {
      clearInterval(sweeper);
      await store.close();
      await questionLog?.close();
    },
  };
}

/**
 * The key kept beside the question log, created (0600) on first run, so pseudonyms stay
 * stable across restarts and across shard and worker processes. The first writer wins;
 * the others read its key. Undefined (after a warning) when it can be neither read nor made.
 */
export function loadHashKey(path: string, logger: Logger): Buffer | undefined {
  // Written whole under a private name, then linked into place: workers starting together
  // never read a key file that exists but is still empty.
  const draft = `${path}.${process.pid}.${randomBytes(4).toString("hex")}`;
  const discard = () => {
    try {
      rmSync(draft, { force: true });
    } catch {
      // Nothing was written, or the folder is unusable: the warning below says so.
    }
  };
  try {
    mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
    writeFileSync(draft, randomBytes(32).toString("hex"), { flag: "wx", mode: 0o600 });
    linkSync(draft, path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") {
      discard();
      logger.warn({ component: "hash-key", path, err: error }, `hash-key: cannot create ${path}; user pseudonyms will change on restart (or set BRANDBOT_HASH_KEY)`);
      return undefined;
    }
  }
  discard();
  try {
    const key = readFileSync(path, "utf8").trim();
    if (key.length >= 32) return Buffer.from(key);
    logger.warn({ component: "hash-key", path }, `hash-key: ${path} holds fewer than 32 characters; delete it to have a new one made`);
  } catch (error) {
    logger.warn({ component: "hash-key", path, err: error }, `hash-key: cannot read ${path}`);
  }
  return undefined;
}

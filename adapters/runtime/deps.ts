/**
 * The runtime dependencies every entry point shares, built from the validated config in
 * one place: the single-process servers (adapters/cli/servers.ts) and each Discord shard
 * process (adapters/discord/shard.ts) call the same two functions, so a shard can never
 * run with a plain logger (no redaction), a default rate limit or no cap on work in flight.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import { dirname, join } from "node:path";
import { createConversations } from "../../src/conversation.js";
import { createRateLimiter, type RateLimiter } from "../../src/rate-limit.js";
import type { Brandbot, Logger } from "../../src/types.js";
import type { RuntimeConfig } from "./config.js";
import type { AdapterDeps } from "./index.js";
import { createLogger, type LogLevel } from "./logger.js";
import { openConfiguredQuestionLog, questionLogPath } from "./open-log.js";
import { createWorkGate, type WorkGate } from "./work-gate.js";

/** What exists before the bot is loaded (the bot logs through this logger). */
export interface RuntimeBase {
  logger: Logger;
  limiter: RateLimiter;
  gate: WorkGate;
}

/** The redacting logger, the per-user limiter and the cap on work in flight, from config. */
export function createRuntimeBase(config: RuntimeConfig, options: { level?: LogLevel; bindings?: Record<string, unknown> } = {}): RuntimeBase {
  return {
    logger: createLogger(options.level ?? config.logLevel, undefined, options.bindings),
    limiter: createRateLimiter(config.rateLimit),
    gate: createWorkGate(config.maxInFlight),
  };
}

/** How often idle conversations are swept out of memory. */
const SWEEP_EVERY_MS = 60_000;

/** Adapter deps plus what must be released on shutdown. */
export type RuntimeDeps = AdapterDeps & { close(): void };

/**
 * Completes the deps once the bot is loaded: conversation memory swept on a timer, the
 * question log (pruned past `config.logDays`), and the key of the user pseudonyms.
 */
export async function createRuntimeDeps(
  base: RuntimeBase,
  options: { bot: Brandbot; config: RuntimeConfig; env: Record<string, string | undefined>; root: string; questionLog?: boolean },
): Promise<RuntimeDeps> {
  const { bot, config, env, root } = options;
  const conversations = createConversations(() => bot);
  const sweeper = setInterval(() => conversations.sweep(), SWEEP_EVERY_MS);
  sweeper.unref();
  const questionLog = options.questionLog === false ? undefined : await openConfiguredQuestionLog(env, root, base.logger, { retentionDays: config.logDays });
  const hashKey = config.hashKey !== undefined ? Buffer.from(config.hashKey) : loadHashKey(join(dirname(questionLogPath(env, root)), "hash.key"), base.logger);
  return {
    ...base,
    bot,
    env,
    conversations,
    ...(questionLog ? { questionLog } : {}),
    ...(hashKey ? { hashKey } : {}),
    close() {
      clearInterval(sweeper);
      questionLog?.close();
    },
  };
}

/**
 * The key kept beside the question log, created (0600) on first run, so pseudonyms stay
 * stable across restarts and across shard processes. The first writer wins (`wx`); the
 * others read its key. Undefined (after a warning) when it can be neither read nor made.
 */
export function loadHashKey(path: string, logger: Logger): Buffer | undefined {
  try {
    mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
    writeFileSync(path, randomBytes(32).toString("hex"), { flag: "wx", mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") {
      logger.warn({ component: "hash-key", path, err: error }, `hash-key: cannot create ${path}; user pseudonyms will change on restart (or set BRANDBOT_HASH_KEY)`);
      return undefined;
    }
  }
  try {
    const key = readFileSync(path, "utf8").trim();
    if (key.length >= 32) return Buffer.from(key);
    logger.warn({ component: "hash-key", path }, `hash-key: ${path} holds fewer than 32 characters; delete it to have a new one made`);
  } catch (error) {
    logger.warn({ component: "hash-key", path, err: error }, `hash-key: cannot read ${path}`);
  }
  return undefined;
}

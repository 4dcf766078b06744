/**
 * Entry script for one ShardingManager child process. A child shares nothing with the parent,
 * so it builds its own bot, logger and limiter, then runs the same adapter as single-process mode.
 * The manager passes DISCORD_TOKEN, SHARDS and SHARD_COUNT in the environment.
 */
import pino from "pino";
import { rateLimitDefaults } from "../../src/rate-limit.js";
import { loadBrandbot, projectRoot } from "../runtime/load.js";
import { openConfiguredQuestionLog } from "../runtime/open-log.js";
import { openSharedDeps } from "../runtime/open-state.js";
import { createDiscordAdapter } from "./client.js";
import { readDiscordConfig } from "./config.js";
import { SHARD_API_URL_FLAG } from "./sharding.js";

const apiUrlArg = process.argv.find((arg) => arg.startsWith(SHARD_API_URL_FLAG));
const env: Record<string, string | undefined> = { ...process.env, ...(apiUrlArg ? { DISCORD_API_URL: apiUrlArg.slice(SHARD_API_URL_FLAG.length) } : {}) };
// stderr, so stdout stays free for anything the manager's parent pipes.
const logger = pino({ level: env.LOG_LEVEL ?? "info", base: { shards: env.SHARDS } }, pino.destination(2));

try {
  const bot = await loadBrandbot({ logger });
  // Every shard writes the same question log (SQLite in WAL mode takes concurrent writers).
  const questionLog = await openConfiguredQuestionLog(env, projectRoot(), logger);
  // With REDIS_URL, shards share conversations and rate limits like any other replicas.
  const shared = await openSharedDeps({ env, rateLimit: rateLimitDefaults, logger, bot: () => bot, questionLog });
  const deps = { bot, logger, env, ...shared.deps, ...(questionLog ? { questionLog } : {}) };
  const adapter = createDiscordAdapter(deps, readDiscordConfig(env));
  // The manager ends a shard with SIGTERM; close the gateway cleanly so Discord frees the session.
  // If the manager itself dies the IPC channel drops: exit too, or an orphan would answer twice.
  const shutdown = () => void adapter.stop().finally(() => process.exit(0));
  process.once("SIGTERM", shutdown);
  process.once("disconnect", shutdown);
  await adapter.start();
} catch (error) {
  logger.fatal({ err: error }, "discord: shard failed to start");
  logger.flush();
  process.exit(1);
}

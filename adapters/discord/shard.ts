/**
 * Entry script for one ShardingManager child process. A child shares nothing with the parent,
 * so it builds its own bot, logger and limiter, then runs the same adapter as single-process mode.
 * The manager passes DISCORD_TOKEN, SHARDS and SHARD_COUNT in the environment.
 */
import { readRuntimeConfig } from "../runtime/config.js";
import { createRuntimeBase, createRuntimeDeps } from "../runtime/deps.js";
import { loadBrandbot, projectRoot } from "../runtime/load.js";
import { createDiscordAdapter } from "./client.js";
import { readDiscordConfig } from "./config.js";
import { SHARD_API_URL_FLAG, SHARD_HOME_FLAG } from "./sharding.js";
import { corpusHome } from "../curation/home.js";
import { createReloadingBot, watchCorpus } from "../runtime/reloader.js";

const apiUrlArg = process.argv.find((arg) => arg.startsWith(SHARD_API_URL_FLAG));
const homeArg = process.argv.find((arg) => arg.startsWith(SHARD_HOME_FLAG))?.slice(SHARD_HOME_FLAG.length);
const env: Record<string, string | undefined> = { ...process.env, ...(apiUrlArg ? { DISCORD_API_URL: apiUrlArg.slice(SHARD_API_URL_FLAG.length) } : {}) };
// The same config and the same builder as single-process mode: RATE_LIMIT_*, MAX_IN_FLIGHT,
// BRANDBOT_LOG_DAYS and redaction hold in every shard. The parent validated the config already.
const config = readRuntimeConfig(env);
const base = createRuntimeBase(config, { bindings: { shards: env.SHARDS } });
const { logger } = base;

try {
  const root = corpusHome(homeArg, env);
  // Each shard watches the corpus, so an article one shard adds (or a curator adds) reaches them all.
  const bot = createReloadingBot(await loadBrandbot({ root, logger }), () => loadBrandbot({ root, logger }), logger);
  watchCorpus(root, () => void bot.reload(), { logger });
  const curation = { home: root, admins: new Set(config.admins) };
  // Every shard writes the same question log (SQLite in WAL mode takes concurrent writers, or PostgreSQL).
  // With REDIS_URL, shards share conversations and rate limits like any other replicas.
  const deps = { ...(await createRuntimeDeps(base, { bot, config, env, root: projectRoot() })), curation };
  const adapter = createDiscordAdapter(deps, readDiscordConfig(env));
  // The manager ends a shard with SIGTERM; close the gateway cleanly so Discord frees the session.
  // If the manager itself dies the IPC channel drops: exit too, or an orphan would answer twice.
  const shutdown = () =>
    void adapter
      .stop()
      .finally(() => deps.close())
      .finally(() => process.exit(0));
  process.once("SIGTERM", shutdown);
  process.once("disconnect", shutdown);
  await adapter.start();
} catch (error) {
  logger.error({ err: error }, "discord: shard failed to start");
  // pino writes synchronously to fd 2, so the line is out before the exit.
  process.exit(1);
}

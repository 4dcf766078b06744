/**
 * Multi-shard mode through discord.js's own ShardingManager: Discord requires sharding above
 * ~2,500 servers, and the manager already handles spawning, respawning and shard ids.
 */
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Routes, ShardingManager } from "discord.js";
import type { AdapterDeps, RunningAdapter } from "../runtime/index.js";
import { createDiscordRest } from "./commands.js";
import type { DiscordConfig } from "./config.js";

/** How many shards to run: Discord's recommendation (`auto`) or a fixed count. */
export type ShardCount = "auto" | number;

/** Command-line flag that carries DISCORD_API_URL to shard processes (argv is not secret; env may differ). */
export const SHARD_API_URL_FLAG = "--discord-api-url=";
/** Carries the corpus home (`--home` or BRANDBOT_HOME) to shard processes, which read their own corpus. */
export const SHARD_HOME_FLAG = "--brandbot-home=";

/** Overrides for tests and unusual deployments; production uses the compiled entry script. */
export interface ShardOptions {
  /** Shard entry script; defaults to the compiled `dist/adapters/discord/shard.js`. */
  file?: string;
  /** Node flags for shard processes, e.g. `["--import", "tsx"]` to run the TypeScript entry. */
  execArgv?: string[];
  /** Pause between shard launches; Discord allows one IDENTIFY per 5 s per bucket. */
  spawnDelayMs?: number;
}

/**
 * The compiled shard script. Next to this module when running from dist/; from a source
 * checkout (tsx) it is the dist/ copy that `npm run build` produces.
 */
export function defaultShardFile(): string {
  const sibling = fileURLToPath(new URL("./shard.js", import.meta.url));
  if (existsSync(sibling)) return sibling;
  const built = fileURLToPath(new URL("../../dist/adapters/discord/shard.js", import.meta.url));
  if (existsSync(built)) return built;
  throw new Error(`discord: shard entry script not found at ${built}: run \`npm run build\` first`);
}

/**
 * Resolves `auto` through our own REST client: discord.js's built-in lookup always calls
 * discord.com and would ignore DISCORD_API_URL.
 */
export async function resolveShardCount(config: DiscordConfig, shards: ShardCount): Promise<number> {
  if (shards === "auto") {
    const gateway = (await createDiscordRest(config).get(Routes.gatewayBot())) as { shards: number };
    return Math.max(1, gateway.shards);
  }
  if (!Number.isInteger(shards) || shards < 1) {
    throw new Error(`discord: --shards ${String(shards)} is not valid: use a whole number of at least 1, or auto`);
  }
  return shards;
}

/** Spawns every shard, resolving once all are connected; `stop` ends them all. */
export async function startDiscordShards(deps: AdapterDeps, config: DiscordConfig, shards: ShardCount, options: ShardOptions = {}): Promise<RunningAdapter> {
  const totalShards = await resolveShardCount(config, shards);
  const manager = new ShardingManager(options.file ?? defaultShardFile(), {
    token: config.token,
    totalShards,
    mode: "process",
    respawn: true,
    execArgv: options.execArgv ?? [],
    shardArgs: [...(config.apiUrl ? [SHARD_API_URL_FLAG + config.apiUrl] : []), ...(deps.curation ? [SHARD_HOME_FLAG + deps.curation.home] : [])],
  });
  // kill() also reports a "death"; only unplanned exits deserve a warning.
  let stopping = false;
  manager.on("shardCreate", (shard) => {
    deps.logger.info({ shard: shard.id, totalShards }, "discord: shard launched");
    shard.on("death", () => stopping || deps.logger.warn({ shard: shard.id }, "discord: shard process exited; the manager respawns it"));
  });
  const stop = async () => {
    stopping = true;
    const exits = [...manager.shards.values()].map((shard) => {
      const child = shard.process;
      const exited = child && child.exitCode === null ? new Promise((resolve) => child.once("exit", resolve)) : Promise.resolve();
      shard.kill();
      return exited;
    });
    await Promise.all(exits);
    deps.logger.info({ totalShards }, "discord: all shards stopped");
  };
  try {
    await manager.spawn({ amount: totalShards, delay: options.spawnDelayMs ?? 5_500, timeout: 60_000 });
  } catch (error) {
    await stop();
    throw new Error(`discord: shards failed to start: ${(error as Error).message}`, { cause: error });
  }
  return { name: "discord", stop };
}

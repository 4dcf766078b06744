/**
 * The entry points the brandbot CLI calls for Discord. The CLI imports this module lazily,
 * so discord.js is only loaded when Discord is actually used.
 */
import type { AdapterDeps, RunningAdapter } from "../runtime/index.js";
import { createDiscordAdapter } from "./client.js";
import { registerCommands } from "./commands.js";
import { readDiscordConfig } from "./config.js";
import { startDiscordShards, type ShardCount } from "./sharding.js";

/**
 * Starts Discord: one client in this process, or with `shards` a ShardingManager whose
 * children run `dist/adapters/discord/shard.js`. Resolves once connected.
 */
export async function runDiscord(deps: AdapterDeps, options: { shards?: ShardCount } = {}): Promise<RunningAdapter> {
  const config = readDiscordConfig(deps.env);
  if (options.shards !== undefined) return startDiscordShards(deps, config, options.shards);
  const adapter = createDiscordAdapter(deps, config);
  await adapter.start();
  return { name: adapter.name, stop: () => adapter.stop() };
}

/**
 * `brandbot discord register [--guild ID]`: publishes `/ask` globally or to one guild
 * (instant, for testing). Resolves to a one-line summary for the terminal.
 */
export async function registerDiscordCommands(deps: AdapterDeps, options: { guildId?: string } = {}): Promise<string> {
  const summary = await registerCommands(readDiscordConfig(deps.env), options);
  deps.logger.info({ guild: options.guildId ?? null }, "discord: commands registered");
  return summary;
}

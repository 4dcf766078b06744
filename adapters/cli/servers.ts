/**
 * Long-running commands: the REPL, Slack, Discord, or `start` (whichever chat platforms
 * are configured, else the REPL). Owns graceful shutdown: on SIGTERM or SIGINT the
 * adapters stop taking messages, finish what is in flight and close their connections.
 */
import { randomBytes } from "node:crypto";
import { homedir } from "node:os";
import { join } from "node:path";
import { askQuestion } from "../runtime/ask.js";
import type { RuntimeConfig } from "../runtime/config.js";
import { createRuntimeBase, createRuntimeDeps } from "../runtime/deps.js";
import type { AdapterDeps, RunningAdapter } from "../runtime/index.js";
import { createLogger } from "../runtime/logger.js";
import { loadBrandbot, projectRoot } from "../runtime/load.js";
import { createReloadingBot, watchCorpus, type ReloadingBot, type ReloadStatus } from "../runtime/reloader.js";
import { runRepl } from "../repl/repl.js";
import { isDiscordConfigured } from "../discord/config.js";
import { isSlackConfigured } from "../slack/config.js";

export interface ServerOptions {
  command: string;
  subcommand: string | undefined;
  env: Record<string, string | undefined>;
  config: RuntimeConfig;
  /** The folder holding seeds/ and corpus/ (BRANDBOT_HOME, --home, or the project's own). */
  home: string;
  guild: string | undefined;
  shards: string | undefined;
  /** `--workers N`: run N processes (node:cluster) sharing the port; see workers.ts. */
  workers?: string | undefined;
}

const SHUTDOWN_DEADLINE_MS = 10_000;

function parseShards(value: string | undefined): "auto" | number | undefined {
  if (value === undefined) return undefined;
  if (value === "auto") return "auto";
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`discord: --shards must be "auto" or a whole number of at least 1, got "${value}"`);
  return n;
}

/** Starts the named adapters and resolves when they have all been stopped by a signal. */
async function serve(deps: AdapterDeps, starters: (() => Promise<RunningAdapter>)[]): Promise<number> {
  const running: RunningAdapter[] = [];
  try {
    for (const start of starters) running.push(await start());
  } catch (error) {
    await Promise.allSettled(running.map((r) => r.stop()));
    throw error;
  }
  return new Promise((resolve) => {
    let stopping = false;
    const stop = (signal: string) => {
      if (stopping) return;
      stopping = true;
      deps.logger.info({ signal }, "shutting down");
      const deadline = setTimeout(() => resolve(1), SHUTDOWN_DEADLINE_MS);
      deadline.unref();
      // Stopping closes intake; then the answers already in flight are let finish.
      void Promise.allSettled(running.map((r) => r.stop()))
        .then(() => deps.gate?.idle())
        .then(() => {
          clearTimeout(deadline);
          deps.logger.info({}, "stopped");
          resolve(0);
        });
    };
    process.once("SIGTERM", () => stop("SIGTERM"));
    process.once("SIGINT", () => stop("SIGINT"));
  });
}

/** Runs `repl`, `start`, `slack`, `discord` or `discord register`; returns the exit code. */
export async function runServers(options: ServerOptions): Promise<number> {
  const { command, env, config } = options;
  // --workers N: the primary only supervises; each worker goes on below as a whole bot.
  const cluster = options.workers === undefined ? undefined : await import("./workers.js");
  const supervised = await cluster?.superviseWorkers(options.workers!, command, env, () => createLogger(config.logLevel));
  if (supervised !== undefined) return supervised;
  cluster?.followPrimary();
  const wantsChat = command === "slack" || command === "discord" || (command === "start" && (isSlackConfigured(env) || isDiscordConfigured(env)));
  // The REPL logs only warnings so answers are not buried; servers log at LOG_LEVEL.
  const base = createRuntimeBase(config, { level: wantsChat || env.LOG_LEVEL ? config.logLevel : "warn" });
  const { logger } = base;
  // Edits to seeds/ or corpus/ are picked up while the bot runs; a bad edit keeps the last good index.
  const root = options.home;
  const bot = createReloadingBot(await loadBrandbot({ root, logger }), () => loadBrandbot({ root, logger }), logger);
  const watcher = watchCorpus(root, () => void bot.reload(), { logger });
  // One question log and one state store (conversations, handled events, rate limits) for
  // every adapter in this process: in memory, or shared with other replicas (REDIS_URL, DATABASE_URL).
  const register = command === "discord" && options.subcommand === "register";
  const runtime = await createRuntimeDeps(base, { bot, config, env, root: projectRoot(), questionLog: !register, sharedState: !register });
  // Chat adds write to the corpus home and are allowed to BRANDBOT_ADMINS only.
  const deps = { ...runtime, curation: { home: root, admins: new Set(config.admins) } };
  try {
    return await runCommand(options, deps, bot, wantsChat, watcher);
  } finally {
    await deps.close();
    cluster?.leaveCluster();
  }
}

async function runCommand(options: ServerOptions, deps: AdapterDeps, bot: ReloadingBot, wantsChat: boolean, watcher: { close(): void }): Promise<number> {
  const { command, env } = options;
  if (!wantsChat) {
    // The person at the keyboard is not rate limited; one session is one conversation.
    const replDeps: AdapterDeps = { ...deps, limiter: { take: () => ({ allowed: true }) } };
    const session = `repl:${randomBytes(6).toString("hex")}`;
    await runRepl({
      bot: () => bot,
      ask: (question) => askQuestion(replDeps, { adapter: "repl", userId: env.USER ?? "local", question, via: "repl", conversation: session }),
      input: process.stdin,
      output: process.stdout,
      terminal: Boolean(process.stdin.isTTY && process.stdout.isTTY),
      historyFile: join(homedir(), ".brandbot_history"),
      reload: async () => describeReload(await bot.reload()),
    });
    watcher.close();
    return 0;
  }
  if (command === "discord" && options.subcommand === "register") {
    watcher.close();
    const { registerDiscordCommands } = await import("../discord/cli.js");
    process.stdout.write(`${await registerDiscordCommands(deps, options.guild ? { guildId: options.guild } : {})}\n`);
    return 0;
  }
  const shards = parseShards(options.shards);
  const starters: (() => Promise<RunningAdapter>)[] = [];
  if (command === "slack" || (command === "start" && isSlackConfigured(env)))
    starters.push(async () => (await import("../slack/cli.js")).runSlack(deps));
  if (command === "discord" || (command === "start" && isDiscordConfigured(env)))
    starters.push(async () => (await import("../discord/cli.js")).runDiscord(deps, shards === undefined ? {} : { shards }));
  // Last, so a load balancer sees the replica only once it takes messages.
  const { healthPort } = options.config;
  const names = starters.length === 2 ? "slack+discord" : command === "start" ? (isSlackConfigured(env) ? "slack" : "discord") : command;
  if (healthPort !== undefined) starters.push(async () => (await import("../runtime/health.js")).startHealthServer(deps, { port: healthPort, adapter: names }));
  try {
    return await serve(deps, starters);
  } finally {
    watcher.close();
  }
}

function describeReload(status: ReloadStatus): string {
  return status.ok
    ? `reloaded: ${status.documents} documents, ${status.sentences} sentences`
    : `reload refused, still answering from the last good index (${status.documents} documents):\n${status.error}`;
}

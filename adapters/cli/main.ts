#!/usr/bin/env node
/**
 * The composition root: reads the environment and the corpus once, builds the bot, and
 * hands it to the adapter the command names. Slack and Discord are imported lazily, so
 * `brandbot ask` never pays the 0.5 s it takes to load their libraries.
 */
import { join } from "node:path";
import { parseArgs } from "node:util";
import { CorpusError, loadBrandbot, projectRoot } from "../runtime/load.js";
import { readRuntimeConfig } from "../runtime/config.js";
import { runAsk } from "./ask.js";
import { runCorpusCheck } from "./corpus-check.js";
import { runServers } from "./servers.js";

const USAGE = `Usage: brandbot <command>

  ask [--json] [question]     answer one question (no question: one per stdin line)
  repl                        interactive questions in the terminal
  start                       Slack and/or Discord when configured, else the REPL
  slack                       run the Slack bot (needs SLACK_* in .env)
  discord [--shards auto|N]   run the Discord bot (needs DISCORD_TOKEN in .env)
  discord register [--guild ID]  publish the /ask command
  corpus check                validate seeds/ and corpus/, list every problem`;

async function loadEnv(): Promise<Record<string, string | undefined>> {
  const { config } = await import("dotenv");
  config({ path: join(projectRoot(), ".env"), quiet: true });
  return process.env;
}

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      json: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
      guild: { type: "string" },
      shards: { type: "string" },
    },
  });
  const [command, ...rest] = positionals;
  if (values.help || !command || command === "help") {
    process.stdout.write(`${USAGE}\n`);
    return command || values.help ? 0 : 2;
  }
  if (command === "corpus" && rest[0] === "check") return runCorpusCheck(projectRoot());
  const env = await loadEnv();
  const config = readRuntimeConfig(env);
  if (command === "ask") {
    const bot = await loadBrandbot();
    return runAsk(bot, { json: values.json, question: rest.join(" ") || undefined });
  }
  if (["repl", "start", "slack", "discord"].includes(command)) {
    return runServers({ command, subcommand: rest[0], env, config, guild: values.guild, shards: values.shards });
  }
  process.stderr.write(`brandbot: unknown command "${command}"\n\n${USAGE}\n`);
  return 2;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof CorpusError) process.stderr.write(`${error.message}\nbrandbot: fix the corpus (see: brandbot corpus check)\n`);
    else process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);

#!/usr/bin/env node
/**
 * The composition root: reads the environment and the corpus once, builds the bot, and
 * hands it to the adapter the command names. Everything a command does not need is
 * imported lazily: Slack and Discord (0.5 s of libraries), pino and the servers, and the
 * zod-based settings check when no setting is given, so `brandbot ask` starts in about
 * twice the time of a bare `node`.
 */
import { join } from "node:path";
import { parseArgs } from "node:util";
import { CorpusError, loadBrandbot, projectRoot } from "../runtime/load.js";
import type { RuntimeConfig } from "../runtime/config.js";
import { corpusHome } from "../curation/home.js";

/**
 * The variables `readRuntimeConfig` reads. When none is set it can only return its
 * defaults, so commands that do not use the settings (`ask`) skip loading it (and zod).
 * Keep in step with adapters/runtime/config.ts.
 */
const RUNTIME_VARIABLES = ["LOG_LEVEL", "RATE_LIMIT_BURST", "RATE_LIMIT_PER_MINUTE", "MAX_IN_FLIGHT", "BRANDBOT_LOG_DAYS", "BRANDBOT_HASH_KEY", "BRANDBOT_ADMINS"];

async function runtimeConfig(env: Record<string, string | undefined>): Promise<RuntimeConfig> {
  const { readRuntimeConfig } = await import("../runtime/config.js");
  return readRuntimeConfig(env);
}

const USAGE = `Usage: brandbot [--home DIR] <command>

  ask [--json] [question]     answer one question (no question: one per stdin line)
  repl                        interactive questions in the terminal
  start                       Slack and/or Discord when configured, else the REPL
  slack [--workers N]         run the Slack bot (needs SLACK_* in .env); N processes sharing the port
  discord [--shards auto|N]   run the Discord bot (needs DISCORD_TOKEN in .env)
  discord register [--guild ID]  publish the /ask command
  corpus check                validate seeds/ and corpus/, list every problem
  corpus list                 file, date, language, sentences and title of each document
  corpus remove <file>        remove a document's seed file and its record
  add <file|url>...           add .html, .pdf, .txt or .md articles to the corpus
      [--title T] [--date YYYY-MM-DD] [--language en|it] [--url U] [--dry-run]
  report [--since 7d]         unanswered questions, thumbs down, counts by intent and language
  report --html FILE [--since 30d]  the same as a page with charts, to read or forward
  report --json [--since 30d]       the page's figures as JSON, for scripts and dashboards

--home DIR (or BRANDBOT_HOME) is the folder holding seeds/ and corpus/; default: the project's own.`;

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
      since: { type: "string" },
      workers: { type: "string" },
      home: { type: "string" },
      title: { type: "string" },
      date: { type: "string" },
      language: { type: "string" },
      url: { type: "string" },
      "dry-run": { type: "boolean", default: false },
      html: { type: "string" },
    },
  });
  const [command, ...rest] = positionals;
  if (values.help || !command || command === "help") {
    process.stdout.write(`${USAGE}\n`);
    return command || values.help ? 0 : 2;
  }
  const env = await loadEnv();
  const home = corpusHome(values.home, env);
  if (command === "corpus" && rest[0] === "check") return (await import("./corpus-check.js")).runCorpusCheck(home);
  if (command === "corpus") return (await import("./curate.js")).runCorpusCommand(home, rest[0], rest.slice(1));
  if (command === "add") {
    const { title, date, language, url } = values;
    const overrides = { ...(title !== undefined && { title }), ...(date !== undefined && { date }), ...(language !== undefined && { language }), ...(url !== undefined && { url }) };
    return (await import("./curate.js")).runAdd({ home, sources: rest, overrides, dryRun: values["dry-run"] });
  }
  if (command === "report") {
    const { logDays } = await runtimeConfig(env);
    return (await import("./report.js")).runReport({ since: values.since, html: values.html, json: values.json, env, root: projectRoot(), logDays });
  }
  if (command === "ask") {
    // Validated even though `ask` does not use them, so a typo fails the same everywhere.
    if (RUNTIME_VARIABLES.some((name) => env[name]?.trim())) await runtimeConfig(env);
    const [bot, { runAsk }] = await Promise.all([loadBrandbot({ root: home }), import("./ask.js")]);
    return runAsk(bot, { json: values.json, question: rest.join(" ") || undefined });
  }
  const config = await runtimeConfig(env);
  if (["repl", "start", "slack", "discord"].includes(command)) {
    const { runServers } = await import("./servers.js");
    return runServers({ command, subcommand: rest[0], env, config, home, guild: values.guild, shards: values.shards, workers: values.workers });
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

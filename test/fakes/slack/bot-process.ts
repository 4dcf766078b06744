/**
 * A real `brandbot slack` process (the CLI from source, as `npx brandbot slack` runs it)
 * in HTTP mode against the fake Slack, for tests of several replicas: its JSON log lines
 * are collected, and it is stopped with SIGTERM like a deployment would.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { join } from "node:path";
import { root } from "../../helpers/corpus.js";
import { TEST_BOT_TOKEN, TEST_SIGNING_SECRET } from "./harness.js";

export interface BotProcess {
  /** `http://127.0.0.1:PORT` of this process. */
  base: string;
  /** Every JSON log line the process wrote so far. */
  logs: Record<string, unknown>[];
  /** Resolves when a log line whose `msg` matches appears (or rejects after `timeoutMs`). */
  waitForLog(msg: RegExp, timeoutMs?: number): Promise<Record<string, unknown>>;
  stop(): Promise<number | null>;
}

/**
 * Starts `brandbot slack` (or `options.command`) with the fake Slack's API URL and `env`;
 * resolves once it logs `options.ready` (default: Slack's HTTP listener), whose `port` is `base`.
 */
export async function startBotProcess(
  apiUrl: string,
  env: Record<string, string>,
  args: string[] = [],
  options: { command?: "slack" | "discord"; ready?: RegExp } = {},
): Promise<BotProcess> {
  const ready = options.ready ?? /^slack: listening on port/;
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", join(root, "adapters/cli/main.ts"), options.command ?? "slack", ...args], {
    cwd: root,
    stdio: ["ignore", "ignore", "pipe"],
    env: {
      ...process.env,
      SLACK_BOT_TOKEN: TEST_BOT_TOKEN,
      SLACK_SIGNING_SECRET: TEST_SIGNING_SECRET,
      SLACK_APP_TOKEN: "",
      SLACK_API_URL: apiUrl,
      DISCORD_TOKEN: "",
      PORT: "0",
      LOG_LEVEL: "info",
      REDIS_URL: "",
      DATABASE_URL: "",
      ...env,
    },
  });
  const logs: Record<string, unknown>[] = [];
  let rest = "";
  child.stderr!.on("data", (chunk: Buffer) => {
    const lines = (rest + chunk.toString("utf8")).split("\n");
    rest = lines.pop() ?? "";
    for (const line of lines) {
      try {
        logs.push(JSON.parse(line) as Record<string, unknown>);
      } catch {
        logs.push({ msg: line });
      }
    }
  });
  const waitForLog = async (msg: RegExp, timeoutMs = 20_000) => {
    const until = Date.now() + timeoutMs;
    for (;;) {
      const found = logs.find((l) => msg.test(String(l.msg)));
      if (found) return found;
      if (child.exitCode !== null) throw new Error(`bot-process: exited with ${child.exitCode} before logging ${msg}; logs: ${JSON.stringify(logs).slice(0, 3000)}`);
      if (Date.now() > until) throw new Error(`bot-process: no log line matching ${msg} within ${timeoutMs} ms; logs: ${JSON.stringify(logs).slice(0, 3000)}`);
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  };
  const stop = async () => {
    if (child.exitCode !== null) return child.exitCode;
    return new Promise<number | null>((resolve) => {
      child.once("exit", (code) => resolve(code));
      child.kill("SIGTERM");
    });
  };
  try {
    const listening = await waitForLog(ready);
    // With --workers N, every worker says where it listens (all on the same port).
    const workers = Number(args[args.indexOf("--workers") + 1] ?? 1);
    const until = Date.now() + 30_000;
    while (args.includes("--workers") && logs.filter((l) => ready.test(String(l.msg))).length < workers && Date.now() < until) await new Promise((r) => setTimeout(r, 25));
    return { base: `http://127.0.0.1:${listening.port}`, logs, waitForLog, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

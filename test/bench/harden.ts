/**
 * The figures of issue 15 ("hardening"), measured the same way before and after:
 * memory and storage after 1,000 long mentions, time for an 80 MB stdin line to
 * `ask --json`, how long a slow connection stays open on the Slack HTTP endpoint, and
 * memory after 40 unsigned 4 MiB bodies. Prints a table and a JSON last line.
 *
 *   node --expose-gc --import tsx test/bench/harden.ts [memory|stdin|slow|bodies]...
 */
import { spawn } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { request } from "node:http";
import { connect, type Socket } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { askQuestion } from "../../adapters/runtime/ask.js";
import { openQuestionLog } from "../../adapters/runtime/question-log.js";
import { loadBrandbot, projectRoot } from "../../adapters/runtime/load.js";
import { createConversations } from "../../src/conversation.js";
import { createRateLimiter } from "../../src/rate-limit.js";
import { silentLogger } from "../../src/types.js";
import { startHarness } from "../fakes/slack/harness.js";

const gc = () => (globalThis as { gc?: () => void }).gc?.();
const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;
const results: Record<string, number | string> = {};

/** 1,000 mentions of 40,000 characters, each starting its own thread, through the shared question path. */
async function memory(): Promise<void> {
  const bot = await loadBrandbot();
  const dir = mkdtempSync(join(tmpdir(), "brandbot-bench-"));
  const log = openQuestionLog(join(dir, "q.sqlite"), silentLogger)!;
  const deps = { bot, logger: silentLogger, limiter: createRateLimiter({ capacity: 1e9 }), env: {}, conversations: createConversations(() => bot), questionLog: log };
  const filler = " and what about the plant in Cassino".repeat(1200);
  gc();
  const before = process.memoryUsage().heapUsed;
  for (let i = 0; i < 1000; i++) {
    // Answered from its first 500 characters (spaces collapse), so the conversation keeps it.
    const question = `<@U0BOT> Where is the Giulia built?${" ".repeat(500)}${filler}`.slice(0, 40_000 - 6) + String(i).padStart(6, "0");
    askQuestion(deps, { adapter: "slack", userId: `U${i % 50}`, question, via: "mention", conversation: `slack:C1:${1_700_000_000 + i}.000100` });
  }
  gc();
  const after = process.memoryUsage().heapUsed;
  log.close();
  const bytes = readdirSync(dir).reduce((sum, f) => sum + statSync(join(dir, f)).size, 0);
  rmSync(dir, { recursive: true, force: true });
  results.mentionsHeapGrowthMB = mb(after - before);
  results.mentionsDatabaseMB = mb(bytes);
}

/** One 80 MB line on stdin to the real CLI; seconds until it exits. */
async function stdin(): Promise<void> {
  const line = `${"x".repeat(80 * 1024 * 1024)}\n`;
  const started = performance.now();
  const child = spawn(process.execPath, ["--import", "tsx", join(projectRoot(), "adapters/cli/main.ts"), "ask", "--json"], { stdio: ["pipe", "pipe", "pipe"] });
  let out = 0;
  let err = "";
  child.stdout.on("data", (c: Buffer) => (out += c.length));
  child.stderr.on("data", (c: Buffer) => (err += c.toString()));
  const killer = setTimeout(() => child.kill("SIGKILL"), 120_000);
  child.stdin.on("error", () => undefined);
  child.stdin.end(line);
  const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
  clearTimeout(killer);
  results.stdin80MBLineSeconds = Math.round((performance.now() - started) / 100) / 10;
  results.stdin80MBLineExit = code === null ? "killed after 120 s" : String(code);
  results.stdin80MBLineOutputBytes = out;
  if (err) results.stdin80MBLineStderr = err.trim().slice(0, 200);
}

/** Headers trickled one byte every 2 s: seconds until the server closes the connection (capped at 75 s). */
async function slow(): Promise<void> {
  const bot = await loadBrandbot();
  const h = await startHarness({ bot });
  const port = Number(new URL(h.base).port);
  const socket: Socket = connect(port, "127.0.0.1");
  socket.on("error", () => undefined);
  // Read what the server says (a 408), or a paused socket would only notice the close on its next write.
  let status = "";
  socket.on("data", (chunk: Buffer) => (status ||= chunk.toString().split("\r\n")[0] ?? ""));
  const started = performance.now();
  socket.write("POST /slack/events HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ");
  const timer = setInterval(() => socket.writable && socket.write("a"), 2000);
  const closed = await Promise.race([
    new Promise<boolean>((resolve) => socket.on("close", () => resolve(true))),
    new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 75_000)),
  ]);
  clearInterval(timer);
  socket.destroy();
  results.slowConnectionSeconds = closed ? Math.round((performance.now() - started) / 100) / 10 : "> 75 (still open)";
  if (status) results.slowConnectionResponse = status;
  await h.close();
}

/** 40 unsigned 4 MiB bodies at once: resident memory before and after. */
async function bodies(): Promise<void> {
  const bot = await loadBrandbot();
  const h = await startHarness({ bot });
  gc();
  const before = process.memoryUsage().rss;
  const body = Buffer.alloc(4 * 1024 * 1024 - 1024, "a");
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  // node:http writes the one shared buffer: the client side adds no copies of its own to the figure.
  const post = () =>
    new Promise<number>((resolve) => {
      const req = request(`${h.base}/slack/events`, { method: "POST", headers: { "content-type": "application/json", "content-length": body.length } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on("error", () => resolve(0));
      req.end(body);
    });
  const statuses = await Promise.all(Array.from({ length: 40 }, post));
  clearInterval(sampler);
  results.bodiesRssBeforeMB = mb(before);
  results.bodiesRssPeakMB = mb(peak);
  results.bodiesStatuses = [...new Set(statuses)].join(",");
  await h.close();
}

const all: Record<string, () => Promise<void>> = { memory, stdin, slow, bodies };
const chosen = process.argv.slice(2).length ? process.argv.slice(2) : Object.keys(all);
for (const name of chosen) await all[name]!();
for (const [k, v] of Object.entries(results)) console.log(`${k.padEnd(28)} ${v}`);
console.log(JSON.stringify(results));
process.exit(0);

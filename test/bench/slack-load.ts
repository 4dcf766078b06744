/**
 * `npm run bench:slack`: load test of the Slack adapter in HTTP mode, all on 127.0.0.1.
 *
 * The main thread runs what production runs: the real adapter (real Bolt, real engine,
 * the production pino logger writing to /dev/null) on port 0, against a fake Slack Web
 * API (auth.test). A worker thread of this same process plays Slack (slack-side.ts): a
 * response_url receiver that counts posts and which of them carry an answer, and users
 * each sending `/brand` on its own connection, signed afresh, and asking again once the
 * answer has arrived. Slack's side runs on its own thread so that, as in production, its
 * cost is not billed to the bot.
 *
 *   1. throughput with BENCH_SLACK_CONNECTIONS (50) users for BENCH_SLACK_SECONDS (10):
 *      acks per second, ack latency p50/p99, answer latency, non-2xx, errors, and answered
 *      slash commands per second (answers that reached response_url / time until the last);
 *   2. burst with BENCH_SLACK_BURST_CONNECTIONS (200) users, each on a new connection, for
 *      BENCH_SLACK_BURST_SECONDS (5): the slowest ack, which must be under Slack's 3 s.
 *
 * Bounded by time and by count (BENCH_SLACK_MAX_REQUESTS per phase), with a watchdog; it
 * closes everything and exits by itself. Not part of `npm test`. Prints a table, then as
 * its last line one JSON object:
 *   {rps, p50Ms, p99Ms, errors, non2xx, answersPerSecond, maxAckMsAt200, allAckedWithin3s}
 * Exit code 1 when a request failed, was refused, went unanswered or was acked after 3 s;
 * the throughput and p99 targets are reported (PASS/MISS), not enforced: they depend on
 * the machine.
 *
 * Run: node --import tsx test/bench/slack-load.ts
 * With `-- --workers N`, real `brandbot slack` processes sharing Redis instead: see slack-workers.ts.
 */
import { readFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { isMainThread, Worker, workerData } from "node:worker_threads";
import { settings, slackSide, type LoadTarget, type PhaseSummary, type ToMain } from "./slack-side.js";

const TARGET = { answersPerSecond: 1_000, p99Ms: 100, ackMs: 3_000 } as const;

// ---------------------------------------------------------------------------------------
// The bot's side (main thread) and the report.

/**
 * CPU seconds used so far by this thread (the bot's), from /proc on Linux; null elsewhere.
 * Unlike wall-clock rates it does not move when other programs share the machine.
 */
function botThreadCpuSeconds(): number | null {
  try {
    const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, "utf8");
    // Fields after the parenthesised command name; utime and stime are the 14th and 15th overall.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return null;
  }
}

/** How busy the bot's thread was during a phase. */
interface BotLoad {
  /** Share of the time the bot's event loop was busy (1 = saturated). */
  eventLoopBusy: number;
  /** CPU milliseconds the bot's thread spent per answered command; null when unknown. */
  cpuMsPerAnswer: number | null;
}

const round = (x: number, digits = 1) => Number(x.toFixed(digits));

function table(rows: string[][]): string {
  const widths = (rows[0] ?? []).map((_, col) => Math.max(...rows.map((row) => (row[col] ?? "").length)));
  return rows
    .map((row, i) => {
      const line = row.map((cell, col) => (col === 0 ? cell.padEnd(widths[col] ?? 0) : cell.padStart(widths[col] ?? 0))).join("  ");
      return i === 0 ? `${line}\n${widths.map((w) => "-".repeat(w)).join("  ")}` : line;
    })
    .join("\n");
}

function report([main, mainLoad]: [PhaseSummary, BotLoad], [burst, burstLoad]: [PhaseSummary, BotLoad]): void {
  const rows: string[][] = [["", `${main.connections} connections`, `${burst.connections} connections`]];
  const both = (label: string, f: (p: PhaseSummary) => number) => rows.push([label, String(f(main)), String(f(burst))]);
  const bothLoad = (label: string, f: (l: BotLoad) => number | null) =>
    rows.push([label, String(f(mainLoad) ?? "n/a"), String(f(burstLoad) ?? "n/a")]);
  both("duration (s)", (p) => round(p.seconds, 2));
  both("requests completed", (p) => p.completed);
  both("acks (2xx)", (p) => p.ok);
  both("acks per second", (p) => round(p.ok / p.seconds));
  both("ack latency p50 (ms)", (p) => round(p.ackP50Ms, 2));
  both("ack latency p99 (ms)", (p) => round(p.ackP99Ms, 2));
  both("ack latency max (ms)", (p) => round(p.ackMaxMs, 2));
  both("answer latency p50 (ms)", (p) => round(p.answerP50Ms, 2));
  both("answer latency p99 (ms)", (p) => round(p.answerP99Ms, 2));
  both("non-2xx", (p) => p.non2xx);
  both("errors (incl. timeouts)", (p) => p.errors);
  both("timeouts", (p) => p.timeouts);
  both("response_url posts", (p) => p.posts);
  both("  answers", (p) => p.answers);
  both("  with sources", (p) => p.cited);
  both("  rate-limit notes", (p) => p.limited);
  both("  apologies", (p) => p.apologies);
  both("  busy notes", (p) => p.busy);
  both("  duplicates", (p) => p.duplicates);
  both("acked but unanswered", (p) => Math.max(0, p.ok - p.answeredIds));
  both("answered per second", (p) => round(p.answersPerSecond));
  bothLoad("bot event loop busy (%)", (l) => round(l.eventLoopBusy * 100));
  bothLoad("bot thread CPU per answer (ms)", (l) => (l.cpuMsPerAnswer === null ? null : round(l.cpuMsPerAnswer, 3)));
  bothLoad("  => answers/s one core allows", (l) => (l.cpuMsPerAnswer === null ? null : Math.round(1000 / l.cpuMsPerAnswer)));
  console.log(`\n${table(rows)}\n`);

  const summary = {
    rps: round(main.ok / main.seconds),
    p50Ms: round(main.ackP50Ms, 2),
    p99Ms: round(main.ackP99Ms, 2),
    errors: main.errors + burst.errors,
    non2xx: main.non2xx + burst.non2xx,
    answersPerSecond: round(main.answersPerSecond),
    maxAckMsAt200: round(burst.ackMaxMs, 2),
    allAckedWithin3s: burst.completed > 0 && burst.errors === 0 && burst.non2xx === 0 && burst.ackMaxMs < TARGET.ackMs,
  };
  const unanswered = [main, burst].some((p) => p.ok > p.answeredIds || p.limited + p.apologies + p.busy + p.duplicates > 0);
  const checks: [string, boolean][] = [
    [`answered slash commands per second >= ${TARGET.answersPerSecond}`, summary.answersPerSecond >= TARGET.answersPerSecond],
    ["zero errors and zero non-2xx", summary.errors === 0 && summary.non2xx === 0],
    [`ack p99 < ${TARGET.p99Ms} ms at ${main.connections} connections`, summary.p99Ms < TARGET.p99Ms],
    [`every request acked within 3 s at ${burst.connections} connections`, summary.allAckedWithin3s],
    ["every acked command answered exactly once, with an answer", !unanswered],
  ];
  for (const [label, ok] of checks) console.log(`${ok ? "PASS" : "MISS"}  ${label}`);
  if (summary.errors > 0 || summary.non2xx > 0 || !summary.allAckedWithin3s || unanswered) process.exitCode = 1;
  console.log(JSON.stringify(summary));
}

async function botSide(): Promise<void> {
  // Imported here so the worker (Slack's side) never loads Bolt or the engine.
  const [{ default: pino }, { createSlackAdapter }, { readSlackConfig }, { loadBrandbot }, { createLogger }, { createRateLimiter }, { startFakeSlack }, { TEST_BOT_TOKEN, TEST_SIGNING_SECRET }, { createAnswerTurns }] =
    await Promise.all([
      import("pino"),
      import("../../adapters/slack/app.js"),
      import("../../adapters/slack/config.js"),
      import("../../adapters/runtime/load.js"),
      import("../../adapters/runtime/logger.js"),
      import("../../src/rate-limit.js"),
      import("../fakes/slack/fake-slack.js"),
      import("../fakes/slack/harness.js"),
      import("../../adapters/runtime/answer-turns.js"),
    ]);

  const bot = await loadBrandbot();
  const fake = await startFakeSlack();
  // The production logger (one JSON line per answer, redaction hooks) into /dev/null: its cost is real.
  const logger = createLogger("info", pino.destination({ dest: "/dev/null", sync: false }));
  // 1,000 users flooding would trip the real per-user limit; this measures answering, not refusing.
  const limiter = createRateLimiter({ capacity: 1e9, refillPerSecond: 1e9 });
  const env = { SLACK_BOT_TOKEN: TEST_BOT_TOKEN, SLACK_SIGNING_SECRET: TEST_SIGNING_SECRET, PORT: "0", SLACK_API_URL: fake.apiUrl };
  // The production deps' answer turns (adapters/runtime/deps.ts), so acks are not held behind answers.
  const adapter = createSlackAdapter({ bot, logger, limiter, env, turns: createAnswerTurns() }, readSlackConfig(env), {
    clientOptions: { retryConfig: { retries: 0 } },
    // Responses go to this benchmark's own receiver on 127.0.0.1, not to the fake Slack.
    allowResponseUrl: (url) => url.hostname === "127.0.0.1",
  });
  let worker: Worker | undefined;
  const watchdogMs = (settings.warmupSeconds + settings.seconds + settings.burstSeconds) * 1000 + 3 * (settings.drainMs + settings.answerTimeoutMs) + 60_000;
  const watchdog = setTimeout(() => {
    console.error(`slack-load: gave up after ${Math.round(watchdogMs / 1000)} s: something hung`);
    process.exit(2);
  }, watchdogMs);
  watchdog.unref();
  try {
    const where = await adapter.start({ host: "127.0.0.1" });
    if (where.mode !== "http") throw new Error("slack-load: expected HTTP mode");
    const url = `http://127.0.0.1:${where.port}/slack/events`;
    const [busy] = loadavg();
    console.log(`slack-load: ${cpus().length} CPUs, node ${process.version}, load average ${round(busy ?? 0, 2)}, endpoint ${url}`);
    // Other programs on a 2-core machine take CPU from the bot and from Slack's side alike.
    if ((busy ?? 0) > 0.5) console.log("slack-load: warning: the machine is already busy; rates will be lower than on an idle machine");
    console.log(
      `slack-load: warm-up ${settings.warmupSeconds} s at 10 connections, throughput ${settings.seconds} s at ${settings.connections}, ` +
        `burst ${settings.burstSeconds} s at ${settings.burstConnections}; at most ${settings.maxRequests} requests per phase`,
    );
    const summaries = new Map<string, PhaseSummary>();
    const loads = new Map<string, BotLoad>();
    let phaseStart = { elu: performance.eventLoopUtilization(), cpu: botThreadCpuSeconds() };
    await new Promise<void>((resolve, reject) => {
      // Workers do not inherit tsx's loader hooks on Node 20: register them, then load this file.
      const api = JSON.stringify(import.meta.resolve("tsx/esm/api"));
      const boot = `import(${api}).then((tsx) => { tsx.register(); return import(${JSON.stringify(import.meta.url)}); })`;
      worker = new Worker(boot, { eval: true, workerData: { url, signingSecret: TEST_SIGNING_SECRET } satisfies LoadTarget });
      worker.on("message", (message: ToMain) => {
        if (message.type === "start") phaseStart = { elu: performance.eventLoopUtilization(), cpu: botThreadCpuSeconds() };
        if (message.type === "phase") {
          const s = message.summary;
          summaries.set(s.name, s);
          const cpu = botThreadCpuSeconds();
          loads.set(s.name, {
            eventLoopBusy: performance.eventLoopUtilization(phaseStart.elu).utilization,
            cpuMsPerAnswer: cpu === null || phaseStart.cpu === null || s.answers === 0 ? null : ((cpu - phaseStart.cpu) * 1000) / s.answers,
          });
          console.log(`slack-load: ${s.name}: ${s.ok} acks in ${round(s.seconds, 2)} s, ${s.answers} answers`);
        }
        if (message.type === "done") resolve();
      });
      worker.on("error", reject);
      worker.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`slack-load: load worker exited with ${code}`))));
    });
    const main = summaries.get("throughput");
    const burst = summaries.get("burst");
    const mainLoad = loads.get("throughput");
    const burstLoad = loads.get("burst");
    if (!main || !burst || !mainLoad || !burstLoad) throw new Error("slack-load: the load worker ended without results");
    report([main, mainLoad], [burst, burstLoad]);
  } finally {
    await worker?.terminate();
    await adapter.stop();
    await fake.close();
  }
}

// `-- --workers N`: real bot processes sharing Redis, one process versus N (slack-workers.ts).
const workersAt = process.argv.indexOf("--workers");
if (!isMainThread) await slackSide(workerData as LoadTarget);
else if (workersAt >= 0) await (await import("./slack-workers.js")).runWorkersBench(Number(process.argv[workersAt + 1] ?? 2) || 2);
else await botSide();

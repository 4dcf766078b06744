/**
 * `npm run bench:slack`: load test of the Slack adapter in HTTP mode, all on 127.0.0.1.
 *
 * The main thread runs what production runs: the real adapter (real Bolt, real engine,
 * the production pino logger writing to /dev/null) on port 0, against a fake Slack Web
 * API (auth.test). A worker thread of this same process plays Slack: a response_url
 * receiver that counts posts and which of them carry an answer, and autocannon driving
 * `/slack/events` with slash commands signed afresh for every request (the dev questions
 * in turn, 1,000 distinct users, each command with its own response_url). Slack's side
 * runs on its own thread so that, as in production, its cost is not billed to the bot.
 *
 *   1. throughput at BENCH_SLACK_CONNECTIONS (50) for BENCH_SLACK_SECONDS (10): acks per
 *      second, ack latency p50/p99, non-2xx, errors, and answered slash commands per
 *      second (answers that reached response_url / time until the last one arrived);
 *   2. burst at BENCH_SLACK_BURST_CONNECTIONS (200) for BENCH_SLACK_BURST_SECONDS (5):
 *      the slowest ack, which must be under Slack's 3 s.
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
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";
import { slackSignature } from "../fakes/slack/sign.js";
import { devQuestions } from "./questions.js";

// ---------------------------------------------------------------------------------------
// Settings

function envNumber(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === "") return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`slack-load: ${name} must be a positive number, got ${JSON.stringify(raw)}`);
  return value;
}

const settings = {
  seconds: envNumber("BENCH_SLACK_SECONDS", 10),
  burstSeconds: envNumber("BENCH_SLACK_BURST_SECONDS", 5),
  connections: envNumber("BENCH_SLACK_CONNECTIONS", 50),
  burstConnections: envNumber("BENCH_SLACK_BURST_CONNECTIONS", 200),
  maxRequests: envNumber("BENCH_SLACK_MAX_REQUESTS", 50_000),
  warmupSeconds: envNumber("BENCH_SLACK_WARMUP_SECONDS", 2),
  /** How long to wait after a phase for answers still on their way to response_url. */
  drainMs: 5_000,
  users: 1_000,
};

const TARGET = { answersPerSecond: 1_000, p99Ms: 100, ackMs: 3_000 } as const;

/** What the load side reports per phase (plain data: it crosses threads). */
interface PhaseSummary {
  name: string;
  connections: number;
  seconds: number;
  /** Slash commands autocannon built (each is sent, unless the phase ended first). */
  built: number;
  /** Requests that got a response, and how many of those were 2xx. */
  completed: number;
  ok: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  ackP50Ms: number;
  ackP99Ms: number;
  ackMaxMs: number;
  posts: number;
  /** Posts that carry an answer (formatAnswer: answer, decline or help), not a notice. */
  answers: number;
  /** Answers with cited sources (they carry the Share button). */
  cited: number;
  limited: number;
  apologies: number;
  duplicates: number;
  /** Distinct commands answered: acked ones minus this many went unanswered. */
  answeredIds: number;
  /** Answers per second, from the phase start until the last answer arrived. */
  answersPerSecond: number;
}

type ToMain = { type: "start"; name: string } | { type: "phase"; summary: PhaseSummary } | { type: "done" };
/** What the main thread tells the load side. */
interface LoadTarget {
  url: string;
  signingSecret: string;
}

// ---------------------------------------------------------------------------------------
// Slack's side (worker thread): response_url receiver and autocannon.

interface AutocannonRequest {
  method?: string;
  path?: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
  setupRequest?: (request: AutocannonRequest, context: Record<string, unknown>) => AutocannonRequest;
}
/** The part of autocannon's result we read (it ships no types). */
interface AutocannonResult {
  errors: number;
  timeouts: number;
  non2xx: number;
  "2xx": number;
}
interface AutocannonInstance {
  on(event: "response", listener: (client: unknown, statusCode: number, resBytes: number, responseTime: number) => void): void;
  stop(): void;
}
type Autocannon = (
  options: { url: string; connections: number; duration: number; maxOverallRequests: number; timeout: number; method: string; requests: AutocannonRequest[] },
  done: (error: Error | null, result: AutocannonResult) => void,
) => AutocannonInstance;

const RATE_LIMITED = "You're asking faster than I can keep up";
const APOLOGY = "Sorry, something went wrong while answering";

interface Tally {
  posts: number;
  answers: number;
  cited: number;
  limited: number;
  apologies: number;
  duplicates: number;
  ids: Set<number>;
  lastAt: number;
}

async function startResponseUrlReceiver() {
  const tallies = new Map<string, Tally>();
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      // /respond/<phase>/<n>
      const [, , phase = "", n = ""] = (req.url ?? "").split("/");
      const tally = tallies.get(phase);
      if (tally) {
        const raw = Buffer.concat(chunks).toString("utf8");
        const id = Number(n);
        tally.posts++;
        if (tally.ids.has(id)) tally.duplicates++;
        else tally.ids.add(id);
        if (raw.includes(RATE_LIMITED)) tally.limited++;
        else if (raw.includes(APOLOGY)) tally.apologies++;
        else if (raw.includes('"blocks"')) {
          tally.answers++;
          if (raw.includes("brandbot_share")) tally.cited++;
        }
        tally.lastAt = performance.now();
      }
      res.writeHead(200, { "content-type": "application/json" });
      res.end('{"ok":true}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    track(phase: string): Tally {
      const tally: Tally = { posts: 0, answers: 0, cited: 0, limited: 0, apologies: 0, duplicates: 0, ids: new Set(), lastAt: 0 };
      tallies.set(phase, tally);
      return tally;
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** A slash command form body exactly as Slack sends it (text escaped the way Slack does). */
function slashBody(responseUrl: string, question: string, user: string): string {
  return new URLSearchParams({
    token: "legacy",
    team_id: "T1",
    team_domain: "fake",
    channel_id: "C1",
    channel_name: "general",
    user_id: user,
    user_name: user.toLowerCase(),
    command: "/brand",
    text: question.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;"),
    api_app_id: "A1",
    is_enterprise_install: "false",
    response_url: responseUrl,
    trigger_id: "1.2.3",
  }).toString();
}

function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] as number;
}

async function runPhase(
  autocannon: Autocannon,
  receiver: Awaited<ReturnType<typeof startResponseUrlReceiver>>,
  { url, signingSecret }: LoadTarget,
  phase: { name: string; connections: number; seconds: number },
): Promise<PhaseSummary> {
  const tally = receiver.track(phase.name);
  let built = 0;
  const latencies: number[] = [];
  // Called by autocannon for every request: a new body, a current timestamp, a valid signature.
  const setupRequest = (request: AutocannonRequest): AutocannonRequest => {
    const n = built++;
    const timestamp = Math.floor(Date.now() / 1000);
    const question = devQuestions[n % devQuestions.length] as string;
    const body = slashBody(`${receiver.base}/respond/${phase.name}/${n}`, question, `U${n % settings.users}`);
    return {
      ...request,
      body,
      headers: {
        "content-type": "application/x-www-form-urlencoded",
        "x-slack-request-timestamp": String(timestamp),
        "x-slack-signature": slackSignature(signingSecret, timestamp, body),
      },
    };
  };

  const startedAt = performance.now();
  const result = await new Promise<AutocannonResult>((resolve, reject) => {
    const instance = autocannon(
      {
        url,
        connections: phase.connections,
        duration: phase.seconds,
        maxOverallRequests: settings.maxRequests,
        // Long enough to see a slow ack rather than cut it off; Slack's 3 s is checked on the figures.
        timeout: 10,
        method: "POST",
        requests: [{ method: "POST", setupRequest }],
      },
      (error, out) => (error ? reject(error) : resolve(out)),
    );
    instance.on("response", (_client, _status, _bytes, responseTime) => void latencies.push(responseTime));
    // autocannon stops itself; this only makes sure a phase never outlives its budget.
    setTimeout(() => instance.stop(), phase.seconds * 1000 + 15_000).unref();
  });
  const endedAt = performance.now();

  // Answers go out after the ack: wait (bounded) for the ones still on their way.
  const drainUntil = Date.now() + settings.drainMs;
  while (tally.ids.size < result["2xx"] && Date.now() < drainUntil) await new Promise((resolve) => setTimeout(resolve, 20));

  const acks = Float64Array.from(latencies).sort();
  const until = Math.max(endedAt, tally.lastAt);
  return {
    name: phase.name,
    connections: phase.connections,
    seconds: (endedAt - startedAt) / 1000,
    built,
    completed: latencies.length,
    ok: result["2xx"],
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    ackP50Ms: percentile(acks, 50),
    ackP99Ms: percentile(acks, 99),
    ackMaxMs: percentile(acks, 100),
    posts: tally.posts,
    answers: tally.answers,
    cited: tally.cited,
    limited: tally.limited,
    apologies: tally.apologies,
    duplicates: tally.duplicates,
    answeredIds: tally.ids.size,
    answersPerSecond: tally.answers / ((until - startedAt) / 1000),
  };
}

async function slackSide(target: LoadTarget): Promise<void> {
  const port = parentPort;
  if (!port) throw new Error("slack-load: the load side must run in a worker");
  const autocannon = createRequire(import.meta.url)("autocannon") as Autocannon;
  const receiver = await startResponseUrlReceiver();
  const send = (message: ToMain) => port.postMessage(message);
  try {
    const phases = [
      { name: "warmup", connections: 10, seconds: settings.warmupSeconds },
      { name: "throughput", connections: settings.connections, seconds: settings.seconds },
      { name: "burst", connections: settings.burstConnections, seconds: settings.burstSeconds },
    ];
    for (const phase of phases) {
      send({ type: "start", name: phase.name });
      send({ type: "phase", summary: await runPhase(autocannon, receiver, target, phase) });
    }
    send({ type: "done" });
  } finally {
    await receiver.close();
  }
}

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
  both("non-2xx", (p) => p.non2xx);
  both("errors (incl. timeouts)", (p) => p.errors);
  both("timeouts", (p) => p.timeouts);
  both("response_url posts", (p) => p.posts);
  both("  answers", (p) => p.answers);
  both("  with sources", (p) => p.cited);
  both("  rate-limit notes", (p) => p.limited);
  both("  apologies", (p) => p.apologies);
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
  const unanswered = [main, burst].some((p) => p.ok > p.answeredIds || p.limited + p.apologies + p.duplicates > 0);
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
  const [{ default: pino }, { createSlackAdapter }, { readSlackConfig }, { loadBrandbot }, { createLogger }, { createRateLimiter }, { startFakeSlack }, { TEST_BOT_TOKEN, TEST_SIGNING_SECRET }] =
    await Promise.all([
      import("pino"),
      import("../../adapters/slack/app.js"),
      import("../../adapters/slack/config.js"),
      import("../../adapters/runtime/load.js"),
      import("../../adapters/runtime/logger.js"),
      import("../../src/rate-limit.js"),
      import("../fakes/slack/fake-slack.js"),
      import("../fakes/slack/harness.js"),
    ]);

  const bot = await loadBrandbot();
  const fake = await startFakeSlack();
  // The production logger (one JSON line per answer, redaction hooks) into /dev/null: its cost is real.
  const logger = createLogger("info", pino.destination({ dest: "/dev/null", sync: false }));
  // 1,000 users flooding would trip the real per-user limit; this measures answering, not refusing.
  const limiter = createRateLimiter({ capacity: 1e9, refillPerSecond: 1e9 });
  const env = { SLACK_BOT_TOKEN: TEST_BOT_TOKEN, SLACK_SIGNING_SECRET: TEST_SIGNING_SECRET, PORT: "0", SLACK_API_URL: fake.apiUrl };
  const adapter = createSlackAdapter({ bot, logger, limiter, env }, readSlackConfig(env), {
    clientOptions: { retryConfig: { retries: 0 } },
    // Responses go to this benchmark's own receiver on 127.0.0.1, not to the fake Slack.
    allowResponseUrl: (url) => url.hostname === "127.0.0.1",
  });
  let worker: Worker | undefined;
  const watchdogMs = (settings.warmupSeconds + settings.seconds + settings.burstSeconds) * 1000 + 3 * settings.drainMs + 60_000;
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

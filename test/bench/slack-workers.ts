/**
 * `npm run bench:slack -- --workers N`: the same load as `npm run bench:slack` (warm-up,
 * throughput with 50 users, burst with 200, each user asking again once answered: see
 * slack-side.ts; signed slash commands, answers counted at response_url, duplicates
 * counted per command), against real `brandbot slack` processes
 * sharing a real Redis (state store) started on a free port: one process and
 * `--workers N` (node:cluster) in the same run, interleaved for BENCH_SLACK_ROUNDS (2) rounds,
 * the best round of each reported (the machine may be shared). Slack's side runs on a worker thread of
 * this process, as in slack-load.ts. Last line: JSON with answersPerSecond1,
 * answersPerSecond2, p99Ms2, maxAckMsAt200, duplicates (and more).
 *
 * Bounded in time and requests (the same BENCH_SLACK_* settings), all on 127.0.0.1.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import { YOUNG_GENERATION_FLAGS } from "../../adapters/cli/node-flags.js";
import { startFakeSlack } from "../fakes/slack/fake-slack.js";
import { TEST_BOT_TOKEN, TEST_SIGNING_SECRET } from "../fakes/slack/harness.js";
import { freePort, startPostgres, startRedis, type PostgresServer } from "../helpers/servers.js";
import type { PhaseSummary, ToMain } from "./slack-side.js";

type FromLoad = ToMain;

const root = join(import.meta.dirname, "..", "..");
const round = (x: number, digits = 1) => Number(x.toFixed(digits));
const TARGET = { speedup: 1.25, p99Ms: 100, ackMs: 3000 };

/** Starts `brandbot slack [--workers N]` on `port`; resolves once every process listens. */
async function startBot(workers: number, env: Record<string, string>, logFile: string): Promise<ChildProcess> {
  const fd = openSync(logFile, "w");
  // BENCH_SLACK_BOT_NODE_ARGS, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof", reaches every bot process (workers inherit it).
  // Started as production starts the bots (`npm start`), with their heap settings, in both modes.
  const nodeArgs = [...YOUNG_GENERATION_FLAGS, ...(process.env.BENCH_SLACK_BOT_NODE_ARGS ?? "").split(" ").filter(Boolean)];
  const args = [...nodeArgs, "--import", "tsx", join(root, "adapters/cli/main.ts"), "slack", ...(workers > 1 ? ["--workers", String(workers)] : [])];
  // Logs go to a file, not a pipe: reading them here would bill the bot's logging to the load side.
  const child = spawn(process.execPath, args, { cwd: root, stdio: ["ignore", "ignore", fd], env: { ...process.env, ...env } });
  closeSync(fd);
  process.once("exit", () => child.kill("SIGTERM"));
  const until = Date.now() + 60_000;
  for (;;) {
    const listening = readFileSync(logFile, "utf8").split("\n").filter((l) => l.includes("slack: listening on port")).length;
    if (listening >= workers) return child;
    if (child.exitCode !== null || Date.now() > until) throw new Error(`slack-workers: the bot did not start (${listening}/${workers} listening); see ${logFile}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function stopBot(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  await new Promise<void>((resolve) => {
    child.once("exit", () => resolve());
    child.kill("SIGTERM");
  });
}

/** The processes of the bot: `pid` and its children (the cluster's workers). */
function botPids(pid: number): number[] {
  const children = readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8").trim().split(/\s+/).filter(Boolean).map(Number);
  return [pid, ...children];
}

/**
 * CPU seconds the bot's processes have used so far, and seconds they spent ready to run but
 * waiting for a core (other programs on the machine, or each other): from /proc; null elsewhere.
 */
function treeTimes(pid: number): { cpu: number; waited: number } | null {
  try {
    let cpu = 0;
    let waited = 0;
    for (const p of botPids(pid)) {
      const stat = readFileSync(`/proc/${p}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      cpu += (Number(fields[11]) + Number(fields[12])) / 100;
      // schedstat: time on a CPU, time waiting on a run queue (nanoseconds), slices.
      waited += Number(readFileSync(`/proc/${p}/schedstat`, "utf8").split(" ")[1]) / 1e9;
    }
    return { cpu, waited };
  } catch {
    return null;
  }
}

/** Runs slack-load.ts's load side (warm-up, throughput, burst) against `url`; `botPid` for CPU accounting. */
async function load(url: string, botPid: number): Promise<Map<string, Measured>> {
  const summaries = new Map<string, Measured>();
  let atStart: { cpu: number; waited: number } | null = null;
  const api = JSON.stringify(import.meta.resolve("tsx/esm/api"));
  const loadSide = JSON.stringify(new URL("./slack-load.ts", import.meta.url).href);
  const boot = `import(${api}).then((tsx) => { tsx.register(); return import(${loadSide}); })`;
  const worker = new Worker(boot, { eval: true, workerData: { url, signingSecret: TEST_SIGNING_SECRET } });
  try {
    await new Promise<void>((resolve, reject) => {
      worker.on("message", (message: FromLoad) => {
        if (message.type === "start") atStart = treeTimes(botPid);
        if (message.type === "phase") {
          const now = treeTimes(botPid);
          const answers = message.summary.answers;
          const cpuMsPerAnswer = now === null || atStart === null || answers === 0 ? null : ((now.cpu - atStart.cpu) * 1000) / answers;
          const waited = now === null || atStart === null ? null : now.waited - atStart.waited;
          // Of the time the bot's processes were ready to run, the share spent waiting for a core.
          const waitShare = waited === null || now === null || atStart === null ? null : waited / Math.max(1e-9, waited + now.cpu - atStart.cpu);
          summaries.set(message.summary.name, { ...message.summary, cpuMsPerAnswer, waitShare });
          console.log(`slack-workers: ${message.summary.name}: ${message.summary.ok} acks in ${round(message.summary.seconds, 2)} s, ${message.summary.answers} answers`);
        }
        if (message.type === "done") setTimeout(resolve, 15_000).unref();
      });
      // Wait for the load side to close its response_url receiver and end by itself:
      // terminating it while late answers still arrive can abort Node inside the HTTP parser.
      worker.on("error", reject);
      worker.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`slack-workers: load worker exited with ${code}`))));
    });
  } finally {
    await worker.terminate();
  }
  return summaries;
}

function table(rows: string[][]): string {
  const widths = (rows[0] ?? []).map((_, col) => Math.max(...rows.map((row) => (row[col] ?? "").length)));
  return rows
    .map((row, i) => {
      const line = row.map((cell, col) => (col === 0 ? cell.padEnd(widths[col] ?? 0) : cell.padStart(widths[col] ?? 0))).join("  ");
      return i === 0 ? `${line}\n${widths.map((w) => "-".repeat(w)).join("  ")}` : line;
    })
    .join("\n");
}

/** Runs the comparison; sets the exit code to 1 when a command failed, went unanswered or was answered twice. */
export async function runWorkersBench(workers: number): Promise<void> {
  const watchdog = setTimeout(() => {
    console.error("slack-workers: gave up after 10 minutes: something hung");
    process.exit(2);
  }, 600_000);
  watchdog.unref();
  const dir = mkdtempSync(join(tmpdir(), "brandbot-bench-"));
  const redis = await startRedis();
  // BENCH_SLACK_QUESTION_LOG: sqlite (default: the file every worker shares), postgres (DATABASE_URL, as separate machines would), off.
  const logKind = process.env.BENCH_SLACK_QUESTION_LOG ?? "sqlite";
  const postgres: PostgresServer | undefined = logKind === "postgres" ? await startPostgres() : undefined;
  const fake = await startFakeSlack();
  const runs: Run[] = [];
  try {
    console.log(`slack-workers: ${cpus().length} CPUs, node ${process.version}, load average ${round(loadavg()[0] ?? 0, 2)}, Redis ${redis.url}, question log ${logKind}`);
    // Interleaved rounds (1, N, 1, N...), each mode's best kept: on a shared machine the load
    // of other programs drifts, and alternating keeps that drift from favouring either mode.
    const rounds = Math.max(1, Math.floor(Number(process.env.BENCH_SLACK_ROUNDS ?? 2)) || 2);
    for (const count of Array.from({ length: rounds }, () => [1, workers]).flat()) {
      const port = await freePort();
      const env = {
        SLACK_BOT_TOKEN: TEST_BOT_TOKEN,
        SLACK_SIGNING_SECRET: TEST_SIGNING_SECRET,
        SLACK_APP_TOKEN: "",
        SLACK_API_URL: fake.apiUrl,
        // The load side's response_url receiver is another server on 127.0.0.1.
        SLACK_TEST_LOOPBACK_RESPONSE_URLS: "1",
        DISCORD_TOKEN: "",
        PORT: String(port),
        REDIS_URL: redis.url,
        DATABASE_URL: postgres?.url ?? "",
        // `off`: a path that cannot be opened, so the bot answers without a log.
        BRANDBOT_DB: logKind === "off" ? "/dev/null/questions.sqlite" : join(dir, "questions.sqlite"),
        LOG_LEVEL: "info",
        // 1,000 ids asking again and again would trip the real per-user limit; this measures
        // answering, not refusing. The cap on work in flight stays the default (256 per
        // process): at most 200 commands are in flight, so a busy note would be a defect.
        RATE_LIMIT_BURST: "1000000000",
        RATE_LIMIT_PER_MINUTE: "1000000000000",
      };
      const label = count === 1 ? "1 process" : `${count} workers`;
      console.log(`slack-workers: ${label} on port ${port}`);
      const bot = await startBot(count, env, join(dir, `bot-${count}.log`));
      try {
        const phases = await load(`http://127.0.0.1:${port}/slack/events`, bot.pid!);
        const main = phases.get("throughput");
        const burst = phases.get("burst");
        if (!main || !burst) throw new Error("slack-workers: the load side ended without results");
        runs.push({ label, main, burst });
      } finally {
        await stopBot(bot);
        // Warnings and errors the bot logged (busy notes, Redis or log trouble) explain odd figures.
        const trouble = readFileSync(join(dir, `bot-${count}.log`), "utf8").split("\n").filter((l) => /"level":(40|50|60)/.test(l));
        const kinds = [...new Set(trouble.map((l) => ((e: { msg?: string; err?: unknown }) => `${e.msg}${e.err ? ` (${String(e.err).slice(0, 80)})` : ""}`)(JSON.parse(l))))];
        // "failed to answer" here is normally a command still in flight when the load side closed its response_url receiver.
        console.log(`slack-workers: ${label}: ${trouble.length} warnings/errors logged${kinds.length ? `: ${kinds.slice(0, 5).join(" | ")}` : ""}`);
      }
    }
  } finally {
    await fake.close();
    await redis.remove();
    await postgres?.stop();
    rmSync(dir, { recursive: true, force: true });
  }
  report(runs);
}

type Measured = PhaseSummary & { cpuMsPerAnswer: number | null; waitShare: number | null };
type Run = { label: string; main: Measured; burst: Measured };

/** Each mode's round with the most answers per second. */
const best = (runs: Run[], label: string) =>
  runs.filter((r) => r.label === label).reduce((a, b) => (b.main.answersPerSecond > a.main.answersPerSecond ? b : a));

function report(all: Run[]): void {
  const one = best(all, "1 process");
  const many = best(all, all.find((r) => r.label !== "1 process")!.label);
  console.log(`\nslack-workers: answered per second by round: ${all.map((r) => `${r.label} ${round(r.main.answersPerSecond)}`).join(", ")}; best of each below`);
  const runs = [one, many];
  const rows: string[][] = [["", ...runs.flatMap((r) => [`${r.label}, ${r.main.connections} conn`, `${r.label}, ${r.burst.connections} conn`])]];
  const row = (label: string, f: (p: Measured) => number | string) => rows.push([label, ...runs.flatMap((r) => [String(f(r.main)), String(f(r.burst))])]);
  row("acks (2xx)", (p) => p.ok);
  row("acks per second", (p) => round(p.ok / p.seconds));
  row("ack latency p50 (ms)", (p) => round(p.ackP50Ms, 2));
  row("ack latency p99 (ms)", (p) => round(p.ackP99Ms, 2));
  row("ack latency max (ms)", (p) => round(p.ackMaxMs, 2));
  row("answer latency p50 (ms)", (p) => round(p.answerP50Ms, 2));
  row("answer latency p99 (ms)", (p) => round(p.answerP99Ms, 2));
  row("non-2xx", (p) => p.non2xx);
  row("errors (incl. timeouts)", (p) => p.errors);
  row("answers", (p) => p.answers);
  row("rate-limit notes", (p) => p.limited);
  row("apologies", (p) => p.apologies);
  row("busy notes", (p) => p.busy);
  row("duplicates", (p) => p.duplicates);
  row("acked but unanswered", (p) => Math.max(0, p.ok - p.answeredIds));
  row("answered per second", (p) => round(p.answersPerSecond));
  // Unlike rates, CPU per answer barely moves when other programs share the machine.
  row("bot CPU per answer (ms, all processes)", (p) => (p.cpuMsPerAnswer === null ? "n/a" : round(p.cpuMsPerAnswer, 3)));
  // High when other programs share the machine: the bots were ready but had no core.
  row("bot waiting for a core (% of ready time)", (p) => (p.waitShare === null ? "n/a" : round(p.waitShare * 100)));
  console.log(`\n${table(rows)}\n`);

  // Duplicates, errors and unanswered commands count in every round, not only the best.
  const phases = all.flatMap((r) => [r.main, r.burst]);
  const summary = {
    workers: Number(many.label.split(" ")[0]),
    answersPerSecond1: round(one.main.answersPerSecond),
    answersPerSecond2: round(many.main.answersPerSecond),
    speedup: round(many.main.answersPerSecond / one.main.answersPerSecond, 2),
    p99Ms1: round(one.main.ackP99Ms, 2),
    cpuMsPerAnswer1: one.main.cpuMsPerAnswer === null ? null : round(one.main.cpuMsPerAnswer, 3),
    cpuMsPerAnswer2: many.main.cpuMsPerAnswer === null ? null : round(many.main.cpuMsPerAnswer, 3),
    waitingForCorePercent1: one.main.waitShare === null ? null : round(one.main.waitShare * 100),
    waitingForCorePercent2: many.main.waitShare === null ? null : round(many.main.waitShare * 100),
    p99Ms2: round(many.main.ackP99Ms, 2),
    answerP99Ms2: round(many.main.answerP99Ms, 2),
    maxAckMsAt200_1: round(one.burst.ackMaxMs, 2),
    maxAckMsAt200: round(many.burst.ackMaxMs, 2),
    duplicates: phases.reduce((n, p) => n + p.duplicates, 0),
    errors: phases.reduce((n, p) => n + p.errors, 0),
    non2xx: phases.reduce((n, p) => n + p.non2xx, 0),
    unanswered: phases.reduce((n, p) => n + Math.max(0, p.ok - p.answeredIds), 0),
    rounds: all.length / 2,
  };
  const checks: [string, boolean][] = [
    [`${many.label} answer >= ${TARGET.speedup}x the commands per second of 1 process`, summary.speedup >= TARGET.speedup],
    [`ack p99 < ${TARGET.p99Ms} ms at ${many.main.connections} connections (${many.label})`, summary.p99Ms2 < TARGET.p99Ms],
    [`every command acked within 3 s at ${many.burst.connections} connections (${many.label})`, many.burst.completed > 0 && many.burst.errors === 0 && summary.maxAckMsAt200 < TARGET.ackMs],
    ["zero duplicate answers", summary.duplicates === 0],
    ["every acked command answered, with an answer", summary.unanswered === 0 && phases.every((p) => p.limited + p.apologies + p.busy === 0)],
  ];
  for (const [label, ok] of checks) console.log(`${ok ? "PASS" : "MISS"}  ${label}`);
  if (summary.errors > 0 || summary.non2xx > 0 || summary.duplicates > 0 || summary.unanswered > 0) process.exitCode = 1;
  console.log(JSON.stringify(summary));
}

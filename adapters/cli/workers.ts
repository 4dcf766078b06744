/**
 * `brandbot slack --workers N`: one primary process that forks N workers with node:cluster.
 * Each worker is a whole bot (its own index, Slack listener and connections); the HTTP
 * port is shared, the primary handing out connections in turn. With REDIS_URL the workers
 * share conversations, handled events and rate limits, and with DATABASE_URL one question
 * log, exactly as replicas on separate machines would.
 */
import cluster, { type Worker } from "node:cluster";
import type { Logger } from "../../src/types.js";
import { withYoungGeneration } from "./node-flags.js";

/** Reads `--workers`; throws naming the bad value. */
export function parseWorkers(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 64) throw new Error(`brandbot: --workers must be a whole number from 1 to 64, got "${value}"`);
  return n;
}

/** Why `--workers` cannot apply to a command, or null when it can. */
export function workersProblem(command: string): string | null {
  if (command === "slack") return null;
  if (command === "discord")
    return "discord: --workers does not apply: every process would receive every message; use --shards N, which splits servers between processes";
  return `brandbot: --workers applies to "slack" only, not "${command}"`;
}

/** A worker that dies sooner than this after starting is not restarted: it would only crash again. */
const MIN_UPTIME_MS = 10_000;

/**
 * Runs the primary: forks `count` workers, replaces one that dies after running a while,
 * and on SIGTERM/SIGINT passes the signal on and resolves once every worker has finished
 * its answers in flight and exited.
 */
export function runPrimary(count: number, env: Record<string, string | undefined>, logger: Logger): Promise<number> {
  if (!env.REDIS_URL?.trim())
    logger.warn({ component: "workers", workers: count }, "workers: REDIS_URL is not set, so each worker keeps its own conversations, handled events and rate limits");
  const started = new Map<number, number>();
  let stopping = false;
  let failed = false;
  const fork = () => {
    const worker = cluster.fork();
    started.set(worker.id, Date.now());
    return worker;
  };
  // Workers are fresh processes: they get the answering processes' heap settings whatever started the primary.
  cluster.setupPrimary({ execArgv: withYoungGeneration(process.execArgv) });
  return new Promise((resolve) => {
    const done = () => {
      if (Object.keys(cluster.workers ?? {}).length === 0) resolve(failed ? 1 : 0);
    };
    cluster.on("exit", (worker: Worker, code, signal) => {
      const uptime = Date.now() - (started.get(worker.id) ?? 0);
      if (stopping) return done();
      failed = true;
      logger.error({ component: "workers", pid: worker.process.pid, code, signal, uptimeMs: uptime }, "workers: a worker exited");
      if (uptime >= MIN_UPTIME_MS) fork();
      else {
        logger.error({ component: "workers" }, "workers: it died within 10 s of starting; stopping the others instead of restarting it");
        stop("worker-failure");
      }
    });
    const stop = (reason: string) => {
      if (stopping) return done();
      stopping = true;
      logger.info({ component: "workers", reason }, "workers: stopping every worker");
      for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill("SIGTERM");
      done();
    };
    process.once("SIGTERM", () => stop("SIGTERM"));
    process.once("SIGINT", () => stop("SIGINT"));
    for (let i = 0; i < count; i++) fork();
    logger.info({ component: "workers", workers: count, pid: process.pid }, `workers: started ${count} workers`);
  });
}

/**
 * In the primary process: validates `--workers`, then forks and supervises the workers and
 * returns their exit code. Undefined in a worker (or for N = 1), which then runs as a plain bot.
 */
export async function superviseWorkers(value: string, command: string, env: Record<string, string | undefined>, logger: () => Logger): Promise<number | undefined> {
  const count = parseWorkers(value);
  if (count === undefined || !cluster.isPrimary) return undefined;
  const problem = workersProblem(command);
  if (problem) throw new Error(problem);
  return count === 1 ? undefined : runPrimary(count, env, logger());
}

/**
 * In a worker: if the primary goes away (killed, crashed), shut down as on SIGTERM rather
 * than linger as an orphan still answering.
 */
export function followPrimary(): void {
  if (cluster.isWorker) process.once("disconnect", () => process.kill(process.pid, "SIGTERM"));
}

/** In a worker that has finished: close the channel to the primary, which would keep the process alive. */
export function leaveCluster(): void {
  if (cluster.isWorker && process.connected) {
    process.removeAllListeners("disconnect");
    process.disconnect();
  }
}

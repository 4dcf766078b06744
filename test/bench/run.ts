/**
 * `npm run bench`: how fast the bot answers and starts, at seed size and after years of
 * coverage, measured side by side on one machine. Not part of `npm test` (it takes
 * minutes and its numbers depend on the machine). Prints a table, then as its last line
 * one JSON object for scripts:
 *   seedP50Ms, seedP99Ms, seedWarmupP99Ms, rawP50Ms, rawP99Ms, build10kMs, p99At10kMs, heap10kMb,
 *   build50kMs, p99At50kMs, snapshotLoad10kMs, coldStartMs, nodeBaselineMs
 *
 * Run with --expose-gc (the npm script does) so heap figures are after a full collection.
 * BENCH_SIZES=1000,10000 limits the scale step (e.g. for a quick look).
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { ValidCorpus } from "../../src/corpus/validate.js";
import type { CorpusIndex } from "../../src/engine/corpus-index.js";
import type { Brandbot } from "../../src/types.js";
import { Buffer } from "node:buffer";
import { devQuestions, scaleQuestions } from "./questions.js";
import { syntheticCorpus } from "./synthetic.js";

/**
 * The bench times the code that ships: the compiled `dist/` (npm run bench builds it first),
 * not this file's tsx transpile, which wraps every closure in a naming helper that costs about
 * 5% of an answer and is never run in production.
 */
const repoRoot = fileURLToPath(new URL("../../", import.meta.url));
async function shipped<T>(file: string): Promise<T> {
  const path = join(repoRoot, "dist", file);
  if (!existsSync(path)) throw new Error(`bench: ${path} is missing; run "npm run build" first`);
  return (await import(pathToFileURL(path).href)) as T;
}
const { loadCorpus, projectRoot } = await shipped<typeof import("../../adapters/runtime/load.js")>("adapters/runtime/load.js");
const { cleanQuestion, createBrandbot, defaults } = await shipped<typeof import("../../src/engine/brandbot.js")>("src/engine/brandbot.js");
const { compileAnswerTypeCues, compileIntents, understand } = await shipped<typeof import("../../src/engine/understand.js")>("src/engine/understand.js");
const { buildCorpusIndex } = await shipped<typeof import("../../src/engine/corpus-index.js")>("src/engine/corpus-index.js");
const { restoreIndex, serializeIndex } = await shipped<typeof import("../../src/engine/snapshot.js")>("src/engine/snapshot.js");
const { searchShards } = await shipped<typeof import("../../src/engine/retrieve.js")>("src/engine/retrieve.js");

/** How much to measure; the defaults keep a full run well under ten minutes on 2 cores. */
export interface BenchOptions {
  seedRounds: number;
  /**
   * Rounds answered before timing starts. V8 keeps optimizing the answer path for about the
   * first 3,000 answers (100 rounds of the dev questions); timed from round 20, the p99 was
   * 1.2-1.4 ms from that alone, against 0.5 ms once optimized. The warm-up's own figures are
   * printed too, so a slow start cannot hide.
   */
  seedWarmup: number;
  sizes: number[];
  /** Rounds over the scale questions per size (fewer at 50,000: each answer costs more). */
  scaleRounds: (size: number) => number;
  coldRuns: number;
}

export const benchDefaults: BenchOptions = {
  seedRounds: 300,
  seedWarmup: 100,
  sizes: [1_000, 10_000, 50_000],
  scaleRounds: (size) => (size >= 50_000 ? 4 : size >= 10_000 ? 15 : 40),
  coldRuns: 9,
};

const gc = (globalThis as { gc?: () => void }).gc;
const collect = () => {
  gc?.();
  gc?.();
};

function percentile(samples: number[], p: number): number {
  if (samples.length === 0) return NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number;
}

const round = (x: number, digits = 2) => Number(x.toFixed(digits));

function time<T>(f: () => T): [T, number] {
  const t = performance.now();
  const out = f();
  return [out, performance.now() - t];
}

/** A bot over an index we hold, and for each question the MiniSearch query its ranker's keys make. */
function instrumented(corpus: ValidCorpus, index: CorpusIndex, questions: readonly string[]) {
  const [bot, createMs] = time(() => createBrandbot(corpus, { index }));
  const intents = compileIntents(index);
  const cues = compileAnswerTypeCues(index);
  const queries = new Map<string, string[]>();
  let firstAnswerMs: number | undefined;
  for (const q of questions) {
    const [, ms] = time(() => bot.answer(q));
    firstAnswerMs ??= ms;
    // The same keys the ranker retrieves with (rank.ts), as one OR query for MiniSearch.
    const u = understand(cleanQuestion(q, defaults.maxQuestionLength).text, index, intents, cues, defaults.understand);
    const keys = [...new Set(u.slots.filter((x) => !x.unknown).flatMap((x) => x.keys))];
    queries.set(q, keys.length ? [keys.join(" ")] : []);
  }
  return { bot, queries, createMs, firstAnswerMs };
}

/**
 * Answer latency per question, and raw MiniSearch latency for the queries the ranker sent.
 * Each is timed in its own loop: interleaved, the raw searches' garbage would be collected
 * during answers and charged to them.
 */
function measureAnswers(bot: Brandbot, index: CorpusIndex, queries: Map<string, string[]>, questions: readonly string[], rounds: number, warmup: number) {
  const answer: number[] = [];
  const warming: number[] = [];
  const raw: number[] = [];
  for (let r = 0; r < warmup + rounds; r++) {
    for (const q of questions) {
      const [, ms] = time(() => bot.answer(q));
      (r >= warmup ? answer : warming).push(ms);
    }
  }
  collect();
  for (let r = 0; r < warmup + rounds; r++) {
    for (const q of questions) {
      for (const query of queries.get(q) ?? []) {
        const [, rms] = time(() => searchShards(index.shards, { combineWith: "OR", queries: query.split(" ") }));
        if (r >= warmup) raw.push(rms);
      }
    }
  }
  return { answer, warming, raw };
}

function coldStart(root: string, runs: number): { coldStartMs: number; nodeBaselineMs: number } {
  const main = join(root, "dist", "adapters", "cli", "main.js");
  if (!existsSync(main)) throw new Error(`bench: ${main} is missing; run "npm run build" first`);
  const wall = (args: string[]) => {
    const t = performance.now();
    const r = spawnSync(process.execPath, args, { cwd: root, encoding: "utf8", env: { ...process.env, LOG_LEVEL: "" } });
    if (r.status !== 0) throw new Error(`bench: "node ${args.join(" ")}" exited ${r.status}: ${r.stderr.slice(0, 500)}`);
    return performance.now() - t;
  };
  const ask = [main, "ask", "Where is the Giulia built?"];
  wall(ask); // writes the snapshot if the cache is cold, as the first real run would
  const cold: number[] = [];
  const base: number[] = [];
  for (let i = 0; i < runs; i++) {
    cold.push(wall(ask));
    base.push(wall(["-e", "0"]));
  }
  return { coldStartMs: percentile(cold, 50), nodeBaselineMs: percentile(base, 50) };
}

/** One size of the scale step, as measured in its own process. */
interface ScaleRow {
  size: number;
  sentences: number;
  buildMs: number;
  heapMb: number;
  p50: number;
  p99: number;
  rawP50: number;
  rawP99: number;
  snapshotMb: number;
  writeMs: number;
  loadMs: number;
  startColdMs: number;
  startWarmMs: number;
}

/** Heap plus typed-array memory: the index's columns live in ArrayBuffers, outside heapUsed. */
const memoryMb = () => {
  const m = process.memoryUsage();
  return (m.heapUsed + m.arrayBuffers) / 1e6;
};

async function scaleOne(size: number, options: BenchOptions): Promise<ScaleRow> {
  const seed = await loadCorpus(projectRoot());
  const corpus = syntheticCorpus(seed, size);
  collect();
  const before = memoryMb();
  const [index, buildMs] = time(() => buildCorpusIndex(corpus));
  collect();
  const heap = memoryMb() - before;
  const inst = instrumented(corpus, index, scaleQuestions.slice(0, 1));
  const startColdMs = buildMs + inst.createMs + (inst.firstAnswerMs ?? 0);
  const all = instrumented(corpus, index, scaleQuestions);
  const run = measureAnswers(all.bot, index, all.queries, scaleQuestions, options.scaleRounds(size), 1);

  const dir = mkdtempSync(join(tmpdir(), "brandbot-bench-"));
  try {
    const file = join(dir, "index.json");
    const text = serializeIndex(index, "bench");
    const [, writeMs] = time(() => writeFileSync(file, text));
    const [restored, loadMs] = time(() => restoreIndex(readFileSync(file, "utf8"), "bench"));
    const warm = instrumented(restored.corpus, restored, scaleQuestions.slice(0, 1));
    return {
      size,
      sentences: index.sentences.length,
      buildMs,
      heapMb: heap,
      p50: percentile(run.answer, 50),
      p99: percentile(run.answer, 99),
      rawP50: percentile(run.raw, 50),
      rawP99: percentile(run.raw, 99),
      snapshotMb: Buffer.byteLength(text) / 1e6,
      writeMs,
      loadMs,
      startColdMs,
      startWarmMs: loadMs + warm.createMs + (warm.firstAnswerMs ?? 0),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const pad = (s: string | number, n: number) => String(s).padStart(n);

/**
 * Heap for a scale step: building 50,000 articles peaks above Node's default 4 GB (the built
 * index is far smaller; the heap column says how much). Most of the machine's memory, at most 16 GB.
 */
const heapLimitMb = () => Math.min(16_384, Math.floor((totalmem() / 2 ** 20) * 0.75));

async function main(options: BenchOptions = benchDefaults): Promise<void> {
  const envSizes = process.env.BENCH_SIZES?.split(",").map(Number).filter((n) => Number.isInteger(n) && n > 0);
  const o: BenchOptions = { ...options, ...(envSizes?.length ? { sizes: envSizes } : {}) };
  const started = performance.now();
  if (!gc) process.stderr.write("bench: run with node --expose-gc for accurate heap figures\n");
  const root = projectRoot();
  const seed = await loadCorpus(root);
  const out = (line = "") => void process.stdout.write(`${line}\n`);

  // 1. Seed corpus: the full answer path versus raw MiniSearch over the same index.
  const seedIndex = buildCorpusIndex(seed);
  const s = instrumented(seed, seedIndex, devQuestions);
  const seedRun = measureAnswers(s.bot, seedIndex, s.queries, devQuestions, o.seedRounds, o.seedWarmup);
  const seedP50 = percentile(seedRun.answer, 50);
  const seedP99 = percentile(seedRun.answer, 99);
  const warmP50 = percentile(seedRun.warming, 50);
  const warmP99 = percentile(seedRun.warming, 99);
  const rawP50 = percentile(seedRun.raw, 50);
  const rawP99 = percentile(seedRun.raw, 99);
  out(`brandbot bench — node ${process.version}, ${seedIndex.sentences.length} seed sentences, ${devQuestions.length} dev questions × ${o.seedRounds} rounds`);
  out();
  out("seed corpus                p50 ms    p99 ms");
  out(`  answer path          ${pad(seedP50.toFixed(3), 10)}${pad(seedP99.toFixed(3), 10)}`);
  out(`  first ${seedRun.warming.length} answers  ${pad(warmP50.toFixed(3), 10)}${pad(warmP99.toFixed(3), 10)}   (V8 still optimizing; not in the line above)`);
  out(`  raw MiniSearch       ${pad(rawP50.toFixed(3), 10)}${pad(rawP99.toFixed(3), 10)}`);
  out(`  ratio answer/raw     ${pad((seedP50 / rawP50).toFixed(1), 10)}${pad((seedP99 / rawP99).toFixed(1), 10)}`);
  out();

  // 2 and 3. Synthetic archive: build, heap, answers, snapshot; one fresh process per
  // size, so each heap figure starts clean and 50,000 articles never share memory with 10,000.
  const rows: ScaleRow[] = o.sizes.map((size) => {
    const r = spawnSync(process.execPath, [...process.execArgv, `--max-old-space-size=${heapLimitMb()}`, fileURLToPath(import.meta.url), "--scale-one", String(size)], {
      encoding: "utf8",
      maxBuffer: 1 << 20,
      stdio: ["ignore", "pipe", "inherit"],
    });
    const last = r.stdout.trim().split("\n").pop() ?? "";
    if (r.status !== 0 || !last.startsWith("{")) throw new Error(`bench: the ${size}-article step exited ${r.status}: ${r.stdout.slice(-500)}`);
    return JSON.parse(last) as ScaleRow;
  });
  out("synthetic archive   sentences   build ms   heap MB  answer p50  answer p99  raw p50  raw p99   (ms)");
  for (const r of rows)
    out(
      `  ${pad(r.size.toLocaleString("en"), 8)} articles${pad(r.sentences, 10)}${pad(r.buildMs.toFixed(0), 11)}${pad(r.heapMb.toFixed(0), 10)}${pad(r.p50.toFixed(2), 12)}${pad(r.p99.toFixed(2), 12)}${pad(r.rawP50.toFixed(2), 9)}${pad(r.rawP99.toFixed(2), 9)}`,
    );
  out();
  out("growth per 10x      build      heap   answer p50  answer p99");
  for (let i = 1; i < rows.length; i++) {
    const a = rows[i - 1] as ScaleRow;
    const b = rows[i] as ScaleRow;
    const per10 = (x: number, y: number) => (Math.pow(y / x, 1 / Math.log10(b.size / a.size))).toFixed(1);
    out(`  ${pad(`${a.size / 1000}k→${b.size / 1000}k`, 10)}${pad(`${per10(a.buildMs, b.buildMs)}x`, 10)}${pad(`${per10(a.heapMb, b.heapMb)}x`, 10)}${pad(`${per10(a.p50, b.p50)}x`, 12)}${pad(`${per10(a.p99, b.p99)}x`, 12)}`);
  }
  out();
  out("start-up (to 1st answer)  snapshot MB  write ms  load ms  without snapshot  with snapshot");
  for (const r of rows)
    out(`  ${pad(r.size.toLocaleString("en"), 8)} articles${pad(r.snapshotMb.toFixed(1), 15)}${pad(r.writeMs.toFixed(0), 10)}${pad(r.loadMs.toFixed(0), 9)}${pad(`${r.startColdMs.toFixed(0)} ms`, 18)}${pad(`${r.startWarmMs.toFixed(0)} ms`, 15)}`);
  out();

  // 4. Cold start of the real CLI (the snapshot in .cache/ is what makes it fast).
  const cold = coldStart(root, o.coldRuns);
  out(`cold start          brandbot ask ${cold.coldStartMs.toFixed(0)} ms   node -e 0 ${cold.nodeBaselineMs.toFixed(0)} ms   ratio ${(cold.coldStartMs / cold.nodeBaselineMs).toFixed(1)}x`);
  out(`(bench took ${((performance.now() - started) / 1000).toFixed(0)} s)`);

    const at = (size: number) => rows.find((r) => r.size === size);
  const json = {
    seedP50Ms: round(seedP50, 3),
    seedP99Ms: round(seedP99, 3),
    seedWarmupP99Ms: round(warmP99, 3),
    rawP50Ms: round(rawP50, 3),
    rawP99Ms: round(rawP99, 3),
    build10kMs: at(10_000) ? round(at(10_000)!.buildMs, 0) : null,
    p99At10kMs: at(10_000) ? round(at(10_000)!.p99) : null,
    heap10kMb: at(10_000) ? round(at(10_000)!.heapMb, 1) : null,
    build50kMs: at(50_000) ? round(at(50_000)!.buildMs, 0) : null,
    p99At50kMs: at(50_000) ? round(at(50_000)!.p99) : null,
    snapshotLoad10kMs: at(10_000) ? round(at(10_000)!.loadMs, 0) : null,
    coldStartMs: round(cold.coldStartMs, 0),
    nodeBaselineMs: round(cold.nodeBaselineMs, 0),
  };
  process.stdout.write(`${JSON.stringify(json)}\n`);
}

const one = process.argv.indexOf("--scale-one");
if (one >= 0) {
  const size = Number(process.argv[one + 1]);
  if (!Number.isInteger(size) || size < 1) throw new Error(`bench: --scale-one needs a whole number of articles, got "${process.argv[one + 1]}"`);
  process.stdout.write(`${JSON.stringify(await scaleOne(size, benchDefaults))}\n`);
} else await main();

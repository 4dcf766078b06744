/**
 * Reads `seeds/` and `corpus/` from disk and builds the bot. The only place the corpus
 * touches the file system, so the core stays pure and tests can feed it anything.
 *
 * Start-up goes through the index cache (index-cache.ts): when the corpus and engine are
 * unchanged the index is restored from `.cache/` and the corpus is not even re-validated
 * (the snapshot holds the validated corpus), so `brandbot ask` never loads zod. The
 * validator is imported only when there is something to validate.
 */
import { readdir, readFile, stat } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { formatProblem, MAX_DOCUMENT_BYTES, type CorpusProblem, type RawCorpus, type ValidCorpus, createBrandbot, defaults, type BrandbotConfig, buildCorpusIndex } from "../../src/core.js";
import { loadGazetteer } from "./gazetteer.js";
import { silentLogger, type Brandbot, type Logger } from "../../src/types.js";
import { cacheKey, engineVersion, readCachedIndex, writeCachedIndex } from "./index-cache.js";

/** The project root, found from this file whether it runs from source or from dist/. */
export function projectRoot(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  const up = here.includes(`${"/"}dist${"/"}`) || here.endsWith("/dist") ? "../../.." : "../..";
  return resolve(here, up);
}

async function readOptional(path: string): Promise<string | null> {
  try {
    return await readFile(path, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
}

/** Reads the raw corpus files under `root` (seeds/*.txt, corpus/*.json). */
export async function readRawCorpus(root = projectRoot()): Promise<RawCorpus> {
  const seedsDir = join(root, "seeds");
  let names: string[] = [];
  try {
    names = (await readdir(seedsDir)).filter((n) => !n.startsWith(".")).sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
  const seeds: RawCorpus["seeds"] = [];
  const refused: CorpusProblem[] = [];
  await Promise.all(
    names.map(async (name) => {
      const problem = await refusal(join(seedsDir, name));
      if (problem) refused.push({ file: name, message: problem });
      else seeds.push({ name, bytes: new Uint8Array(await readFile(join(seedsDir, name))) });
    }),
  );
  seeds.sort((a, b) => (a.name < b.name ? -1 : 1));
  refused.sort((a, b) => (a.file < b.file ? -1 : 1));
  return {
    seeds,
    ...(refused.length ? { refused } : {}),
    documentsJson: await readOptional(join(root, "corpus", "documents.json")),
    vocabularyJson: await readOptional(join(root, "corpus", "vocabulary.json")),
  };
}

/**
 * Why an entry of `seeds/` must not be read, checked with `stat` before any byte is:
 * a named pipe would block start-up and hot reload forever, a folder fails with a bare
 * EISDIR, and a huge file would be read whole only to be refused. Null when it is fine.
 */
async function refusal(path: string): Promise<string | null> {
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    return `cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`;
  }
  if (info.isDirectory()) return "is a folder, not a file: move it out of seeds/";
  if (!info.isFile()) return "is not a regular file (a named pipe, socket or device): remove it from seeds/";
  if (info.size > MAX_DOCUMENT_BYTES) return `is ${info.size} bytes, over the ${MAX_DOCUMENT_BYTES}-byte limit (not read)`;
  return null;
}

/** Thrown when the corpus fails validation; carries every problem for the caller to print. */
export class CorpusError extends Error {
  constructor(readonly problems: CorpusProblem[]) {
    super(problems.map(formatProblem).join("\n"));
    this.name = "CorpusError";
  }
}

async function validate(raw: RawCorpus): Promise<ValidCorpus> {
  const { validateCorpus } = await import("../../src/index.js");
  const { corpus, problems } = validateCorpus(raw);
  if (!corpus) throw new CorpusError(problems);
  return corpus;
}

/** Reads and validates the corpus, throwing a {@link CorpusError} listing every problem. */
export async function loadCorpus(root = projectRoot()): Promise<ValidCorpus> {
  return validate(await readRawCorpus(root));
}

/** How {@link loadBrandbot} starts; every field is optional. */
export interface LoadOptions {
  /** Project root holding seeds/, corpus/ and .cache/. */
  root?: string;
  logger?: Logger;
  config?: BrandbotConfig;
  /**
   * Index snapshot directory, or false to always build from scratch. Defaults to
   * `<root>/.cache`, or BRANDBOT_CACHE_DIR when set (an empty value disables it).
   */
  cacheDir?: string | false;
}

function defaultCacheDir(root: string): string | false {
  const fromEnv = process.env.BRANDBOT_CACHE_DIR;
  if (fromEnv === undefined) return join(root, ".cache");
  return fromEnv.trim() === "" ? false : resolve(root, fromEnv);
}

/**
 * Loads the corpus and builds the bot: what every adapter and test starts from. The index
 * comes from the snapshot cache when the corpus and engine are unchanged; otherwise it is
 * built and the snapshot written for next time (a failed write only logs a warning).
 */
export async function loadBrandbot(options: LoadOptions = {}): Promise<Brandbot> {
  const root = options.root ?? projectRoot();
  const logger = options.logger ?? silentLogger;
  const config: BrandbotConfig = { ...options.config, ...(options.logger ? { logger: options.logger } : {}) };
  const ingest = { ...defaults.ingest, ...options.config?.ingest };
  const raw = await readRawCorpus(root);
  const dir = options.cacheDir ?? defaultCacheDir(root);
  // A refused entry must fail the same way whether or not a snapshot exists.
  if (dir === false || raw.refused) return createBrandbot(await validate(raw), { ...config, gazetteer: loadGazetteer() });

  const started = performance.now();
  const key = cacheKey(raw, await engineVersion(), ingest);
  const cached = await readCachedIndex(key, { dir, logger });
  if (cached) {
    logger.debug({ ms: Math.round(performance.now() - started), key: key.slice(0, 12) }, "index restored from snapshot");
    return createBrandbot(cached.corpus, { ...config, index: cached });
  }
  const corpus = await validate(raw);
  const index = buildCorpusIndex(corpus, ingest, {}, loadGazetteer());
  const bot = createBrandbot(corpus, { ...config, index });
  await writeCachedIndex(index, key, { dir, logger });
  return bot;
}

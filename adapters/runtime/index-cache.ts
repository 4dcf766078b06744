/**
 * The on-disk index cache: a snapshot of the built index under `.cache/`, named by a hash
 * of everything the index depends on (every seed byte, both corpus JSON files, the ingest
 * options, and the engine version: its own source files, its dependencies' versions and
 * the ICU/Node that segment sentences). Unchanged inputs start from the snapshot; any
 * change, even one byte of one article or one line of the engine, rebuilds it.
 *
 * The cache is an optimisation only: an unreadable, damaged or stale file is ignored
 * (and removed), and failing to write one (a read-only checkout) is logged and skipped.
 */
import { createHash } from "node:crypto";
import { Buffer } from "node:buffer";
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { type RawCorpus, type IngestOptions, ingestFingerprint, type CorpusIndex, restoreIndex, serializeIndex, SNAPSHOT_FORMAT } from "../../src/core.js";
import { silentLogger, type Logger } from "../../src/types.js";
import { GAZETTEER_PACKAGES } from "./gazetteer.js";

/** Where and how the cache works; {@link indexCacheDefaults} are the production values. */
export interface IndexCacheOptions {
  /** Directory holding `index-<hash>.json`; created on first write. */
  dir: string;
  /** Hash of the engine's code and dependencies; see {@link engineVersion}. */
  engineVersion: string;
  /**
   * Snapshots kept in `dir` after a write, newest first; older ones are deleted so stale
   * files do not pile up. More than one, because a tsx run and a dist/ run of the same
   * checkout hash different engine files and would otherwise evict each other.
   */
  keep: number;
  logger: Logger;
}

/** Production defaults except `dir` and `engineVersion`, which depend on the checkout. */
export const indexCacheDefaults: Omit<IndexCacheOptions, "dir" | "engineVersion"> = { keep: 3, logger: silentLogger };

const SNAPSHOT_FILE = /^index-[0-9a-f]{64}\.json$/;

async function listFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await listFiles(path)));
    else if (/\.(?:[cm]?js|ts)$/.test(entry.name) && !entry.name.endsWith(".d.ts")) out.push(path);
  }
  return out.sort();
}

let versionMemo: Promise<string> | undefined;

/**
 * A hash of the code that shapes the index: every source file of the core (src/, as
 * TypeScript under tsx or as the compiled JavaScript in dist/), the installed versions of
 * the libraries it uses (the gazetteer's loader and data packages too), the snapshot format
 * and the Node/ICU versions (sentence segmentation and Unicode classes come from them).
 * Computed once per process (~2 ms).
 */
export function engineVersion(): Promise<string> {
  versionMemo ??= (async () => {
    const hash = createHash("sha256");
    hash.update(`format ${SNAPSHOT_FORMAT}\nnode ${process.versions.node}\nicu ${process.versions.icu ?? ""}\nunicode ${process.versions.unicode ?? ""}\n`);
    const src = fileURLToPath(new URL("../../src/", import.meta.url));
    for (const file of await listFiles(src)) hash.update(`${file.slice(src.length)}\n`).update(await readFile(file));
    // The gazetteer types the names discovery finds: its loader and its data packages shape the index too.
    hash.update(await readFile(fileURLToPath(new URL("./gazetteer.js", import.meta.url))).catch(() => readFile(fileURLToPath(new URL("./gazetteer.ts", import.meta.url)))));
    for (const pkg of ["minisearch", "@orama/stemmers", "@orama/stopwords", ...GAZETTEER_PACKAGES]) {
      const manifest = await readFile(join(projectNodeModules(), pkg, "package.json"), "utf8").catch(() => "missing");
      const version = /"version"\s*:\s*"([^"]+)"/.exec(manifest)?.[1] ?? manifest;
      hash.update(`${pkg}@${version}\n`);
    }
    return hash.digest("hex");
  })();
  return versionMemo;
}

function projectNodeModules(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  const up = here.includes("/dist/") ? "../../../node_modules" : "../../node_modules";
  return join(here, up);
}

/**
 * The cache key: a SHA-256 over every seed (name and bytes), both corpus JSON texts, the
 * ingest options and the engine version. Lengths are hashed before contents, so no two
 * different inputs can run together into the same byte stream.
 */
export function cacheKey(raw: RawCorpus, version: string, ingest: IngestOptions): string {
  const hash = createHash("sha256");
  const part = (label: string, data: string | Uint8Array | null) => {
    if (data === null) return void hash.update(`${label}:null\n`);
    const bytes = typeof data === "string" ? Buffer.from(data, "utf8") : data;
    hash.update(`${label}:${bytes.byteLength}\n`).update(bytes);
  };
  part("engine", version);
  part("ingest", ingestFingerprint(ingest));
  part("documents.json", raw.documentsJson);
  part("vocabulary.json", raw.vocabularyJson);
  for (const seed of [...raw.seeds].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    part("seed name", seed.name);
    part("seed bytes", seed.bytes);
  }
  return hash.digest("hex");
}

/** The snapshot file for `key` inside `dir`. */
export function snapshotPath(dir: string, key: string): string {
  return join(dir, `index-${key}.json`);
}

/**
 * Reads the snapshot for `key`, or returns null when there is none or it cannot be used;
 * a damaged or mismatched file is removed so the next start does not trip on it again.
 */
export async function readCachedIndex(key: string, options: Pick<IndexCacheOptions, "dir"> & Partial<IndexCacheOptions>): Promise<CorpusIndex | null> {
  const o = { ...indexCacheDefaults, ...options };
  const path = snapshotPath(o.dir, key);
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") o.logger.warn({ err: error, path }, "index cache: cannot read snapshot, rebuilding");
    return null;
  }
  try {
    return restoreIndex(text, key);
  } catch (error) {
    o.logger.warn({ err: error, path }, "index cache: unusable snapshot, rebuilding");
    await rm(path, { force: true }).catch(() => undefined);
    return null;
  }
}

/**
 * Writes the snapshot for `key` (to a temporary file, then renamed, so a reader never sees
 * half a file) and prunes older snapshots. Never throws: returns whether it wrote.
 */
export async function writeCachedIndex(index: CorpusIndex, key: string, options: Pick<IndexCacheOptions, "dir"> & Partial<IndexCacheOptions>): Promise<boolean> {
  const o = { ...indexCacheDefaults, ...options };
  const path = snapshotPath(o.dir, key);
  const temporary = `${path}.${process.pid}.${Date.now()}.tmp`;
  try {
    await mkdir(o.dir, { recursive: true });
    await writeFile(temporary, serializeIndex(index, key));
    await rename(temporary, path);
  } catch (error) {
    o.logger.warn({ err: error, path }, "index cache: cannot write snapshot, skipping (start-up will rebuild)");
    await rm(temporary, { force: true }).catch(() => undefined);
    return false;
  }
  try {
    const others = (await readdir(o.dir)).filter((name) => SNAPSHOT_FILE.test(name)).map((name) => join(o.dir, name)).filter((p) => p !== path);
    const dated = await Promise.all(others.map(async (p) => ({ p, t: (await stat(p).catch(() => null))?.mtimeMs ?? 0 })));
    dated.sort((a, b) => b.t - a.t);
    for (const { p } of dated.slice(Math.max(0, o.keep - 1))) await rm(p, { force: true });
  } catch {
    // Pruning is housekeeping; another process may be doing the same.
  }
  return true;
}

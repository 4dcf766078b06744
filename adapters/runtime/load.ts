/**
 * Reads `seeds/` and `corpus/` from disk and builds the bot. The only place the corpus
 * touches the file system, so the core stays pure and tests can feed it anything.
 */
import { readdir, readFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { createBrandbot, formatProblem, validateCorpus, type BrandbotConfig, type CorpusProblem, type RawCorpus, type ValidCorpus } from "../../src/index.js";
import type { Brandbot, Logger } from "../../src/types.js";

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
  const seeds = await Promise.all(names.map(async (name) => ({ name, bytes: new Uint8Array(await readFile(join(seedsDir, name))) })));
  return {
    seeds,
    documentsJson: await readOptional(join(root, "corpus", "documents.json")),
    vocabularyJson: await readOptional(join(root, "corpus", "vocabulary.json")),
  };
}

/** Thrown when the corpus fails validation; carries every problem for the caller to print. */
export class CorpusError extends Error {
  constructor(readonly problems: CorpusProblem[]) {
    super(problems.map(formatProblem).join("\n"));
    this.name = "CorpusError";
  }
}

/** Reads and validates the corpus, throwing a {@link CorpusError} listing every problem. */
export async function loadCorpus(root = projectRoot()): Promise<ValidCorpus> {
  const { corpus, problems } = validateCorpus(await readRawCorpus(root));
  if (!corpus) throw new CorpusError(problems);
  return corpus;
}

/** Loads the corpus and builds the bot: what every adapter and test starts from. */
export async function loadBrandbot(options: { root?: string; logger?: Logger; config?: BrandbotConfig } = {}): Promise<Brandbot> {
  const corpus = await loadCorpus(options.root);
  return createBrandbot(corpus, { ...options.config, ...(options.logger ? { logger: options.logger } : {}) });
}

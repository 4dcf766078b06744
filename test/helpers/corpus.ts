/** Shared test fixtures: the real corpus, loaded once per test file. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { loadGazetteer } from "../../adapters/runtime/gazetteer.js";
import { loadCorpus, projectRoot } from "../../adapters/runtime/load.js";
import { createBrandbot } from "../../src/index.js";
import { buildCorpusIndex } from "../../src/engine/corpus-index.js";

export const root = projectRoot();
export const corpus = await loadCorpus(root);
export const index = buildCorpusIndex(corpus, undefined, {}, loadGazetteer());
export const bot = createBrandbot(corpus, { index });

type Document = (typeof corpus.documents)[number];

/** `base` with one more article, written in a test: its record and its text, as a curator adds one. */
export function withArticle(base: typeof corpus, meta: Document["meta"], text: string): typeof corpus {
  return { ...base, documents: [...base.documents, { meta, language: meta.language, text }] };
}

/** A bot over the seed corpus with one more article, indexed as a curator's added article is. */
export function botWithArticle(meta: Document["meta"], text: string) {
  const grown = withArticle(corpus, meta, text);
  return createBrandbot(grown, { index: buildCorpusIndex(grown, undefined, {}, loadGazetteer()) });
}

/** The decoded text of a seed file, as the engine sees it. */
export function seedText(file: string): string {
  return readFileSync(join(root, "seeds", file), "utf8");
}

export interface EvalCase {
  id: string;
  q: string;
  lang: string;
  expect: { answerable: boolean; all?: string[]; sources?: string[] };
}

/** Reads a question set in the scorer's JSONL format. */
export function readCases(file: string): EvalCase[] {
  return readFileSync(join(root, "test", "fixtures", file), "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as EvalCase);
}

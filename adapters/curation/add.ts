/**
 * `add` for one document, shared by the terminal and the chat adapters: read or fetch it,
 * extract its text and metadata, refuse what cannot be filed (nothing extracted, unknown
 * language, a duplicate), write it, and describe what it adds. Every refusal is a
 * one-line {@link CurationError} thrown before anything is written.
 */
import type { ValidCorpus } from "../../src/core.js";
import { loadBrandbot } from "../runtime/load.js";
import { CurationError } from "./extracted.js";
import type { FetchLimits } from "./fetch.js";
import { buildRecord, type DocumentRecord, type Overrides } from "./record.js";
import { readSource } from "./source.js";
import { addToCorpus, findDuplicate, nextSeedName } from "./store.js";
import { summarise, type AddSummary } from "./summary.js";

export interface AddOptions {
  /** Folder holding seeds/ and corpus/. */
  home: string;
  overrides?: Overrides;
  /** Extract and build the record, but write nothing. */
  dryRun?: boolean;
  fetch?: Partial<FetchLimits>;
}

export type AddResult = { dryRun: true; file: string; text: string; record: DocumentRecord } | { dryRun: false; summary: AddSummary };

/** Fewer letters than this is a failed extraction (a cookie wall, a scanned PDF), not an article. */
const MIN_LETTERS = 200;

/**
 * The corpus with the named things the engine discovers in the articles (people, models,
 * plants, towns), as the bot itself sees them, so the summary names what the bot can match.
 */
async function withNamedThings(corpus: ValidCorpus): Promise<ValidCorpus> {
  const [{ withDiscoveredEntities }, { loadGazetteer }, { defaults }] = await Promise.all([
    import("../../src/core.js"),
    import("../runtime/gazetteer.js"),
    import("../../src/core.js"),
  ]);
  return withDiscoveredEntities(corpus, loadGazetteer(), defaults.ingest);
}

/** Adds one file or URL to the corpus at `options.home`. */
export async function addArticle(source: string, options: AddOptions): Promise<AddResult> {
  const { extracted, fetchedFrom } = await readSource(source, options.fetch);
  const letters = extracted.text.match(/\p{L}/gu)?.length ?? 0;
  if (letters < MIN_LETTERS) throw new CurationError(`add: ${source} yielded no article text (${letters} letters extracted)`);
  const file = await nextSeedName(options.home, extracted.text);
  const record = buildRecord(file, extracted, options.overrides ?? {}, source, fetchedFrom);
  const duplicate = await findDuplicate(options.home, extracted.text, record.url);
  if (duplicate) throw new CurationError(`add: ${source} is already in the corpus as ${duplicate}`);
  if (options.dryRun) return { dryRun: true, file, text: extracted.text, record };
  const corpus = await addToCorpus(options.home, file, extracted.text, { ...record });
  const bot = await loadBrandbot({ root: options.home });
  return { dryRun: false, summary: summarise(bot, await withNamedThings(corpus), file) };
}

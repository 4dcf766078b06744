/**
 * The engine's options: every tunable in one `defaults` object, merged with the caller's
 * (MiniSearch-style), each section's reasons on its own interface.
 */
import { ingestDefaults, type IngestOptions } from "../corpus/ingest.js";
import { silentLogger, type Logger } from "../types.js";
import { typeFitDefaults } from "./answer-types.js";
import type { CorpusIndex } from "./corpus-index.js";
import { emptyGazetteer, type Gazetteer } from "./discover/gazetteer.js";
import { extractDefaults } from "./extract.js";
import { helpDefaults, type HelpOptions } from "./help.js";
import type { RankOptions } from "./rank.js";
import { recencyDefaults, type RecencyOptions } from "./recency.js";
import { retrieveDefaults } from "./retrieve.js";
import type { SpellingOptions } from "./spelling.js";
import { understandDefaults, type UnderstandOptions } from "./understand.js";

export interface BrandbotOptions {
  /** Longer questions are answered from their start, with a note saying so. */
  maxQuestionLength: number;
  /** At most this many quotes per answer. */
  maxCitations: number;
  /**
   * A quote must cover this much of a yes/no question (unless it covers every word) to settle it
   * as "yes": a quote that says less leaves the question open rather than confirm a guess. 0.7
   * (from 0.8): on two blind seed tuning sets, "This car marks the brand's re-entry into the
   * B-segment" then settles "Does the Junior bring Alfa back into the B-segment?" (+2), and no
   * yes/no set, held out or tuned, lost a question; 0.75 gained one.
   */
  settledCoverage: number;
  rank: RankOptions;
  recency: RecencyOptions;
  understand: UnderstandOptions;
  ingest: IngestOptions;
  /** Tells which discovered names are towns, countries and continents; the composition root loads one. */
  gazetteer: Gazetteer;
  /** How help topics and examples are derived from the corpus. */
  help: HelpOptions;
  /** A prebuilt index of this corpus (restored from a snapshot), so nothing is indexed again. */
  index?: CorpusIndex;
  logger: Logger;
}

/** Every tunable in one place; `createBrandbot` merges the caller's options over these. */
export const defaults: BrandbotOptions = {
  maxQuestionLength: 500,
  maxCitations: 3,
  settledCoverage: 0.7,
  rank: {
    ...retrieveDefaults,
    ...typeFitDefaults,
    ...extractDefaults,
    rescored: 8,
    typedRescored: 4,
    typedFloor: 0.7,
    followers: 3,
    contextCredit: [0.6, 0.45],
    acrossParagraphCredit: 0.5,
    pointedBackCredit: 0.9,
    titleCredit: 0.4,
    documentCredit: 0.25,
    adjacencyWindow: 3,
    minCoverage: 0.43,
    typeBonus: 0.4,
    softTypeShare: 0.5,
    adjacencyBonus: 0.1,
    evidenceBonus: 0.05,
    completeBonus: 0.2,
    focusBonus: 0.1,
    sameLanguageBonus: 0.03,
    headingPenalty: 0.2,
    focusPenalty: 0.25,
    minPredicateShare: 0.2,
    questionPenalty: 0.3,
    presentPenalty: 0.3,
    secondaryRatio: 0.7,
    conflictRatio: 0.85,
  },
  recency: recencyDefaults,
  understand: understandDefaults,
  ingest: ingestDefaults,
  gazetteer: emptyGazetteer,
  help: helpDefaults,
  logger: silentLogger,
};

export type BrandbotConfig = Partial<Omit<BrandbotOptions, "rank" | "understand" | "ingest" | "recency" | "help">> & {
  rank?: Partial<RankOptions>;
  understand?: Partial<Omit<UnderstandOptions, "spelling">> & { spelling?: Partial<SpellingOptions> };
  ingest?: Partial<IngestOptions>;
  recency?: Partial<RecencyOptions>;
  help?: Partial<HelpOptions>;
};

/**
 * The caller's options over the defaults, section by section: `{ recency: { agreeRatio: 0.8 } }`
 * changes that one option and keeps the section's others (a shallow merge left them undefined,
 * and comparisons with undefined quietly changed answers).
 */
export function mergeOptions(config: BrandbotConfig): BrandbotOptions {
  return {
    ...defaults,
    ...config,
    rank: { ...defaults.rank, ...config.rank },
    understand: { ...defaults.understand, ...config.understand, spelling: { ...defaults.understand.spelling, ...config.understand?.spelling } },
    ingest: { ...defaults.ingest, ...config.ingest },
    recency: { ...defaults.recency, ...config.recency },
    help: { ...defaults.help, ...config.help },
  };
}

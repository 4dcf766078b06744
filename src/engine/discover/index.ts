/** Discovery's entry: a corpus whose vocabulary also holds the named things its articles name. */
import type { IngestOptions, RawSentence } from "../../corpus/ingest.js";
import type { ValidCorpus } from "../../corpus/validate.js";
import { discoverEntities, discoveryDefaults, type DiscoveryOptions } from "./discover.js";
import type { Gazetteer } from "./gazetteer.js";

export { discoverEntities, discoveryDefaults, type DiscoveryOptions } from "./discover.js";
export { emptyGazetteer, type Gazetteer, type PlaceRecord } from "./gazetteer.js";

/**
 * The corpus with discovered entities appended to its vocabulary's. The result is what the
 * index (and so a snapshot) holds, so restoring a snapshot needs no gazetteer.
 */
export function withDiscoveredEntities(
  corpus: ValidCorpus,
  gazetteer: Gazetteer,
  ingest: IngestOptions,
  ingested?: readonly (readonly RawSentence[])[],
  options: DiscoveryOptions = discoveryDefaults,
): ValidCorpus {
  const found = discoverEntities(corpus, gazetteer, ingest, options, ingested);
  return { ...corpus, vocabulary: { ...corpus.vocabulary, entities: [...corpus.vocabulary.entities, ...found] } };
}

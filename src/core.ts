/**
 * The core's public surface without corpus validation: what adapters import. It loads no
 * schema library (zod is loaded only by `src/index.ts`'s `validateCorpus`, which adapters
 * import lazily, when a corpus is read), so a cold start pays for neither. Pure: no network,
 * no process.env, no adapter imports.
 */
export * from "./types.js";
export { createBrandbot, cleanQuestion, defaults, type BrandbotConfig, type BrandbotOptions } from "./engine/brandbot.js";
export { formatProblem, MAX_DOCUMENT_BYTES, type CorpusProblem } from "./corpus/problems.js";
export type { RawCorpus, ValidCorpus } from "./corpus/validate.js";
export type { IngestOptions } from "./corpus/ingest.js";
export { createRateLimiter, rateLimitDefaults, type RateLimiter, type RateLimitDecision, type RateLimitOptions } from "./rate-limit.js";
export { formatDate, sourceLabel } from "./engine/compose.js";
export { createConversations, conversationDefaults, type Conversations, type ConversationOptions } from "./conversation.js";
export { fold } from "./text/normalize.js";
export { buildCorpusIndex, ingestFingerprint, type CorpusIndex } from "./engine/corpus-index.js";
export { restoreIndex, serializeIndex, SNAPSHOT_FORMAT } from "./engine/snapshot.js";
export { withDiscoveredEntities } from "./engine/discover/index.js";
export type { Gazetteer, PlaceRecord } from "./engine/discover/gazetteer.js";

/**
 * The core's public surface. Pure: no network, no process.env, no adapter imports.
 * The composition root (adapters/cli) reads files and hands them in.
 */
export * from "./types.js";
export { createBrandbot, cleanQuestion, defaults, type BrandbotConfig, type BrandbotOptions } from "./engine/brandbot.js";
export { validateCorpus, formatProblem, type RawCorpus, type CorpusProblem, type ValidCorpus } from "./corpus/validate.js";
export { createRateLimiter, rateLimitDefaults, type RateLimiter, type RateLimitDecision } from "./rate-limit.js";
export { formatDate, sourceLabel } from "./engine/compose.js";
export { createConversations, conversationDefaults, type Conversations, type ConversationOptions } from "./conversation.js";

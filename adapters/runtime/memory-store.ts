/**
 * The state store of one process: what `npm start` uses with nothing configured, and what
 * a Redis-backed bot falls back to while Redis is unreachable. Bounded: least recently used
 * entries go first, so memory stays flat however long the bot runs.
 */
import { createRateLimiter, type RateLimitOptions } from "../../src/core.js";
import type { Answer } from "../../src/types.js";
import { CONVERSATION_TTL_MS, type StateStore } from "./state-store.js";

export interface MemoryStoreOptions {
  rateLimit: Pick<RateLimitOptions, "capacity" | "refillPerSecond">;
  conversationTtlMs?: number;
  /** Most conversations and most claimed keys remembered at once. */
  maxEntries?: number;
  now?: () => number;
}

/** A Map used as a TTL cache with least-recently-used eviction (a Map iterates oldest first). */
function ttlMap<V>(max: number, now: () => number) {
  const entries = new Map<string, { value: V; until: number }>();
  return {
    get(key: string): V | undefined {
      const entry = entries.get(key);
      if (!entry) return undefined;
      if (entry.until <= now()) {
        entries.delete(key);
        return undefined;
      }
      return entry.value;
    },
    /** Drops every expired entry; returns how many went. */
    sweep(): number {
      const before = entries.size;
      const t = now();
      for (const [key, entry] of entries) if (entry.until <= t) entries.delete(key);
      return before - entries.size;
    },
    set(key: string, value: V, ttlMs: number) {
      entries.delete(key);
      entries.set(key, { value, until: now() + ttlMs });
      if (entries.size > max) entries.delete(entries.keys().next().value as string);
    },
  };
}

/** Creates a per-process store. */
export function createMemoryStore(options: MemoryStoreOptions): StateStore {
  const now = options.now ?? Date.now;
  const max = options.maxEntries ?? 10_000;
  const ttl = options.conversationTtlMs ?? CONVERSATION_TTL_MS;
  const turns = ttlMap<Answer>(max, now);
  const claimed = ttlMap<true>(max, now);
  const limiter = createRateLimiter({ ...options.rateLimit, maxUsers: max, now });
  return {
    lastTurn: async (conversation) => turns.get(conversation),
    saveTurn: async (conversation, answer) => turns.set(conversation, answer, ttl),
    async claim(key, ttlMs) {
      if (claimed.get(key)) return false;
      claimed.set(key, true, ttlMs);
      return true;
    },
    take: async (userKey) => limiter.take(userKey),
    sweep: () => turns.sweep() + claimed.sweep(),
    health: async () => ({ backend: "memory", reachable: true }),
    close: async () => {},
  };
}

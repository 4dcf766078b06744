/**
 * Per-user token bucket, shared by every adapter so one person cannot flood the bot
 * whichever door they use. Time is injected so tests are exact and the core stays pure.
 */
export interface RateLimitOptions {
  /** Bucket size: how many questions a user may ask in a burst. */
  capacity: number;
  /** Tokens regained per second. */
  refillPerSecond: number;
  /** Most users tracked at once; the least recently seen are forgotten first. */
  maxUsers: number;
  /** Clock in milliseconds; injectable for tests. */
  now: () => number;
}

export const rateLimitDefaults: RateLimitOptions = {
  capacity: 5,
  refillPerSecond: 0.5,
  maxUsers: 10_000,
  now: () => Date.now(),
};

/** Outcome of one `take`: allowed, or how long until the next question is allowed. */
export type RateLimitDecision = { allowed: true } | { allowed: false; retryAfterMs: number };

export interface RateLimiter {
  /** Spends one token for `userKey` if it has one. */
  take(userKey: string): RateLimitDecision;
}

/** Creates a token-bucket limiter; options are merged over {@link rateLimitDefaults}. */
export function createRateLimiter(options: Partial<RateLimitOptions> = {}): RateLimiter {
  const opts = { ...rateLimitDefaults, ...options };
  if (!(opts.capacity >= 1)) throw new Error(`rate-limit: capacity must be at least 1, got ${opts.capacity}`);
  if (!(opts.refillPerSecond > 0)) throw new Error(`rate-limit: refillPerSecond must be positive, got ${opts.refillPerSecond}`);
  // A Map iterates in insertion order, so re-inserting on use gives LRU eviction for free.
  const buckets = new Map<string, { tokens: number; at: number }>();
  return {
    take(userKey) {
      const now = opts.now();
      const prev = buckets.get(userKey);
      buckets.delete(userKey);
      const elapsed = prev ? Math.max(0, now - prev.at) / 1000 : 0;
      const tokens = prev ? Math.min(opts.capacity, prev.tokens + elapsed * opts.refillPerSecond) : opts.capacity;
      if (tokens >= 1) {
        buckets.set(userKey, { tokens: tokens - 1, at: now });
        if (buckets.size > opts.maxUsers) buckets.delete(buckets.keys().next().value as string);
        return { allowed: true };
      }
      buckets.set(userKey, { tokens, at: now });
      return { allowed: false, retryAfterMs: Math.ceil(((1 - tokens) / opts.refillPerSecond) * 1000) };
    },
  };
}

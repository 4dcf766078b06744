/**
 * The state store shared by every replica, in Redis (ioredis). Each operation is one
 * atomic round trip: SET PX for conversation turns (Redis forgets them after the TTL),
 * SET NX PX for event claims, and a Lua token bucket for rate limits, timed by Redis's
 * own clock so replicas whose clocks differ still agree on a user's bucket.
 *
 * Loaded lazily, only when REDIS_URL is set, so `npm start` never loads ioredis.
 */
import { createHash, createHmac } from "node:crypto";
import { Redis } from "ioredis";
import type { RateLimitDecision } from "../../src/core.js";
import type { Answer } from "../../src/types.js";
import { CONVERSATION_TTL_MS, type StateStore } from "./state-store.js";

export interface RedisStoreOptions {
  url: string;
  rateLimit: { capacity: number; refillPerSecond: number };
  conversationTtlMs?: number;
  /** Prepended to every key, so one Redis can hold several bots (default `brandbot:`). */
  prefix?: string;
  /**
   * Key of the user pseudonyms (see hashUser): buckets are named by an HMAC of the user, so
   * ids in Redis cannot be found by hashing candidates. Every replica must have the same key
   * (BRANDBOT_HASH_KEY, or workers sharing one hash.key) to share a user's bucket.
   */
  hashKey?: Uint8Array;
  /** Longest a command may take before the caller falls back to memory (ms, default 2000). */
  commandTimeoutMs?: number;
}

/** A Redis store, plus what the fallback wrapper watches: the connection's state. */
export interface RedisStore extends StateStore {
  readonly client: Redis;
  /** True while connected and ready for commands. */
  ready(): boolean;
}

// KEYS[1] bucket; ARGV capacity, refill per second. Returns {allowed 0/1, retry after ms}.
// The bucket hash expires once it would be full again, so idle users cost nothing.
const TOKEN_BUCKET = `
local capacity = tonumber(ARGV[1])
local rate = tonumber(ARGV[2])
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local b = redis.call('HMGET', KEYS[1], 'tokens', 'at')
local tokens = capacity
if b[1] then tokens = math.min(capacity, tonumber(b[1]) + math.max(0, now - tonumber(b[2])) / 1000 * rate) end
local allowed = 0
if tokens >= 1 then tokens = tokens - 1; allowed = 1 end
redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'at', now)
redis.call('PEXPIRE', KEYS[1], math.ceil((capacity - tokens) / rate * 1000) + 1000)
if allowed == 1 then return {1, 0} end
return {0, math.ceil((1 - tokens) / rate * 1000)}`;

type BucketClient = Redis & { takeToken(key: string, capacity: number, rate: number): Promise<[number, number]> };

/**
 * Connects to `url` and resolves once the first attempt has succeeded or failed: a bot
 * whose Redis is down still starts (and answers from memory until Redis is back).
 * Reconnects for ever, at most every 2 s; commands fail at once while disconnected
 * rather than queue, so an answer never waits on a Redis that is not there.
 */
export async function createRedisStore(options: RedisStoreOptions): Promise<RedisStore> {
  const prefix = options.prefix ?? "brandbot:";
  const ttl = options.conversationTtlMs ?? CONVERSATION_TTL_MS;
  const client = new Redis(options.url, {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    // Generous: Redis answers in well under a millisecond, so only a lagging event loop (an overloaded
    // process) or a lost server gets near it, and a spurious timeout would cost sharing for a moment.
    commandTimeout: options.commandTimeoutMs ?? 2000,
    connectTimeout: 2000,
    retryStrategy: (times) => Math.min(100 * times, 2000),
    lazyConnect: true,
  }) as BucketClient;
  client.defineCommand("takeToken", { numberOfKeys: 1, lua: TOKEN_BUCKET });
  // Errors are reported by the fallback wrapper; without a listener ioredis prints them itself.
  client.on("error", () => {});
  await client.connect().catch(() => {});
  const { capacity, refillPerSecond } = options.rateLimit;
  return {
    client,
    ready: () => client.status === "ready",
    async lastTurn(conversation) {
      const raw = await client.get(`${prefix}conversation:${conversation}`);
      return raw === null ? undefined : (JSON.parse(raw) as Answer);
    },
    async saveTurn(conversation, answer) {
      await client.set(`${prefix}conversation:${conversation}`, JSON.stringify(answer), "PX", ttl);
    },
    async claim(key, ttlMs) {
      return (await client.set(`${prefix}${key}`, "1", "PX", ttlMs, "NX")) === "OK";
    },
    async take(userKey): Promise<RateLimitDecision> {
      // Keyed by a hash: platform user ids never leave this process, as in the question log.
      const hash = options.hashKey ? createHmac("sha256", options.hashKey) : createHash("sha256");
      const bucket = hash.update(userKey).digest("base64url").slice(0, 22);
      const [allowed, retryAfterMs] = await client.takeToken(`${prefix}bucket:${bucket}`, capacity, refillPerSecond);
      return allowed === 1 ? { allowed: true } : { allowed: false, retryAfterMs };
    },
    async health() {
      const reachable = await client.ping().then(
        (pong) => pong === "PONG",
        () => false,
      );
      return { backend: "redis", reachable };
    },
    async close() {
      client.disconnect();
    },
  };
}

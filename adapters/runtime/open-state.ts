/**
 * Chooses the state store for a long-running command: Redis (with this process's memory
 * as the fallback during outages) when REDIS_URL is set, else memory alone. ioredis is
 * imported only in the first case.
 */
import type { Logger } from "../../src/types.js";
import { createMemoryStore } from "./memory-store.js";
import { describeUrl } from "./replica-config.js";
import type { StateStore } from "./state-store.js";

export interface StateOptions {
  redisUrl: string | undefined;
  rateLimit: { capacity: number; refillPerSecond: number };
  logger: Logger;
  /** Key of the user pseudonyms, which also names Redis's rate-limit buckets (see redis-store.ts). */
  hashKey?: Uint8Array | undefined;
}

/** The configured store; a Redis that is down at start-up is not an error (see fallback-store.ts). */
export async function openStateStore(options: StateOptions): Promise<StateStore> {
  const local = createMemoryStore({ rateLimit: options.rateLimit });
  if (!options.redisUrl) return local;
  const [{ createRedisStore }, { withFallback }] = await Promise.all([import("./redis-store.js"), import("./fallback-store.js")]);
  const shared = await createRedisStore({ url: options.redisUrl, rateLimit: options.rateLimit, ...(options.hashKey ? { hashKey: options.hashKey } : {}) });
  options.logger.info(
    { component: "state", backend: "redis", url: describeUrl(options.redisUrl), connected: shared.ready() },
    "state: sharing conversations, handled events and rate limits through Redis",
  );
  return withFallback(shared, local, options.logger);
}

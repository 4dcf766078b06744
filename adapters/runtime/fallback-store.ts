/**
 * Keeps answering when the shared store is down: while Redis is unreachable every
 * operation goes to this process's own memory store, with one warning per outage (never
 * one per question, never silence), and back to Redis, with one line saying so, as soon
 * as it answers again. An outage costs sharing (a retried event may be answered twice, a
 * follow-up on another replica starts afresh), never an answer.
 */
import type { Logger } from "../../src/types.js";
import type { RedisStore } from "./redis-store.js";
import type { StateStore } from "./state-store.js";

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Wraps `shared` so any failure is served by `local` instead. */
export function withFallback(shared: RedisStore, local: StateStore, logger: Logger): StateStore {
  let down = false;
  let closing = false;
  const outage = (reason: string) => {
    // Our own disconnect at shutdown is not an outage.
    if (down || closing) return;
    down = true;
    logger.warn({ component: "state", backend: "redis", err: reason }, `state: Redis is unreachable (${reason}); answering with this process's own memory until it is back`);
  };
  const recovered = () => {
    if (!down) return;
    down = false;
    logger.info({ component: "state", backend: "redis" }, "state: Redis is reachable again; shared state resumed");
  };
  shared.client.on("ready", recovered);
  shared.client.on("error", (error: unknown) => outage(errorText(error)));
  shared.client.on("close", () => outage("connection closed"));
  if (!shared.ready()) outage(`not connected (status ${shared.client.status})`);

  /** Runs `op` on Redis when it is ready, else (or when it fails) on the local store. */
  const either =
    <A extends unknown[], R>(op: (store: StateStore, ...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      if (shared.ready()) {
        try {
          const result = await op(shared, ...args);
          recovered();
          return result;
        } catch (error) {
          outage(errorText(error));
        }
      }
      return op(local, ...args);
    };

  return {
    lastTurn: either((s, conversation: string) => s.lastTurn(conversation)),
    saveTurn: either((s, conversation: string, answer: Parameters<StateStore["saveTurn"]>[1]) => s.saveTurn(conversation, answer)),
    claim: either((s, key: string, ttlMs: number) => s.claim(key, ttlMs)),
    take: either((s, userKey: string) => s.take(userKey)),
    sweep: () => local.sweep?.() ?? 0,
    async health() {
      const health = await shared.health();
      return health.reachable ? health : { ...health, fallback: "memory" };
    },
    async close() {
      closing = true;
      await shared.close();
    },
  };
}

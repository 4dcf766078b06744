/**
 * Chooses the state store for a long-running command: Redis (with this process's memory
 * as the fallback during outages) when REDIS_URL is set, else memory alone. ioredis is
 * imported only in the first case.
 */
import type { Brandbot, Logger } from "../../src/types.js";
import type { AdapterDeps } from "./index.js";
import { createMemoryStore } from "./memory-store.js";
import type { QuestionLog } from "./question-log.js";
import { describeUrl, readReplicaConfig } from "./replica-config.js";
import { sharedState, type StateStore } from "./state-store.js";

export interface StateOptions {
  redisUrl: string | undefined;
  rateLimit: { capacity: number; refillPerSecond: number };
  logger: Logger;
}

/** The configured store; a Redis that is down at start-up is not an error (see fallback-store.ts). */
export async function openStateStore(options: StateOptions): Promise<StateStore> {
  const local = createMemoryStore({ rateLimit: options.rateLimit });
  if (!options.redisUrl) return local;
  const [{ createRedisStore }, { withFallback }] = await Promise.all([import("./redis-store.js"), import("./fallback-store.js")]);
  const shared = await createRedisStore({ url: options.redisUrl, rateLimit: options.rateLimit });
  options.logger.info(
    { component: "state", backend: "redis", url: describeUrl(options.redisUrl), connected: shared.ready() },
    "state: sharing conversations, handled events and rate limits through Redis",
  );
  return withFallback(shared, local, options.logger);
}

/**
 * What adapters need from the state store (limiter, conversation memory, event dedupe)
 * and the /healthz view of both backends, for the process's env; `close` ends the store.
 */
export async function openSharedDeps(options: {
  env: Record<string, string | undefined>;
  rateLimit: StateOptions["rateLimit"];
  logger: Logger;
  bot: () => Brandbot;
  questionLog: QuestionLog | undefined;
}): Promise<{ deps: Required<Pick<AdapterDeps, "limiter" | "conversations" | "dedupe" | "backends">>; close(): Promise<void> }> {
  const { redisUrl } = readReplicaConfig(options.env);
  const store = await openStateStore({ redisUrl, rateLimit: options.rateLimit, logger: options.logger });
  const log = options.questionLog;
  const backends = async () => {
    const [state, questionLog] = await Promise.all([store.health(), log ? log.health() : Promise.resolve({ backend: "none", reachable: false })]);
    return { state, questionLog };
  };
  return { deps: { ...sharedState(store, options.bot), backends }, close: () => store.close() };
}

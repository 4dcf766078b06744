/**
 * What every adapter receives from the composition root (adapters/cli/main.ts).
 * Adapters never build the bot or read the corpus themselves.
 */
import type { Brandbot, Logger } from "../../src/types.js";
import type { RateLimiter } from "../../src/rate-limit.js";

export interface AdapterDeps {
  /** The answer engine, already loaded. */
  bot: Brandbot;
  /** Structured logger (pino in production). Never log tokens. */
  logger: Logger;
  /** Shared per-user limiter; key users as `${adapter}:${userId}`. */
  limiter: RateLimiter;
  /** The environment, read once here at the edge (process.env in production). */
  env: Record<string, string | undefined>;
}

/** A running chat connection the composition root can stop on shutdown. */
export interface RunningAdapter {
  name: string;
  stop(): Promise<void>;
}

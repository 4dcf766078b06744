/**
 * Settings every command shares, read once from the environment at the edge and
 * validated, so a typo stops start-up with a line that names the variable and the fix.
 */
import { z } from "zod";
import { LOG_LEVELS, type LogLevel } from "./logger.js";

export interface RuntimeConfig {
  logLevel: LogLevel;
  rateLimit: { capacity: number; refillPerSecond: number };
  /** Most questions being answered (and sent) at once across all chat adapters. */
  maxInFlight: number;
  /** Slack and Discord user ids allowed to add articles from chat (BRANDBOT_ADMINS). */
  admins: string[];
  /** Days the question log keeps a question before deleting it. */
  logDays: number;
  /** Key of the user pseudonyms; undefined: one generated on first run and kept beside the question log. */
  hashKey: string | undefined;
  /** Port of the stand-alone `GET /healthz` (Socket Mode and Discord have no port of their own); undefined: none. */
  healthPort: number | undefined;
}

const positive = (name: string, fallback: number) =>
  z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (v === undefined || v.trim() === "") return fallback;
      const n = Number(v);
      if (!Number.isFinite(n) || n <= 0) {
        ctx.addIssue({ code: "custom", message: `${name} must be a positive number, got "${v}"` });
        return z.NEVER;
      }
      return n;
    });

const schema = z.object({
  LOG_LEVEL: z
    .string()
    .optional()
    .transform((v, ctx) => {
      const level = (v?.trim() || "info").toLowerCase();
      if ((LOG_LEVELS as readonly string[]).includes(level)) return level as LogLevel;
      ctx.addIssue({ code: "custom", message: `LOG_LEVEL must be one of ${LOG_LEVELS.join(", ")}, got "${v}"` });
      return z.NEVER;
    }),
  RATE_LIMIT_BURST: positive("RATE_LIMIT_BURST", 5),
  RATE_LIMIT_PER_MINUTE: positive("RATE_LIMIT_PER_MINUTE", 30),
  MAX_IN_FLIGHT: positive("MAX_IN_FLIGHT", 256),
  BRANDBOT_ADMINS: z
    .string()
    .optional()
    .transform((v, ctx) => {
      const ids = (v ?? "").split(",").map((id) => id.trim()).filter(Boolean);
      const bad = ids.find((id) => !/^[A-Za-z0-9_-]{2,40}$/.test(id));
      if (bad === undefined) return ids;
      ctx.addIssue({ code: "custom", message: `BRANDBOT_ADMINS must be Slack or Discord user ids separated by commas (e.g. U012AB3CD,123456789012345678), got "${bad}"` });
      return z.NEVER;
    }),
  BRANDBOT_LOG_DAYS: positive("BRANDBOT_LOG_DAYS", 180),
  BRANDBOT_HEALTH_PORT: z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (v === undefined || v.trim() === "") return undefined;
      const n = Number(v);
      if (Number.isInteger(n) && n >= 0 && n <= 65535) return n;
      ctx.addIssue({ code: "custom", message: `BRANDBOT_HEALTH_PORT must be a port number from 0 to 65535 (0: any free port), got "${v}"` });
      return z.NEVER;
    }),
  BRANDBOT_HASH_KEY: z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (v === undefined || v.trim() === "") return undefined;
      if (v.trim().length >= 32) return v.trim();
      // Never echo the value: it is a secret.
      ctx.addIssue({ code: "custom", message: `BRANDBOT_HASH_KEY must be at least 32 characters (got ${v.trim().length}); generate one with: openssl rand -hex 32` });
      return z.NEVER;
    }),
});

/** Reads the shared settings; throws one line per problem, each prefixed `config:`. */
export function readRuntimeConfig(env: Record<string, string | undefined>): RuntimeConfig {
  const parsed = schema.safeParse(env);
  if (!parsed.success) throw new Error(parsed.error.issues.map((i) => `config: ${i.message} (set it in .env)`).join("\n"));
  const c = parsed.data;
  return {
    logLevel: c.LOG_LEVEL,
    rateLimit: { capacity: c.RATE_LIMIT_BURST, refillPerSecond: c.RATE_LIMIT_PER_MINUTE / 60 },
    maxInFlight: Math.max(1, Math.floor(c.MAX_IN_FLIGHT)),
    admins: c.BRANDBOT_ADMINS,
    logDays: c.BRANDBOT_LOG_DAYS,
    hashKey: c.BRANDBOT_HASH_KEY,
    healthPort: c.BRANDBOT_HEALTH_PORT,
  };
}

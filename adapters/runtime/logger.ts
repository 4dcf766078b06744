/**
 * The production logger: pino, JSON lines on stderr (stdout belongs to answers), with
 * secrets redacted by key at any depth and by shape inside any string, so a token pasted
 * into an error never lands in a log, and errors kept readable (message, code; the stack
 * at debug) instead of vanishing as `{}` when serialised.
 */
import pino from "pino";
import type { Logger } from "../../src/types.js";

export const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

const SECRET_KEYS = new Set(["token", "bottoken", "apptoken", "signingsecret", "secret", "authorization", "password", "hashkey", "clientsecret"]);
// Slack tokens; Discord tokens (base64 of the user id, so any first letter: M, N, O...); "Bot <token>" headers.
const TOKEN_SHAPES = /\b(?:xox[a-z]-[\w-]+|xapp-[\w-]+|[\w-]{23,}\.[\w-]{6,7}\.[\w-]{27,}|Bot\s+[\w.-]{20,})/g;
const MAX_DEPTH = 8;

/** Replaces anything shaped like a Slack or Discord token with a marker. */
export function redactSecrets(text: string): string {
  return text.replace(TOKEN_SHAPES, "[redacted]");
}

/** An Error as plain data: its type, message and code (and stack when asked), redacted. */
function errorData(error: Error, withStack: boolean, seen: WeakSet<object>, depth: number): Record<string, unknown> {
  const { code, cause } = error as Error & { code?: unknown; cause?: unknown };
  return {
    type: error.name,
    message: redactSecrets(error.message),
    ...(code !== undefined ? { code: scrub(code, withStack, seen, depth + 1) } : {}),
    ...(cause !== undefined ? { cause: scrub(cause, withStack, seen, depth + 1) } : {}),
    ...(withStack && error.stack ? { stack: redactSecrets(error.stack) } : {}),
  };
}

/**
 * A copy of `value` fit for a log line: secret keys censored at every depth, token shapes
 * redacted in every string, errors turned into data, cycles and very deep nesting cut.
 */
export function scrub(value: unknown, withStack = false, seen = new WeakSet<object>(), depth = 0): unknown {
  if (typeof value === "string") return redactSecrets(value);
  if (typeof value === "bigint") return value.toString();
  if (value === null || typeof value !== "object") return typeof value === "function" ? undefined : value;
  if (seen.has(value)) return "[circular]";
  if (depth >= MAX_DEPTH) return "[too deep]";
  seen.add(value);
  try {
    if (value instanceof Error) return errorData(value, withStack, seen, depth);
    if (Array.isArray(value)) return value.map((v) => scrub(v, withStack, seen, depth + 1));
    if (value instanceof Date) return value.toISOString();
    const out: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(value)) out[key] = SECRET_KEYS.has(key.toLowerCase()) ? "[redacted]" : scrub(v, withStack, seen, depth + 1);
    return out;
  } finally {
    seen.delete(value);
  }
}

/**
 * Creates the pino logger every entry point shares (through adapters/runtime/deps.ts);
 * `destination` is for tests, `bindings` adds fields to every line (a shard's ids).
 */
export function createLogger(level: LogLevel, destination: pino.DestinationStream = pino.destination(2), bindings: Record<string, unknown> = {}): Logger {
  const withStack = level === "debug" || level === "trace";
  return pino(
    {
      level,
      base: { app: "brandbot", ...bindings },
      formatters: { log: (obj) => scrub(obj, withStack) as Record<string, unknown> },
      // scrub() has already turned errors into data; pino's own serializer would relabel them "Object".
      serializers: { err: (value: unknown) => value },
      hooks: {
        logMethod(args, method) {
          const redacted = args.map((a) => (typeof a === "string" ? redactSecrets(a) : a)) as Parameters<typeof method>;
          method.apply(this, redacted);
        },
      },
    },
    destination,
  );
}

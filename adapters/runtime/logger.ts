/**
 * The production logger: pino, JSON lines on stderr (stdout belongs to answers), with
 * secrets redacted by key and by shape so a token pasted into an error never lands in a log.
 */
import pino from "pino";
import type { Logger } from "../../src/types.js";

export const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

const SECRET_KEYS = ["token", "botToken", "appToken", "signingSecret", "secret", "authorization", "password"];
const TOKEN_SHAPES = /\b(?:xox[abposr]-[\w-]+|xapp-[\w-]+|[MN][\w-]{23,}\.[\w-]{6}\.[\w-]{27,}|Bot\s+[\w.-]{20,})/g;

/** Replaces anything shaped like a Slack or Discord token with a marker. */
export function redactSecrets(text: string): string {
  return text.replace(TOKEN_SHAPES, "[redacted]");
}

/** Creates the pino logger every adapter shares; `destination` is for tests. */
export function createLogger(level: LogLevel, destination: pino.DestinationStream = pino.destination(2)): Logger {
  return pino(
    {
      level,
      base: { app: "brandbot" },
      redact: { paths: [...SECRET_KEYS, ...SECRET_KEYS.map((k) => `*.${k}`)], censor: "[redacted]" },
      formatters: { log: (obj) => JSON.parse(redactSecrets(JSON.stringify(obj))) as Record<string, unknown> },
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

/**
 * Bridges Bolt's console-style logger to the project's structured logger, so Bolt's
 * messages land in the same pino stream, with any token-looking text redacted.
 */
import { LogLevel, type Logger as BoltLogger } from "@slack/bolt";
import type { Logger } from "../../src/types.js";

const ORDER = [LogLevel.DEBUG, LogLevel.INFO, LogLevel.WARN, LogLevel.ERROR];

/** Slack tokens (bot, user, app-level, config) never reach a log line, even inside an error. */
export function redactTokens(text: string): string {
  return text.replace(/\b(xox[a-z]|xapp)-[A-Za-z0-9-]+/g, "$1-[redacted]");
}

function render(parts: unknown[]): string {
  return redactTokens(
    parts
      .map((part) => (typeof part === "string" ? part : part instanceof Error ? part.message : JSON.stringify(part)))
      .join(" "),
  );
}

/** Creates a Bolt-compatible logger that forwards to `logger` under `component: "slack"`. */
export function createBoltLogger(logger: Logger): BoltLogger {
  let level: LogLevel = LogLevel.INFO;
  let name = "bolt";
  const emit = (at: LogLevel, parts: unknown[]) => {
    if (ORDER.indexOf(at) < ORDER.indexOf(level)) return;
    logger[at]({ component: "slack", source: name }, render(parts));
  };
  return {
    debug: (...parts) => emit(LogLevel.DEBUG, parts),
    info: (...parts) => emit(LogLevel.INFO, parts),
    warn: (...parts) => emit(LogLevel.WARN, parts),
    error: (...parts) => emit(LogLevel.ERROR, parts),
    setLevel: (next) => {
      level = next;
    },
    getLevel: () => level,
    setName: (next) => {
      name = next;
    },
  };
}

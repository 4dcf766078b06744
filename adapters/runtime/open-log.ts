/**
 * Opens the question log for a long-running command. better-sqlite3 is a native module
 * loaded only here, lazily: `brandbot ask` never pays for it, and a machine where it
 * failed to build still answers (the failure is logged as an error, never silent).
 */
import { join, resolve } from "node:path";
import type { Logger } from "../../src/types.js";
import type { QuestionLog, QuestionLogOptions } from "./question-log.js";

/** Where the log lives: BRANDBOT_DB (relative paths from the project root), else `<root>/.data/brandbot.sqlite`. */
export function questionLogPath(env: Record<string, string | undefined>, root: string): string {
  const fromEnv = env.BRANDBOT_DB?.trim();
  return fromEnv ? resolve(root, fromEnv) : join(root, ".data", "brandbot.sqlite");
}

/** The log at {@link questionLogPath}, created on first run; undefined (after an error line) when it cannot be opened. */
export async function openConfiguredQuestionLog(env: Record<string, string | undefined>, root: string, logger: Logger, options: QuestionLogOptions = {}): Promise<QuestionLog | undefined> {
  const path = questionLogPath(env, root);
  try {
    const { openQuestionLog } = await import("./question-log.js");
    return openQuestionLog(path, logger, options) ?? undefined;
  } catch (error) {
    logger.error(
      { component: "question-log", path, err: error instanceof Error ? error.message : String(error) },
      "question-log: better-sqlite3 could not be loaded (run npm ci); answering without logging questions",
    );
    return undefined;
  }
}

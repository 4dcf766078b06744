/**
 * Starts the real Slack adapter (real Bolt) against the fake Slack, in HTTP or Socket
 * Mode, with a recording logger so tests can also check what was logged.
 */
import type { ChatCuration } from "../../../adapters/curation/chat.js";
import type { WorkGate } from "../../../adapters/runtime/work-gate.js";
import { createSlackAdapter, type SlackAdapter } from "../../../adapters/slack/app.js";
import { readSlackConfig } from "../../../adapters/slack/config.js";
import type { QuestionLog } from "../../../adapters/runtime/question-log.js";
import { createConversations } from "../../../src/conversation.js";
import { createRateLimiter, type RateLimiter } from "../../../src/rate-limit.js";
import type { Brandbot, Logger } from "../../../src/types.js";
import { startFakeSlack, type FakeSlack } from "./fake-slack.js";

export const TEST_SIGNING_SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
export const TEST_BOT_TOKEN = "xoxb-1111-2222-secretbottoken";
export const TEST_APP_TOKEN = "xapp-1-A1-3333-secretapptoken";

/** Every log call, kept so tests can assert nothing secret was written. */
export type LogEntry = { level: string; obj: object; msg: string | undefined };

export function createRecordingLogger(): Logger & { entries: LogEntry[] } {
  const entries: LogEntry[] = [];
  const at = (level: string) => (obj: object, msg?: string) => void entries.push({ level, obj, msg });
  return { entries, debug: at("debug"), info: at("info"), warn: at("warn"), error: at("error") };
}

export interface Harness {
  fake: FakeSlack;
  adapter: SlackAdapter;
  logger: ReturnType<typeof createRecordingLogger>;
  /** `http://127.0.0.1:PORT` of the app (HTTP mode only). */
  base: string;
  close(): Promise<void>;
}

/** Starts fake Slack first (Bolt's init calls auth.test), then the adapter. */
export async function startHarness(options: {
  bot: Brandbot;
  socketMode?: boolean;
  limiter?: RateLimiter;
  env?: Record<string, string>;
  questionLog?: QuestionLog;
  gate?: WorkGate;
  curation?: ChatCuration;
}): Promise<Harness> {
  const fake = await startFakeSlack();
  const logger = createRecordingLogger();
  const env: Record<string, string> = {
    SLACK_BOT_TOKEN: TEST_BOT_TOKEN,
    SLACK_SIGNING_SECRET: TEST_SIGNING_SECRET,
    PORT: "0",
    SLACK_API_URL: fake.apiUrl,
    ...(options.socketMode ? { SLACK_APP_TOKEN: TEST_APP_TOKEN } : {}),
    ...options.env,
  };
  // Like production: one conversation memory over the bot, and the question log when the test gives one.
  const deps = {
    bot: options.bot,
    logger,
    limiter: options.limiter ?? createRateLimiter({ capacity: 100 }),
    env,
    ...(options.gate ? { gate: options.gate } : {}),
    ...(options.curation ? { curation: options.curation } : {}),
    conversations: createConversations(() => options.bot),
    ...(options.questionLog ? { questionLog: options.questionLog } : {}),
  };
  // Socket Mode would otherwise retry a failed connection 100 times and outlive the test.
  const adapter = createSlackAdapter(deps, readSlackConfig(env), { clientOptions: { retryConfig: { retries: 0 } } });
  try {
    const where = await adapter.start({ host: "127.0.0.1" });
    const base = where.mode === "http" ? `http://127.0.0.1:${where.port}` : "";
    return { fake, adapter, logger, base, close: async () => { await adapter.stop(); await fake.close(); } };
  } catch (error) {
    await fake.close();
    throw error;
  }
}

/** A slash command body as Slack sends it (form fields). */
export function slashCommand(fake: FakeSlack, text: string, responseId = "cmd"): Record<string, string> {
  return {
    token: "legacy", team_id: "T1", team_domain: "fake", channel_id: "C1", channel_name: "general",
    user_id: "U1", user_name: "ada", command: "/brand", text, api_app_id: "A1",
    response_url: fake.responseUrl(responseId), trigger_id: "1.2.3",
  };
}

/** An Events API callback as Slack sends it. */
export function eventCallback(eventId: string, event: Record<string, unknown>): Record<string, unknown> {
  return {
    token: "legacy", team_id: "T1", api_app_id: "A1", type: "event_callback", event_id: eventId, event_time: 1700000000,
    event: { event_ts: event.ts, ...event },
    authorizations: [{ team_id: "T1", user_id: "UBOT", is_bot: true }],
  };
}

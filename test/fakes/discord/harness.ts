/**
 * Shared set-up for the Discord tests: a recording logger, a simple Brandbot stand-in for
 * tests about plumbing rather than answers, and a helper that connects the real adapter.
 */
import type { ChatCuration } from "../../../adapters/curation/chat.js";
import type { WorkGate } from "../../../adapters/runtime/work-gate.js";
import type { QuestionLog } from "../../../adapters/runtime/question-log.js";
import { createConversations } from "../../../src/conversation.js";
import { createRateLimiter, type RateLimiter } from "../../../src/rate-limit.js";
import type { Answer, Brandbot, Logger } from "../../../src/types.js";
import type { AdapterDeps } from "../../../adapters/runtime/index.js";
import { createDiscordAdapter, type DiscordAdapter } from "../../../adapters/discord/client.js";
import type { FakeDiscord } from "./fake-discord.js";

/** Test token; a test asserts it never appears in logs. */
export const TEST_TOKEN = "fake-token.NEVER-LOG-ME.xyz";

/** A logger that keeps every entry so tests can assert on what was (and was not) logged. */
export function createRecordingLogger(): Logger & { entries: Array<{ level: string; obj: object; msg?: string }> } {
  const entries: Array<{ level: string; obj: object; msg?: string }> = [];
  const at = (level: string) => (obj: object, msg?: string) => void entries.push({ level, obj, msg });
  return { entries, debug: at("debug"), info: at("info"), warn: at("warn"), error: at("error") };
}

/** A Brandbot whose answer is fully controlled by the test. */
export function createStubBot(answer: (question: string) => Answer): Brandbot {
  return {
    answer,
    help: (language = "en") => ({
      question: "",
      kind: "help",
      answered: false,
      intent: null,
      language,
      text: "I answer questions about Alfa Romeo's brand plan.",
      citations: [],
      help: { message: "I answer questions about Alfa Romeo's brand plan.", topics: ["plants"], examples: ["where is the Giulia built?"] },
    }),
    expand: () => null,
    suggest: () => [],
    sources: () => [],
    stats: () => ({ documents: 0, sentences: 0 }),
  };
}

/** Connects a real discord.js adapter to the fake and waits until it is ready. */
export async function startAdapter(
  fake: FakeDiscord,
  bot: Brandbot,
  options: { limiter?: RateLimiter; logger?: Logger; questionLog?: QuestionLog; gate?: WorkGate; curation?: ChatCuration } = {},
): Promise<DiscordAdapter & { deps: AdapterDeps }> {
  const deps: AdapterDeps = {
    bot,
    logger: options.logger ?? createRecordingLogger(),
    // Generous by default: only the cool-down test wants the limiter to bite.
    limiter: options.limiter ?? createRateLimiter({ capacity: 1000 }),
    env: {},
    // Like production: one conversation memory over the bot, and the question log when the test gives one.
    conversations: createConversations(() => bot),
    ...(options.questionLog ? { questionLog: options.questionLog } : {}),
    ...(options.gate ? { gate: options.gate } : {}),
    ...(options.curation ? { curation: options.curation } : {}),
  };
  const adapter = createDiscordAdapter(deps, { token: TEST_TOKEN, applicationId: null, apiUrl: fake.apiUrl });
  await adapter.start();
  return Object.assign(adapter, { deps });
}

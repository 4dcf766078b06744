/**
 * A wrapper around the real engine for adapter tests: it records what the adapter asked
 * and can be told to throw, so the apology path is testable without a broken engine.
 */
import type { Brandbot } from "../../../src/types.js";

/**
 * Wraps any bot (normally the real engine) so tests can see exactly which questions
 * reached it, and make it throw for questions matching `failOn`.
 */
export function recordingBot(bot: Brandbot, options: { failOn?: RegExp } = {}): Brandbot & { questions: string[] } {
  const questions: string[] = [];
  return {
    questions,
    answer(question) {
      questions.push(question);
      if (options.failOn?.test(question)) throw new Error("fake-bot: asked to fail");
      return bot.answer(question);
    },
    help: (language) => bot.help(language),
    sources: () => bot.sources(),
    stats: () => bot.stats(),
  };
}

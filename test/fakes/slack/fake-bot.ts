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
    answer(question, previous) {
      questions.push(question);
      if (options.failOn?.test(question)) throw new Error("fake-bot: asked to fail");
      return bot.answer(question, previous);
    },
    help: (language) => bot.help(language),
    expand: (citation, around) => bot.expand(citation, around),
    suggest: (answer, max) => bot.suggest(answer, max),
    sources: () => bot.sources(),
    stats: () => bot.stats(),
  };
}

/**
 * `brandbot ask`: one question from the arguments, or one per stdin line. With --json
 * each answer is one JSON line, in input order: the contract scripts and the scorer use.
 */
import type { Brandbot } from "../../src/types.js";
import { formatAnswerForTerminal, toContractJson } from "./format.js";

/** Splits a stream into lines on "\n" only, so every input line gets exactly one answer. */
export async function* stdinLines(input: AsyncIterable<Buffer | string>): AsyncGenerator<string> {
  let buffered = "";
  const decoder = new TextDecoder("utf-8");
  for await (const chunk of input) {
    buffered += typeof chunk === "string" ? chunk : decoder.decode(chunk, { stream: true });
    let nl: number;
    while ((nl = buffered.indexOf("\n")) >= 0) {
      yield buffered.slice(0, nl).replace(/\r$/, "");
      buffered = buffered.slice(nl + 1);
    }
  }
  buffered += decoder.decode();
  if (buffered !== "") yield buffered.replace(/\r$/, "");
}

function render(bot: Brandbot, question: string, json: boolean): string {
  const answer = bot.answer(question);
  if (json) return toContractJson(answer);
  return `${formatAnswerForTerminal(answer, { color: Boolean(process.stdout.isTTY), width: process.stdout.columns })}\n`;
}

/** Runs `ask`; returns the exit code. */
export async function runAsk(bot: Brandbot, options: { json: boolean; question?: string }): Promise<number> {
  if (options.question !== undefined) {
    process.stdout.write(`${render(bot, options.question, options.json)}\n`);
    return 0;
  }
  for await (const line of stdinLines(process.stdin)) {
    if (!process.stdout.write(`${render(bot, line, options.json)}\n`)) {
      await new Promise((resolve) => process.stdout.once("drain", resolve));
    }
  }
  return 0;
}

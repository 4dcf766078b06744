/**
 * `brandbot ask`: one question from the arguments, or one per stdin line. With --json
 * each answer is one JSON line, in input order: the contract scripts and the scorer use.
 * A stdin line may also be a JSON object `{"q": "...", "thread": "t1"}`: answers in the
 * same thread share context, so "and the Tonale?" follows "Where is the Giulia built?".
 * Scripts and evaluation runs are not written to the question log.
 */
import { createConversations, type Conversations } from "../../src/conversation.js";
import type { Answer, Brandbot } from "../../src/types.js";
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

/** A stdin line: a plain question, or a JSON object with a string `q` and an optional string `thread`. */
export function parseLine(line: string): { question: string; thread?: string } {
  if (!line.trimStart().startsWith("{")) return { question: line };
  try {
    const value = JSON.parse(line) as unknown;
    if (typeof value !== "object" || value === null || Array.isArray(value)) return { question: line };
    const { q, thread } = value as { q?: unknown; thread?: unknown };
    if (typeof q !== "string") return { question: line };
    return typeof thread === "string" && thread !== "" ? { question: q, thread } : { question: q };
  } catch {
    // Not JSON after all: a question that happens to start with "{".
    return { question: line };
  }
}

function answerLine(bot: Brandbot, conversations: Conversations, line: string): Answer {
  const { question, thread } = parseLine(line);
  return thread === undefined ? bot.answer(question) : conversations.ask(`json:${thread}`, question);
}

function render(answer: Answer, json: boolean): string {
  if (json) return toContractJson(answer);
  return `${formatAnswerForTerminal(answer, { color: Boolean(process.stdout.isTTY), width: process.stdout.columns })}\n`;
}

/** Runs `ask`; returns the exit code. */
export async function runAsk(bot: Brandbot, options: { json: boolean; question?: string }): Promise<number> {
  if (options.question !== undefined) {
    process.stdout.write(`${render(bot.answer(options.question), options.json)}\n`);
    return 0;
  }
  const conversations = createConversations(() => bot);
  for await (const line of stdinLines(process.stdin)) {
    if (!process.stdout.write(`${render(answerLine(bot, conversations, line), options.json)}\n`)) {
      await new Promise((resolve) => process.stdout.once("drain", resolve));
    }
  }
  return 0;
}

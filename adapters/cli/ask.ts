/**
 * `brandbot ask`: one question from the arguments, or one per stdin line. With --json
 * each answer is one JSON line, in input order: the contract scripts and the scorer use.
 * A stdin line may also be a JSON object `{"q": "...", "thread": "t1"}`: answers in the
 * same thread share context, so "and the Tonale?" follows "Where is the Giulia built?".
 * Scripts and evaluation runs are not written to the question log.
 */
import { createConversations, type Conversations } from "../../src/core.js";
import type { Answer, Brandbot } from "../../src/types.js";
import { formatAnswerForTerminal, toContractJson } from "./format.js";

/**
 * Longest stdin line read, in characters. A question is answered from its first 500
 * characters, so this leaves ample room for a JSON object around one; a longer line is
 * skipped (with an error line) without ever being held whole in memory.
 */
export const MAX_LINE_CHARS = 16_384;
/** Longest `thread` id of a JSON line: ids are names, and each one is remembered. */
export const MAX_THREAD_CHARS = 200;

/** One stdin line, or the mark of one too long to read. */
export type InputLine = { text: string } | { tooLong: true };

/**
 * Splits a stream into lines on "\n" only, so every input line gets exactly one answer.
 * Each chunk is scanned once (linear in the input, however long a line), and a line past
 * `maxChars` is dropped as it arrives rather than buffered.
 */
export async function* stdinLines(input: AsyncIterable<Buffer | string>, maxChars = MAX_LINE_CHARS): AsyncGenerator<InputLine> {
  const decoder = new TextDecoder("utf-8");
  let parts: string[] = [];
  let length = 0;
  let tooLong = false;
  const append = (piece: string) => {
    if (tooLong || piece === "") return;
    if (length + piece.length > maxChars) {
      tooLong = true;
      parts = [];
      return;
    }
    parts.push(piece);
    length += piece.length;
  };
  const finish = (): InputLine => {
    const line: InputLine = tooLong ? { tooLong: true } : { text: parts.join("").replace(/\r$/, "") };
    parts = [];
    length = 0;
    tooLong = false;
    return line;
  };
  for await (const chunk of input) {
    const text = typeof chunk === "string" ? chunk : decoder.decode(chunk, { stream: true });
    let from = 0;
    let nl: number;
    while ((nl = text.indexOf("\n", from)) >= 0) {
      append(text.slice(from, nl));
      yield finish();
      from = nl + 1;
    }
    append(text.slice(from));
  }
  append(decoder.decode());
  if (length > 0 || tooLong) yield finish();
}

/** A stdin line: a plain question, or a JSON object with a string `q` and an optional string `thread`. */
export function parseLine(line: string): { question: string; thread?: string } | { error: string } {
  if (!line.trimStart().startsWith("{")) return { question: line };
  try {
    const value = JSON.parse(line) as unknown;
    if (typeof value !== "object" || value === null || Array.isArray(value)) return { question: line };
    const { q, thread } = value as { q?: unknown; thread?: unknown };
    if (typeof q !== "string") return { question: line };
    if (typeof thread === "string" && thread.length > MAX_THREAD_CHARS) return { error: `has a "thread" of ${thread.length} characters, over the ${MAX_THREAD_CHARS}-character limit` };
    return typeof thread === "string" && thread !== "" ? { question: q, thread } : { question: q };
  } catch {
    // Not JSON after all: a question that happens to start with "{".
    return { question: line };
  }
}

function answerLine(bot: Brandbot, conversations: Conversations, line: string): Answer | { error: string } {
  const parsed = parseLine(line);
  if ("error" in parsed) return parsed;
  return parsed.thread === undefined ? bot.answer(parsed.question) : conversations.ask(`json:${parsed.thread}`, parsed.question);
}

function render(answer: Answer, json: boolean): string {
  if (json) return toContractJson(answer);
  return `${formatAnswerForTerminal(answer, { color: Boolean(process.stdout.isTTY), width: process.stdout.columns })}\n`;
}

/**
 * Runs `ask`; returns the exit code: 1 when some stdin line was refused (each gets an error
 * line in its place: a JSON object `{"line", "error"}` with --json, a line on stderr without).
 */
export async function runAsk(bot: Brandbot, options: { json: boolean; question?: string }): Promise<number> {
  // `ask --json | head -1`: the reader has gone, so there is nobody left to answer. Leave quietly.
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(0);
    throw error;
  });
  if (options.question !== undefined) {
    process.stdout.write(`${render(bot.answer(options.question), options.json)}\n`);
    return 0;
  }
  const conversations = createConversations(() => bot);
  let number = 0;
  let refused = 0;
  for await (const line of stdinLines(process.stdin)) {
    number++;
    const result = "tooLong" in line ? { error: `is longer than ${MAX_LINE_CHARS} characters` } : answerLine(bot, conversations, line.text);
    let out: string;
    if ("error" in result) {
      refused++;
      const error = `ask: stdin line ${number} ${result.error}: skipped`;
      if (!options.json) {
        process.stderr.write(`${error}\n`);
        continue;
      }
      out = JSON.stringify({ line: number, error });
    } else out = render(result, options.json);
    if (!process.stdout.write(`${out}\n`)) await new Promise((resolve) => process.stdout.once("drain", resolve));
  }
  return refused > 0 ? 1 : 0;
}

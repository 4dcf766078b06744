/**
 * The local REPL: ask questions in a terminal, with history, `:help`, `:sources`,
 * `:reload` and `:quit`. Works on a pipe too (no prompt noise, exits at end of input).
 */
import { appendFile, readFile } from "node:fs/promises";
import { createInterface } from "node:readline";
import type { Readable, Writable } from "node:stream";
import type { Brandbot } from "../../src/types.js";
import { formatAnswerForTerminal, formatSources, painter } from "../cli/format.js";

export interface ReplOptions {
  /** Returns the bot to use now, so `:reload` can swap it. */
  bot: () => Brandbot;
  input: Readable;
  output: Writable;
  /** A terminal gets colour, a prompt and persistent history. */
  terminal: boolean;
  historyFile?: string;
  /** Rebuilds the index from disk; resolves to a one-line report. */
  reload?: () => Promise<string>;
}

const HELP = `Ask anything about Alfa Romeo's brand plan, in English or Italian.
  :sources   list the documents behind the answers
  :reload    re-read seeds/ and corpus/
  :help      this help
  :quit      leave (or Ctrl-D)`;

async function loadHistory(file: string | undefined): Promise<string[]> {
  if (!file) return [];
  try {
    return (await readFile(file, "utf8")).split("\n").filter(Boolean).reverse().slice(0, 500);
  } catch {
    return [];
  }
}

/** Runs the REPL until `:quit` or end of input. */
export async function runRepl(options: ReplOptions): Promise<void> {
  const { output, terminal } = options;
  const paint = painter(terminal);
  const history = terminal ? await loadHistory(options.historyFile) : [];
  const rl = createInterface({ input: options.input, output, terminal, history, historySize: 500, prompt: terminal ? paint("magenta", "brandbot> ") : "" });
  const say = (text: string) => output.write(`${text}\n`);
  const width = (output as { columns?: number }).columns;
  if (terminal) say(`${paint("bold", "brandbot")} — ${options.bot().stats().documents} articles loaded. Type :help for commands.\n`);
  rl.prompt();
  for await (const line of rl) {
    const input = line.trim();
    if (input === ":quit" || input === ":q" || input === ":exit") break;
    if (input === ":help") say(HELP);
    else if (input === ":sources") say(formatSources(options.bot().sources(), { color: terminal }));
    else if (input === ":reload") say(options.reload ? await options.reload() : "reload is not available here");
    else if (input.startsWith(":")) say(`Unknown command ${input}. Type :help.`);
    else if (input) {
      say(`\n${formatAnswerForTerminal(options.bot().answer(input), { color: terminal, width })}\n`);
      if (options.historyFile && terminal) await appendFile(options.historyFile, `${input}\n`).catch(() => {});
    }
    rl.prompt();
  }
  rl.close();
}

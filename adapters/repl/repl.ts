/**
 * The local REPL: ask questions in a terminal, with history, follow-ups ("and the
 * Tonale?") within the session, numbered suggested questions (`:1` asks the first),
 * `:context N`, `:help`, `:sources`, `:reload` and `:quit`. Works on a pipe too (no
 * prompt noise, exits at end of input).
 */
import { appendFile, readFile } from "node:fs/promises";
import { createInterface } from "node:readline";
import type { Readable, Writable } from "node:stream";
import { createConversations } from "../../src/core.js";
import type { Answer, Brandbot } from "../../src/types.js";
import type { Asked } from "../runtime/ask.js";
import { formatAnswerForTerminal, formatContextForTerminal, formatSources, formatSuggestions, painter } from "../cli/format.js";

export interface ReplOptions {
  /** Returns the bot to use now, so `:reload` can swap it. */
  bot: () => Brandbot;
  /**
   * Answers a question within this session's conversation: askQuestion in production, so
   * REPL questions are logged like any other. Defaults to the bot with a private memory.
   */
  ask?: (question: string) => Asked | Promise<Asked>;
  input: Readable;
  output: Writable;
  /** A terminal gets colour, a prompt and persistent history. */
  terminal: boolean;
  historyFile?: string;
  /** Rebuilds the index from disk; resolves to a one-line report. */
  reload?: () => Promise<string>;
}

const HELP = `Ask anything about Alfa Romeo's brand plan, in English or Italian. Follow-ups
such as "and the Tonale?" or "where?" are read against your previous question.
  :1 :2 :3     ask a suggested question shown under the last answer
  :context N   the sentences around the Nth quote of the last answer
  :sources     list the documents behind the answers
  :reload      re-read seeds/ and corpus/
  :help        this help
  :quit        leave (or Ctrl-D)`;

async function loadHistory(file: string | undefined): Promise<string[]> {
  if (!file) return [];
  try {
    return (await readFile(file, "utf8")).split("\n").filter(Boolean).reverse().slice(0, 500);
  } catch {
    return [];
  }
}

/** The session's own memory, for callers (tests, embedders) that do not pass `ask`. */
function localAsk(bot: () => Brandbot): (question: string) => Asked {
  const conversations = createConversations(bot);
  return (question) => {
    const answer = conversations.ask("repl", question);
    return { kind: "answer", answer, id: null, suggestions: bot().suggest(answer) };
  };
}

/** Runs the REPL until `:quit` or end of input. */
export async function runRepl(options: ReplOptions): Promise<void> {
  const { output, terminal } = options;
  const paint = painter(terminal);
  const ask = options.ask ?? localAsk(options.bot);
  const history = terminal ? await loadHistory(options.historyFile) : [];
  const rl = createInterface({ input: options.input, output, terminal, history, historySize: 500, prompt: terminal ? paint("magenta", "brandbot> ") : "" });
  const say = (text: string) => output.write(`${text}\n`);
  const width = (output as { columns?: number }).columns;
  let last: { answer: Answer; suggestions: string[] } | undefined;

  const answer = async (question: string) => {
    const asked = await ask(question);
    if (asked.kind === "limited") return say(`Please wait ${Math.ceil(asked.retryAfterMs / 1000)}s before the next question.`);
    last = { answer: asked.answer, suggestions: asked.suggestions };
    const understood = asked.answer.resolvedQuestion ? `${paint("dim", `(understood as: ${asked.answer.resolvedQuestion})`)}\n` : "";
    const suggestions = formatSuggestions(asked.suggestions, asked.answer.answered, { color: terminal });
    say(`\n${understood}${formatAnswerForTerminal(asked.answer, { color: terminal, width })}\n${suggestions ? `\n${suggestions}\n` : ""}`);
  };
  const context = (n: number) => {
    const citation = last?.answer.citations[n - 1];
    if (!citation) return say(last?.answer.citations.length ? `The last answer has quotes 1 to ${last.answer.citations.length}.` : "The last answer has no quotes.");
    const ctx = options.bot().expand(citation);
    say(ctx ? `\n${formatContextForTerminal(ctx, { color: terminal, width })}\n` : "That quote is no longer in the articles (they were reloaded); ask again.");
  };

  if (terminal) say(`${paint("bold", "brandbot")} — ${options.bot().stats().documents} articles loaded. Type :help for commands.\n`);
  rl.prompt();
  for await (const line of rl) {
    const input = line.trim();
    const command = /^:(?:(\d+)|context(?:\s+(\d+))?)$/.exec(input);
    if (input === ":quit" || input === ":q" || input === ":exit") break;
    if (input === ":help") say(HELP);
    else if (input === ":sources") say(formatSources(options.bot().sources(), { color: terminal }));
    else if (input === ":reload") say(options.reload ? await options.reload() : "reload is not available here");
    else if (command?.[1]) {
      const suggestion = last?.suggestions[Number(command[1]) - 1];
      if (suggestion) {
        say(paint("dim", `> ${suggestion}`));
        await answer(suggestion);
      } else say(last?.suggestions.length ? `Type :1 to :${last.suggestions.length} to ask a suggested question.` : "There are no suggested questions yet.");
    } else if (command) context(Number(command[2] ?? 1));
    else if (input.startsWith(":")) say(`Unknown command ${input}. Type :help.`);
    else if (input) {
      await answer(input);
      if (options.historyFile && terminal) await appendFile(options.historyFile, `${input}\n`).catch(() => {});
    }
    rl.prompt();
  }
  rl.close();
}

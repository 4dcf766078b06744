/**
 * Adding an article from chat (`/brand add <url>` in Slack, `/add-article` in Discord),
 * for the admins in BRANDBOT_ADMINS only. Everyone else gets a polite no, and every
 * attempt is logged (hashed user id, as for questions). The reply is plain text; each
 * adapter wraps it in its own message format.
 */
import type { AdapterDeps } from "../runtime/index.js";
import { hashUser } from "../runtime/ask.js";
import type { FetchLimits } from "./fetch.js";
import { CurationError } from "./extracted.js";

/** What the composition root hands the chat adapters for curation. */
export interface ChatCuration {
  /** Folder holding seeds/ and corpus/. */
  home: string;
  /** Slack and Discord user ids allowed to add. */
  admins: ReadonlySet<string>;
  /** Tests only: fetch limits and the loopback allowance for a fake server. */
  fetch?: Partial<FetchLimits>;
}

export interface ChatAddRequest {
  adapter: "slack" | "discord";
  userId: string;
  url: string;
}

export interface ChatAddReply {
  ok: boolean;
  text: string;
}

/** Reads `add <url>` from a slash command's text ("<https://…>" as Slack sends links, or bare). */
export function parseAddCommand(text: string): { url: string } | null {
  // Only a link (or nothing) after "add": "/brand add more models?" is still a question.
  const m = /^\s*add(?:\s+<?(https?:\/\/[^\s<>|]+)(?:\|[^>]*)?>?)?\s*$/i.exec(text);
  return m ? { url: m[1] ?? "" } : null;
}

// One add at a time: two would pick the same seed number and race on documents.json.
let queue: Promise<unknown> = Promise.resolve();
const serially = <T>(work: () => Promise<T>): Promise<T> => {
  const next = queue.then(work, work);
  queue = next.catch(() => undefined);
  return next;
};

const refusal = "Sorry, only the bot's admins can add articles. Ask one of them to add it for you.";

/** Checks the user, adds the page, reloads the running bot; never throws. */
export async function addFromChat(deps: AdapterDeps, request: ChatAddRequest): Promise<ChatAddReply> {
  const log = { component: "curation", adapter: request.adapter, user: hashUser(request.adapter, request.userId, deps.hashKey), url: request.url };
  const curation = deps.curation;
  if (!curation || !curation.admins.has(request.userId)) {
    deps.logger.warn(log, "curation: add refused, the user is not an admin");
    return { ok: false, text: refusal };
  }
  if (!/^https?:\/\/\S+$/i.test(request.url)) return { ok: false, text: "Usage: add <https://address of the article>" };
  try {
    const { addArticle } = await import("./add.js");
    const result = await serially(() => addArticle(request.url, { home: curation.home, fetch: curation.fetch ?? {} }));
    if (result.dryRun) throw new Error("curation: a chat add is never a dry run");
    const { summary } = result;
    // The file watcher would pick it up too; reloading now means the next question already sees it.
    const reloading = deps.bot as { reload?: () => Promise<unknown> };
    if (typeof reloading.reload === "function") await reloading.reload();
    deps.logger.info({ ...log, file: summary.file }, "curation: article added from chat");
    const date = summary.date ? ` (${summary.date}${summary.dateInferred ? ", date inferred" : ""})` : " (no date stated)";
    const examples = summary.examples.length ? ` Try: ${summary.examples.map((q) => `“${q}”`).join(" or ")}` : "";
    return { ok: true, text: `Added “${summary.title}”${date} as ${summary.file}: ${summary.sentences} sentences.${examples}` };
  } catch (error) {
    const message = error instanceof CurationError ? error.message : `add: ${(error as Error).message}`;
    deps.logger.warn({ ...log, error: message }, "curation: add from chat failed");
    return { ok: false, text: `Could not add ${request.url}: ${message}` };
  }
}

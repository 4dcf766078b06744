/**
 * One Slack reply, shared by the event, command and button handlers: ask through the
 * shared question path, then render either the live answer (with its buttons) or a
 * private rate-limit note; and the apology path for anything that fails after the ack.
 */
import { askQuestion, type Question } from "../runtime/ask.js";
import type { AdapterDeps } from "../runtime/index.js";
import { formatAnswer, formatNotice, type FormatOptions, type SlackMessage } from "./format.js";
import { redactTokens } from "./logger.js";

/** A reply is either an answer to post or a private note (rate limit) for the asker only. */
export type Reply = { kind: "answer"; message: SlackMessage } | { kind: "private"; message: SlackMessage };

const APOLOGY = "Sorry, something went wrong while answering. Please try again in a moment.";

/** Error text safe to log: Web API errors can quote request details. */
export const errorText = (error: unknown) => redactTokens(error instanceof Error ? error.message : String(error));

/** Answers one Slack question (in its conversation, when it has one) and renders the reply. */
export async function replyTo(deps: AdapterDeps, question: Omit<Question, "adapter">, format: FormatOptions): Promise<Reply> {
  const asked = await askQuestion(deps, { adapter: "slack", ...question });
  if (asked.kind === "limited") {
    const seconds = Math.max(1, Math.ceil(asked.retryAfterMs / 1000));
    return { kind: "private", message: formatNotice(`You're asking faster than I can keep up. Please try again in ${seconds}s.`) };
  }
  return { kind: "answer", message: formatAnswer(asked.answer, { ...format, interactive: { questionId: asked.id, suggestions: asked.suggestions } }) };
}

/** Last resort after the ack: tell the user, and if even that fails, at least log it. */
export async function apologise(deps: AdapterDeps, error: unknown, send: (message: SlackMessage) => Promise<unknown>): Promise<void> {
  deps.logger.error({ component: "slack", err: errorText(error) }, "slack: failed to answer");
  try {
    await send(formatNotice(APOLOGY));
  } catch (sendError) {
    deps.logger.error({ component: "slack", err: errorText(sendError) }, "slack: failed to send the apology");
  }
}

/** The conversation of a message in a channel thread: the thread's root ts names it. */
export const threadConversation = (channel: string, threadTs: string) => `slack:${channel}:${threadTs}`;
/** A DM is one conversation per DM channel. */
export const dmConversation = (channel: string) => `slack:dm:${channel}`;

/**
 * The bot's Slack behaviour: slash command, Share button, mentions and DMs. Every
 * handler acknowledges first (Slack gives us 3 seconds) and answers afterwards, so a
 * failure after the ack can only cost the user an apology, never a Slack timeout error.
 */
import type { App } from "@slack/bolt";
import { askQuestion } from "../runtime/ask.js";
import type { AdapterDeps } from "../runtime/index.js";
import { createEventDeduper } from "./dedupe.js";
import { redactTokens } from "./logger.js";
import { formatAnswer, formatNotice, SHARE_ACTION_ID, unescapeSlackText, type FormatOptions, type SlackMessage } from "./format.js";

/** What the handlers need besides the shared deps. */
export interface HandlerOptions {
  /** Slash command to listen for, e.g. `/brand`. */
  command: string;
}

const APOLOGY = "Sorry, something went wrong while answering. Please try again in a moment.";

/** Error text safe to log: Web API errors can quote request details. */
const errorText = (error: unknown) => redactTokens(error instanceof Error ? error.message : String(error));

/** A reply is either an answer to post or a private note (rate limit) for the asker only. */
type Reply = { kind: "answer"; message: SlackMessage } | { kind: "private"; message: SlackMessage };

/** Registers every listener on `app`; the app decides the transport (HTTP or Socket Mode). */
export function registerBrandbotHandlers(app: App, deps: AdapterDeps, options: HandlerOptions): void {
  const { logger } = deps;
  const deduper = createEventDeduper();

  function replyTo(question: string, userId: string, format: FormatOptions, via: string): Reply {
    const asked = askQuestion(deps, { adapter: "slack", userId, question, via });
    if (asked.kind === "limited") {
      const seconds = Math.max(1, Math.ceil(asked.retryAfterMs / 1000));
      return { kind: "private", message: formatNotice(`You're asking faster than I can keep up. Please try again in ${seconds}s.`) };
    }
    return { kind: "answer", message: formatAnswer(asked.answer, format) };
  }

  /** Last resort after the ack: tell the user, and if even that fails, at least log it. */
  async function apologise(error: unknown, send: (message: SlackMessage) => Promise<unknown>): Promise<void> {
    logger.error({ component: "slack", err: errorText(error) }, "slack: failed to answer");
    try {
      await send(formatNotice(APOLOGY));
    } catch (sendError) {
      logger.error({ component: "slack", err: errorText(sendError) }, "slack: failed to send the apology");
    }
  }

  // Events are acked by Bolt before global middleware runs, so dropping a repeat here is safe.
  app.use(async ({ body, next }) => {
    const eventId = (body as { event_id?: unknown }).event_id;
    if (typeof eventId === "string" && !deduper.firstTime(eventId)) {
      logger.info({ component: "slack", eventId }, "slack: ignored a redelivered event");
      return;
    }
    await next();
  });

  app.command(options.command, async ({ command, ack, respond }) => {
    await ack();
    try {
      const reply = replyTo(unescapeSlackText(command.text ?? ""), command.user_id, { echoQuestion: true, shareable: true }, "slash");
      await respond({ response_type: "ephemeral", ...reply.message });
    } catch (error) {
      await apologise(error, (message) => respond({ response_type: "ephemeral", ...message }));
    }
  });

  app.action(SHARE_ACTION_ID, async ({ ack, action, body, respond }) => {
    await ack();
    try {
      const question = action.type === "button" ? unescapeSlackText(action.value ?? "") : "";
      const reply = replyTo(question, body.user.id, { askedBy: body.user.id }, "share");
      if (reply.kind === "private") {
        await respond({ response_type: "ephemeral", replace_original: false, ...reply.message });
        return;
      }
      await respond({ response_type: "in_channel", replace_original: false, ...reply.message });
      // The private preview would now duplicate the public answer; losing this cleanup is harmless.
      await respond({ delete_original: true }).catch((error: unknown) =>
        logger.debug({ component: "slack", err: errorText(error) }, "slack: could not remove the private preview"),
      );
    } catch (error) {
      await apologise(error, (message) => respond({ response_type: "ephemeral", replace_original: false, ...message }));
    }
  });

  app.event("app_mention", async ({ event, client, context }) => {
    const user = event.user ?? "";
    const threadTs = event.thread_ts ?? event.ts;
    const notePrivately = (message: SlackMessage) =>
      client.chat.postEphemeral({ channel: event.channel, user, thread_ts: threadTs, ...message });
    try {
      // The bot's own mention is how Slack routed the message here; it is not part of the question.
      const ownMention = new RegExp(`<@${context.botUserId ?? "\\w+"}(\\|[^>]*)?>`, "g");
      const reply = replyTo(unescapeSlackText(event.text.replace(ownMention, " ")), user, {}, "mention");
      if (reply.kind === "private") await notePrivately(reply.message);
      else await client.chat.postMessage({ channel: event.channel, thread_ts: threadTs, ...reply.message });
    } catch (error) {
      await apologise(error, notePrivately);
    }
  });

  app.event("message", async ({ event, client }) => {
    // Only plain human messages in a DM: edits, joins and other bots' posts are not questions.
    const message = event as { channel_type?: string; subtype?: string; bot_id?: string; user?: string; text?: string; channel: string };
    if (message.channel_type !== "im" || message.subtype !== undefined || message.bot_id !== undefined || !message.user) return;
    const user = message.user;
    try {
      const reply = replyTo(unescapeSlackText(message.text ?? ""), user, {}, "dm");
      if (reply.kind === "private") await client.chat.postEphemeral({ channel: message.channel, user, ...reply.message });
      else await client.chat.postMessage({ channel: message.channel, ...reply.message });
    } catch (error) {
      await apologise(error, (notice) => client.chat.postEphemeral({ channel: message.channel, user, ...notice }));
    }
  });

  app.error(async (error) => {
    logger.error({ component: "slack", code: (error as { code?: string }).code, err: errorText(error) }, "slack: unhandled error");
  });
}

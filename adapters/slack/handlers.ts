/**
 * The bot's Slack behaviour: slash command, Share button, mentions and DMs. Every
 * handler acknowledges first (Slack gives us 3 seconds) and answers afterwards, so a
 * failure after the ack can only cost the user an apology, never a Slack timeout error.
 */
import type { App } from "@slack/bolt";
import type { AdapterDeps } from "../runtime/index.js";
import { registerButtonActions } from "./actions.js";
import { createEventDeduper } from "./dedupe.js";
import { BUSY_NOTE, withinGate } from "../runtime/work-gate.js";
import { formatNotice, SHARE_ACTION_ID, unescapeSlackText, type SlackMessage } from "./format.js";
import { addFromChat, parseAddCommand } from "../curation/chat.js";
import { guardResponseUrls, type ResponseUrlAllowance } from "./response-url.js";
import { apologise, dmConversation, errorText, replyTo, threadConversation } from "./reply.js";

/** What the handlers need besides the shared deps. */
export interface HandlerOptions {
  /** Slash command to listen for, e.g. `/brand`. */
  command: string;
  /** response_urls accepted besides Slack's own hosts (SLACK_API_URL's origin; tests' fakes). */
  responseUrls?: ResponseUrlAllowance;
}

/** Registers every listener on `app`; the app decides the transport (HTTP or Socket Mode). */
export function registerBrandbotHandlers(app: App, deps: AdapterDeps, options: HandlerOptions): void {
  guardResponseUrls(app, deps.logger, options.responseUrls ?? {});
  dropRedeliveries(app, deps);
  turnAwayPastCapacity(app, deps);
  onSlashCommand(app, deps, options.command);
  onShare(app, deps);
  registerButtonActions(app, deps);
  onMention(app, deps);
  onDirectMessage(app, deps);
  app.error(async (error) => {
    deps.logger.error({ component: "slack", code: (error as { code?: string }).code, err: errorText(error) }, "slack: unhandled error");
  });
}

/** Slack retries an event it thinks was missed; a repeat must not be answered twice. */
function dropRedeliveries(app: App, deps: AdapterDeps): void {
  // Shared by every replica when the state store is Redis: a retry reaching another process is still dropped.
  const deduper = deps.dedupe ?? createEventDeduper();
  // Events are acked by Bolt before global middleware runs, so dropping a repeat here is safe.
  app.use(async ({ body, next }) => {
    const eventId = (body as { event_id?: unknown }).event_id;
    if (typeof eventId === "string" && !(await deduper.firstTime(eventId))) {
      deps.logger.info({ component: "slack", eventId }, "slack: ignored a redelivered event");
      return;
    }
    await next();
  });
}

/** The shared cap on work in flight: past it, say so at once rather than queue. */
function turnAwayPastCapacity(app: App, deps: AdapterDeps): void {
  app.use(async (args) => {
    await withinGate(deps.gate, args.next, async () => {
      deps.logger.warn({ component: "slack", active: deps.gate?.active }, "slack: at capacity, turned a request away");
      const payload = args as unknown as { ack?: () => Promise<void>; respond?: (m: object) => Promise<unknown> };
      if (payload.ack) await payload.ack();
      if (payload.respond) await payload.respond({ response_type: "ephemeral", replace_original: false, ...formatNotice(BUSY_NOTE) });
    });
  });
}

function onSlashCommand(app: App, deps: AdapterDeps, name: string): void {
  app.command(name, async ({ command, ack, respond }) => {
    await ack();
    try {
      const add = parseAddCommand(command.text ?? "");
      if (add) {
        const reply = await addFromChat(deps, { adapter: "slack", userId: command.user_id, url: unescapeSlackText(add.url) });
        await respond({ response_type: "ephemeral", ...formatNotice(reply.text) });
        return;
      }
      // A slash command answers privately and stands alone: no thread to follow up in.
      const reply = await replyTo(deps, { question: unescapeSlackText(command.text ?? ""), userId: command.user_id, via: "slash" }, { echoQuestion: true, shareable: true });
      await respond({ response_type: "ephemeral", ...reply.message });
    } catch (error) {
      await apologise(deps, error, (message) => respond({ response_type: "ephemeral", ...message }));
    }
  });
}

/** The Share button under a private answer posts it to the channel. */
function onShare(app: App, deps: AdapterDeps): void {
  app.action(SHARE_ACTION_ID, async ({ ack, action, body, respond }) => {
    await ack();
    try {
      const question = action.type === "button" ? unescapeSlackText(action.value ?? "") : "";
      const reply = await replyTo(deps, { question, userId: body.user.id, via: "share" }, { askedBy: body.user.id });
      if (reply.kind === "private") {
        await respond({ response_type: "ephemeral", replace_original: false, ...reply.message });
        return;
      }
      await respond({ response_type: "in_channel", replace_original: false, ...reply.message });
      // The private preview would now duplicate the public answer; losing this cleanup is harmless.
      await respond({ delete_original: true }).catch((error: unknown) =>
        deps.logger.debug({ component: "slack", err: errorText(error) }, "slack: could not remove the private preview"),
      );
    } catch (error) {
      await apologise(deps, error, (message) => respond({ response_type: "ephemeral", replace_original: false, ...message }));
    }
  });
}

function onMention(app: App, deps: AdapterDeps): void {
  app.event("app_mention", async ({ event, client, context }) => {
    const user = event.user ?? "";
    // A mention in a channel starts a thread named by its own ts; one inside a thread joins it.
    const threadTs = event.thread_ts ?? event.ts;
    const notePrivately = (message: SlackMessage) =>
      client.chat.postEphemeral({ channel: event.channel, user, thread_ts: threadTs, ...message });
    try {
      // The bot's own mention is how Slack routed the message here; it is not part of the question.
      const ownMention = new RegExp(`<@${context.botUserId ?? "\\w+"}(\\|[^>]*)?>`, "g");
      const question = unescapeSlackText(event.text.replace(ownMention, " "));
      const reply = await replyTo(deps, { question, userId: user, via: "mention", conversation: threadConversation(event.channel, threadTs) }, {});
      if (reply.kind === "private") await notePrivately(reply.message);
      else await client.chat.postMessage({ channel: event.channel, thread_ts: threadTs, ...reply.message });
    } catch (error) {
      await apologise(deps, error, notePrivately);
    }
  });
}

function onDirectMessage(app: App, deps: AdapterDeps): void {
  app.event("message", async ({ event, client }) => {
    // Only plain human messages in a DM: edits, joins and other bots' posts are not questions.
    const message = event as { channel_type?: string; subtype?: string; bot_id?: string; user?: string; text?: string; channel: string };
    if (message.channel_type !== "im" || message.subtype !== undefined || message.bot_id !== undefined || !message.user) return;
    const user = message.user;
    try {
      const reply = await replyTo(deps, { question: unescapeSlackText(message.text ?? ""), userId: user, via: "dm", conversation: dmConversation(message.channel) }, {});
      if (reply.kind === "private") await client.chat.postEphemeral({ channel: message.channel, user, ...reply.message });
      else await client.chat.postMessage({ channel: message.channel, ...reply.message });
    } catch (error) {
      await apologise(deps, error, (notice) => client.chat.postEphemeral({ channel: message.channel, user, ...notice }));
    }
  });
}

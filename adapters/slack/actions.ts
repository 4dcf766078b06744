/**
 * The buttons under every Slack answer: 👍/👎 go to the question log, "Show context" shows
 * the sentences around a quote privately, and a suggested question is asked where the
 * answer was: in its thread (same conversation), in the DM, or privately under a private
 * answer. Each handler acks first, like the rest of the adapter.
 */
import type { App, BlockAction } from "@slack/bolt";
import { recordFeedback } from "../runtime/ask.js";
import type { AdapterDeps } from "../runtime/index.js";
import { formatContext } from "./context.js";
import { formatNotice, unescapeSlackText } from "./format.js";
import { CONTEXT_ACTION_PREFIX, FEEDBACK_ACTION, interactiveLabels, parseContextAction, parseFeedbackValue, SUGGEST_ACTION_PREFIX } from "./interactive.js";
import { apologise, dmConversation, replyTo, threadConversation } from "./reply.js";

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Where the clicked message lives, as Slack describes it in a block_actions payload. */
interface Container {
  is_ephemeral?: boolean;
  channel_id?: string;
  message_ts?: string;
  thread_ts?: string;
}

/** Registers the feedback, "Show context" and suggested-question buttons. */
export function registerButtonActions(app: App, deps: AdapterDeps): void {
  const { logger } = deps;
  const privately = { response_type: "ephemeral", replace_original: false } as const;

  for (const vote of ["up", "down"] as const) {
    app.action<BlockAction>(FEEDBACK_ACTION[vote], async ({ ack, action, body, respond }) => {
      await ack();
      const { questionId, language } = parseFeedbackValue(action.type === "button" ? (action.value ?? "") : "");
      const stored = await recordFeedback(deps, { adapter: "slack", userId: body.user.id, questionId, vote });
      const labels = interactiveLabels(language);
      await respond({ ...privately, ...formatNotice(stored ? labels.thanks : labels.notStored) }).catch((error: unknown) =>
        logger.warn({ component: "slack", err: String(error) }, "slack: could not thank for feedback"),
      );
    });
  }

  app.action<BlockAction>(new RegExp(`^${escapeRegExp(CONTEXT_ACTION_PREFIX)}`), async ({ ack, action, respond }) => {
    await ack();
    const ref = parseContextAction(action.action_id);
    const ctx = ref ? deps.bot.expand(ref) : null;
    if (!ctx) logger.warn({ component: "slack", action: action.action_id.slice(0, 300) }, "slack: show context for a quote that is not in the corpus");
    await respond({ ...privately, ...formatContext(ctx, ctx?.language ?? "en") }).catch((error: unknown) => apologise(deps, error, (m) => respond({ ...privately, ...m })));
  });

  app.action<BlockAction>(new RegExp(`^${escapeRegExp(SUGGEST_ACTION_PREFIX)}\\d+$`), async ({ ack, action, body, client, respond }) => {
    await ack();
    const question = action.type === "button" ? unescapeSlackText(action.value ?? "") : "";
    const user = body.user.id;
    const container = body.container as Container;
    try {
      // Under a private answer (the slash command's) the follow-up stays private too.
      if (container.is_ephemeral || !body.channel) {
        const reply = await replyTo(deps, { question, userId: user, via: "suggestion" }, { echoQuestion: true, shareable: true });
        await respond({ ...privately, ...reply.message });
        return;
      }
      const channel = body.channel.id;
      const dm = channel.startsWith("D");
      const threadTs = container.thread_ts ?? body.message?.thread_ts ?? container.message_ts ?? body.message?.ts ?? "";
      const conversation = dm ? dmConversation(channel) : threadConversation(channel, threadTs);
      const reply = await replyTo(deps, { question, userId: user, via: "suggestion", conversation }, { askedBy: user });
      if (reply.kind === "private") await respond({ ...privately, ...reply.message });
      else await client.chat.postMessage({ channel, ...(dm ? {} : { thread_ts: threadTs }), ...reply.message });
    } catch (error) {
      await apologise(deps, error, (m) => respond({ ...privately, ...m }));
    }
  });
}
